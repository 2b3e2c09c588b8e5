import { checkFamily } from './check-quotes';

const AWSUME = (path: string) => `trek10inc/awsume ${path} @ 2597f003ca19 (4.5.5+)`;

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
]);
