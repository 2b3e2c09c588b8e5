/** AWS CLI v1/v2, botocore/boto3 and Chalice (which re-raises botocore's errors). */
import type { CatalogueEntry } from './types';

const BOTOCORE = { repo: 'boto/botocore', path: 'botocore/exceptions.py', ref: '0e6e2404b85d' };
const BOTOCORE_CREDENTIALS = { ...BOTOCORE, path: 'botocore/credentials.py' };
const CLI_V2_BOTOCORE = { repo: 'aws/aws-cli', path: 'awscli/botocore/exceptions.py', ref: 'v2@73fb33bb1' };
/** The CLI v2's own commands: `aws sso login`, `aws login`, `aws configure export-credentials`. */
const CLI_V2 = (path: string) => ({ repo: 'aws/aws-cli', path, ref: 'v2@73fb33bb1' });

export const CLI_PYTHON: CatalogueEntry[] = [
  {
    // A HEAD answer has no body: botocore's RestXMLParser._parse_error_from_http_status makes the status the
    // code and http.client's reason phrase the message. S3 answers 403 for a missing permission, another
    // account's bucket or the wrong profile alike (the same cases as Go v2's "api error Forbidden").
    id: 'botocore.head-forbidden',
    tool: 'boto3',
    message: 'An error occurred (403) when calling the HeadObject operation: Forbidden',
    re: /An error occurred \(403\) when calling the Head(?:Object|Bucket) operation: Forbidden/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.8, 'wrong-account-or-partition': 0.6 },
    source: { repo: 'boto/botocore', path: 'botocore/parsers.py', ref: 'c4e6961ca930' },
  },
  {
    id: 'cli.no-credentials',
    tool: 'aws-cli',
    message: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
    re: /Unable to locate credentials\. You can configure credentials by running "aws configure"/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 0.4 },
    source: { repo: 'aws/aws-cli', path: 'awscli/clidriver.py', ref: 'develop@07c4fe366b49' },
  },
  {
    // The credentials/config file exists but is not valid INI: a mangled file, not a missing one.
    id: 'botocore.config-parse',
    tool: 'boto3',
    message: 'botocore.exceptions.ConfigParseError: Unable to parse config file: {path}',
    re: /Unable to parse config file: /,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.2 },
    source: BOTOCORE,
  },
  {
    id: 'botocore.no-credentials',
    tool: 'boto3',
    message: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    re: /NoCredentialsError: Unable to locate credentials/,
    family: 'fam.no-creds',
    code: 'NoCredentialsError',
    causes: { 'no-credentials-found': 2.0, 'role-credentials-unavailable': 0.3 },
    source: BOTOCORE,
  },
  {
    id: 'botocore.empty-profile',
    tool: 'boto3',
    message: 'The config profile () could not be found',
    re: /config profile \(\) could not be found/,
    family: 'fam.profile',
    code: 'ProfileNotFound',
    causes: { 'wrong-profile': 2.4, 'env-var-override': 0.8 },
    source: BOTOCORE,
  },
  {
    id: 'botocore.token-retrieval',
    tool: 'boto3',
    message: 'Error when retrieving token from {provider}: {error_msg}',
    re: /Error when retrieving token from [\w-]{1,40}: /,
    family: 'fam.sso',
    code: 'TokenRetrievalError',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: BOTOCORE,
  },
  {
    id: 'cli2.sso-session-invalid',
    tool: 'aws-cli',
    message: 'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
    re: /SSO session associated with this profile has expired or is otherwise invalid/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: CLI_V2_BOTOCORE,
  },
  {
    // `aws --profile "$AWS_PROFILE" …` with the variable empty: argparse refuses the empty profile name.
    id: 'cli.empty-profile-argument',
    tool: 'aws-cli',
    message: 'aws: error: argument --profile: expected one argument',
    re: /argument --profile: expected one argument/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0, 'env-var-override': 0.6 },
    source: { repo: 'python/cpython', path: 'Lib/argparse.py (the CLI\'s --profile option: awscli/data/cli.json)', ref: '8ea6cc14a517' },
  },
  {
    id: 'botocore.source-profile-missing',
    tool: 'boto3',
    message: 'The source_profile "{source_profile}" referenced in the profile "{profile}" does not exist.',
    re: /The source_profile "[^"\n]{0,100}" referenced in the profile "/,
    family: 'fam.profile',
    code: 'InvalidConfigError',
    causes: { 'wrong-profile': 2.2 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // The source profile exists but holds neither keys nor a role of its own.
    id: 'botocore.source-profile-no-credentials',
    tool: 'boto3',
    message: 'The source profile "{source_profile}" must have credentials.',
    re: /The source profile "[^"\n]{0,100}" must have credentials/,
    family: 'fam.profile',
    code: 'InvalidConfigError',
    causes: { 'wrong-profile': 1.6, 'no-credentials-found': 1.2 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // credential_source = Ec2InstanceMetadata / EcsContainer / Environment gave nothing to assume the role with.
    id: 'botocore.credential-source-empty',
    tool: 'boto3',
    message: 'No credentials found in credential_source referenced in profile {profile}',
    re: /No credentials found in credential_source referenced in profile/,
    family: 'fam.role',
    code: 'CredentialRetrievalError',
    causes: { 'role-credentials-unavailable': 1.8, 'no-credentials-found': 0.8 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // The role profile's credential_source is wrong: set beside source_profile, a name botocore does not know
    // (Ec2InstanceMetadata, EcsContainer and Environment are the three), or no sourcer in this session.
    id: 'botocore.credential-source-invalid',
    tool: 'boto3',
    message: 'The profile "{profile}" contains both source_profile and credential_source. | The credential source "{source}" referenced in profile "{profile}" is not valid. | The credential_source "{source}" is specified in profile "{profile}", but no source provider was configured.',
    re: /The profile "[^"\n]{0,100}" contains both source_profile and credential_source|The credential[_ ]source "[^"\n]{0,60}" (?:referenced in profile "[^"\n]{0,100}" is not valid|is specified in profile "[^"\n]{0,100}", but no source provider was configured)/,
    family: 'fam.profile',
    code: 'InvalidConfigError',
    causes: { 'wrong-profile': 1.8, 'role-credentials-unavailable': 0.8 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // ContainerMetadataFetcher (ECS task role, EKS Pod Identity, AWS_CONTAINER_CREDENTIALS_FULL_URI): the agent
    // answered with an error status, not JSON, or not at all. Printed inside MetadataRetrievalError's
    // "Error retrieving metadata: {error_msg}", itself inside "Error when retrieving credentials from container-role".
    id: 'botocore.container-metadata-failed',
    tool: 'boto3',
    message: 'Received non 200 response {status} from container metadata: {text} | Received error when attempting to retrieve container metadata: {error} | Unable to parse JSON returned from container metadata services',
    re: /Received non 200 response \d{3} from container metadata|Received error when attempting to retrieve container metadata|Unable to parse JSON returned from container metadata services/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: { ...BOTOCORE, path: 'botocore/utils.py' },
  },
  {
    // IMDSv2's token PUT failed (a container one hop further than the instance's hop limit, a proxy) and the
    // instance refuses IMDSv1: the instance role's credentials cannot be read. Not a last resort of an empty chain
    // (no imds mark): IMDSv1 is disabled on purpose, on an instance, where the role was meant to be read.
    id: 'botocore.imdsv1-disabled',
    tool: 'boto3',
    message: 'Error retrieving metadata: Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled',
    re: /Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: { ...BOTOCORE, path: 'botocore/utils.py' },
  },
  {
    id: 'botocore.profile-loop',
    tool: 'boto3',
    message: 'Infinite loop in credential configuration detected. Attempting to load from profile {source_profile} which has already been visited. Visited profiles: {visited_profiles}',
    re: /Infinite loop in credential configuration detected/,
    family: 'fam.profile',
    code: 'InfiniteLoopConfigError',
    causes: { 'wrong-profile': 2.0 },
    source: BOTOCORE,
  },
  {
    // AWS_CONFIG_FILE (or a Session's config_file) names a file that is not there.
    id: 'botocore.config-file-missing',
    tool: 'boto3',
    message: 'The specified config file ({path}) could not be found.',
    re: /The specified config file \([^)\n]{0,200}\) could not be found/,
    family: 'fam.profile',
    code: 'ConfigNotFound',
    causes: { 'wrong-profile': 1.5, 'no-credentials-found': 1.0, 'env-var-override': 0.6 },
    source: BOTOCORE,
  },
  {
    // ProcessProvider hands the command's stdout to json.loads unguarded: output that is not JSON (a prompt, a log
    // line, nothing at all) surfaces as the bare JSONDecodeError of CPython's Lib/json/decoder.py, with no botocore
    // words around it. Read as the process's output only where a credential_process is in the paste.
    id: 'botocore.process-output-not-json',
    tool: 'boto3',
    message: 'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
    re: /(?:Expecting value|Expecting property name enclosed in double quotes|Extra data|Unterminated string starting at|Invalid control character at|Expecting ',' delimiter): line \d{1,7} column \d{1,7} \(char \d{1,10}\)/,
    context: /credential_process|custom-process|ProcessProvider/,
    family: 'fam.process',
    // The process ran and answered: the chain was not empty, what came back was not credentials.
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // The process printed JSON, but not the credential_process format (Version 1).
    id: 'botocore.process-unsupported-version',
    tool: 'boto3',
    message: "Error when retrieving credentials from custom-process: Unsupported version '{version}' for credential process provider, supported versions: 1",
    re: /retrieving credentials from custom-process: Unsupported version '[^'\n]{0,60}' for credential process provider/,
    family: 'fam.process',
    code: 'CredentialRetrievalError',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    id: 'botocore.process-missing-key',
    tool: 'boto3',
    message: 'Error when retrieving credentials from custom-process: Missing required key in response: {key}',
    re: /retrieving credentials from custom-process: Missing required key in response: /,
    family: 'fam.process',
    code: 'CredentialRetrievalError',
    causes: { 'malformed-credentials': 3.0, 'no-credentials-found': -1.0 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // The CLI's own wording of botocore's NoRegionError: no --region, AWS_REGION/AWS_DEFAULT_REGION or profile region.
    id: 'cli.no-region',
    tool: 'aws-cli',
    message: 'You must specify a region. You can also configure your region by running "aws configure".',
    re: /You must specify a region\. You can also configure your region by running "?aws configure/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0, 'wrong-profile': 0.4 },
    source: { repo: 'aws/aws-cli', path: 'awscli/clidriver.py', ref: 'develop@07c4fe366b49' },
  },
  {
    // botocore checks region_name is a host label before it builds a client (utils.validate_region_name): something
    // else passed where the region goes (a model id, "Asia Pacific (Mumbai)") never reaches an endpoint
    // (run-llama/llama_index#9671: a Bedrock model id given as the first argument, which is the region).
    id: 'botocore.invalid-region',
    tool: 'boto3',
    message: "Provided region_name '{region_name}' doesn't match a supported format.",
    re: /\bProvided region_name '[^'\n]{0,200}' doesn't match a supported format/,
    family: 'fam.region',
    code: 'InvalidRegionError',
    causes: { 'region-endpoint': 2.0 },
    source: BOTOCORE,
  },
  {
    // No region anywhere, so CLI v2 asks the instance metadata service for one; off EC2 (GitHub and Azure runners,
    // AKS, Codespaces) another metadata service at 169.254.169.254 answers the token PUT with 400, botocore raises
    // BadIMDSRequestError(request) and the CLI prints only the request object's repr and exits 255. Setting a region
    // (or AWS_EC2_METADATA_DISABLED=true) avoids the lookup (aws/aws-cli#5234, #5262, #5623, #8988).
    id: 'cli.imds-region-bad-request',
    tool: 'aws-cli',
    message: '<botocore.awsrequest.AWSRequest object at 0x{address}>',
    re: /<botocore\.awsrequest\.AWSRequest object at 0x[0-9a-fA-F]{4,16}>/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: {
      repo: 'aws/aws-cli',
      path: 'awscli/utils.py (InstanceMetadataRegionFetcher._get_region) and awscli/botocore/utils.py (IMDSFetcher._fetch_metadata_token: raise BadIMDSRequestError(request) on HTTP 400)',
      ref: '2.18.0 (worded better by aws/aws-cli PR #9073, 2024-11)',
    },
  },
  {
    // `aws sso login` waited for the browser or device authorization longer than the pending authorization lives.
    id: 'cli2.sso-pending-authorization-expired',
    tool: 'aws-cli',
    message: 'The pending authorization to retrieve an SSO token has expired. The login flow to retrieve an SSO token must be restarted.',
    re: /\bpending authorization to retrieve an SSO token has expired\b/,
    family: 'fam.sso',
    code: 'PendingAuthorizationExpiredError',
    causes: { 'temporary-credentials-expired': 1.6 },
    source: CLI_V2_BOTOCORE,
  },
  {
    // `aws sso login` (PKCE flow) could not listen on localhost for the browser's callback (a container, a remote shell).
    id: 'cli2.sso-auth-code-fetcher',
    tool: 'aws-cli',
    message: 'Unable to initialize the OAuth 2.0 authorization callback handler: {error_msg} You may use --use-device-code to fall back to the device code flow which does not require the callback handler.',
    re: /\bUnable to initialize the OAuth 2\.0 authorization callback handler\b/,
    family: 'fam.sso',
    code: 'AuthCodeFetcherError',
    causes: { 'temporary-credentials-expired': 1.2, 'no-credentials-found': 1.0 },
    source: CLI_V2_BOTOCORE,
  },
  {
    // The profile names an sso_session with no [sso-session …] section of that name.
    id: 'cli2.sso-session-missing',
    tool: 'aws-cli',
    message: 'The specified sso-session does not exist: "{session_name}"',
    re: /\bThe specified sso-session does not exist: "/,
    family: 'fam.profile',
    code: 'InvalidSSOConfigError',
    causes: { 'wrong-profile': 2.0 },
    source: CLI_V2('awscli/customizations/sso/utils.py'),
  },
  {
    id: 'cli2.sso-config-missing',
    tool: 'aws-cli',
    message: 'Missing the following required SSO configuration values: {missing}. To make sure this profile is properly configured to use SSO, …',
    re: /\bMissing the following required SSO configuration values: /,
    family: 'fam.profile',
    code: 'InvalidSSOConfigError',
    causes: { 'wrong-profile': 1.8, 'no-credentials-found': 0.8 },
    source: CLI_V2('awscli/customizations/sso/utils.py'),
  },
  {
    id: 'cli2.sso-region-missing',
    tool: 'aws-cli',
    message: "Missing required configuration: sso_region. Please run 'aws configure sso' to set it.",
    re: /\bMissing required configuration: sso_region\b/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.8 },
    source: CLI_V2('awscli/customizations/sso/resolve.py'),
  },
  {
    // The sso_start_url could not be followed to an IAM Identity Center endpoint (a typo, a proxy, another portal).
    id: 'cli2.sso-start-url-unresolved',
    tool: 'aws-cli',
    message: "Failed to resolve start URL: {reason} | Could not resolve start URL '{start_url}' to an AWS-owned endpoint. | Cannot determine region from start URL '{start_url}'. | The sso_start_url must use the https scheme. | Invalid sso_start_url: '{start_url}'",
    re: /\bFailed to resolve start URL: |\bCould not resolve start URL '[^'\n]{0,300}' to an AWS-owned endpoint|\bCannot determine region from start URL '|\bThe sso_start_url must use the https scheme\b|\bInvalid sso_start_url: '/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8, 'region-endpoint': 0.8 },
    source: CLI_V2('awscli/customizations/sso/resolve.py'),
  },
  {
    // `aws login`'s refresh refused after the console password changed (the signin model's USER_CREDENTIALS_CHANGED): the
    // login session is over, and `aws login` again is the fix, as for an expired one.
    id: 'cli2.login-password-changed',
    tool: 'aws-cli',
    message: "Unable to refresh login credentials because of a change in your password. Please reauthenticate with your new password using 'aws login'.",
    re: /\bUnable to refresh login credentials because of a change in your password\b/,
    family: 'fam.sso',
    code: 'LoginRefreshPasswordChanged',
    causes: { 'temporary-credentials-expired': 1.4, 'stale-credentials-after-rotation': 1.0 },
    source: CLI_V2_BOTOCORE,
  },
  {
    // The signin model's INSUFFICIENT_PERMISSIONS: the console identity may not call signin:CreateOAuth2Token.
    id: 'cli2.login-insufficient-permissions',
    tool: 'aws-cli',
    message: "Unable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.",
    re: /\bUnable to create or refresh login credentials due to insufficient permissions\b|\bmissing permission for the 'signin:CreateOAuth2Token' action\b/,
    family: 'fam.authz',
    code: 'LoginInsufficientPermissions',
    causes: { 'authorization-not-authentication': 2.0 },
    source: CLI_V2_BOTOCORE,
  },
  {
    // `aws login`'s browser step: the authorization code expired (AUTHCODE_EXPIRED), never arrived, or its state differs.
    id: 'cli2.login-authorization-code',
    tool: 'aws-cli',
    message: 'Error loading or redeeming a login authorization code: {error_msg}',
    re: /\bError loading or redeeming a login authorization code: /,
    family: 'fam.sso',
    code: 'LoginAuthorizationCodeError',
    causes: { 'temporary-credentials-expired': 1.4 },
    source: CLI_V2_BOTOCORE,
  },
  {
    // `aws login --profile p` on a profile that already holds keys, SSO or a role.
    id: 'cli2.login-profile-configured',
    tool: 'aws-cli',
    message: "Profile '{profile_name}' is already configured with {style} credentials. You may run 'aws login --profile new-profile-name' …",
    re: /\bProfile '[^'\n]{1,100}' is already configured with [^\n]{1,60} credentials\./,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8 },
    source: CLI_V2('awscli/customizations/login/login.py'),
  },
  {
    id: 'cli2.export-credentials-none',
    tool: 'aws-cli',
    message: 'Unable to retrieve credentials: no credentials found',
    re: /\bUnable to retrieve credentials: no credentials found\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: CLI_V2('awscli/customizations/configure/exportcreds.py'),
  },
  {
    // `aws configure export-credentials` used as a profile's credential_process that names itself, directly or not.
    id: 'cli2.export-credentials-loop',
    tool: 'aws-cli',
    message: 'Credential process resolution detected an infinite loop, profile cycle: {a -> b -> a} | Maximum recursive credential process resolution reached ({n}).',
    re: /\bCredential process resolution detected an infinite loop, profile cycle: |\bMaximum recursive credential process resolution reached\b/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.8 },
    source: CLI_V2('awscli/customizations/configure/exportcreds.py'),
  },
  {
    // CLI v2 since its structured errors (aws/aws-cli#10094) points at `aws login` where v1 and older v2 said
    // `aws configure`; --cli-error-format json escapes the quotes.
    id: 'cli2.no-credentials-login',
    tool: 'aws-cli',
    message: 'Unable to locate credentials. You can configure credentials by running "aws login".',
    re: /Unable to locate credentials\. You can configure credentials by running \\?"aws login\\?"/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 0.4 },
    source: CLI_V2('awscli/errorhandler.py'),
  },
  {
    // AWS_WEB_IDENTITY_TOKEN_FILE (or web_identity_token_file) set without AWS_ROLE_ARN / role_arn: a pod whose
    // service account annotation or env was half applied. Printed as one run-on sentence ("role_arnconfiguration").
    id: 'botocore.web-identity-no-role-arn',
    tool: 'boto3',
    message: 'The provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.',
    re: /\bconfigured to assume role with web identity but has no role ARN configured\b/,
    family: 'fam.role',
    code: 'InvalidConfigError',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: BOTOCORE_CREDENTIALS,
  },
  {
    // The SSO token provider (sso_session profiles) reads the [sso-session …] section itself: a name with no
    // section, a section without sso_region or sso_start_url, or a key the profile sets to another value.
    id: 'botocore.sso-session-config',
    tool: 'boto3',
    message: 'The profile "{profile}" is configured to use the SSO token provider but the "{session}" sso_session configuration does not exist. | … but is missing the following configuration: {missing}. | The value for {key} is inconsistent between profile ({a}) and sso-session ({b}).',
    re: /\bis configured to use the SSO token provider but (?:the "[^"\n]{1,100}" sso_session configuration does not exist|is missing the following configuration: )|\bThe value for [\w-]{1,40} is inconsistent between profile \([^)\n]{0,200}\) and sso-session \(/,
    family: 'fam.profile',
    code: 'InvalidConfigError',
    causes: { 'wrong-profile': 2.0 },
    source: { ...BOTOCORE, path: 'botocore/tokens.py and botocore/credentials.py (SSOProvider._load_sso_config)' },
  },
  {
    // `--debug` only: the instance metadata service answered the role's credentials request with an error document
    // (AssumeRoleUnauthorizedAccess: the role's trust policy does not let EC2 assume it). botocore logs it and goes
    // on to "Unable to locate credentials"; the words run together ("retrievingcredentials") in the source.
    id: 'botocore.imds-error-response',
    tool: 'boto3',
    message: "Error response received when retrievingcredentials: {'Code': '{code}', 'Message': '{message}', …}.",
    re: /\bError response received when retrieving ?credentials: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.2, 'no-credentials-found': -0.5 },
    source: { ...BOTOCORE, path: 'botocore/utils.py' },
  },
  {
    // AWS_CONTAINER_CREDENTIALS_FULL_URI names a host the container provider refuses (only loopback and the ECS /
    // EKS Pod Identity agent addresses): the task or pod role is never asked.
    id: 'botocore.container-full-uri-host',
    tool: 'boto3',
    message: "Unsupported host '{host}'.  Can only retrieve metadata from a loopback address or one of these hosts: {hosts}",
    re: /\bCan only retrieve metadata from a loopback address or one of these hosts: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: { ...BOTOCORE, path: 'botocore/utils.py' },
  },
];
