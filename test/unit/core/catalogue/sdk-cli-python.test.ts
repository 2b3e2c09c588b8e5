import { checkFamily } from './check-quotes';
import { diagnose } from '../../../../src/core/diagnose';

checkFamily('cli-python', [
  {
    // A role profile naming both ways to get its source credentials.
    id: 'botocore.credential-source-invalid',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d (AssumeRoleProvider._validate_credential_source and _get_role_config)',
    text: '[profile deploy]\nrole_arn = arn:aws:iam::111122223333:role/deploy\nsource_profile = default\ncredential_source = Ec2InstanceMetadata\n\n$ aws s3 ls --profile deploy\n\nThe profile "deploy" contains both source_profile and credential_source.',
    code: 'InvalidConfigError',
  },
  {
    // An ECS task whose agent answers 404 for the relative URI (task role missing from the task definition).
    id: 'botocore.container-metadata-failed',
    from: 'boto/botocore botocore/utils.py @ 0e6e2404b85d (ContainerMetadataFetcher._get_response)',
    text: "import boto3\nboto3.client('s3').list_buckets()\nbotocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 404 from container metadata: Not Found",
    code: 'CredentialRetrievalError',
  },
  {
    // A container on an instance with hop limit 1 and IMDSv2 required.
    id: 'botocore.imdsv1-disabled',
    from: 'boto/botocore botocore/utils.py @ 0e6e2404b85d (IMDSFetcher._fetch_metadata_token)',
    text: "Running on EC2 in a docker container:\nimport boto3\nboto3.client('sts').get_caller_identity()\nbotocore.exceptions.MetadataRetrievalError: Error retrieving metadata: Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled",
  },
  {
    // okta-aws-cli printed more than the JSON on stdout (github.com/okta/okta-aws-cli/issues/169).
    id: 'botocore.process-output-not-json',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d (ProcessProvider: json.loads of the stdout; the text is CPython json.decoder\'s)',
    text: '[profile default]\ncredential_process = okta-aws-cli web --format process-credentials\n\n$ aws s3 ls\n\nExpecting value: line 1 column 1 (char 0)',
  },
  {
    id: 'botocore.process-unsupported-version',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d',
    text: "botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from custom-process: Unsupported version '2' for credential process provider, supported versions: 1",
    code: 'CredentialRetrievalError',
  },
  {
    id: 'botocore.process-missing-key',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d',
    text: "Traceback (most recent call last):\n  File \"sync.py\", line 9, in <module>\n    s3.list_buckets()\nbotocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from custom-process: Missing required key in response: 'SecretAccessKey'",
    code: 'CredentialRetrievalError',
  },
  {
    id: 'cli.no-region',
    from: 'aws/aws-cli awscli/clidriver.py @ develop@07c4fe366b49',
    text: '$ aws ec2 describe-instances\nYou must specify a region. You can also configure your region by running "aws configure".',
  },
  {
    // run-llama/llama_index#9671 (batch 13): a Bedrock model id passed where the region goes.
    id: 'botocore.invalid-region',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: "botocore.exceptions.InvalidRegionError: Provided region_name 'amazon.titan-embed-text-v1' doesn't match a supported format.",
    code: 'InvalidRegionError',
    detected: true,
    top: 'region-endpoint',
  },
  {
    // CLI v2 on a CI runner outside AWS with no region set (aws/aws-cli#8988).
    id: 'cli.imds-region-bad-request',
    from: 'aws/aws-cli awscli/utils.py (InstanceMetadataRegionFetcher._get_region) and awscli/botocore/utils.py (IMDSFetcher._fetch_metadata_token: raise BadIMDSRequestError(request) on HTTP 400) @ 2.18.0 (worded better by aws/aws-cli PR #9073, 2024-11)',
    text: '$ aws s3 cp build.zip s3://example-bucket/releases/build.zip\n<botocore.awsrequest.AWSRequest object at 0x7f367a0c9af0>\nError: Process completed with exit code 255.',
  },
  {
    id: 'botocore.source-profile-missing',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d',
    text: 'botocore.exceptions.InvalidConfigError: The source_profile "base" referenced in the profile "deploy" does not exist.',
    code: 'InvalidConfigError',
  },
  {
    id: 'botocore.source-profile-no-credentials',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d',
    text: 'botocore.exceptions.InvalidConfigError: The source profile "sso-base" must have credentials.',
    code: 'InvalidConfigError',
  },
  {
    id: 'botocore.credential-source-empty',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d',
    text: 'botocore.exceptions.CredentialRetrievalError: Error when retrieving credentials from Ec2InstanceMetadata: No credentials found in credential_source referenced in profile ops',
    code: 'CredentialRetrievalError',
  },
  {
    id: 'botocore.profile-loop',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: "botocore.exceptions.InfiniteLoopConfigError: Infinite loop in credential configuration detected. Attempting to load from profile dev which has already been visited. Visited profiles: ['dev', 'base']",
    code: 'InfiniteLoopConfigError',
  },
  {
    id: 'botocore.config-file-missing',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: 'botocore.exceptions.ConfigNotFound: The specified config file (/builds/app/.aws/config) could not be found.',
    code: 'ConfigNotFound',
  },
  {
    id: 'cli.no-credentials',
    from: 'aws/aws-cli awscli/clidriver.py @ develop@07c4fe366b49 (NoCredentialsError text from botocore/exceptions.py)',
    text: '$ aws s3 ls\n\nUnable to locate credentials. You can configure credentials by running "aws configure".',
  },
  {
    id: 'botocore.head-forbidden',
    from: 'boto/botocore botocore/parsers.py @ c4e6961ca930',
    text: 'botocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden',
    code: 'Forbidden',
  },
  {
    id: 'botocore.config-parse',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: 'Traceback (most recent call last):\n  File "deploy.py", line 3, in <module>\n    session = boto3.Session()\nbotocore.exceptions.ConfigParseError: Unable to parse config file: /home/ci/.aws/credentials',
  },
  {
    id: 'botocore.no-credentials',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: 'Traceback (most recent call last):\n  File "app.py", line 4, in <module>\n    s3.list_buckets()\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials',
    code: 'NoCredentialsError',
  },
  {
    id: 'botocore.empty-profile',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: 'botocore.exceptions.ProfileNotFound: The config profile () could not be found',
    code: 'ProfileNotFound',
  },
  {
    id: 'botocore.token-retrieval',
    from: 'boto/botocore botocore/exceptions.py @ 0e6e2404b85d',
    text: 'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed',
    code: 'TokenRetrievalError',
  },
  {
    id: 'cli2.sso-session-invalid',
    from: 'aws/aws-cli awscli/botocore/exceptions.py @ v2@73fb33bb1',
    text: 'aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22\n\nThe SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
  },
  {
    id: 'cli.empty-profile-argument',
    from: 'python/cpython Lib/argparse.py (the CLI\'s --profile option: awscli/data/cli.json) @ 8ea6cc14a517',
    text: '+ aws s3 sync ./dist s3://acme-site --profile\n\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\naws: error: argument --profile: expected one argument',
  },
  {
    // The device code was not entered before the pending authorization lapsed.
    id: 'cli2.sso-pending-authorization-expired',
    from: 'aws/aws-cli awscli/botocore/exceptions.py @ v2@73fb33bb1',
    text: '$ aws sso login --profile dev --use-device-code\nAttempting to open your default browser.\n\nThe pending authorization to retrieve an SSO token has expired. The login flow to retrieve an SSO token must be restarted.',
  },
  {
    // `aws sso login` inside a dev container that cannot bind the callback port.
    id: 'cli2.sso-auth-code-fetcher',
    from: 'aws/aws-cli awscli/botocore/exceptions.py @ v2@73fb33bb1',
    text: '$ aws sso login --profile dev\n\nUnable to initialize the OAuth 2.0 authorization callback handler: [Errno 98] Address already in use \n You may use --use-device-code to fall back to the device code flow which does not require the callback handler.',
  },
  {
    id: 'cli2.sso-session-missing',
    from: 'aws/aws-cli awscli/customizations/sso/utils.py @ v2@73fb33bb1',
    text: '[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n\n$ aws sso login --profile dev\n\nThe specified sso-session does not exist: "corp"',
  },
  {
    id: 'cli2.sso-config-missing',
    from: 'aws/aws-cli awscli/customizations/sso/utils.py @ v2@73fb33bb1',
    text: '$ aws sso login --profile dev\n\nMissing the following required SSO configuration values: sso_start_url, sso_region. To make sure this profile is properly configured to use SSO, please run: aws configure sso',
  },
  {
    id: 'cli2.sso-region-missing',
    from: 'aws/aws-cli awscli/customizations/sso/resolve.py @ v2@73fb33bb1',
    text: "$ aws sso login --sso-session corp\n\nMissing required configuration: sso_region. Please run 'aws configure sso' to set it.",
  },
  {
    id: 'cli2.sso-start-url-unresolved',
    from: 'aws/aws-cli awscli/customizations/sso/resolve.py @ v2@73fb33bb1',
    text: "$ aws sso login --profile dev\n\nCould not resolve start URL 'https://corp.example.com/start' to an AWS-owned endpoint. Final URL: 'https://corp.example.com/login'",
  },
  {
    id: 'cli2.login-password-changed',
    from: 'aws/aws-cli awscli/botocore/exceptions.py @ v2@73fb33bb1',
    text: "$ aws s3 ls --profile console\n\nUnable to refresh login credentials because of a change in your password. Please reauthenticate with your new password using 'aws login'.",
  },
  {
    id: 'cli2.login-insufficient-permissions',
    from: 'aws/aws-cli awscli/botocore/exceptions.py @ v2@73fb33bb1',
    text: "$ aws login\n\nUnable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.",
  },
  {
    id: 'cli2.login-authorization-code',
    from: 'aws/aws-cli awscli/botocore/exceptions.py @ v2@73fb33bb1',
    text: "$ aws login --remote\n\nError loading or redeeming a login authorization code: Unable to complete the login process due to an expired authorization code. Please reauthenticate using 'aws login'. ",
  },
  {
    id: 'cli2.login-profile-configured',
    from: 'aws/aws-cli awscli/customizations/login/login.py @ v2@73fb33bb1',
    text: "$ aws login --profile default\n\nProfile 'default' is already configured with static credentials.\n\nYou may run 'aws login --profile new-profile-name' to create a new profile.",
  },
  {
    id: 'cli2.export-credentials-none',
    from: 'aws/aws-cli awscli/customizations/configure/exportcreds.py @ v2@73fb33bb1',
    text: '$ eval "$(aws configure export-credentials --format env)"\n\nUnable to retrieve credentials: no credentials found',
  },
  {
    // A profile whose credential_process calls export-credentials for itself.
    id: 'cli2.export-credentials-loop',
    from: 'aws/aws-cli awscli/customizations/configure/exportcreds.py @ v2@73fb33bb1',
    text: '[profile app]\ncredential_process = aws configure export-credentials --profile app\n\n$ aws s3 ls --profile app\n\nCredential process resolution detected an infinite loop, profile cycle: app -> app',
  },

  {
    // Current CLI v2 on a machine with no credentials at all.
    id: 'cli2.no-credentials-login',
    from: 'aws/aws-cli awscli/errorhandler.py @ v2@73fb33bb1 (NoCredentialsErrorHandler)',
    text: '$ aws s3 ls\n\naws: [ERROR]: Unable to locate credentials. You can configure credentials by running "aws login".',
    benign: 'I ran aws login and then it said it could not locate my credentials',
  },
  {
    // The same error with --cli-error-format json: the quotes are escaped.
    id: 'cli2.no-credentials-login',
    from: 'aws/aws-cli awscli/errorhandler.py @ v2@73fb33bb1 (NoCredentialsErrorHandler)',
    text: '$ aws sts get-caller-identity --cli-error-format json\n{\n    "Code": "NoCredentials",\n    "Message": "Unable to locate credentials. You can configure credentials by running \\"aws login\\"."\n}',
  },
  {
    // An sso_start_url pasted with http://.
    id: 'cli2.sso-start-url-unresolved',
    from: 'aws/aws-cli awscli/customizations/sso/resolve.py @ v2@73fb33bb1 (resolve_start_url)',
    text: '[sso-session corp]\nsso_start_url = http://corp.awsapps.com/start\n\n$ aws sso login --sso-session corp\n\nThe sso_start_url must use the https scheme.',
  },
  {
    // A pod with AWS_WEB_IDENTITY_TOKEN_FILE mounted but AWS_ROLE_ARN missing from its environment.
    id: 'botocore.web-identity-no-role-arn',
    from: 'boto/botocore botocore/credentials.py @ 0e6e2404b85d (AssumeRoleWithWebIdentityProvider._assume_role_with_web_identity)',
    text: "Traceback (most recent call last):\n  File \"/app/main.py\", line 4, in <module>\n    boto3.client('s3').list_buckets()\nbotocore.exceptions.InvalidConfigError: The provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.",
    code: 'InvalidConfigError',
    benign: 'the pod is configured to assume a role with web identity, but where do I put the role ARN?',
  },
  {
    id: 'botocore.sso-session-config',
    from: 'boto/botocore botocore/tokens.py and botocore/credentials.py (SSOProvider._load_sso_config) @ 0e6e2404b85d (SSOTokenProvider._load_sso_config)',
    text: "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\n\nbotocore.exceptions.InvalidConfigError: The profile \"dev\" is configured to use the SSO token provider but the \"corp\" sso_session configuration does not exist.",
    code: 'InvalidConfigError',
    benign: 'the profile is configured to use the SSO token provider, but is the sso_session configuration missing?',
  },
  {
    // The profile and its sso-session disagree on the region.
    id: 'botocore.sso-session-config',
    from: 'boto/botocore botocore/tokens.py and botocore/credentials.py (SSOProvider._load_sso_config) @ 0e6e2404b85d',
    text: "$ python deploy.py\nbotocore.exceptions.InvalidConfigError: The value for sso_region is inconsistent between profile (us-east-1) and sso-session (eu-west-1).",
    code: 'InvalidConfigError',
  },
  {
    // `aws s3 ls --debug` on an instance whose role's trust policy does not name ec2.amazonaws.com.
    id: 'botocore.imds-error-response',
    from: 'boto/botocore botocore/utils.py @ 0e6e2404b85d (InstanceMetadataFetcher.retrieve_iam_role_credentials)',
    text: "2026-12-01 10:00:01,120 - MainThread - botocore.utils - DEBUG - Error response received when retrievingcredentials: {'Code': 'AssumeRoleUnauthorizedAccess', 'Message': 'EC2 cannot assume the role web-app.', 'LastUpdated': '2026-12-01T09:59:58Z'}.\n\nUnable to locate credentials. You can configure credentials by running \"aws configure\".",
    tool: 'aws-cli',
    benign: 'an error response was received when retrieving the credentials from the instance, what now?',
  },
  {
    // AWS_CONTAINER_CREDENTIALS_FULL_URI pointed at a mock server by host name.
    id: 'botocore.container-full-uri-host',
    from: 'boto/botocore botocore/utils.py @ 0e6e2404b85d (ContainerMetadataFetcher._validate_allowed_url)',
    text: "$ AWS_CONTAINER_CREDENTIALS_FULL_URI=http://creds-mock:8080/creds python app.py\nValueError: Unsupported host 'creds-mock'.  Can only retrieve metadata from a loopback address or one of these hosts: 169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost",
    benign: 'can the SDK only retrieve metadata from a loopback address? our host is different',
  },
]);

describe('a JSON decoding error', () => {
  it('when no credential_process is in the paste, then it is not read as the process output', () => {
    const d = diagnose('$ python load.py\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)', { now: new Date('2026-12-05T10:00:00Z') });
    expect(d.detected).toBe(false);
  });
});
