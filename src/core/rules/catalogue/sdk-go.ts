/** AWS SDK for Go v1 and v2. */
import type { CatalogueEntry } from './types';

const GO_V1 = (path: string) => ({ repo: 'aws/aws-sdk-go', path, ref: 'v1.55.6@8d203ccff393' });
const GO_V2 = (path: string, ref: string) => ({ repo: 'aws/aws-sdk-go-v2', path, ref });
/** v2 modules as vendored in amazon-ecr-credential-helper (config v1.32.30, credentials v1.19.29). */
const GO_V2_VENDORED = (path: string) => ({ repo: 'awslabs/amazon-ecr-credential-helper', path: `ecr-login/vendor/github.com/aws/aws-sdk-go-v2/${path}`, ref: '2a415207 (aws-sdk-go-v2 config v1.32.30, credentials v1.19.29)' });

export const GO: CatalogueEntry[] = [
  {
    // The credentials file has the profile and its key id but no secret (a half-pasted pair).
    id: 'go1.shared-creds-secret',
    tool: 'aws-sdk-go',
    message: 'SharedCredsSecret: shared credentials {profile} in {file} did not contain aws_secret_access_key',
    re: /SharedCredsSecret: shared credentials \S{1,100} in \S{1,300} did not contain aws_secret_access_key/,
    family: 'fam.partial',
    code: 'SharedCredsSecret',
    causes: { 'malformed-credentials': 2.0, 'wrong-profile': 0.6 },
    source: GO_V1('aws/credentials/shared_credentials_provider.go'),
  },
  {
    // AWS_ACCESS_KEY_ID is set and its secret is not: a partial pair in the environment, not an empty chain.
    id: 'go1.env-secret-not-found',
    tool: 'aws-sdk-go',
    message: 'EnvSecretNotFound: AWS_SECRET_ACCESS_KEY or AWS_SECRET_KEY not found in environment',
    re: /EnvSecretNotFound: AWS_SECRET_ACCESS_KEY or AWS_SECRET_KEY not found in environment/,
    family: 'fam.partial',
    code: 'EnvSecretNotFound',
    causes: { 'malformed-credentials': 2.0, 'env-var-override': 0.6 },
    source: GO_V1('aws/credentials/env_provider.go'),
  },
  {
    // The process ran and answered, but not with credential_process JSON (Version 1, both keys). Go v2 words these
    // "process provider error: …" (go2.process-output); v1 names its error codes.
    id: 'go1.process-output',
    tool: 'aws-sdk-go',
    message: 'ProcessProviderParseError: parse failed of credential_process output: {output} | ProcessProviderVersionError: wrong version in process output (not 1) | ProcessProviderRequiredError: missing AccessKeyId in process output',
    re: /\bProcessProvider(?:Parse|Version|Required)Error\b|\bparse failed of credential_process output\b/,
    family: 'fam.process',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: GO_V1('aws/credentials/processcreds/provider.go'),
  },
  {
    // A role profile naming two sources (source_profile and credential_source, or either with credential_process,
    // web identity or SSO), or a credential_source name v1 does not know.
    id: 'go1.shared-config-credential-source',
    tool: 'aws-sdk-go',
    message: 'SharedConfigErr: only one credential type may be specified per profile: source profile, credential source, credential process, web identity token | SharedConfigErr: credential source values must be EcsContainer, Ec2InstanceMetadata, or Environment',
    re: /\bonly one credential type may be specified per profile: source profile, credential source\b|\bcredential source values must be EcsContainer, Ec2InstanceMetadata, or Environment\b/,
    family: 'fam.profile',
    code: 'SharedConfigErr',
    causes: { 'wrong-profile': 1.8, 'role-credentials-unavailable': 0.6 },
    source: GO_V1('aws/session/session.go'),
  },
  {
    // credential_source = EcsContainer outside an ECS task (v1's wording; v2's is go2.ecs-source-unset).
    id: 'go1.ecs-source-unset',
    tool: 'aws-sdk-go',
    message: "SharedConfigErr: EcsContainer was specified as the credential_source, but 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' was not set",
    re: /EcsContainer was specified as the credential_source, but 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' was not set/,
    family: 'fam.role',
    code: 'SharedConfigErr',
    causes: { 'role-credentials-unavailable': 2.0, 'wrong-profile': 0.6 },
    source: GO_V1('aws/session/session.go'),
  },
  {
    // ~/.aws/config (or AWS_CONFIG_FILE) could not be read or parsed: missing files are skipped, so this is a
    // mangled file or one the process may not read.
    id: 'go1.shared-config-load',
    tool: 'aws-sdk-go',
    message: 'SharedConfigLoadError: failed to load config file, {file}',
    re: /SharedConfigLoadError: failed to load config file, /,
    family: 'fam.partial',
    code: 'SharedConfigLoadError',
    causes: { 'malformed-credentials': 1.2, 'wrong-profile': 0.6 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    // A profile with source_profile (or credential_source, web_identity_token_file) but no role_arn.
    id: 'go1.requires-role-arn',
    tool: 'aws-sdk-go',
    message: 'CredentialRequiresARNError: credential type {type} requires role_arn, profile {profile}',
    re: /\bcredential type [\w_]{1,40} requires role_arn, profile /,
    family: 'fam.profile',
    code: 'CredentialRequiresARNError',
    causes: { 'wrong-profile': 2.0 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    // The profile's sso_session names no [sso-session …] section, or disagrees with it on sso_region / sso_start_url.
    id: 'go1.sso-session-section',
    tool: 'aws-sdk-go',
    message: 'failed to find SSO session section, {session} | sso_region in profile "{profile}" must match sso_region in sso-session',
    re: /\bfailed to find SSO session section, |\bsso_(?:region|start_url) in profile "[^"\n]{1,100}" must match sso_(?:region|start_url) in sso-session\b/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    // AWS_CONTAINER_CREDENTIALS_FULL_URI over http to a host that is not loopback or the ECS / EKS agent: the
    // provider is replaced by an error provider and the role is never asked.
    id: 'go1.container-uri-host',
    tool: 'aws-sdk-go',
    message: 'CredentialsEndpointError: invalid endpoint host, "{host}", only loopback/ecs/eks hosts are allowed.',
    re: /\binvalid endpoint host, "[^"\n]{1,200}", only loopback\/ecs\/eks hosts are allowed\b/,
    family: 'fam.role',
    code: 'CredentialsEndpointError',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: GO_V1('aws/defaults/defaults.go'),
  },
  {
    // The shared files are found through the home directory: a service account or container without one.
    id: 'go1.home-not-found',
    tool: 'aws-sdk-go',
    message: 'UserHomeNotFound: user home directory not found.',
    re: /UserHomeNotFound: user home directory not found/,
    family: 'fam.no-creds',
    code: 'UserHomeNotFound',
    causes: { 'no-credentials-found': 2.0 },
    source: GO_V1('aws/credentials/shared_credentials_provider.go'),
  },
  {
    id: 'go1.no-providers',
    tool: 'aws-sdk-go',
    message: 'NoCredentialProviders: no valid providers in chain',
    re: /NoCredentialProviders: no valid providers in chain/,
    family: 'fam.no-creds',
    code: 'NoCredentialProviders',
    causes: { 'no-credentials-found': 1.0 },
    source: GO_V1('aws/credentials/chain_provider.go'),
  },
  {
    id: 'go1.ec2-role',
    imds: true,
    tool: 'aws-sdk-go',
    message: 'EC2RoleRequestError: no EC2 instance role found',
    re: /EC2RoleRequestError: no EC2 instance role found/,
    family: 'fam.role',
    code: 'EC2RoleRequestError',
    causes: { 'role-credentials-unavailable': 1.0 },
    source: GO_V1('aws/credentials/ec2rolecreds/ec2_role_provider.go'),
  },
  {
    id: 'go1.shared-creds-load',
    tool: 'aws-sdk-go',
    message: 'SharedCredsLoad: failed to load shared credentials file',
    re: /SharedCredsLoad: failed to (?:load shared credentials file|get profile)/,
    family: 'fam.profile',
    code: 'SharedCredsLoad',
    causes: { 'no-credentials-found': 1.2, 'wrong-profile': 1.4 },
    source: GO_V1('aws/credentials/shared_credentials_provider.go'),
  },
  {
    id: 'go1.shared-creds-access-key',
    tool: 'aws-sdk-go',
    message: 'SharedCredsAccessKey: shared credentials {profile} in {file} did not contain aws_access_key_id',
    re: /SharedCredsAccessKey: shared credentials \S{1,100} in \S{1,300} did not contain aws_access_key_id/,
    family: 'fam.profile',
    code: 'SharedCredsAccessKey',
    causes: { 'wrong-profile': 1.6 },
    source: GO_V1('aws/credentials/shared_credentials_provider.go'),
  },
  {
    id: 'go1.env-not-found',
    tool: 'aws-sdk-go',
    message: 'EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment',
    re: /EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment/,
    family: 'fam.no-creds',
    code: 'EnvAccessKeyNotFound',
    causes: { 'no-credentials-found': 1.5 },
    source: GO_V1('aws/credentials/env_provider.go'),
  },
  {
    // A role profile whose source_profile has no static keys: v1 cannot chain a source that itself uses
    // credential_source, SSO or a process, so it reports the source as empty.
    id: 'go1.shared-config-assume-role',
    tool: 'aws-sdk-go',
    message: 'SharedConfigAssumeRoleError: failed to load assume role for {role_arn}, source profile {source_profile} has no shared credentials',
    re: /SharedConfigAssumeRoleError: failed to load assume role for/,
    family: 'fam.role',
    code: 'SharedConfigAssumeRoleError',
    causes: { 'role-credentials-unavailable': 1.6, 'wrong-profile': 1.0, 'no-credentials-found': 0.8 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    id: 'go1.shared-config-profile-missing',
    tool: 'aws-sdk-go',
    message: 'SharedConfigProfileNotExistsError: failed to get profile, {profile}',
    re: /SharedConfigProfileNotExistsError: failed to get profile/,
    family: 'fam.profile',
    code: 'SharedConfigProfileNotExistsError',
    causes: { 'wrong-profile': 2.2, 'env-var-override': 0.6 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    // v1's own code for the SSO provider's cached token (v2 words it "failed to refresh cached credentials, …").
    id: 'go1.sso-invalid-token',
    tool: 'aws-sdk-go',
    message: 'SSOProviderInvalidToken: the SSO session has expired or is invalid',
    re: /SSOProviderInvalidToken: the SSO session has expired or is invalid/,
    family: 'fam.sso',
    code: 'SSOProviderInvalidToken',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: GO_V1('aws/credentials/ssocreds/provider.go'),
  },
  {
    // IRSA, OIDC in CI: the token file was read but STS's AssumeRoleWithWebIdentity failed (its code follows).
    id: 'go1.web-identity',
    tool: 'aws-sdk-go',
    message: 'WebIdentityErr: failed to retrieve credentials',
    re: /WebIdentityErr: (?:failed to retrieve credentials|failed fetching WebIdentity token|role ARN is not set|token file path is not set)/,
    family: 'fam.role',
    code: 'WebIdentityErr',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: GO_V1('aws/credentials/stscreds/web_identity_provider.go'),
  },
  {
    // IMDSv2 required (hop limit 1 in a container, or a token PUT blocked) and v1 may not fall back.
    id: 'go1.imdsv2-no-fallback',
    tool: 'aws-sdk-go',
    message: 'EC2MetadataError: failed to get IMDSv2 token and fallback to IMDSv1 is disabled',
    re: /failed to get IMDSv2 token and fallback to IMDSv1 is disabled/,
    // fam.no-creds, not fam.role: off AWS compute the metadata service is only the chain's last resort.
    family: 'fam.no-creds',
    code: 'EC2MetadataError',
    causes: { 'role-credentials-unavailable': 2.0, 'no-credentials-found': 0.6 },
    source: GO_V1('aws/ec2metadata/token_provider.go'),
  },
  {
    id: 'go1.credential-process',
    tool: 'aws-sdk-go',
    message: 'ProcessProviderExecutionError: error in credential_process: {error}',
    re: /ProcessProviderExecutionError: (?:error in credential_process|credential process timed out)/,
    family: 'fam.process',
    code: 'ProcessProviderExecutionError',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.6 },
    source: GO_V1('aws/credentials/processcreds/provider.go'),
  },
  {
    // The last provider of v2's default chain. Which cause it means is the generic IMDS rule's to weigh (the
    // decision table in docs/aws-domain.md ranks the role first, the last-resort rule moves it off AWS compute):
    // this entry names the SDK and the line. v2 reports only this last link: config.LoadDefaultConfig falls through to
    // the metadata service when neither the environment nor the shared profile offered credentials
    // (config/resolve_credentials.go resolveCredsFromProfile, aws/aws-sdk-go-v2@02d654c48dab), so on a workstation the
    // line says the profile was not loaded, not that a role is missing (aws/aws-sdk-go-v2#1897, QA39 F2).
    id: 'go2.imds-no-role',
    imds: true,
    chainReport: true,
    tool: 'aws-sdk-go-v2',
    message: 'failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, {error}',
    re: /no EC2 IMDS role found, operation error ec2imds/,
    causes: {},
    source: GO_V2('credentials/ec2rolecreds/provider.go', '72a935ba94bc'),
  },
  {
    id: 'go2.sso-token-refresh',
    tool: 'aws-sdk-go-v2',
    message: 'refresh cached SSO token failed, unable to refresh SSO token, operation error SSO OIDC: CreateToken, https response error StatusCode: 400, RequestID: {id}, InvalidGrantException:',
    re: /refresh cached SSO token failed/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: GO_V2('credentials/ssocreds/sso_token_provider.go', 'c213f6605dbc'),
  },
  {
    id: 'go2.sso-session-invalid',
    tool: 'aws-sdk-go-v2',
    message: 'failed to refresh cached credentials, the SSO session has expired or is invalid',
    re: /the SSO session has expired or is invalid/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: GO_V2('credentials/ssocreds/sso_credentials_provider.go', '8d09ba998ab2'),
  },
  {
    id: 'go2.sso-token-not-refreshable',
    tool: 'aws-sdk-go-v2',
    message: 'cached SSO token is expired, or not present, and cannot be refreshed',
    re: /cached SSO token is expired, or not present, and cannot be refreshed/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: GO_V2('credentials/ssocreds/sso_token_provider.go', 'c213f6605dbc'),
  },
  {
    id: 'go2.empty-profile',
    tool: 'aws-sdk-go-v2',
    message: 'failed to get shared config profile, ',
    re: /failed to get shared config profile, ?(?:$|[,:;\n"])/m,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.2, 'env-var-override': 0.8 },
    source: GO_V2('config/shared_config.go', '70bf41070340'),
  },
  {
    // SharedConfigAssumeRoleError, first branch: the role profile's source_profile names a profile the files do
    // not hold (the wrapped error is SharedConfigProfileNotExistError).
    id: 'go2.assume-role-source-missing',
    tool: 'aws-sdk-go-v2',
    message: 'failed to load assume role {role_arn}, of profile {source_profile}, failed to get shared config profile, {source_profile}',
    re: /failed to load assume role [^\s,]{0,200}, of profile [^\s,]{1,100}, failed to get shared config profile/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0, 'no-credentials-found': 0.6 },
    source: GO_V2('config/shared_config.go', '70bf41070340'),
  },
  {
    // Second branch: the source profile exists but holds no credentials this SDK can read (hasCredentials() is
    // false; the wrapped error is <nil>), e.g. a login or SSO kind an older SDK does not know.
    id: 'go2.assume-role-source-no-credentials',
    tool: 'aws-sdk-go-v2',
    message: 'failed to load assume role {role_arn}, of profile {source_profile}, <nil>',
    re: /failed to load assume role [^\s,]{0,200}, of profile [^\s,]{1,100}(?:, <nil>|\n|$)/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 1.0 },
    source: GO_V2('config/shared_config.go', '70bf41070340'),
  },
  {
    id: 'go2.static-empty',
    tool: 'aws-sdk-go-v2',
    message: 'static credentials are empty',
    re: /static credentials are empty/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8, 'env-var-override': 0.6 },
    source: GO_V2('credentials/static_provider.go', '950674f52f20'),
  },
  {
    // A shared-config role profile with mfa_serial, loaded by a program that set no AssumeRoleTokenProvider (Terraform's
    // S3 backend, a CLI helper): nobody can type the code, so the role is never assumed.
    id: 'go1.mfa-token-provider-missing',
    tool: 'aws-sdk-go',
    message: 'AssumeRoleTokenProviderNotSetError: assume role with MFA enabled, but AssumeRoleTokenProvider session option not set.',
    re: /\bAssumeRoleTokenProvider session option not set\b/,
    family: 'fam.role',
    code: 'AssumeRoleTokenProviderNotSetError',
    causes: { 'role-credentials-unavailable': 2.2, 'temporary-credentials-expired': 0.8 },
    source: GO_V1('aws/session/credentials.go'),
  },
  {
    // The SSO keys of a profile, checked before any call (sharedConfig.validateLegacySSOConfiguration and
    // validateSSOTokenProviderConfiguration, shared_config.go lines 617 and 652; aws-sdk-go-v2 config/shared_config.go
    // words it the same). A list of only sso_start_url / sso_region is an `sso_session` profile read by an SDK that
    // predates sso-session: its role credentials are never fetched (the same shape extract/context-hints.ts
    // SSO_SESSION_UNSUPPORTED reads; aws/amazon-ec2-instance-selector#347, kayac/ecspresso#519).
    id: 'go1.sso-session-unsupported',
    tool: 'aws-sdk-go',
    message: 'profile {profile} is configured to use SSO but is missing required configuration: sso_region, sso_start_url',
    // Both keys: one alone ("missing required configuration: sso_region") is a profile left incomplete.
    // The list may stand on the next line: a logger's line cut at the colon (gruntwork-io/cloud-nuke#487, batch 25).
    re: /\bis configured to use SSO but is missing required configuration:[ \t]{0,3}\n?[ \t]{0,3}(?:sso_region[ \t]{0,3},[ \t]{0,3}sso_start_url|sso_start_url[ \t]{0,3},[ \t]{0,3}sso_region)\b(?![ \t]{0,3},[ \t]{0,3}sso)/,
    family: 'fam.misconfig',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    // The same check naming the account, the role or the session key: the profile itself was left incomplete.
    id: 'go1.sso-config-missing',
    tool: 'aws-sdk-go',
    message: 'profile {profile} is configured to use SSO but is missing required configuration: {missing}',
    re: /\bis configured to use SSO but is missing required configuration:[^\n]{0,80}?\b(?:sso_account_id|sso_role_name|sso_session|sso-session)\b/,
    family: 'fam.misconfig',
    causes: { 'wrong-profile': 1.8, 'no-credentials-found': 0.8 },
    source: GO_V1('aws/session/shared_config.go'),
  },
  {
    // A role profile with credential_source = EcsContainer run outside an ECS task (or a task without a task role).
    id: 'go2.ecs-source-unset',
    tool: 'aws-sdk-go-v2',
    message: "EcsContainer was specified as the credential_source, but neither 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' or AWS_CONTAINER_CREDENTIALS_FULL_URI' was set",
    re: /EcsContainer was specified as the credential_source, but neither/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0, 'wrong-profile': 0.6 },
    source: GO_V2_VENDORED('config/resolve_credentials.go'),
  },
  {
    id: 'go2.credential-source-invalid',
    tool: 'aws-sdk-go-v2',
    message: 'credential_source values must be EcsContainer, Ec2InstanceMetadata, or Environment',
    re: /credential_source values must be EcsContainer, Ec2InstanceMetadata, or Environment/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'malformed-credentials': 0.8 },
    source: GO_V2_VENDORED('config/resolve_credentials.go'),
  },
  {
    // A role profile with mfa_serial in a program that set no TokenProvider (no one can type the code).
    id: 'go2.mfa-no-token-provider',
    tool: 'aws-sdk-go-v2',
    message: 'assume role with MFA enabled, but TokenProvider is not set',
    re: /assume role with MFA enabled, but (?:AssumeRole)?TokenProvider (?:session option )?(?:is )?not set/,
    family: 'fam.mfa',
    causes: { 'role-credentials-unavailable': 1.2, 'temporary-credentials-expired': 0.8 },
    source: GO_V2_VENDORED('credentials/stscreds/assume_role_provider.go'),
  },
  // Source audit, stop 36: read with read_file (the repository is too large to fetch), each at its stored commit.
  {
    // credential_process exited non-zero or timed out (Go v1 prints ProcessProviderExecutionError instead).
    id: 'go2.process-failed',
    tool: 'aws-sdk-go-v2',
    message: 'process provider error: error in credential_process: {error} | process provider error: credential process timed out: {error}',
    re: /process provider error: (?:error in credential_process|credential process timed out)/,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.5 },
    source: GO_V2('credentials/processcreds/provider.go', '384c5aab4ec3'),
  },
  {
    // The process ran and answered, but not with the credential_process JSON.
    id: 'go2.process-output',
    tool: 'aws-sdk-go-v2',
    message: 'process provider error: parse failed of process output: {out}, error: {error} | … wrong version in process output (not 1) | … missing AccessKeyId in process output',
    re: /process provider error: (?:parse failed of process output|wrong version in process output|missing (?:AccessKeyId|SecretAccessKey) in process output)/,
    family: 'fam.process',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: GO_V2('credentials/processcreds/provider.go', '384c5aab4ec3'),
  },
  {
    // AWS_WEB_IDENTITY_TOKEN_FILE names a file the process cannot read (IRSA's projected token not mounted). The
    // typo "provide source" is the SDK's.
    id: 'go2.web-identity-token-file',
    tool: 'aws-sdk-go-v2',
    message: 'failed to retrieve jwt from provide source, unable to read file at {path}: {error}',
    re: /failed to retrieve jwt from provide source/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: GO_V2('credentials/stscreds/web_identity_provider.go', '0f1f7ec05408'),
  },
  {
    // AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (EKS Pod Identity) names a file the process cannot read.
    id: 'go2.container-token-file',
    tool: 'aws-sdk-go-v2',
    message: 'failed to load credentials, failed to read authorization token from {path}: {error}',
    re: /failed to read authorization token from \//,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: GO_V2('credentials/endpointcreds/provider.go', '0a8b18e3d987'),
  },
];
