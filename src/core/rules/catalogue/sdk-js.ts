/** AWS SDK for JavaScript v2 and v3. */
import type { CatalogueEntry } from './types';

const JS_V2 = (path: string) => ({ repo: 'aws/aws-sdk-js', path, ref: 'v2.1692.0@657d6feb0044' });

export const JS: CatalogueEntry[] = [
  {
    id: 'js2.missing-credentials',
    tool: 'aws-sdk-js-v2',
    message: 'Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1',
    re: /Missing credentials in config, if using AWS_CONFIG_FILE/,
    family: 'fam.no-creds',
    code: 'CredentialsError',
    causes: { 'no-credentials-found': 1.5 },
    source: JS_V2('lib/event_listeners.js'),
  },
  {
    id: 'js2.profile-not-found',
    tool: 'aws-sdk-js-v2',
    message: 'Profile {profile} not found',
    re: /\bProfile [\w.@-]{1,64} not found\b/,
    context: /aws-sdk\/|SharedIniFileCredentials/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.5 },
    source: JS_V2('lib/credentials/shared_ini_file_credentials.js'),
  },
  {
    id: 'js2.ec2-metadata',
    tool: 'aws-sdk-js-v2',
    message: 'EC2 Metadata roleName request returned error | EC2 Metadata creds request returned error',
    re: /EC2 Metadata (?:roleName|creds) request returned error/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.2, 'no-credentials-found': 1.4 },
    source: JS_V2('lib/metadata_service.js'),
  },
  {
    // The DNS lookup of the STS host failed (ENOTFOUND_ERROR listener): a region whose STS host is spelled
    // another way (China's .amazonaws.com.cn) or a region the account or partition does not have.
    id: 'js2.sts-host-inaccessible',
    tool: 'aws-sdk-js',
    message: "Inaccessible host: `{host}' at port `{port}'. This service may not be available in the `{region}' region.",
    re: /Inaccessible host: `sts\.[a-z0-9.-]{0,80}'(?: at port `[^'\n]{0,10}')?\. This service may not be available in the `[a-z0-9-]{2,30}' region/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.5, 'wrong-account-or-partition': 0.8 },
    source: JS_V2('lib/event_listeners.js'),
  },
  {
    // v2 and v3 end their default chains with the same words; the error class tells them apart.
    id: 'js2.chain',
    tool: 'aws-sdk-js-v2',
    message: 'CredentialsError: Could not load credentials from any providers',
    re: /Could not load credentials from any providers/,
    context: /\bCredentialsError\b|node_modules\/aws-sdk\//,
    family: 'fam.no-creds',
    code: 'CredentialsError',
    causes: { 'no-credentials-found': 1.0 },
    source: JS_V2('lib/config.js'),
  },
  {
    id: 'js2.credential-process',
    tool: 'aws-sdk-js-v2',
    message: 'ProcessCredentialsProviderFailure: credential_process returned error',
    re: /credential_process returned (?:error|expired credentials)|did not include credential process/,
    // JS v2's package (node_modules/aws-sdk, aws-sdk-js), not v3's @aws-sdk/ nor aws-sdk-php: both print "credential_process
    // returned expired credentials" too (js3.process-expired, php.process-expired).
    context: /ProcessCredentialsProviderFailure|(?<![@\w-])aws-sdk(?:-js)?(?![\w-])/,
    family: 'fam.process',
    code: 'ProcessCredentialsProviderFailure',
    causes: { 'no-credentials-found': 1.2, 'temporary-credentials-expired': 0.6 },
    source: JS_V2('lib/credentials/process_credentials.js'),
  },
  {
    // AWS.EnvironmentCredentials used on its own (or surfaced by a chain): the variable is not in the environment.
    id: 'js2.env-variable-not-set',
    tool: 'aws-sdk-js-v2',
    message: 'EnvironmentCredentialsProviderFailure: Variable AWS_ACCESS_KEY_ID not set.',
    re: /Variable AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY) not set\./,
    // Shell scripts print the same words: the SDK only next to its class or code.
    context: /EnvironmentCredentials|aws-sdk/,
    family: 'fam.no-creds',
    code: 'EnvironmentCredentialsProviderFailure',
    causes: { 'no-credentials-found': 1.4 },
    source: JS_V2('lib/credentials/environment_credentials.js'),
  },
  {
    // AWS.ECSCredentials outside a task (or a task without a task role): the agent's URI variable is absent.
    id: 'js2.ecs-uri-unset',
    tool: 'aws-sdk-js-v2',
    message: 'ECSCredentialsProviderFailure: Variable AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI must be set to use AWS.RemoteCredentials.',
    re: /must be set to use AWS\.RemoteCredentials/,
    family: 'fam.role',
    code: 'ECSCredentialsProviderFailure',
    causes: { 'role-credentials-unavailable': 1.6, 'no-credentials-found': 0.8 },
    source: JS_V2('lib/credentials/remote_credentials.js'),
  },
  {
    // A named profile that exists but holds neither keys nor a role (SharedIniFileCredentials.loadRoleProfile's sibling).
    id: 'js2.profile-no-credentials',
    tool: 'aws-sdk-js-v2',
    message: 'SharedIniFileCredentialsProviderFailure: Credentials not set for profile {profile}',
    re: /\bCredentials not set for profile [\w.@-]{1,64}/,
    family: 'fam.profile',
    code: 'SharedIniFileCredentialsProviderFailure',
    causes: { 'wrong-profile': 1.6, 'no-credentials-found': 1.2 },
    source: JS_V2('lib/credentials/shared_ini_file_credentials.js'),
  },
  {
    // A role profile with no source_profile, or one naming a profile that is not in the file.
    id: 'js2.source-profile',
    tool: 'aws-sdk-js-v2',
    message: 'source_profile is not set using profile {profile} | source_profile {source} using profile {profile} does not exist',
    re: /\bsource_profile (?:is not set using profile [\w.@-]{1,64}|[\w.@-]{1,64} using profile [\w.@-]{1,64} does not exist)/,
    family: 'fam.profile',
    code: 'SharedIniFileCredentialsProviderFailure',
    causes: { 'wrong-profile': 2.2 },
    source: JS_V2('lib/credentials/shared_ini_file_credentials.js'),
  },
  {
    // AWS.SSOCredentials on a profile missing sso_account_id / sso_role_name (or the legacy keys): never logged in to.
    id: 'js2.sso-config-missing',
    tool: 'aws-sdk-js-v2',
    message: 'Profile {profile} does not have valid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Reference: …',
    re: /\bdoes not have valid SSO credentials\. Required parameters "sso_/,
    family: 'fam.profile',
    code: 'SSOCredentialsProviderFailure',
    causes: { 'wrong-profile': 1.8, 'no-credentials-found': 0.8 },
    source: JS_V2('lib/credentials/sso_credentials.js'),
  },
  {
    // No usable SSO login: the cached token is absent, incomplete or could not be refreshed, or GetRoleCredentials
    // answered without an error of its own. Each message ends by asking for `aws sso login`.
    id: 'js2.sso-login-needed',
    tool: 'aws-sdk-js-v2',
    message: 'Please log in using "aws sso login" | Cached credentials not found under {profile} profile. Please make sure you log in with aws sso login first | Cached credentials are missing required properties. Try running aws sso login. | SSO Token refresh failed. Please log in using "aws sso login" | Cached token not found. Please log in using "aws sso login" for profile "{profile}".',
    re: /\bPlease log in using "aws sso login"|\bPlease make sure you log in with aws sso login first\b|\bCached credentials are missing required properties\. Try running aws sso login\b/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5, 'no-credentials-found': 0.6 },
    source: JS_V2('lib/credentials/sso_credentials.js and lib/token/sso_token_provider.js'),
  },
  {
    // The SSO token provider's sso-session section: absent, or without sso_start_url / sso_region (v3 words it with
    // single quotes: js3.sso-session-config).
    id: 'js2.sso-session-config',
    tool: 'aws-sdk-js-v2',
    message: 'Sso session "{session}" not found | Sso session "{session}" is missing required property "sso_start_url".',
    re: /\bSso session "[\w.@-]{1,64}" (?:not found|is missing required property "sso_(?:start_url|region)")/,
    family: 'fam.profile',
    code: 'SSOTokenProviderFailure',
    causes: { 'wrong-profile': 1.8 },
    source: JS_V2('lib/token/sso_token_provider.js'),
  },
  {
    // The process printed JSON, but not the credential_process format (Version 1).
    id: 'js2.process-version',
    tool: 'aws-sdk-js-v2',
    message: 'credential_process does not return Version == 1',
    re: /\bcredential_process does not return Version == 1\b/,
    family: 'fam.process',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: JS_V2('lib/credentials/process_credentials.js'),
  },
  {
    // IMDSv1 refused (AWS_EC2_METADATA_V1_DISABLED, the profile's ec2_metadata_v1_disabled, the client option) after
    // the IMDSv2 token request failed: the instance role cannot be read (v3's wording: js3.imds-v1-blocked).
    id: 'js2.imds-v1-blocked',
    tool: 'aws-sdk-js-v2',
    // `process\u002eenv`: the SDK's own words, escaped so the core holds no process-environment read (architecture.test.ts).
    message: 'AWS EC2 Metadata v1 fallback has been blocked by {AWS config file profile. | AWS.MetadataService::options.ec2MetadataV1Disabled=true. | process\u002eenv.AWS_EC2_METADATA_V1_DISABLED.}',
    re: /AWS EC2 Metadata v1 fallback has been blocked by (?:AWS config file profile|AWS\.MetadataService::options|process\.env\.AWS_EC2_METADATA_V1_DISABLED)/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: JS_V2('lib/metadata_service.js'),
  },
  {
    // AWS_CONTAINER_CREDENTIALS_FULL_URI with a scheme or host AWS.RemoteCredentials refuses: the role is never asked.
    id: 'js2.remote-credentials-uri',
    tool: 'aws-sdk-js-v2',
    message: 'Unsupported protocol:  AWS.RemoteCredentials supports {protocols} only; {protocol} requested. | Unsupported hostname: AWS.RemoteCredentials only supports {hosts} for {protocol}; {url} requested.',
    re: /\bUnsupported (?:protocol: {1,2}AWS\.RemoteCredentials supports|hostname: AWS\.RemoteCredentials only supports)\b/,
    family: 'fam.role',
    code: 'ECSCredentialsProviderFailure',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: JS_V2('lib/credentials/remote_credentials.js'),
  },
  {
    // The shared files are found through HOME (or USERPROFILE / HOMEPATH): a service or container without one.
    id: 'js2.home-not-set',
    tool: 'aws-sdk-js-v2',
    message: 'Cannot load credentials, HOME path not set',
    re: /\bCannot load credentials, HOME path not set\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: JS_V2('lib/shared-ini/ini-loader.js'),
  },
  {
    // The region is set but is not a host label (a space, an "Asia Pacific (Mumbai)", a stray quote).
    id: 'js2.invalid-region',
    tool: 'aws-sdk-js-v2',
    message: 'ConfigError: Invalid region in config',
    re: /\bInvalid region in config\b/,
    family: 'fam.region',
    code: 'ConfigError',
    causes: { 'region-endpoint': 2.0 },
    source: JS_V2('lib/event_listeners.js'),
  },
  {
    id: 'js3.chain',
    tool: 'aws-sdk-js-v3',
    message: 'CredentialsProviderError: Could not load credentials from any providers',
    re: /Could not load credentials from any providers/,
    context: /CredentialsProviderError|@aws-sdk\/|@smithy\//,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-node/src/defaultProvider.ts', ref: '12aa66ba9781' },
  },
  {
    // fromIni found no section of that name, or one with nothing it can use (keys, role, process, SSO).
    id: 'js3.profile-not-parsed',
    tool: 'aws-sdk-js-v3',
    message: 'CredentialsProviderError: Profile {profile} could not be found or parsed in shared credentials file.',
    re: /Profile [\w.@-]{1,64} could not be found or parsed in shared credentials file/,
    family: 'fam.profile',
    code: 'CredentialsProviderError',
    causes: { 'wrong-profile': 1.8, 'no-credentials-found': 1.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveProfileData.ts', ref: '0d40634a1de4' },
  },
  {
    // The same error as v3 words it since 2024 (here as @aws-sdk/credential-provider-ini 3.972.54 publishes it).
    id: 'js3.profile-unresolved',
    tool: 'aws-sdk-js-v3',
    message: 'CredentialsProviderError: Could not resolve credentials using profile: [{profile}] in configuration/credentials file(s).',
    re: /Could not resolve credentials using profile: \[[^\]\n]{0,64}\]/,
    family: 'fam.profile',
    code: 'CredentialsProviderError',
    causes: { 'wrong-profile': 1.8, 'no-credentials-found': 1.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveProfileData.ts', ref: '@aws-sdk/credential-provider-ini 3.972.54 (dist-es as published)' },
  },
  {
    // @aws-sdk/token-providers: the sso-session's cached token is past its expiry (REFRESH_MESSAGE is the
    // constant every token-provider error ends with).
    id: 'js3.sso-token-expired',
    tool: 'aws-sdk-js-v3',
    message: "TokenProviderError: Token is expired. To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    re: /Token is expired\. To refresh this SSO session run '?aws sso login/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/token-providers/src/constants.ts', ref: '0d40634a1de4' },
  },
  {
    // fromIni without an STS client: a role profile cannot be assumed (v3's early credential-provider-ini).
    id: 'js3.no-role-assumer',
    tool: 'aws-sdk-js-v3',
    message: 'Profile {profile} requires a role to be assumed, but no role assumption callback was provided.',
    re: /requires a role to be assumed, but no role assumption callback was provided/,
    family: 'fam.role',
    code: 'CredentialsProviderError',
    causes: { 'role-credentials-unavailable': 1.5 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts', ref: '56563fc46c14' },
  },
  {
    id: 'js3.sso-session-invalid',
    tool: 'aws-sdk-js-v3',
    message: 'The SSO session associated with this profile is invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
    re: /SSO session associated with this profile is invalid/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-sso/src/resolveSSOCredentials.ts', ref: 'e583141a5e3c' },
  },
  {
    id: 'js3.env-not-found',
    tool: 'aws-sdk-js-v3',
    message: 'Unable to find environment variable credentials.',
    re: /Unable to find environment variable credentials/,
    causes: { 'no-credentials-found': 0.6 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-env/src/fromEnv.ts', ref: 'aa73203585d4' },
  },
  {
    // A role profile's source_profile chain comes back to a profile already visited.
    id: 'js3.profile-cycle',
    tool: 'aws-sdk-js-v3',
    message: 'Detected a cycle attempting to resolve credentials for profile {profile}. Profiles visited: {profiles}',
    re: /Detected a cycle attempting to resolve credentials for profile/,
    family: 'fam.profile',
    code: 'CredentialsProviderError',
    causes: { 'wrong-profile': 2.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts', ref: '56563fc46c14' },
  },
  {
    // A role profile with mfa_serial used where fromIni was given no mfaCodeProvider (a server, CI, a library's default).
    id: 'js3.mfa-callback-missing',
    tool: 'aws-sdk-js-v3',
    message: 'Profile {profile} requires multi-factor authentication, but no MFA code callback was provided.',
    re: /requires multi-factor authentication, but no MFA code callback was provided/,
    // The role cannot be assumed here at all (no one to type a code): a role without credentials, not a code mistyped.
    family: 'fam.role',
    code: 'CredentialsProviderError',
    causes: { 'role-credentials-unavailable': 2.2, 'temporary-credentials-expired': 0.8 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts', ref: '56563fc46c14' },
  },
  {
    // credential_source names none of the three sources the SDK knows.
    id: 'js3.credential-source-unsupported',
    tool: 'aws-sdk-js-v3',
    message: 'Unsupported credential source in profile {profile}. Got {source}, expected EcsContainer or Ec2InstanceMetadata or Environment.',
    re: /Unsupported credential source in profile/,
    family: 'fam.profile',
    code: 'CredentialsProviderError',
    causes: { 'wrong-profile': 1.8, 'role-credentials-unavailable': 0.8 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-ini/src/resolveCredentialSource.ts', ref: 'b4c10dbc5c39' },
  },
  {
    // v3's signer got a credentials object whose accessKeyId or secretAccessKey is not a string: a half-filled object,
    // not an empty chain (the chain was never walked). Most often `credentials: { accessKeyId: <an environment variable>, … }` with
    // the variables unset, which also keeps the default chain from asking an instance profile (Coggle/s3-streamlogger#53),
    // or a tool's session object handed over half-filled (Noovolari/leapp#552).
    id: 'js3.credential-object-invalid',
    tool: 'aws-sdk-js-v3',
    message: 'Resolved credential object is not valid',
    re: /\bResolved credential object is not valid\b/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.2, 'no-credentials-found': 1.0, 'role-credentials-unavailable': 0.6 },
    source: { repo: 'smithy-lang/smithy-typescript', path: 'packages/signature-v4/src/SignatureV4Base.ts', ref: 'd4d9253e3b2d' },
  },
  // Source audit, stop 36: strings read with the search tool's read_file (the repository is too large to fetch); each
  // names the commit of the stored version read.
  {
    id: 'js3.sso-session-expired',
    tool: 'aws-sdk-js-v3',
    message: 'The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.',
    re: /The SSO session associated with this profile has expired\. To refresh/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-sso/src/resolveSSOCredentials.ts', ref: '0ba3bf9e1a89' },
  },
  {
    // No cached token for the profile's sso-session (never logged in here, or the cache was cleared).
    id: 'js3.sso-token-not-found',
    tool: 'aws-sdk-js-v3',
    message: "The SSO session token associated with profile={profile} was not found or is invalid. To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    re: /The SSO session token associated with profile=[\w.@-]{1,64} was not found or is invalid/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5, 'no-credentials-found': 0.6 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/token-providers/src/fromSso.ts', ref: '099ec67a9327' },
  },
  {
    // The profile's sso_session names a section the config lacks, or the section lacks its start URL or region.
    id: 'js3.sso-session-config',
    tool: 'aws-sdk-js-v3',
    message: "Sso session '{name}' could not be found in shared credentials file. | Sso session '{name}' is missing required property '{key}'.",
    re: /Sso session '[\w.@-]{1,64}' (?:could not be found in shared credentials file|is missing required property)/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/token-providers/src/fromSso.ts', ref: '099ec67a9327' },
  },
  {
    // The token provider's missing profile (the SSO and process providers print it unquoted). Rust's SSO token
    // provider copies these words, so only next to JS v3's error classes or packages.
    id: 'js3.sso-profile-not-found',
    tool: 'aws-sdk-js-v3',
    message: "Profile '{profile}' could not be found in shared credentials file.",
    re: /Profile '?[\w.@-]{1,64}'? could not be found in shared credentials file/,
    context: /TokenProviderError|CredentialsProviderError|@aws-sdk\/|@smithy\//,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0, 'no-credentials-found': 0.6 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/token-providers/src/fromSso.ts', ref: '099ec67a9327' },
  },
  {
    // The process ran but printed something that is not the credential_process JSON (version 1 with both keys). "returned
    // invalid JSON" is resolveProcessCredentials.ts's (read at 11f95c3648df), the other two getValidatedProcessCredentials.ts's.
    id: 'js3.process-output-invalid',
    tool: 'aws-sdk-js-v3',
    message: 'Profile {profile} credential_process returned invalid JSON. | … did not return Version 1. | … returned invalid credentials.',
    re: /credential_process (?:returned invalid (?:JSON|credentials)|did not return Version 1)/,
    family: 'fam.process',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-process/src/getValidatedProcessCredentials.ts', ref: '04c14592898a' },
  },
  {
    // The process handed back credentials already past their Expiration: its own cache or login is stale.
    id: 'js3.process-expired',
    tool: 'aws-sdk-js-v3',
    message: 'Profile {profile} credential_process returned expired credentials.',
    re: /credential_process returned expired credentials/,
    // The expired family, not the process one: the process ran and answered, the credentials it gave are stale.
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'packages/credential-provider-process/src/getValidatedProcessCredentials.ts', ref: '04c14592898a' },
  },
  {
    // IMDSv2's token could not be had and v1 is switched off (as botocore.imdsv1-disabled): the hop limit of a container
    // on EC2, or IMDS answering nothing. Not `imds`, as botocore's: v1 switched off is a setting the person made.
    id: 'js3.imds-v1-blocked',
    tool: 'aws-sdk-js-v3',
    message: 'AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [{causes}].',
    re: /AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: { repo: 'smithy-lang/smithy-typescript', path: 'packages/credential-provider-imds/src/fromInstanceMetadata.ts', ref: '0c75f4cc3b1c' },
  },
];
