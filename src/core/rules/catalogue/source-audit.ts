/**
 * The source audit of issue 10's tools (stop 36): for each tool read, every credential-provider and signing error
 * string its current source throws or logs, as printed (placeholders filled with sample values), and what the
 * catalogue does with it: the entry that reads it, why none should, or the gap still open and why.
 * coverage.ts turns this into docs/catalogue.md's audit table; a test checks that each held string raises the
 * entry named through the catalogue's own reader (with its row's context line, if any), so the table cannot claim more
 * than the catalogue reads.
 */
import type { CatalogueSource } from './types';

export interface AuditedString {
  /** The string as the tool prints it, sample values in place of its placeholders. */
  text: string;
  /** The catalogue entry whose pattern reads it. */
  held?: string;
  /**
   * For an entry gated on a context (types.ts `context`: a short wording shared with other tools), a line the entry
   * needs beside the string, as a paste of that tool shows it. Pasted alone the string does not raise its entry.
   */
  context?: string;
  /** Why no entry should read it: not a credential failure, a line every chain failure prints, dead code… */
  left?: string;
  /** A credential failure with no entry yet, and why it was not added this stop (rare, generic wording…). */
  gap?: string;
}

export interface ToolAudit {
  /** The tool as coverage.ts's ISSUE_TOOLS names it. */
  tool: string;
  /** Where the strings were read: the repository, the files grepped (a folder or glob), the version. */
  read: CatalogueSource;
  strings: AuditedString[];
}

const EVERY_CHAIN = 'printed for a provider the chain skips on every chain failure: names no cause';
const NOT_USER = 'a programming or internal error (builder misuse, a response the service never sends)';
const NOT_CREDENTIAL = 'not a credential or signing failure';
/** The line a GitLab job prints before its STS call (the docs' example), which the GitLab entries need beside STS's answer. */
const GITLAB_JOB = "$ aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name \"GitLabRunner-${CI_PROJECT_ID}-${CI_PIPELINE_ID}\" --web-identity-token $GITLAB_OIDC_TOKEN";
/** LocalStack raises S3's own answers word for word: they are S3's strings (the service entries and message rules), not LocalStack's. */
const S3_COPY = "S3's own answer, copied word for word: an S3 string (the service entries' scope), not LocalStack's";

export const SOURCE_AUDIT: ToolAudit[] = [
  {
    tool: 'Kotlin SDK',
    read: { repo: 'awslabs/aws-sdk-kotlin', path: 'aws-runtime/aws-config/common/src/aws/sdk/kotlin/runtime/auth/credentials/', ref: 'v1.5.43+1@05ea93b921ae' },
    strings: [
      { text: 'Container credentials URI not set', left: EVERY_CHAIN },
      { text: 'Failed to get credentials from container metadata service', left: 'wraps the cause Error retrieving credentials from container service prints (held)' },
      { text: 'Token contains illegal line break sequence.', gap: 'rare: the container authorization token file ends in a newline' },
      { text: 'Error retrieving credentials from container service: code=404; message=Not Found', held: 'kotlin.container' },
      { text: 'Missing value for environment variable `AWS_ACCESS_KEY_ID`', held: 'kotlin.env-missing', context: '\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt)' },
      { text: 'Missing value for system property `aws.accessKeyId`', left: EVERY_CHAIN },
      { text: 'AWS EC2 metadata is explicitly disabled; credentials not loaded', held: 'kotlin.imds-disabled' },
      { text: 'CredentialsProviderException: failed to load instance profile', held: 'kotlin.imds' },
      { text: 'Incorrect IMDS/IAM configuration: [AssumeRoleUnauthorizedAccess] EC2 cannot assume the role web. Hint: Does this role have a trust relationship with EC2?', held: 'kotlin.imds-trust' },
      { text: 'Error retrieving credentials from IMDS: code=InternalServiceException; An internal error occurred', held: 'kotlin.imds-error' },
      { text: 'missing field `SecretAccessKey`', left: 'too short to read alone; its provider\'s own line is the reading' },
      { text: 'Command completed with nonzero exit code 1: token expired', held: 'kotlin.process-exit', context: '\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt)' },
      { text: 'Credentials response was not of expected format', gap: 'rare: a credential_process printing no JSON (the process entries of other SDKs hold the cause)' },
      { text: 'no bearer token providers available for profile `dev`', gap: 'rare: a bearer-token (CodeCatalyst) profile without sso_session' },
      { text: 'profile (dev) references non-existing sso_session = `corp`', held: 'kotlin.sso-session-missing' },
      { text: 'sso-session (corp) missing `sso_start_url`', gap: 'rare; the profile entries cover incomplete profiles' },
      { text: 'unknown credentials source: Ec2Instance', held: 'kotlin.unknown-credential-source', context: '\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt)' },
      { text: 'GetRoleCredentials operation failed', held: 'kotlin.sso-role-credentials', context: '\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt)' },
      { text: 'The SSO session has expired. To refresh this SSO session run `aws sso login` with the corresponding profile.', held: 'kotlin.sso-session-expired' },
      { text: 'SSO token for sso-session: corp is expired', held: 'kotlin.sso-token-expired' },
      { text: 'Invalid or missing SSO session cache. Run `aws sso login` to initiate a new SSO session', held: 'kotlin.sso-cache-missing' },
      { text: 'StaticCredentialsProvider - accessKeyId and secretAccessKey must not be null', left: NOT_USER },
      { text: 'failed to assume role from STS', held: 'kotlin.assume-role', context: '\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt)' },
      { text: 'STS credentials must not be null', left: NOT_USER },
      { text: 'failed to read webIdentityToken from /var/run/secrets/eks.amazonaws.com/serviceaccount/token', held: 'kotlin.web-identity-token-file' },
      { text: 'STS failed to assume role from web identity', held: 'kotlin.web-identity' },
      { text: 'profile formed an infinite loop: a -> b -> a', held: 'kotlin.profile-loop', context: '\tat aws.sdk.kotlin.runtime.auth.credentials.DefaultChainCredentialsProvider.resolve(DefaultChainCredentialsProvider.kt)' },
      { text: 'profile (deploy) contained both `source_profile` and `credential_source`. Only one or the other can be defined.', held: 'kotlin.role-source-both' },
      { text: 'profile (deploy) must contain `source_profile` or `credential_source` but neither were defined', held: 'kotlin.role-source-missing' },
      { text: 'No identity could be resolved from the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider', held: 'kotlin.identity-chain' },
    ],
  },
  {
    tool: 'JavaScript SDK v3',
    // Too large to fetch: six files read with read_file, each at the commit of its stored version (the entries name it).
    read: { repo: 'aws/aws-sdk-js-v3', path: 'credential-provider-sso/src/resolveSSOCredentials.ts, token-providers/src/fromSso.ts, credential-provider-process/src/{resolve,getValidated}ProcessCredentials.ts, credential-provider-web-identity/src/fromTokenFile.ts; smithy-typescript credential-provider-imds/src/fromInstanceMetadata.ts', ref: '0ba3bf9e1a89, 099ec67a9327, 11f95c3648df, 04c14592898a, 13156a44dc1b; 0c75f4cc3b1c' },
    strings: [
      { text: 'The SSO session associated with this profile is invalid. To refresh this SSO session run aws sso login with the corresponding profile.', held: 'js3.sso-session-invalid' },
      { text: 'The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.', held: 'js3.sso-session-expired' },
      { text: 'SSO returns an invalid temporary credential.', gap: 'rare: the portal answering without keys' },
      { text: "Profile 'dev' could not be found in shared credentials file.", gap: 'the token provider\'s form of a missing profile (js3.profile-not-parsed reads the credential provider\'s "could not be found or parsed"); not added this stop' },
      { text: "Profile 'dev' is missing required property 'sso_session'.", left: EVERY_CHAIN },
      { text: "Sso session 'corp' could not be found in shared credentials file.", held: 'js3.sso-session-config' },
      { text: "Sso session 'corp' is missing required property 'sso_region'.", held: 'js3.sso-session-config' },
      { text: "The SSO session token associated with profile=dev was not found or is invalid. To refresh this SSO session run 'aws sso login' with the corresponding profile.", held: 'js3.sso-token-not-found' },
      { text: "Token is expired. To refresh this SSO session run 'aws sso login' with the corresponding profile.", held: 'js3.sso-token-expired' },
      { text: 'Profile dev credential_process returned invalid JSON.', held: 'js3.process-output-invalid' },
      { text: 'Profile dev credential_process did not return Version 1.', held: 'js3.process-output-invalid' },
      { text: 'Profile dev credential_process returned invalid credentials.', held: 'js3.process-output-invalid' },
      { text: 'Profile dev credential_process returned expired credentials.', held: 'js3.process-expired' },
      { text: 'Profile dev did not contain credential_process.', left: EVERY_CHAIN },
      { text: 'Web identity configuration not specified', left: EVERY_CHAIN },
      { text: 'AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [process environment variable (AWS_EC2_METADATA_V1_DISABLED)].', held: 'js3.imds-v1-blocked' },
      { text: 'EC2 Metadata token request returned error', gap: 'rare: a 400 on the IMDSv2 token request' },
      { text: 'AWS_EC2_METADATA_V1_DISABLED not set in env, checking config file next.', left: 'a debug line of a config lookup' },
      { text: 'Invalid response received from instance metadata service.', left: NOT_USER },
      { text: 'Could not load credentials from any providers', held: 'js3.chain', context: 'CredentialsProviderError: Could not load credentials from any providers' },
    ],
  },
  {
    tool: 'Go SDK v2',
    // Too large to fetch: three provider files read with read_file at the commits of their stored versions.
    read: { repo: 'aws/aws-sdk-go-v2', path: 'credentials/{processcreds,endpointcreds}/provider.go, credentials/stscreds/web_identity_provider.go', ref: '384c5aab4ec3, 0a8b18e3d987, 0f1f7ec05408' },
    strings: [
      { text: 'process provider error: failed to prepare command: command must not be empty', gap: 'rare: an empty credential_process line' },
      { text: 'process provider error: parse failed of process output: Please log in, error: invalid character', held: 'go2.process-output' },
      { text: 'process provider error: wrong version in process output (not 1)', held: 'go2.process-output' },
      { text: 'process provider error: missing AccessKeyId in process output', held: 'go2.process-output' },
      { text: 'process provider error: missing SecretAccessKey in process output', held: 'go2.process-output' },
      { text: 'process provider error: credential process timed out: signal: killed', held: 'go2.process-failed' },
      { text: 'process provider error: error in credential_process: exit status 1', held: 'go2.process-failed' },
      { text: 'failed to retrieve jwt from provide source, unable to read file at /var/run/token: no such file', held: 'go2.web-identity-token-file' },
      { text: 'failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, InvalidIdentityToken', left: 'a prefix: the STS answer after it is the reading (the service entries)' },
      { text: 'failed to load credentials, operation error : GetCredentials, exceeded maximum number of attempts', left: 'a prefix of the container endpoint provider: the error after it decides' },
      { text: 'failed to read authorization token from /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token: no such file', held: 'go2.container-token-file' },
      { text: 'authorization token contains invalid newline sequence', gap: 'rare: a token file ending in a newline' },
    ],
  },
  {
    tool: 'Java SDK v2',
    // Too large to fetch: two files read with read_file at the commits of their stored versions.
    read: { repo: 'aws/aws-sdk-java-v2', path: 'core/auth/src/main/java/software/amazon/awssdk/auth/credentials/{InstanceProfileCredentialsProvider.java, internal/ProfileCredentialsUtils.java (first 16,000 characters)}', ref: '07ca27cb12ea, 09c61e295140' },
    strings: [
      { text: 'Unable to load credentials path', gap: 'rare: IMDS listing no role name (the chain\'s "Failed to load credentials from IMDS" is held)' },
      { text: 'Invalid profile file: profile has both source_profile and credential_source.', held: 'java2.role-source-both' },
      { text: 'Invalid profile file: Circular relationship detected with profiles [a, b].', held: 'java2.profile-loop' },
      { text: "The profile 'deploy' must be configured with a source profile in order to use assumed roles.", held: 'java2.role-without-source' },
      { text: "The source profile of 'deploy' was configured to be 'base', but that source profile has no credentials configured.", held: 'java2.source-profile-no-credentials' },
      { text: "Profile property 'aws_secret_access_key' was not configured for 'dev'.", held: 'java2.profile-property-missing' },
    ],
  },
  {
    tool: 'Rust SDK',
    read: { repo: 'smithy-lang/smithy-rs', path: 'aws/rust-runtime/aws-config/src/ (profile, ecs, imds, credential_process, sso)', ref: 'release-2026-08-21@56ee88c5c6ed' },
    strings: [
      { text: 'Error retrieving credentials from external process: No such file or directory (os error 2)', left: 'the command named in credential_process is missing: the OS error follows; the chain line names it' },
      { text: 'Error retrieving credentials: external process exited with code exit status: 1. Stderr: expired', held: 'rust.process-exit' },
      { text: 'Error retrieving credentials from external process, could not parse response: missing field', held: 'rust.process-response' },
      { text: 'ECS provider not configured', left: EVERY_CHAIN },
      { text: 'invalid full URI for ECS provider (URI did not refer to an allowed IP address): http://example.com', held: 'rust.ecs-invalid-uri' },
      { text: 'No environment variables were set to configure ECS provider', left: EVERY_CHAIN },
      { text: 'environment variable not set', left: EVERY_CHAIN },
      { text: 'could not communicate with IMDS', held: 'rust.imds-unreachable', context: 'Error: CredentialsNotLoaded' },
      { text: 'received 404 from IMDS', left: 'the last provider finding no instance role: the chain\'s own line holds the failure' },
      { text: 'Incorrect IMDS/IAM configuration: [AssumeRoleUnauthorizedAccess] EC2 cannot assume the role web. Hint: Does this role have a trust relationship with EC2?', held: 'kotlin.imds-trust' },
      { text: 'aws_config: Incorrect IMDS/IAM configuration: [AssumeRoleUnauthorizedAccess] EC2 cannot assume the role web.', held: 'rust.imds-trust' },
      { text: 'Error retrieving credentials from IMDS: InternalServiceException An internal error occurred', held: 'rust.imds-error' },
      { text: 'profile formed an infinite loop. first we loaded ["a", "b"], then attempted to reload a', held: 'rust.profile-loop' },
      { text: 'missing credential source in `deploy`: no source', left: 'declared in ProfileFileError but constructed nowhere in aws-config' },
      { text: 'invalid credential source in `default`: profile missing aws_access_key_id', held: 'rust.invalid-credential-source' },
      { text: 'profile `dev` was not defined: profile not found', held: 'rust.profile-not-defined' },
      { text: 'profile referenced `floozle` provider but that provider is not supported', gap: 'rare: a credential_source name Rust does not know' },
      { text: 'No profiles were defined', held: 'rust.no-profiles', context: 'Error: CredentialsNotLoaded' },
      { text: 'profile `default` did not contain credential information', held: 'rust.profile-no-credentials' },
      { text: 'sso-session named `corp` (referenced by profile `dev`) was not found', held: 'rust.sso-session-missing' },
      { text: 'profile `dev` has invalid SSO config: sso_region missing', gap: 'rare; no gap in the cases read' },
      { text: 'In order to spawn a subprocess, the `credentials-process` feature must be enabled.', left: 'a build feature of the program, not the person\'s credentials (no cause in the taxonomy)' },
      { text: 'invalid JSON in cached SSO token file', gap: 'rare: a corrupted cache; the SSO entries hold the usual failures' },
      { text: 'the SSO token has expired and cannot be refreshed', held: 'rust.sso-token-expired' },
      { text: 'no providers in chain provided credentials', held: 'rust.chain-empty' },
    ],
  },
  {
    tool: 'Granted',
    read: { repo: 'common-fate/granted', path: 'pkg/cfaws/, pkg/assume/, pkg/granted/credentials.go, pkg/securestorage/', ref: 'v0.38.0+13@e504d8bc2eed' },
    strings: [
      { text: 'creds invalid or expired', held: 'granted.invalid-or-expired' },
      { text: "error when retrieving credentials from custom process. please login using 'granted sso login'", held: 'granted.process-login' },
      { text: 'failed to load a source-profile for profile: dev . You should fix the issue with the source profile before you can assume this profile', held: 'granted.source-profile' },
      { text: 'maximum source profile depth exceeded for profile dev', held: 'granted.source-profile-loop' },
      { text: 'region not set on profile dev, could not load a default AWS_REGION. Either set a default region `aws configure set default.region us-west-2` or add a region to your profile', held: 'granted.region-not-set' },
      { text: 'no valid sso token found', held: 'granted.no-sso-token', context: '$ assume dev' },
      { text: "unmatched profile names. The profile name 'dev' provided to 'granted credential-process' does not match AWS profile name 'prod'", held: 'granted.credential-process-profile' },
      { text: "unable to parse 'credential_process'. Looks like your credential_process isn't configured correctly.", held: 'granted.credential-process-unparsed' },
      { text: "profile name not provided. Try adding profile name like 'granted credential-process --profile <profile-name>'", held: 'granted.credential-process-no-profile' },
      { text: "invalid aws config for granted login. 'granted_sso_region' field must be provided", held: 'granted.login-config-field' },
      { text: "no credentials exist for dev in secure storage. If you wanted to add a new profile, run 'granted credentials add'", held: 'granted.secure-storage-missing' },
      { text: "Granted couldn't find any AWS profiles in your config file or your credentials file", held: 'granted.no-profiles' },
      { text: 'Cannot open a browser session for profile: dev because it does not assume a role', held: 'granted.console-needs-role' },
      { text: 'profile dev does not have IAM credentials configured', left: 'printed by `granted credentials import`, a setup command, not a failing call' },
      { text: 'keyring not opened successfully', left: 'the OS keyring, not AWS credentials' },
      { text: 'failed to auto-refresh gimme-aws-creds, since auto-login is disabled', gap: 'rare: gimme-aws-creds behind Granted (saml-helpers.ts reads gimme-aws-creds itself)' },
      { text: 'no credentials exported to terminal when using aws-google-auth to assume profile: dev', gap: 'rare: a third-party SAML helper behind Granted' },
      { text: "one of the require environment variables was not found while loading an sso profile ['GRANTED_SSO_START_URL','GRANTED_SSO_REGION','GRANTED_SSO_ACCOUNT_ID','GRANTED_SSO_ROLE_NAME']", gap: 'rare: `assume --sso` driven by environment variables' },
      { text: 'default browser not configured. run `granted browser set` to configure', left: NOT_CREDENTIAL },
    ],
  },
  {
    tool: 'aws-vault',
    read: { repo: '99designs/aws-vault', path: 'cli/, vault/', ref: 'v7.2.0+7@e22aea12b03e' },
    strings: [
      { text: 'aws-vault: error: exec: Failed to get credentials for dev: operation error', held: 'aws-vault.get-credentials' },
      { text: 'aws-vault: Error getting temporary credentials: operation error', held: 'aws-vault.temporary-credentials' },
      { text: "running in an existing aws-vault subshell; 'exit' from the subshell or unset AWS_VAULT to force", held: 'aws-vault.subshell' },
      { text: 'profile dev: credentials missing', held: 'aws-vault.credentials-missing', context: '$ aws-vault exec dev -- aws s3 ls' },
      { text: 'No master credentials found', held: 'aws-vault.no-master-credentials', context: '$ aws-vault exec dev -- aws s3 ls' },
      { text: "Your profile has a source_profile of base, adding credentials to dev won't have any effect", held: 'aws-vault.add-source-profile' },
      { text: "Loop detected in config file for profile 'dev'", held: 'aws-vault.profile-loop' },
      { text: 'Invalid data in keyring: unexpected end of JSON input', held: 'aws-vault.keyring-invalid', context: '$ aws-vault exec dev -- aws s3 ls' },
      { text: 'JSON credential from command "helper" missing the following fields: [SecretAccessKey]', held: 'aws-vault.credential-process-fields' },
      { text: 'unable to authenticate to AWS through your environment variables: operation error', held: 'aws-vault.login-environment' },
      { text: "aws-vault: Error loading source credentials for 'work': The specified item could not be found in the keyring", held: 'aws-vault.rotate-source' },
      { text: 'invalid JSON format from command "helper": unexpected end of JSON input', gap: 'rare: credential_process printing no JSON (the SDKs\' process entries hold the cause)' },
      { text: 'unable to read file at /var/run/token: no such file', gap: 'generic wording ("unable to read file at") that ordinary logs print' },
      { text: 'Another process is already bound to 169.254.169.254:80', left: '--ec2-server setup, not a credential failure' },
      { text: "argument 'profile' not provided, nor any AWS env vars found. Try --help", left: 'usage error of `aws-vault login`' },
      { text: 'Call to getSigninToken failed with 400 Bad Request', gap: 'rare: the console federation endpoint' },
    ],
  },
  {
    tool: 'CDK',
    read: { repo: 'aws/aws-cdk-cli', path: 'packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/, lib/api/environment/, packages/@aws-cdk/cdk-assets-lib/lib/', ref: '7ff50e77f314' },
    strings: [
      { text: 'Need to perform AWS calls for account 123456789012, but no credentials have been configured', held: 'cdk.no-credentials' },
      { text: 'Need to perform AWS calls for account 123456789012, but the current credentials are for 111122223333', held: 'cdk.other-account' },
      { text: 'Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment', held: 'cdk.no-account' },
      { text: "arn:aws:iam::123456789012:user/ci could not be used to assume 'arn:aws:iam::123456789012:role/cdk-deploy', but are for the right account. Proceeding anyway.", held: 'cdk.assume-role-fallback' },
      { text: 'Error fetching MFA token: no TTY', held: 'cdk.mfa-token', context: '$ npx cdk deploy' },
      { text: 'Unable to determine the default AWS account (CredentialsProviderError): Could not load credentials from any providers', held: 'cdk.default-account-debug' },
      { text: 'Lookup role arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-us-east-1 was not assumed. Proceeding with default credentials.', held: 'cdk.lookup-role-not-assumed' },
      { text: "Assuming role failed: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole", gap: '--verbose line whose AccessDenied sentence the service entries read' },
      { text: "STS didn't return an account ID", left: NOT_USER },
      { text: 'No credentials available due to BaseCredentials.none()', left: 'toolkit-lib embedded with credentials switched off by its caller' },
      { text: "Plugin returned a value that doesn't resemble AWS credentials: {}", gap: 'rare: a credential plugin bug' },
      { text: "Unrecognized response from STS: '{}'", left: NOT_USER },
    ],
  },
  {
    tool: 'configure-aws-credentials',
    read: { repo: 'aws-actions/configure-aws-credentials', path: 'src/', ref: 'v6+43@bcd4089080cf' },
    strings: [
      { text: 'Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers', held: 'gha.no-providers' },
      { text: 'Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity', held: 'gha.oidc-assume-failed' },
      { text: 'Web identity token file does not exist: /tmp/token', held: 'gha.web-identity-file-missing' },
      { text: 'Could not assume role with web identity token file: AccessDenied', held: 'gha.web-identity-file-assume' },
      { text: 'Could not assume role with user credentials: The security token included in the request is invalid.', held: 'gha.user-credentials-assume' },
      { text: 'getIDToken call failed: Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable', held: 'gha.get-id-token' },
      { text: "'aws-secret-access-key' must be provided if 'aws-access-key-id' is provided", held: 'gha.secret-key-input' },
      { text: 'Credentials could not be loaded, please check your action inputs: Access key ID empty after loading credentials', held: 'gha.credentials-not-loaded' },
      { text: 'Could not get Account ID or ARN from STS. Did you set credentials?', left: 'STS always returns both: only a stand-in endpoint answers without them (rare)' },
      { text: 'AssumeRole call succeeded but returned no credentials', left: NOT_USER },
      { text: 'Missing required environment variables. Are you running in GitHub Actions?', left: 'the action run outside GitHub Actions (a local `act` run): no credential cause' },
      { text: 'Region is not valid: us-east1', left: 'an input typo the region entries read by the region name itself' },
      { text: 'Action timed out after 60 seconds', left: NOT_CREDENTIAL },
    ],
  },
  {
    tool: 'aws-iam-authenticator / `aws eks get-token` (kubectl)',
    read: { repo: 'kubernetes-sigs/aws-iam-authenticator', path: 'pkg/token/token.go, pkg/errutil/errors.go, cmd/aws-iam-authenticator/token.go', ref: 'v0.7.18+11@81b1daba00d1' },
    strings: [
      { text: 'could not get token: NoCredentialProviders: no valid providers in chain', held: 'iam-authenticator.no-token' },
      { text: 'level=warning msg="access denied" arn="arn:aws:iam::123456789012:role/dev" error="identity is not mapped"', held: 'iam-authenticator.not-mapped' },
      { text: 'sts getCallerIdentity failed: error from AWS (expected 200, got 403) on us-east-1 endpoint. Body: {}', held: 'iam-authenticator.sts-failed' },
      { text: 'ARN does not match User ID', left: 'server-side log of a spoofed token, not a user\'s paste' },
      { text: 'ClusterID is required', left: 'usage error' },
      { text: 'invalid region identifier format provided: useast1', left: 'a region typo: the region entries read the name' },
    ],
  },
  {
    tool: 'SAM CLI',
    read: { repo: 'aws/aws-sam-cli', path: 'samcli/ (git grep of credential, NoCredentialsError, NoRegionError, ProfileNotFound handlers)', ref: 'develop@fe8f8dbb1160 (2026-07-22)' },
    strings: [
      { text: 'Error Setting Up Managed Stack Client: Unable to resolve credentials for the AWS SDK for Python client. Please see their documentation for options to pass in credentials: https://boto3.amazonaws.com/v1/documentation/api/latest/guide/configuration.html', held: 'sam.no-credentials' },
      { text: 'Cannot identify account based on configured credentials.', held: 'sam.account-unknown' },
      { text: 'Cannot identify account due to invalid configured credentials.', held: 'sam.account-invalid' },
      { text: 'Layers require credentials to download the layers locally.', held: 'sam.layers-credentials' },
      { text: 'AWS Credentials are required. Please configure your credentials.', held: 'sam.credentials-required' },
      { text: 'AWS Region was not found. Please configure your region through a profile or --region option', held: 'sam.region-not-found' },
      { text: 'No region information found. Please provide --region parameter or configure default region settings.', held: 'sam.no-region' },
      { text: 'Error Setting Up Managed Stack Client: Unable to resolve a region. Please provide a region via the --region parameter or by the AWS_DEFAULT_REGION environment variable.', held: 'sam.managed-stack-region' },
      { text: "Error Setting Up Managed Stack Client: the provided AWS name profile 'dev' is not found. please check the documentation for setting up a named profile: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-profiles.html", held: 'sam.managed-stack-profile' },
      { text: "The config profile (dev) could not be found", left: 'botocore\'s ProfileNotFound passed through: the botocore entries read it' },
    ],
  },
  {
    tool: 'Chalice',
    read: { repo: 'aws/chalice', path: 'chalice/cli/__init__.py, chalice/deploy/deployer.py, chalice/awsclient.py', ref: '1.33.0+7@51ac9040' },
    strings: [
      { text: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials', held: 'chalice.no-credentials', context: '$ chalice deploy' },
      { text: 'No region configured. Either export the AWS_DEFAULT_REGION environment variable or set the region value in our ~/.aws/config file.', held: 'chalice.no-region' },
      { text: 'ERROR - While deploying your chalice application, received the following error:', held: 'chalice.deployment-error' },
    ],
  },
  {
    tool: "Terraform's AWS provider",
    read: { repo: 'hashicorp/aws-sdk-go-base', path: '*.go, internal/config/*.go (the provider\'s credential code)', ref: 'v2.0.0-beta.74@71dcf8ad2f4d' },
    strings: [
      { text: 'No valid credential sources found', held: 'tf.no-valid-sources' },
      { text: 'IAM Role (arn:aws:iam::123456789012:role/deploy) cannot be assumed.', held: 'tf.cannot-assume-role' },
      { text: 'IAM Role (arn:aws:iam::123456789012:role/deploy) cannot be assumed with web identity token.', held: 'tf.cannot-assume-role-web-identity' },
      { text: 'Cannot assume IAM Role with web identity\n\ncannot assume role with web identity: operation error STS', held: 'tf.web-identity-short' },
      { text: 'validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity', held: 'tf.validating-credentials' },
      { text: 'AWS account ID not allowed: 123456789012', held: 'tf.account-not-allowed' },
      { text: 'A Profile was specified along with the environment variables "AWS_ACCESS_KEY_ID" and "AWS_SECRET_ACCESS_KEY". The Profile is now used instead of the environment variable credentials.', held: 'tf.profile-over-env' },
      { text: 'retrieving credentials: failed to refresh cached credentials', left: 'a prefix: the SDK error after it is the reading (the Go v2 entries)' },
      { text: 'retrieving account information via iam:GetUser: operation error IAM: GetUser, AccessDenied', left: 'the account-id fallbacks: the service answer after them is the reading' },
      { text: 'unable to read file at /var/run/secrets/token: open /var/run/secrets/token: no such file or directory', gap: 'generic wording ("unable to read file at") that ordinary logs print; the OS error after it says what' },
      { text: 'expanding custom CA bundle: no such file', left: NOT_CREDENTIAL },
    ],
  },
  {
    tool: "CircleCI's aws-cli orb",
    read: { repo: 'CircleCI-Public/aws-cli-orb', path: 'src/scripts/*.sh', ref: 'v5.4.1@28b8b974fdd0' },
    strings: [
      { text: 'Failed to set CIRCLE_OIDC_TOKEN and CIRCLE_OIDC_TOKEN_V2 after 3 attempts. Please try rerunning the worklow.', held: 'circleci.oidc-token-missing' },
      { text: 'Failed to assume role', held: 'circleci.assume-failed', context: 'aws-cli/setup (circleci orb): AssumeRoleWithWebIdentity' },
      { text: 'Credentials not found. Run setup command before role-arn-setup.', held: 'circleci.role-arn-setup-no-credentials' },
      { text: 'AWS CLI is not installed. Please run the setup or install command first.', left: NOT_CREDENTIAL },
    ],
  },
  // Stop 37 (s37-catb): Ruby, …, read string by string.
  {
    tool: 'Ruby SDK',
    read: { repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sdk-core/lib/aws-sdk-core/{errors,shared_config,instance_profile_credentials,ecs_credentials,process_credentials,sso_credentials,sso_token_provider,assume_role_web_identity_credentials}.rb, plugins/sign.rb; gems/aws-sigv4/lib/aws-sigv4/{errors,signer}.rb', ref: 'aws-sdk-core 3.211.0@bac3491f8117' },
    strings: [
      { text: 'Aws::Errors::MissingCredentialsError: unable to sign request without credentials set', held: 'ruby.missing-credentials' },
      { text: 'missing credentials, provide credentials with one of the following options:\n  - :access_key_id and :secret_access_key\n  - :credentials\n  - :credentials_provider', held: 'ruby.sigv4-missing-credentials' },
      { text: "/usr/local/bundle/gems/aws-sigv4-1.10.1/lib/aws-sigv4/signer.rb:684:in `extract_region': missing required option :region (Aws::Sigv4::Errors::MissingRegionError)", held: 'ruby.sigv4-missing-region' },
      { text: "Aws::Errors::MissingRegionError: No region was provided. Configure the `:region` option or export the region name to ENV['AWS_REGION']", held: 'ruby.missing-region' },
      { text: 'Missing :web_identity_token_file parameter or invalid file path provided for Aws::AssumeRoleWebIdentityCredentials provider', held: 'ruby.web-identity-file' },
      { text: 'Aws::Errors::MissingBearerTokenError: unable to sign request without token set', gap: 'rare: a bearer-token service (CodeCatalyst) with no token provider' },
      { text: 'Aws::Errors::MetadataParserError: Failed to parse metadata service response.', gap: 'rare: IMDS or the container endpoint answering with no JSON (a proxy in the way)' },
      { text: 'Error retrieving instance profile credentials: Failed to open TCP connection to 169.254.169.254:80 (execution expired)', held: 'ruby.instance-profile' },
      { text: 'Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted again in 5 minutes.', left: 'a warning: the SDK goes on with the credentials it holds' },
      { text: 'Error retrieving ECS Credentials: Failed to open TCP connection to 169.254.170.2:80 (Connection refused)', held: 'ruby.ecs' },
      { text: "Aws::ECSCredentials::TokenFileReadError: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is set but the file doesn't exist: /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token", held: 'ruby.container-token-file' },
      { text: 'Invalid Authorization token: token contains a newline and carriage return character.', gap: 'rare: the container authorization token ends in a newline' },
      { text: 'AWS_CONTAINER_CREDENTIALS_FULL_URI must use a local loopback or an ECS or EKS link-local address when using the http scheme.', gap: 'rare: a hand-set container endpoint over plain http' },
      { text: 'Cannot instantiate an ECS Credential Provider without a credential path or endpoint.', left: NOT_USER },
      { text: 'Aws::Errors::CredentialSourceConflictError: Profile deploy has a source_profile, and a credential_source. For assume role credentials, must provide only source_profile or credential_source, not both.', held: 'ruby.role-source-both' },
      { text: 'Profile deploy has a role_arn, and source_profile, but the source_profile does not have credentials.', held: 'ruby.source-profile-no-credentials' },
      { text: 'Profile deploy could not get source credentials from provider Ec2InstanceMetadata', held: 'ruby.no-source-credentials' },
      { text: 'Profile deploy has a role_arn, but no source_profile.', held: 'ruby.role-arn-no-source' },
      { text: 'Aws::Errors::SourceProfileCircularReferenceError', held: 'ruby.source-profile-loop' },
      { text: 'Aws::Errors::InvalidCredentialSourceError: Unsupported credential_source: Ec2Instance', held: 'ruby.unsupported-credential-source' },
      { text: "sso-session corp's sso_region (us-east-1) does not match the profile dev's sso_region (eu-west-1'", gap: 'rare: a legacy sso_region left in a profile that names an sso-session' },
      { text: "Aws::Errors::NoSuchProfileError: Profile `dev' not found in /home/app/.aws/credentials or /home/app/.aws/config", held: 'ruby.no-such-profile' },
      { text: 'sso-session corp must be defined in the config file. Referenced by profile dev', held: 'ruby.sso-session-undefined' },
      { text: 'sso-session corp missing required parameter: sso_region', gap: 'rare; an incomplete sso-session section (the profile entries cover incomplete profiles)' },
      { text: 'Aws::Errors::InvalidProcessCredentialsPayload: credential_process provider failure, the credential process had non zero exit status and failed to provide credentials', held: 'ruby.process-failed' },
      { text: 'Aws::Errors::InvalidProcessCredentialsPayload: Invalid JSON response', held: 'ruby.process-output' },
      { text: 'Invalid version 2 for credentials payload', held: 'ruby.process-output' },
      { text: 'Invalid payload for JSON credentials version 1', held: 'ruby.process-output' },
      { text: 'Passing a single string to Aws::ProcessCredentials.new is insecure, please use use an array of system arguments instead', left: 'a warning on how the provider was built; the credentials still load' },
      { text: 'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.', held: 'cli2.sso-session-invalid' },
      { text: 'Aws::Errors::InvalidSSOToken: Token is invalid and failed to refresh.', held: 'ruby.sso-token-refresh' },
      { text: "Unable to load sso_cache_file: ENV['HOME'] is not set.", gap: 'rare: a process with no HOME (a cron or a system service) reading the SSO cache' },
      { text: 'Missing required keys: [:sso_account_id]', left: NOT_USER },
      { text: 'Unable to use bearer authorization on non https endpoint.', left: NOT_USER },
    ],
  },
  {
    tool: 'LocalStack',
    read: { repo: 'localstack/localstack', path: 'localstack-core/localstack/aws/accounts.py, localstack-core/localstack/services/s3/presigned_url.py, localstack-core/localstack/services/sts/provider.py', ref: 'v4.14.0+27@8b9a79f05846' },
    strings: [
      { text: 'Invalid Access Key Id format. Falling back to default id: 000000000000', held: 'localstack.key-format-fallback' },
      { text: 'Char at index 12 not from base32 alphabet. Falling back to default id: 000000000000', held: 'localstack.account-id-fallback' },
      { text: 'Extracted account id not between 000000000000 and 999999999999. Falling back to default id: 000000000000', held: 'localstack.account-id-fallback' },
      { text: 'Ignoring production AWS credentials provided to LocalStack. Falling back to default account ID.', held: 'localstack.production-keys-ignored' },
      { text: 'Signatures do not match, but not raising an error, as S3_SKIP_SIGNATURE_VALIDATION=1', held: 'localstack.skip-signature-validation' },
      { text: 'Signature is expired, but not raising an error, as S3_SKIP_SIGNATURE_VALIDATION=1', held: 'localstack.skip-signature-validation' },
      { text: 'There were headers present in the request which were not signed (host, x-amz-acl), but not raising an error, as S3_SKIP_SIGNATURE_VALIDATION=1', held: 'localstack.skip-signature-validation' },
      { text: 'Presign signature calculation failed', left: 'an info line before the S3 answer it raises (the answer is the reading)' },
      { text: 'AccessDenied: Request has expired', left: S3_COPY },
      { text: 'AccessDenied: There were headers present in the request which were not signed', left: S3_COPY },
      { text: 'AccessDenied: Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters', left: S3_COPY },
      { text: 'AuthorizationQueryParametersError: Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.', left: S3_COPY },
      { text: 'AuthorizationQueryParametersError: Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".', left: S3_COPY },
      { text: 'AccessDenied: Invalid according to Policy: Policy expired.', left: S3_COPY },
      { text: 'SignatureDoesNotMatch: Expires error?', left: 'an unparseable Expires parameter (a hand-built URL), not a credential failure' },
      { text: 'SignatureDoesNotMatch: "X-Amz-Decoded-Content-Length" header is missing', left: NOT_USER },
      { text: 'ValidationError: arn:aws:iam::000000000000:role/ is invalid', left: 'the AssumeRole parameter check (a malformed role ARN): STS\'s own validation answer' },
    ],
  },
  {
    tool: 'Serverless Framework',
    read: { repo: 'serverless/serverless', path: 'packages/sf-core/src/lib/resolvers/providers/aws/{credentials,aws}.js, packages/serverless/lib/aws/{v2/request,v3/error-utils,request-retry}.js, packages/serverless/lib/plugins/aws/{provider.js,sandboxes/dev/}', ref: 'sf-core-installer@4.41.0+5@b9d7ea51c8cc' },
    strings: [
      { text: 'If you provide an access key ID or secret access key, you must provide both.', gap: 'rare: a resolver in serverless.yml given one key of the pair' },
      { text: 'AWS credentials missing or invalid. Run "serverless" to set up AWS credentials, or learn more in our docs: https://slss.io/aws-creds-setup. Original error from AWS: Could not load credentials from any providers', held: 'sls4.credentials-missing' },
      { text: 'AWS credentials appear to have expired. This is likely due to the use of temporary credentials (e.g. AWS SSO, AWS IAM STS). Original error from AWS: "The security token included in the request is expired"', held: 'sls4.credentials-expired' },
      { text: 'Failed to resolve AWS account ID: The security token included in the request is invalid.', left: 'a prefix: the AWS error after it is the reading (the service entries)' },
      { text: 'Could not resolve local AWS credentials: Could not load credentials from any providers', held: 'sls4.dev-credentials' },
      { text: 'AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: http://slss.io/aws-creds-setup', held: 'sls3.credentials-not-found' },
      { text: 'Encountered error during executing: docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest\nOutput of the command:\ndenied: Your authorization token has expired. Reauthenticate and try again.', held: 'ecr.token-expired' },
      { text: 'Resolver ssm is not supported', left: NOT_CREDENTIAL },
      { text: 'Credential Resolver must be defined', left: NOT_USER },
    ],
  },
  {
    tool: 'C++ SDK and the CRT signer',
    // The CRT's error table (every aws-c-auth error a CRT-based SDK or tool prints: C++, Swift, the Python and Java CRT
    // bindings), printed as awscrt prints it (`NAME: text`). aws-sdk-cpp itself is too large to fetch: its own providers'
    // strings (cpp.* entries) were read at the commits they name and are not re-read here.
    read: { repo: 'awslabs/aws-c-auth', path: 'source/auth.c (s_errors, all 42 error strings)', ref: 'v0.10.5+1@495329c24330' },
    strings: [
      { text: 'AWS_AUTH_SIGNING_UNSUPPORTED_ALGORITHM: Attempt to sign an http request with an unsupported version of the AWS signing protocol', left: NOT_USER },
      { text: 'AWS_AUTH_SIGNING_MISMATCHED_CONFIGURATION: Attempt to sign an http request with a signing configuration unrecognized by the invoked signer', left: NOT_USER },
      { text: 'AWS_AUTH_SIGNING_NO_CREDENTIALS: Attempt to sign an http request without credentials', held: 'crt.signing-no-credentials' },
      { text: 'AWS_AUTH_SIGNING_ILLEGAL_REQUEST_QUERY_PARAM: Attempt to sign an http request that includes a query param that signing may add', left: NOT_USER },
      { text: 'AWS_AUTH_SIGNING_ILLEGAL_REQUEST_HEADER: Attempt to sign an http request that includes a header that signing may add', left: NOT_USER },
      { text: 'AWS_AUTH_SIGNING_INVALID_CONFIGURATION: Attempt to sign an http request with an invalid signing configuration', left: NOT_USER },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_INVALID_ENVIRONMENT: Required environment variables could not be sourced from process environment', held: 'crt.environment-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_INVALID_DELEGATE: Valid credentials could not be sourced from the provided vtable', left: NOT_USER },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_PROFILE_SOURCE_FAILURE: Valid credentials could not be sourced by a profile provider', held: 'crt.profile-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_IMDS_SOURCE_FAILURE: Valid credentials could not be sourced by the IMDS provider', held: 'crt.imds-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_STS_SOURCE_FAILURE: Valid credentials could not be sourced by the STS provider', held: 'crt.role-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_HTTP_STATUS_FAILURE: Unsuccessful status code returned from credentials-fetching http request', held: 'crt.http-status' },
      { text: 'AWS_AUTH_PROVIDER_PARSER_UNEXPECTED_RESPONSE: Invalid response document encountered while querying credentials via http', gap: 'rare: a credential endpoint answering with no credentials document (a proxy in the way)' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_ECS_SOURCE_FAILURE: Valid credentials could not be sourced by the ECS provider', held: 'crt.role-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_X509_SOURCE_FAILURE: Valid credentials could not be sourced by the X509 provider', gap: 'rare: the IoT X.509 credentials provider' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_PROCESS_SOURCE_FAILURE: Valid credentials could not be sourced by the process provider', held: 'crt.process-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_STS_WEB_IDENTITY_SOURCE_FAILURE: Valid credentials could not be sourced by the sts web identity provider', held: 'crt.role-source' },
      { text: 'AWS_AUTH_SIGNING_UNSUPPORTED_SIGNATURE_TYPE: Attempt to sign using an unusupported signature type', left: NOT_USER },
      { text: 'AWS_AUTH_SIGNING_MISSING_PREVIOUS_SIGNATURE: Attempt to sign a streaming item without supplying a previous signature', left: NOT_USER },
      { text: 'AWS_AUTH_SIGNING_INVALID_CREDENTIALS: Attempt to perform a signing operation with invalid credentials', gap: 'rare: SigV4a key derivation from a malformed secret key' },
      { text: 'AWS_AUTH_CANONICAL_REQUEST_MISMATCH: Expected canonical request did not match the computed canonical request', left: 'the signer\'s verification helpers (its own tests), not a request sent' },
      { text: 'AWS_AUTH_SIGV4A_SIGNATURE_VALIDATION_FAILURE: The supplied sigv4a signature was not a valid signature for the hashed string to sign', left: 'the signer\'s verification helpers (its own tests), not a request sent' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_COGNITO_SOURCE_FAILURE: Valid credentials could not be sourced by the cognito provider', gap: 'rare: Cognito identity credentials in an embedded CRT client' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_DELEGATE_FAILURE: Valid credentials could not be sourced by the delegate provider', left: 'a provider the program supplies (a delegate): its own error is the reading' },
      { text: 'AWS_AUTH_SSO_TOKEN_PROVIDER_SOURCE_FAILURE: Valid token could not be sourced by the sso token provider', held: 'crt.sso-source' },
      { text: 'AWS_AUTH_SSO_TOKEN_INVALID: Token sourced by the sso token provider is invalid.', held: 'crt.sso-source' },
      { text: 'AWS_AUTH_SSO_TOKEN_EXPIRED: Token sourced by the sso token provider is expired.', held: 'crt.sso-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_SSO_SOURCE_FAILURE: Valid credentials could not be sourced by the sso credentials provider', held: 'crt.sso-source' },
      { text: 'AWS_AUTH_IMDS_CLIENT_SOURCE_FAILURE: Failed to source the IMDS resource', left: 'the IMDS client\'s failure that the IMDS provider wraps (its source failure is held)' },
      { text: 'AWS_AUTH_PROFILE_STS_CREDENTIALS_PROVIDER_CYCLE_FAILURE: Failed to resolve credentials because the profile contains a cycle in the assumeRole chain.', held: 'crt.profile-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_ECS_INVALID_TOKEN_FILE_PATH: Failed to read the ECS token file specified in the AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE environment variable.', held: 'crt.role-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_ECS_INVALID_HOST: Failed to establish connection. The specified host is not allowed. It must be a loopback address, ECS/EKS container host, or use HTTPS.', held: 'crt.role-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_SESSION_MISSING: Credentials options are missing a required log in session', gap: 'rare: an `aws login` profile without its login_session' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_REGION_MISSING: Credentials options are missing a required region for log in call', gap: 'rare: an `aws login` profile without a region' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_FAILED_TO_CREATE_TOKEN_PATH: Login credentials providers was not able to calculate a path to the cached token on disk', gap: 'rare: no home directory for the `aws login` token cache' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_FAILED_TO_CREATE_TOKEN: Failed to create a Login token from the cached token on disk', gap: 'rare: a damaged `aws login` token cache' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_TOKEN_EXPIRED: The cached Login token is expired and we cannot complete a call', held: 'crt.sso-source' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_INVALID_PEM: The PEM stored in the cached token file is not valid', gap: 'rare: a damaged `aws login` token cache' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_FAILED_TO_CREATE_REFRESH_TOKEN: Failed to create a refresh token from the response returned for the AWS sign in service', left: NOT_USER },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_FAILED_TO_WRITE_TOKEN: Failed to write back a updated Login token to disk', gap: 'rare: a read-only `aws login` token cache' },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_FAILED_TO_CREATE_DPOP_HEADER: Failed to create the needed dpop header for the AWS sign service in request', left: NOT_USER },
      { text: 'AWS_AUTH_CREDENTIALS_PROVIDER_LOGIN_FAILED_TO_CREATE_REQUEST_BODY: Failed to create the body for the AWS sign service in request', left: NOT_USER },
    ],
  },
  {
    tool: "Terraform's S3 backend",
    // The backend's own strings; the credential chain under it is aws-sdk-go-base's (audited in the provider's row).
    read: { repo: 'hashicorp/terraform', path: 'internal/backend/remote-state/s3/{backend,backend_state,client}.go', ref: 'v1.17.0-alpha20260812+20@883c7221ee2e' },
    strings: [
      { text: 'Unable to access object "env/terraform.tfstate" in S3 bucket "tf-state": operation error S3: HeadObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error Forbidden: Forbidden', held: 'tfs3.head-object-forbidden' },
      { text: 'Failed to get existing workspaces: Unable to list objects in S3 bucket "tf-state" with prefix "env:/": operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied', held: 'tf.existing-workspaces' },
      { text: 'Retrieving AWS account details: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: X, api error InvalidClientTokenId: The security token included in the request is invalid.', held: 'tf.validating-credentials' },
      { text: 'Invalid account ID\n\nAWS account ID not allowed: 123456789012', held: 'tf.account-not-allowed' },
      { text: 'Missing region value\n\nThe "region" attribute or the "AWS_REGION" or "AWS_DEFAULT_REGION" environment variables must be set.', held: 'tfs3.region-missing' },
      { text: 'Error acquiring the state lock: Unable to retrieve item from DynamoDB table "tf-lock": operation error DynamoDB: GetItem, https response error StatusCode: 400, RequestID: X, api error AccessDeniedException', left: 'a prefix: the DynamoDB answer after it is the reading (the service entries)' },
      { text: 'failed to upload state: operation error S3: PutObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied', left: 'a prefix: the S3 answer after it is the reading (the service entries)' },
      { text: 'unable to retrieve file from S3 bucket \'tf-state\' with key \'env/terraform.tfstate.tflock\': operation error S3: GetObject', left: 'a prefix of the S3 lock file read: the S3 answer after it is the reading' },
      { text: 'Unable to list non-default workspaces', left: 'a warning the backend goes on past (listing with the default workspace only)' },
    ],
  },
  {
    tool: 'Pulumi',
    // Too large to fetch: the eight error templates read with read_file at the commits of their stored versions, and
    // resources.go's validateCredentials (the strings it matches and the wrapper it prints).
    read: { repo: 'pulumi/pulumi-aws', path: 'provider/errors/*.txt (8 templates), provider/resources.go (validateCredentials)', ref: '7ecae1513603, c0d57d49fa6a, 5f4ed158148c, ce8e17d38e40, 366c7f110a67, e4b1181defec; 78cafdc0cc02' },
    strings: [
      { text: 'No valid credential sources found.\nPlease see https://www.pulumi.com/registry/packages/aws/installation-configuration/ for more information about providing credentials.', held: 'pulumi.no-credentials' },
      { text: 'Invalid credentials configured.\nPlease see https://www.pulumi.com/registry/packages/aws/installation-configuration/ for more information about providing credentials.', held: 'pulumi.invalid-credentials' },
      { text: 'Failed to refresh cached SSO credentials.\nPlease refresh SSO login.', held: 'pulumi.expired-sso' },
      { text: 'The configured AWS credentials have expired.\nRefresh the temporary credentials and try again.', held: 'pulumi.expired-credentials' },
      { text: 'The AWS login session for profile dev has expired or was not found.\nRun `aws login --profile dev` to sign in again, then retry.', held: 'pulumi.expired-login' },
      { text: 'The AWS profile "dev" was not found.\nConfigured profiles: default, prod.\nCheck the `aws:profile` configuration and the AWS_PROFILE environment variable.', held: 'pulumi.profile-not-found' },
      { text: 'Missing region information\nMake sure you have set your AWS region, e.g. `pulumi config set aws:region us-west-2`.', held: 'pulumi.no-region' },
      { text: 'The credential_process configured for profile dev failed.\nDetails: exit status 1', held: 'pulumi.credential-process' },
      { text: 'unable to validate AWS credentials.\nDetails: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: X, api error InvalidClientTokenId: The security token included in the request is invalid.', held: 'pulumi.validate-credentials' },
    ],
  },
  {
    tool: 'GitLab CI (OIDC to AWS)',
    // gitlab.com is not reachable from here: GitLab prints no AWS credential error of its own, and the failures its CI
    // jobs show are STS's answers (and the CLI's), read as GitLab's documentation and the issue threads the search tool
    // holds show them. What a GitLab job prints was audited, not GitLab's source.
    read: { repo: 'gitlab-org/gitlab (docs and threads)', path: 'doc/ci/cloud_services/aws/_index.md; issues/342243, issues/374001, merge_requests/71657; gitlab-runner merge_requests/5921; guided-explorations configure-openid-connect-in-aws issues/2', ref: 'docs.gitlab.com (2026) and the threads as the search tool holds them' },
    strings: [
      { text: 'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity', held: 'gitlab.oidc-not-authorized', context: GITLAB_JOB },
      { text: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Missing a required claim: aud', held: 'gitlab.oidc-missing-aud', context: GITLAB_JOB },
      { text: "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements", held: 'gitlab.oidc-verification-key', context: GITLAB_JOB },
      { text: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience', held: 'gitlab.oidc-audience', context: GITLAB_JOB },
      { text: 'aws: error: argument --web-identity-token: expected one argument', held: 'gitlab.oidc-token-empty', context: GITLAB_JOB },
      { text: 'An error occurred (ValidationError) when calling the AssumeRoleWithWebIdentity operation: Request ARN is invalid', gap: 'STS\'s answer to a malformed role ARN (a CI variable in it unset); any client prints it, so it belongs with the STS service entries, not added this stop' },
    ],
  },
  {
    tool: '.NET SDK',
    // Too large to fetch; one file read with read_file this stop: the v4 default chain (its providers' own files, read
    // at the commits the net.* entries name, are not re-read here).
    read: { repo: 'aws/aws-sdk-net', path: 'sdk/src/Core/Amazon.Runtime/Credentials/DefaultAWSCredentialsIdentityResolver.cs', ref: '0934adc20494' },
    strings: [
      { text: 'Amazon.Runtime.AmazonClientException: Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors:\n\nException 1 of 3: The environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN were not set with AWS credentials.', held: 'net.fallback-chain' },
      { text: 'Amazon.Runtime.ProfileNotFoundException: Unable to find the "staging" profile.', held: 'net.profile-not-found-v4' },
      { text: 'Unable to find the "default" profile.', left: 'one line of the chain failure\'s list (Exception n of m), which net.fallback-chain reads' },
      { text: 'Exception 3 of 4: Failed to connect to EC2 instance metadata to retrieve credentials: Unable to get IAM security credentials from EC2 Instance Metadata Service..', held: 'net.imds-credentials' },
      { text: 'Failed to access environment variables AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI. Either AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI environment variables must be set.', gap: 'rare: a partial-trust host that forbids reading the environment' },
      { text: 'Using custom credential search order defined in AWSConfigs', left: 'a debug line of a chain the program set itself' },
    ],
  },
];
