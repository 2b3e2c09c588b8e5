import { checkFamily } from './check-quotes';

const AWSUME = (path: string) => `trek10inc/awsume ${path} @ 2597f003ca19 (4.5.5+)`;
const AWS2WRAP = 'linaro-its/aws2-wrap aws2wrap/__init__.py @ 0007c79bec96';

checkFamily('profile-helpers', [
  {
    id: 'awsume.profile-not-found',
    from: AWSUME('awsume/awsumepy/lib/exceptions.py'),
    text: '$ awsume prod-admin\nAwsume error: Profile prod-admin not found.',
  },
  {
    id: 'awsume.invalid-profile',
    from: AWSUME('awsume/awsumepy/lib/profile.py'),
    text: '$ awsume dev\nAwsume error: Invalid profile [dev] Missing keys aws_secret_access_key, or credential_source, or credential_process',
  },
  {
    id: 'awsume.no-credentials',
    from: AWSUME('awsume/awsumepy/app.py'),
    text: '$ awsume -r arn:aws:iam::123456789012:role/admin\nAwsume error: No credentials',
  },
  {
    id: 'aws2wrap.profile-key-missing',
    from: AWS2WRAP,
    text: "Running aws2-wrap gives error\n'sso_start_url' not found in profile: {'sso_session': 'my-sso', 'sso_account_id': '123456789012', 'sso_role_name': 'AdministratorAccess', 'region': 'us-west-2', 'profile_name': 'admin'}",
  },
  {
    id: 'aws2wrap.profile-not-found',
    from: AWS2WRAP,
    text: "$ aws2-wrap --profile prod aws s3 ls\nCannot find profile 'prod' in /home/me/.aws/config",
  },
  {
    id: 'aws2wrap.sso-login-needed',
    from: AWS2WRAP,
    text: "$ aws2-wrap --profile dev --exec 'terraform plan'\nPlease login with 'aws sso login --profile=dev'",
  },
  {
    id: 'aws2wrap.assume-role-failed',
    from: AWS2WRAP,
    text: "$ aws2-wrap --profile chained --export\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User is not authorized to perform: sts:AssumeRole\nFailed to assume-role 'arn:aws:iam::123456789012:role/deploy'",
    code: 'AccessDenied',
    orTop: ['authorization-not-authentication'],
  },
]);
