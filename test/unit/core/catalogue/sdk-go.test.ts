import { checkFamily } from './check-quotes';

checkFamily('go', [
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
    id: 'go2.static-empty',
    from: 'aws/aws-sdk-go-v2 credentials/static_provider.go @ 950674f52f20',
    text: 'operation error DynamoDB: ListTables, failed to resolve service endpoint, get identity: get credentials: failed to refresh cached credentials, static credentials are empty',
  },
]);
