import { checkFamily } from './check-quotes';

checkFamily('js', [
  {
    id: 'js3.sso-session-expired',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-sso/src/resolveSSOCredentials.ts @ 0ba3bf9e1a89',
    text: "CredentialsProviderError: The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.\n    at resolveSSOCredentials (/app/node_modules/@aws-sdk/credential-provider-sso/dist-cjs/index.js:91:11)",
    benign: "The SSO session associated with this profile has expired? No, it was the VPN, it works now.",
    code: 'CredentialsProviderError',
  },
  {
    id: 'js3.sso-token-not-found',
    from: 'aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts @ 099ec67a9327',
    text: "TokenProviderError: The SSO session token associated with profile=dev was not found or is invalid. To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    benign: "Which SSO session token is associated with profile dev? I could not find it in the cache folder.",
  },
  {
    id: 'js3.sso-session-config',
    from: 'aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts @ 099ec67a9327',
    text: "TokenProviderError: Sso session 'corp' could not be found in shared credentials file.",
    benign: "Our sso session corp could not be found by the new hire until she copied the config.",
  },
  {
    // Stop 38, a gap of the JS v3 source audit: the token provider's missing profile (AWS_PROFILE naming no profile).
    id: 'js3.sso-profile-not-found',
    from: 'aws/aws-sdk-js-v3 packages/token-providers/src/fromSso.ts @ 099ec67a9327',
    text: "TokenProviderError: Profile 'dev' could not be found in shared credentials file.\n    at /app/node_modules/@aws-sdk/token-providers/dist-cjs/index.js:170:13",
    benign: 'The profile could not be found in the shared credentials file until I ran aws configure --profile dev.',
  },
  {
    id: 'js3.process-output-invalid',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-process/src/getValidatedProcessCredentials.ts @ 04c14592898a',
    text: "CredentialsProviderError: Profile dev credential_process returned invalid credentials.",
    // The generic custom-process reading (no-credentials.process-failed) weighs as much: the catalogue cites, the
    // ranking is a tie.
    orTop: ['no-credentials-found'],
    benign: "Our credential_process printed a banner before the JSON once; it returns valid output now.",
  },
  {
    id: 'js3.process-expired',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-process/src/getValidatedProcessCredentials.ts @ 04c14592898a',
    text: "CredentialsProviderError: Profile dev credential_process returned expired credentials.",
    benign: "Can a credential_process return credentials that expire in five minutes?",
  },
  {
    id: 'js3.imds-v1-blocked',
    from: 'smithy-lang/smithy-typescript packages/credential-provider-imds/src/fromInstanceMetadata.ts @ 0c75f4cc3b1c',
    text: "InstanceMetadataV1FallbackError: AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [process environment variable (AWS_EC2_METADATA_V1_DISABLED)].",
    benign: "We blocked the EC2 metadata v1 fallback in the AWS SDK configuration of every service last quarter.",
  },
  {
    // A credentials object built from unset environment variables, handed to a v3 client.
    id: 'js3.credential-object-invalid',
    from: 'smithy-lang/smithy-typescript packages/signature-v4/src/SignatureV4Base.ts @ d4d9253e3b2d',
    text: "const s3 = new S3Client({ credentials: { accessKeyId: process.env.S3_KEY, secretAccessKey: process.env.S3_SECRET } });\nError: Resolved credential object is not valid\n    at SignatureV4.validateResolvedCredentials (/app/node_modules/@smithy/signature-v4/dist-cjs/index.js:562:13)\n    at SignatureV4.signRequest (/app/node_modules/@smithy/signature-v4/dist-cjs/index.js:487:10)",
  },
  {
    // Two role profiles naming each other as source_profile.
    id: 'js3.profile-cycle',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts @ 56563fc46c14',
    text: "const client = new S3Client({ credentials: fromIni({ profile: 'dev' }) });\nCredentialsProviderError: Detected a cycle attempting to resolve credentials for profile dev. Profiles visited: dev, base",
    code: 'CredentialsProviderError',
  },
  {
    // A server process using a profile that has mfa_serial.
    id: 'js3.mfa-callback-missing',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts @ 56563fc46c14',
    text: "const client = new DynamoDBClient({ credentials: fromIni({ profile: 'admin' }) });\nCredentialsProviderError: Profile admin requires multi-factor authentication, but no MFA code callback was provided.",
    code: 'CredentialsProviderError',
  },
  {
    // A typo in credential_source.
    id: 'js3.credential-source-unsupported',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveCredentialSource.ts @ b4c10dbc5c39',
    text: "[profile ci]\nrole_arn = arn:aws:iam::111122223333:role/ci\ncredential_source = Ec2Instance\n\nconst client = new S3Client({ credentials: fromIni({ profile: 'ci' }) });\nCredentialsProviderError: Unsupported credential source in profile ci. Got Ec2Instance, expected EcsContainer or Ec2InstanceMetadata or Environment.",
    code: 'CredentialsProviderError',
  },
  {
    id: 'js2.missing-credentials',
    from: 'aws/aws-sdk-js lib/event_listeners.js @ v2.1692.0@657d6feb0044',
    text: 'CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1\n    at credError (/app/node_modules/aws-sdk/lib/config.js:400:40)',
    code: 'CredentialsError',
  },
  {
    id: 'js2.profile-not-found',
    from: 'aws/aws-sdk-js lib/credentials/shared_ini_file_credentials.js @ v2.1692.0@657d6feb0044',
    text: 'Error: Profile staging not found\n    at SharedIniFileCredentials.load (/app/node_modules/aws-sdk/lib/credentials/shared_ini_file_credentials.js:103:11)',
  },
  {
    id: 'js2.ec2-metadata',
    from: 'aws/aws-sdk-js lib/metadata_service.js @ v2.1692.0@657d6feb0044',
    text: 'Error: EC2 Metadata roleName request returned error\n    at Timeout.connectTimeout [as _onTimeout] (/app/node_modules/aws-sdk/lib/http/node.js:69:15)',
  },
  {
    id: 'js2.ec2-metadata',
    from: 'aws/aws-sdk-js lib/metadata_service.js @ v2.1692.0@657d6feb0044 (loadCredentials: the credentials request)',
    text: 'Error: EC2 Metadata creds request returned error\n    at /app/node_modules/aws-sdk/lib/metadata_service.js:202:15',
  },
  {
    // A profile section with only a region in it.
    id: 'js2.profile-no-credentials',
    from: 'aws/aws-sdk-js lib/credentials/shared_ini_file_credentials.js @ v2.1692.0@657d6feb0044 (loadRoleProfile\'s caller, load)',
    text: "[profile staging]\nregion = eu-west-1\n\nError: Credentials not set for profile staging\n    at SharedIniFileCredentials.load (/app/node_modules/aws-sdk/lib/credentials/shared_ini_file_credentials.js:146:11) {\n  code: 'SharedIniFileCredentialsProviderFailure'\n}",
    code: 'SharedIniFileCredentialsProviderFailure',
    benign: 'are the credentials not set for profile staging? I thought they were',
  },
  {
    id: 'js2.source-profile',
    from: 'aws/aws-sdk-js lib/credentials/shared_ini_file_credentials.js @ v2.1692.0@657d6feb0044 (loadRoleProfile)',
    text: "[profile deploy]\nrole_arn = arn:aws:iam::111122223333:role/deploy\nsource_profile = base\n\nError: source_profile base using profile deploy does not exist\n    at SharedIniFileCredentials.loadRoleProfile (/app/node_modules/aws-sdk/lib/credentials/shared_ini_file_credentials.js:229:11) {\n  code: 'SharedIniFileCredentialsProviderFailure'\n}",
    code: 'SharedIniFileCredentialsProviderFailure',
    benign: 'the source_profile in profile deploy does not exist any more, how do I fix the chain?',
  },
  {
    id: 'js2.sso-config-missing',
    from: 'aws/aws-sdk-js lib/credentials/sso_credentials.js @ v2.1692.0@657d6feb0044 (load)',
    text: 'const creds = new AWS.SSOCredentials({ profile: "dev" });\nError: Profile dev does not have valid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html',
    benign: 'my profile does not have valid SSO credentials, which parameters are required?',
  },
  {
    id: 'js2.sso-login-needed',
    from: 'aws/aws-sdk-js lib/credentials/sso_credentials.js and lib/token/sso_token_provider.js @ v2.1692.0@657d6feb0044 (SSOCredentials.load)',
    text: 'const creds = new AWS.SSOCredentials({ profile: "dev" });\nError: Cached credentials not found under dev profile. Please make sure you log in with aws sso login first\n    at SSOCredentials.load (/app/node_modules/aws-sdk/lib/credentials/sso_credentials.js:210:11)',
    benign: 'please log in using aws sso login before you run the deploy script',
  },
  {
    id: 'js2.sso-session-config',
    from: 'aws/aws-sdk-js lib/token/sso_token_provider.js @ v2.1692.0@657d6feb0044 (SSOTokenProvider.load)',
    text: "[profile dev]\nsso_session = corp\n\nError: Sso session \"corp\" not found\n    at SSOTokenProvider.load (/app/node_modules/aws-sdk/lib/token/sso_token_provider.js:136:11) {\n  code: 'SSOTokenProviderFailure'\n}",
    code: 'SSOTokenProviderFailure',
    benign: 'the sso session corp was not found in my config, is that why?',
  },
  {
    id: 'js2.process-version',
    from: 'aws/aws-sdk-js lib/credentials/process_credentials.js @ v2.1692.0@657d6feb0044 (loadViaCredentialProcess)',
    text: "[profile app]\ncredential_process = /usr/local/bin/get-creds\n\nError: credential_process does not return Version == 1\n    at /app/node_modules/aws-sdk/lib/credentials/process_credentials.js:137:19 {\n  code: 'ProcessCredentialsProviderFailure'\n}",
    benign: 'our credential_process script does not return a Version field, does it need one?',
  },
  {
    id: 'js2.imds-v1-blocked',
    from: 'aws/aws-sdk-js lib/metadata_service.js @ v2.1692.0@657d6feb0044 (fetchMetadataToken fallback)',
    text: 'Error: AWS EC2 Metadata v1 fallback has been blocked by process.env.AWS_EC2_METADATA_V1_DISABLED.\n    at /app/node_modules/aws-sdk/lib/metadata_service.js:179:11',
    benign: 'we blocked the metadata v1 fallback on the instance, is the SDK still fine?',
  },
  {
    id: 'js2.remote-credentials-uri',
    from: 'aws/aws-sdk-js lib/credentials/remote_credentials.js @ v2.1692.0@657d6feb0044 (getECSFullUri)',
    text: "AWS_CONTAINER_CREDENTIALS_FULL_URI=http://creds-mock:8080/creds node app.js\nError: Unsupported hostname: AWS.RemoteCredentials only supports localhost,127.0.0.1 for http:; http://creds-mock requested.\n    at RemoteCredentials.getECSFullUri (/app/node_modules/aws-sdk/lib/credentials/remote_credentials.js:92:13) {\n  code: 'ECSCredentialsProviderFailure'\n}",
    code: 'ECSCredentialsProviderFailure',
    benign: 'remote credentials only support localhost over http, so which hostname should we use?',
  },
  {
    // A systemd unit without HOME.
    id: 'js2.home-not-set',
    from: 'aws/aws-sdk-js lib/shared-ini/ini-loader.js @ v2.1692.0@657d6feb0044 (getHomeDir)',
    text: 'systemd[1]: Started worker.service.\nnode[812]: Error: Cannot load credentials, HOME path not set\nnode[812]:     at IniLoader.getHomeDir (/srv/app/node_modules/aws-sdk/lib/shared-ini/ini-loader.js:129:7)',
    benign: 'the HOME path is not set in the unit, so the credentials cannot load from the file',
  },
  {
    id: 'js2.invalid-region',
    from: 'aws/aws-sdk-js lib/event_listeners.js @ v2.1692.0@657d6feb0044 (VALIDATE_REGION)',
    text: "const s3 = new AWS.S3({ region: 'eu west 1' });\nConfigError: Invalid region in config\n    at Request.VALIDATE_REGION (/app/node_modules/aws-sdk/lib/event_listeners.js:131:45)",
    code: 'ConfigError',
    benign: 'is the region in our config invalid? it says eu west 1',
  },
  {
    id: 'js2.sts-host-inaccessible',
    from: 'aws/aws-sdk-js lib/event_listeners.js @ v2.1692.0@657d6feb0044',
    text: "Run aws-actions/configure-aws-credentials@v1\n##[error]Inaccessible host: `sts.cn-northwest-1.amazonaws.com'. This service may not be available in the `cn-northwest-1' region.",
    tool: 'github-actions',
  },
  {
    id: 'js3.no-role-assumer',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveAssumeRoleCredentials.ts @ 56563fc46c14',
    text: 'CredentialsProviderError: Profile [myprofile] requires a role to be assumed, but no role assumption callback was provided.',
    code: 'CredentialsProviderError',
  },
  {
    id: 'js3.sso-session-invalid',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-sso/src/resolveSSOCredentials.ts @ e583141a5e3c',
    text: 'CredentialsProviderError: The SSO session associated with this profile is invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
    code: 'CredentialsProviderError',
  },
  {
    id: 'js3.env-not-found',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-env/src/fromEnv.ts @ aa73203585d4',
    text: '@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING: Unable to find environment variable credentials.\nCredentialsProviderError: Could not load credentials from any providers',
    code: 'CredentialsProviderError',
    detected: true,
    top: 'no-credentials-found',
  },
  {
    id: 'js2.chain',
    from: 'aws/aws-sdk-js lib/config.js @ v2.1692.0@657d6feb0044',
    text: 'CredentialsError: Could not load credentials from any providers\n    at Timeout.connectTimeout [as _onTimeout] (/app/node_modules/aws-sdk/lib/http/node.js:69:15)',
    code: 'CredentialsError',
  },
  {
    id: 'js3.chain',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-node/src/defaultProvider.ts @ 12aa66ba9781',
    text: 'CredentialsProviderError: Could not load credentials from any providers\n    at /app/node_modules/@aws-sdk/credential-provider-node/dist-cjs/defaultProvider.js:13:11',
    code: 'CredentialsProviderError',
  },
  {
    id: 'js3.profile-not-parsed',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveProfileData.ts @ 0d40634a1de4',
    text: 'CredentialsProviderError: Profile dev could not be found or parsed in shared credentials file.\n    at resolveProfileData (/app/node_modules/@aws-sdk/credential-provider-ini/dist-cjs/resolveProfileData.js:26:11)',
    code: 'CredentialsProviderError',
  },
  {
    id: 'js3.profile-unresolved',
    from: 'aws/aws-sdk-js-v3 packages/credential-provider-ini/src/resolveProfileData.ts @ @aws-sdk/credential-provider-ini 3.972.54',
    text: 'CredentialsProviderError: Could not resolve credentials using profile: [s3readwrite] in configuration/credentials file(s).',
    code: 'CredentialsProviderError',
  },
  {
    id: 'js3.sso-token-expired',
    from: 'aws/aws-sdk-js-v3 packages/token-providers/src/constants.ts @ 0d40634a1de4',
    text: "TokenProviderError: Token is expired. To refresh this SSO session run 'aws sso login' with the corresponding profile.\n    at validateTokenExpiry (/app/node_modules/@aws-sdk/token-providers/dist-cjs/index.js:120:11)",
    code: 'TokenProviderError',
  },
  {
    id: 'js2.credential-process',
    from: 'aws/aws-sdk-js lib/credentials/process_credentials.js @ v2.1692.0@657d6feb0044',
    text: "ProcessCredentialsProviderFailure: credential_process returned error\n    at ChildProcess.exithandler (node:child_process:422:12) {\n  code: 'ProcessCredentialsProviderFailure'",
    code: 'ProcessCredentialsProviderFailure',
  },
  {
    id: 'js2.env-variable-not-set',
    from: 'aws/aws-sdk-js lib/credentials/environment_credentials.js @ v2.1692.0@657d6feb0044',
    text: "EnvironmentCredentialsProviderFailure: Variable AWS_ACCESS_KEY_ID not set.\n    at EnvironmentCredentials.refresh (/srv/node_modules/aws-sdk/lib/credentials/environment_credentials.js:77:24)",
    code: 'EnvironmentCredentialsProviderFailure',
  },
  {
    id: 'js2.ecs-uri-unset',
    from: 'aws/aws-sdk-js lib/credentials/remote_credentials.js @ v2.1692.0@657d6feb0044',
    text: 'ECSCredentialsProviderFailure: Variable AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI must be set to use AWS.RemoteCredentials.',
    code: 'ECSCredentialsProviderFailure',
  },
]);
