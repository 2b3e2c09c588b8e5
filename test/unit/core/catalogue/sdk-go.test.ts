import { checkFamily } from './check-quotes';

checkFamily('go', [
  {
    id: 'go2.process-failed',
    from: 'aws/aws-sdk-go-v2 credentials/processcreds/provider.go @ 384c5aab4ec3',
    text: "operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, process provider error: error in credential_process: exit status 1",
    benign: "We saw a process provider error once; the error in our credential_process script was a typo.",
  },
  {
    id: 'go2.process-output',
    from: 'aws/aws-sdk-go-v2 credentials/processcreds/provider.go @ 384c5aab4ec3',
    text: "operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, process provider error: parse failed of process output: Please log in first, error: invalid character 'P' looking for beginning of value",
    benign: "The process provider error docs say to parse the output of the process as JSON.",
  },
  {
    id: 'go2.web-identity-token-file',
    from: 'aws/aws-sdk-go-v2 credentials/stscreds/web_identity_provider.go @ 0f1f7ec05408',
    text: "operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, failed to retrieve jwt from provide source, unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: no such file or directory",
    benign: "The pod failed to retrieve the JWT from the provided source until the volume was mounted.",
  },
  {
    id: 'go2.container-token-file',
    from: 'aws/aws-sdk-go-v2 credentials/endpointcreds/provider.go @ 0a8b18e3d987',
    text: "operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, failed to load credentials, failed to read authorization token from /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token: open /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token: no such file or directory",
    benign: "The agent failed to read the authorization token from the header, a proxy stripped it.",
  },
  {
    id: 'go1.no-providers',
    from: 'aws/aws-sdk-go aws/credentials/chain_provider.go @ v1.55.6@8d203ccff393',
    text: 'NoCredentialProviders: no valid providers in chain. Deprecated.\n\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors',
    code: 'NoCredentialProviders',
  },
  {
    id: 'go1.ec2-role',
    from: 'aws/aws-sdk-go aws/credentials/ec2rolecreds/ec2_role_provider.go @ v1.55.6@8d203ccff393',
    text: 'EC2RoleRequestError: no EC2 instance role found\ncaused by: EC2MetadataError: failed to make EC2Metadata request',
    code: 'EC2RoleRequestError',
  },
  {
    id: 'go1.shared-creds-load',
    from: 'aws/aws-sdk-go aws/credentials/shared_credentials_provider.go @ v1.55.6@8d203ccff393',
    text: 'SharedCredsLoad: failed to get profile\ncaused by: section \'deploy\' does not exist',
    code: 'SharedCredsLoad',
    top: 'wrong-profile',
  },
  {
    id: 'go1.shared-creds-access-key',
    from: 'aws/aws-sdk-go aws/credentials/shared_credentials_provider.go @ v1.55.6@8d203ccff393',
    text: 'Error while loading AWS Credentials: SharedCredsAccessKey: shared credentials staging-developer in /home/me/.aws/credentials did not contain aws_access_key_id\ncaused by: error when getting key of section \'staging-developer\': key \'aws_access_key_id\' not exists',
    code: 'SharedCredsAccessKey',
  },
  {
    id: 'go1.env-not-found',
    from: 'aws/aws-sdk-go aws/credentials/env_provider.go @ v1.55.6@8d203ccff393',
    text: 'EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment',
    code: 'EnvAccessKeyNotFound',
  },
  {
    id: 'go1.shared-config-assume-role',
    from: 'aws/aws-sdk-go aws/session/shared_config.go @ v1.55.6@8d203ccff393',
    text: 'could not get token: could not create session: SharedConfigAssumeRoleError: failed to load assume role for arn:aws:iam::123456789012:role/deploy, source profile ci has no shared credentials',
    code: 'SharedConfigAssumeRoleError',
    // aws-iam-authenticator's wrapper words name the tool the person ran; the Go SDK is its engine.
    tool: 'aws-iam-authenticator',
  },
  {
    id: 'go1.shared-config-profile-missing',
    from: 'aws/aws-sdk-go aws/session/shared_config.go @ v1.55.6@8d203ccff393',
    text: 'Error: SharedConfigProfileNotExistsError: failed to get profile, staging\ncaused by: section \'profile staging\' does not exist',
    code: 'SharedConfigProfileNotExistsError',
  },
  {
    id: 'go1.sso-invalid-token',
    from: 'aws/aws-sdk-go aws/credentials/ssocreds/provider.go @ v1.55.6@8d203ccff393',
    text: 'level=error msg="listing buckets" err="SSOProviderInvalidToken: the SSO session has expired or is invalid\ncaused by: expired token"',
    code: 'SSOProviderInvalidToken',
  },
  {
    id: 'go1.web-identity',
    from: 'aws/aws-sdk-go aws/credentials/stscreds/web_identity_provider.go @ v1.55.6@8d203ccff393',
    text: 'WebIdentityErr: failed to retrieve credentials\ncaused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF\n\tstatus code: 400, request id: 4a5b6c7d-1111-2222-3333-444455556666',
    code: 'WebIdentityErr',
  },
  {
    id: 'go1.imdsv2-no-fallback',
    from: 'aws/aws-sdk-go aws/ec2metadata/token_provider.go @ v1.55.6@8d203ccff393',
    text: 'NoCredentialProviders: no valid providers in chain\ncaused by: EnvAccessKeyNotFound: failed to find credentials in the environment.\nSharedCredsLoad: failed to load profile, .\nEC2RoleRequestError: no EC2 instance role found\ncaused by: EC2MetadataError: failed to get IMDSv2 token and fallback to IMDSv1 is disabled',
    code: 'EC2MetadataError',
  },
  {
    id: 'go1.credential-process',
    from: 'aws/aws-sdk-go aws/credentials/processcreds/provider.go @ v1.55.6@8d203ccff393',
    text: 'ProcessProviderExecutionError: error in credential_process: exit status 1\ncaused by: exit status 1',
    code: 'ProcessProviderExecutionError',
  },
  {
    id: 'go2.imds-no-role',
    from: 'aws/aws-sdk-go-v2 credentials/ec2rolecreds/provider.go @ 72a935ba94bc',
    text: 'operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded',
    top: 'role-credentials-unavailable',
  },
  {
    id: 'go2.sso-token-refresh',
    from: 'aws/aws-sdk-go-v2 credentials/ssocreds/sso_token_provider.go @ c213f6605dbc',
    text: 'operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, refresh cached SSO token failed, unable to refresh SSO token, operation error SSO OIDC: CreateToken, https response error StatusCode: 400, RequestID: 3b0c6a84-0f3e-4d1b-9a53-6f1c2b7a9e11, InvalidGrantException:',
    code: 'InvalidGrantException',
  },
  {
    id: 'go2.sso-session-invalid',
    from: 'aws/aws-sdk-go-v2 credentials/ssocreds/sso_credentials_provider.go @ 8d09ba998ab2',
    text: 'operation error STS: GetCallerIdentity, get identity: get credentials: failed to refresh cached credentials, the SSO session has expired or is invalid: open /home/me/.aws/sso/cache/4f1e.json: no such file or directory',
  },
  {
    id: 'go2.sso-token-not-refreshable',
    from: 'aws/aws-sdk-go-v2 credentials/ssocreds/sso_token_provider.go @ c213f6605dbc',
    text: 'get identity: get credentials: failed to refresh cached credentials, refresh cached SSO token failed, cached SSO token is expired, or not present, and cannot be refreshed',
  },
  {
    id: 'go2.empty-profile',
    from: 'aws/aws-sdk-go-v2 config/shared_config.go @ 70bf41070340',
    text: 'Error: failed to load default config: failed to get shared config profile, ',
  },
  {
    id: 'go2.assume-role-source-missing',
    from: 'aws/aws-sdk-go-v2 config/shared_config.go @ 70bf41070340',
    text: 'unable to load SDK config, failed to load assume role arn:aws:iam::123456789012:role/deploy, of profile ci, failed to get shared config profile, ci',
  },
  {
    id: 'go2.assume-role-source-no-credentials',
    from: 'aws/aws-sdk-go-v2 config/shared_config.go @ 70bf41070340',
    text: 'unable to load SDK config, failed to load assume role arn:aws:iam::123456789012:role/deploy, of profile ci, <nil>',
  },
  {
    id: 'go2.static-empty',
    from: 'aws/aws-sdk-go-v2 credentials/static_provider.go @ 950674f52f20',
    text: 'operation error DynamoDB: ListTables, failed to resolve service endpoint, get identity: get credentials: failed to refresh cached credentials, static credentials are empty',
  },
  {
    id: 'go1.mfa-token-provider-missing',
    from: 'aws/aws-sdk-go aws/session/credentials.go @ v1.55.6@8d203ccff393',
    text: 'Error: error configuring S3 Backend: AssumeRoleTokenProviderNotSetError: assume role with MFA enabled, but AssumeRoleTokenProvider session option not set.',
    code: 'AssumeRoleTokenProviderNotSetError',
  },
  {
    // An sso_session profile (start URL and region in its [sso-session] section) read by a v1 SDK that predates it.
    id: 'go1.sso-session-unsupported',
    from: 'aws/aws-sdk-go aws/session/shared_config.go @ v1.55.6@8d203ccff393',
    text: 'panic: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url\n\ngoroutine 1 [running]:',
  },
  {
    id: 'go1.sso-config-missing',
    from: 'aws/aws-sdk-go aws/session/shared_config.go @ v1.55.6@8d203ccff393',
    text: 'couldn\'t create session: profile "dev" is configured to use SSO but is missing required configuration: sso_account_id, sso_role_name',
  },
  {
    id: 'go2.ecs-source-unset',
    from: 'awslabs/amazon-ecr-credential-helper ecr-login/vendor/github.com/aws/aws-sdk-go-v2/config/resolve_credentials.go @ 2a415207',
    text: "Error: failed to load AWS config: EcsContainer was specified as the credential_source, but neither 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' or AWS_CONTAINER_CREDENTIALS_FULL_URI' was set",
  },
  {
    id: 'go2.credential-source-invalid',
    from: 'awslabs/amazon-ecr-credential-helper ecr-login/vendor/github.com/aws/aws-sdk-go-v2/config/resolve_credentials.go @ 2a415207',
    text: 'level=fatal msg="unable to load SDK config" error="credential_source values must be EcsContainer, Ec2InstanceMetadata, or Environment"',
  },
  {
    id: 'go2.mfa-no-token-provider',
    from: 'awslabs/amazon-ecr-credential-helper ecr-login/vendor/github.com/aws/aws-sdk-go-v2/credentials/stscreds/assume_role_provider.go @ 2a415207',
    text: 'Error: operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, assume role with MFA enabled, but TokenProvider is not set',
  },
]);
