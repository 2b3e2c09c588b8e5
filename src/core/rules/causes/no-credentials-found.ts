import { CATALOGUE } from '../catalogue/index';
import { AUTHN, ON_COMPUTE, con, pro } from '../rule-helpers';
import type { CauseRule } from '../types';

/** How much any more specific credential error (a role, a profile, SSO, partial keys) counts against an empty chain. */
const MORE_SPECIFIC = 1.5;
/** An sso-session profile the SDK cannot read: the runner-up to the role, not ahead of it. */
const SSO_SESSION_UNSUPPORTED = 1.0;
/**
 * Role-provider messages whose own catalogue entry names an empty chain as their runner-up (the SDKs' container and
 * IMDS providers, botocore's credential_source, Cognito's "Unauthenticated access is not supported"): the entry already
 * weighs the empty chain below the role, so no-credentials.more-specific would only cancel the runner-up its source
 * gives. Profile, SSO and half-key messages stay under the penalty: there the penalty keeps a wrong profile ahead of the
 * SDK's own "could not load credentials from any providers" line (`npm run eval`, the old corpus's js-v3 profile cases).
 */
const NAMES_EMPTY_CHAIN = CATALOGUE.filter((e) => e.family === 'fam.role' && (e.causes['no-credentials-found'] ?? 0) > 0).map((e) => `cat.${e.id}`);

export const noCredentialsFound: CauseRule = {
  cause: 'no-credentials-found',
  rules: [
    pro('no-credentials.chain-empty', { any: ['fam.no-creds'] }, 3.0, 'The SDK/tool went through its whole credential chain and found nothing ({detail}).'),
    pro('no-credentials.process-failed', { all: ['fam.process'], none: ['fam.expired'] }, 1.6, 'The credential_process command failed to return credentials.'),
    pro('no-credentials.unsigned', { any: ['fam.missing-auth'], none: ['msg.api-gateway'] }, 1.8, 'The request was not signed at all: no credentials were loaded.'),
    // The same told in words (extract/unsigned-request.ts: lakekeeper/lakekeeper#1923 b16, ClickHouse/ClickHouse#112603 b18).
    pro('no-credentials.told-unsigned', { all: ['request.unsigned'], any: [AUTHN, 'fam.authz'] }, 1.8, 'The message says the requests went out unsigned ({detail}): no credentials reached them, and AWS refuses an anonymous caller wherever the resource is not public.'),
    pro('no-credentials.configure-none', { all: ['source.none', AUTHN] }, 1.5, '`aws configure list` shows no access key.'),
    pro('no-credentials.configure-all-unset', { all: ['configure-list.all-unset'] }, 1.5, '`aws configure list` shows every row <not set>: no profile, key or region was found.'),
    pro('no-credentials.gha', { all: ['fam.gha'], none: ['msg.account-mismatch'] }, 1.0, 'The GitHub Action could not load credentials.'),
    // The keys exist but never reach the process (a fork's pull request, a protected variable, a container not given them).
    pro('no-credentials.secrets-withheld', { all: ['hint.secrets-withheld', AUTHN], none: ['fam.unknown-key', 'fam.signature', 'fam.expired', 'fam.skew'] }, 1.2, 'The message says the secrets or variables do not reach the process that needs them ({detail}): nothing is configured where it runs.'),
    // A failure told only in words that says the credentials were not found (context-hints.ts hint.creds-missing).
    // Not on AWS compute, where such words mean the role did not deliver (role-unavailable.compute-report).
    pro('no-credentials.said-missing', { all: ['hint.creds-missing', 'fam.reported'], none: ['fam.unknown-key', 'fam.signature', 'fam.expired', 'fam.skew', 'fam.authz', 'fam.role', 'fam.no-creds', ...ON_COMPUTE] }, 0.9, 'The message says the credentials could not be found or are missing ({detail}).'),
    // The home directory named (context-hints.ts hint.home-dir): the shared files were looked for under another home.
    pro('no-credentials.home-dir', { all: ['hint.home-dir', AUTHN], none: ['fam.unknown-key', 'fam.signature', 'fam.expired', 'fam.skew', 'fam.authz'] }, 0.8, 'The home directory is named ({detail}): the SDKs look for ~/.aws/credentials under the home of the user running them, so another user, a container or another HOME finds no file.'),
    // The failing process is not the person's shell (context-hints.ts hint.other-process: cron, sudo, a service, a daemon):
    // another user and HOME, so the shared files and exported keys the person sees are not where it looks.
    pro('no-credentials.other-process', { all: ['hint.other-process', AUTHN], none: ['fam.unknown-key', 'fam.signature', 'fam.expired', 'fam.skew', 'fam.authz'] }, 0.8, 'It runs under cron, sudo, a service or a daemon ({detail}): that process has its own user, HOME and environment, so the credentials your shell sees are not the ones it looks for.'),
    // The metadata service is the provider that failed, and nothing says the code runs on AWS compute (no runtime, no
    // talk of a role): off AWS the SDKs reach it only after every other source came up empty ("If no credentials have
    // been found by that point, the SDK will attempt to contact the EC2 instance metadata service", the aws-sdk-php
    // maintainer in aws/aws-sdk-php#731; Go v2's chain ends with ec2rolecreds, williamjacksn/docker-caddy-route53#61 —
    // batches 5 and 7, both resolved as no credentials configured; aws/aws-sdk-go-v2#105, batch 3, was the role). The
    // role stays first (it is what the SDK reports); no credentials configured is the runner-up. The weight outweighs
    // no-credentials.more-specific by 0.6 (that rule reads any role failure as more specific than an empty chain).
    pro('no-credentials.imds-off-compute', { all: ['fam.role'], any: ['msg.imds-no-role', 'msg.imds-unreachable', 'code.EC2RoleRequestError'], none: [...ON_COMPUTE, 'hint.role', 'fam.no-creds', 'imds.last-resort'] }, MORE_SPECIFIC + 0.6, 'The metadata service is the provider that failed ({detail}) and nothing says this runs on EC2, ECS, EKS or Lambda: off AWS the SDK tries it only after finding no credentials anywhere else.'),
    // An `sso_session` profile its SDK predates (extract/context-hints.ts SSO_SESSION_UNSUPPORTED; the message is aws-sdk-go
    // v1 aws/session/shared_config.go validateSSOConfiguration, v1.44.59): the SDK fails while building its session, so no
    // provider in its chain returns credentials. Labelled role-credentials-unavailable in pastes (b10, b11, b14, b16) and
    // no-credentials-found in conversations (b15 aws/aws-toolkit-visual-studio#313, b16 opentofu/opentofu#344) and a
    // paste (b5 clowdhaus/eksup#54): the role stays first (role-unavailable.sso-session-unsupported, 2.4), this keeps the
    // empty chain among the alternatives.
    pro('no-credentials.sso-session-unsupported', { all: ['sso.session-unsupported'] }, SSO_SESSION_UNSUPPORTED, 'The SDK stopped at the profile\'s SSO settings ({detail}) before any provider returned credentials: to the tool, its credential chain came up empty.'),
    con('no-credentials.on-aws-compute', { all: ['fam.no-creds'], any: ON_COMPUTE, none: ['fam.kubectl'] }, 1.6, 'On AWS compute an empty chain means the role credentials are missing ({detail}).'),
    // Static keys said to be set in the environment (context-hints.ts hint.env-keys-set): every SDK's chain reads them
    // first, so a chain with them set is not empty (AWS CLI User Guide, "Configuration settings and precedence").
    con('no-credentials.env-keys-set', { all: ['fam.no-creds', 'hint.env-keys-set'], none: ['source.none', 'configure-list.all-unset'] }, 1.5, 'The message says static keys are set in the environment ({detail}): the chain reads them first, so it was not empty.'),
    con('no-credentials.more-specific', { any: ['fam.role', 'fam.profile', 'fam.sso', 'fam.partial'], none: ['imds.last-resort', ...NAMES_EMPTY_CHAIN] }, MORE_SPECIFIC, 'A more specific credential error is present.'),
    con('no-credentials.key-sent', { any: ['fam.unknown-key', 'fam.signature', 'fam.expired', 'fam.skew'] }, 1.2, 'A key was sent and rejected, so credentials were found.'),
  ],
};
