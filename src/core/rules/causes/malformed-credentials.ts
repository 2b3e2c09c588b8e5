import { AUTHN, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

export const malformedCredentials: CauseRule = {
  cause: 'malformed-credentials',
  rules: [
    pro('malformed.incomplete-signature', { any: ['fam.malformed-sig'] }, 3.4, 'The Credential field of the signature is malformed: usually the secret was put in the key id slot ({detail}).'),
    pro('malformed.secret-in-key-slot', { all: ['key.secret-in-key-slot'] }, 2.6, 'A secret-shaped value sits where the access key id belongs (key and secret swapped?).'),
    pro('malformed.key-shape', { all: ['key.shape-problem'], any: [AUTHN, 'fam.authz'] }, 1.9, 'The access key id has the wrong shape: {detail}.'),
    pro('malformed.hidden-characters', { all: ['hidden.in-credential'] }, 2.4, 'Invisible or look-alike characters sit inside a credential value ({detail}).'),
    pro('malformed.whitespace', { all: ['value.whitespace'] }, 1.6, 'A credential value has spaces or a line break inside its quotes ({detail}).'),
    pro('malformed.quotes', { all: ['value.quotes'] }, 1.6, 'A credentials-file value is wrapped in quotes, which become part of the value ({detail}).'),
    pro('malformed.wrong-variable', { all: ['value.wrong-var-name'] }, 1.6, 'A variable or setting has a name the SDKs do not read ({detail}).'),
    // boto3's Session arguments written as variables (extract/sdk-env-names.ts, QA35 N22): counted only when the failure is
    // that setting's own, as apps read these names themselves and pass them on (review 36 M-2).
    pro('malformed.profile-argument-variable', { all: ['value.profile-argument-var'], any: ['fam.no-creds', 'fam.profile'] }, 1.6, 'A variable or setting has a name the SDKs do not read ({detail}).'),
    pro('malformed.region-argument-variable', { all: ['value.region-argument-var'], any: ['fam.region'] }, 1.6, 'A variable or setting has a name the SDKs do not read ({detail}).'),
    // role_arn must name a role (extract/role-arn.ts): a user's or a session's ARN there is a wrong value in the file.
    pro('malformed.role-arn-not-role', { all: ['config.role-arn-not-role'] }, 2.2, 'The profile\'s {detail}: AssumeRole takes only a role ARN (arn:aws:iam::<account>:role/<name>); put the role to assume there, or use the user\'s own keys without role_arn.'),
    pro('malformed.partial', { any: ['fam.partial'] }, 3.0, 'Only half of the credentials are set (key id without secret, or the reverse).'),
    // Named anywhere (a shell line, code reading it, prose), not only assigned: extract/context-hints.ts misnamedCredentialVariable.
    pro('malformed.variable-misnamed', { all: ['hint.var-misnamed'], any: [AUTHN, 'fam.authz'], none: ['value.wrong-var-name'] }, 1.2, 'A credential variable is named {detail}, a name the SDKs do not read (they read AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN): that value never reaches them.'),
    pro('malformed.secret-missing', { all: ['env.secret-missing', AUTHN] }, 1.0, 'AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.'),
    // S3's InvalidToken, "The provided token is malformed or otherwise invalid": a token WAS sent and S3 could not use it.
    // /work/shared/docs/aws-domain.md §1 lists a bad or truncated token first (then a token from another key, an opt-in
    // Region); tuning threads: a typo in the token's reference (concourse/s3-resource#124), a placeholder or stale token
    // (cloudyr/aws.s3#315, HumanSignal/label-studio#3157).
    pro('malformed.token-invalid', { any: ['code.InvalidToken', 'msg.token-malformed'], none: ['region.opt-in'] }, 0.5, 'S3 says the session token it was sent is malformed or otherwise invalid: a truncated, mistyped or placeholder token reached the token slot.'),
    pro('malformed.generic', { any: ['fam.signature'] }, 0.35, 'A typo or truncated value gives the same rejection.'),
    pro('malformed.token-implausible', { all: ['token.implausible', AUTHN] }, 1.4, 'The session token shown is far too short to be one ({detail}): the wrong value reaches the token slot.'),
    pro('malformed.mangled-hint', { all: ['hint.mangled', AUTHN] }, 1.0, 'The message mentions special characters, escaping, a typo or swapped/truncated values.'),
    // aws/aws-sdk-go#3888 (key id passed as the secret) and evanshortiss/sns-mobile#14 (id and secret set wrongly):
    // both vouched for their keys next to an unknown-key error.
    pro('malformed.keys-vouched', { all: ['hint.keys-vouched', 'fam.unknown-key'] }, 0.6, 'The keys are said to be right, yet AWS does not recognise them: check what reaches the SDK (id and secret swapped, the id passed twice, a truncated value).'),
    pro('malformed.copy-paste', { all: ['hint.copy-paste', AUTHN] }, 1.2, 'The message mentions copying or whitespace.'),
  ],
};
