import { AUTHN, con, pro, toldRefusal } from '../rule-helpers';
import type { CauseRule } from '../types';

export const authorizationNotAuthentication: CauseRule = {
  cause: 'authorization-not-authentication',
  rules: [
    pro('authz.denied', { any: ['fam.authz'] }, 3.2, 'AWS recognised the caller but refused the action: a permissions problem ({detail}).'),
    pro('authz.principal-arn', { all: ['msg.arn-principal'] }, 1.0, 'The error names the caller\'s ARN, which proves authentication succeeded ({detail}).'),
    pro('authz.trust-policy', { all: ['msg.webidentity-not-authorized'] }, 1.0, 'Not authorized to assume the role: the trust policy refuses it.'),
    pro('authz.identity-ok', { all: ['identity.caller', 'fam.authz'] }, 0.5, 'get-caller-identity works, so the credentials are valid.'),
    pro('authz.cloud9-managed', { all: ['hint.cloud9'], any: ['fam.unknown-key', 'cat.cdk.assume-role-fallback'] }, 2.0, "Cloud9's AWS managed temporary credentials may not call IAM or assume roles: the call is refused as an invalid token."),
    con('authz.authn-error', { any: [AUTHN] }, 1.2, 'An authentication error is also present ({detail}).'),
    con('authz.told-credential-cause', toldRefusal(['hint.talk-missing-session-token']), 2.4, 'The refusal is only told in words, and the same words name a credential cause ({detail}): no service text shows a permission was missing.'),
    con('authz.presign-no-token', { any: ['presign.temporary-no-token', 'header.empty-token', 'config-dump.null-token'] }, 1.5, 'The temporary key travels without its session token, which AWS refuses whatever the permissions.'),
    con('authz.temporary-key-unknown', { all: ['key.kind.temporary', 'fam.unknown-key'] }, 1.5, 'A temporary key (ASIA) was rejected as unknown: the AccessDenied elsewhere does not explain that rejection.'),
  ],
};
