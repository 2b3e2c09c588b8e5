import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const S3FS_CRED = 's3fs-fuse/s3fs-fuse src/s3fs_cred.cpp @ 46017f2d9bb5 (v1.97+)';
const S3FS_MAIN = 's3fs-fuse/s3fs-fuse src/s3fs.cpp @ 46017f2d9bb5 (v1.97+); v1.90 cd466ebdd418';
const S3CMD = (path: string) => `s3tools/s3cmd ${path} @ cee84f9c539a (v2.4.0+)`;
const MOUNTPOINT = 'awslabs/mountpoint-s3 mountpoint-s3-client/src/s3_crt_client.rs @ 58817cab2fc3';
const S3A = 'apache/hadoop hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/AWSCredentialProviderList.java @ d7152332b32a';
const S3A_NO_AUTH = 'apache/hadoop hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/auth/NoAuthWithAWSException.java @ 67f5f9097076';
const S3A_IAM = 'apache/hadoop hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/auth/IAMInstanceCredentialsProvider.java @ 297e0800a365';
const S3A_SIMPLE = 'apache/hadoop hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/SimpleAWSCredentialsProvider.java @ 1fbe185f9ba8';
const RCLONE_S3 = 'rclone/rclone backend/s3/s3.go @ v1.75.0+121@64ab1ac32';

checkFamily('storage-clients', [
  {
    id: 's3fs.no-credentials',
    from: S3FS_CRED,
    text: '$ s3fs mybucket /mnt/s3 -o allow_other\ns3fs: could not determine how to establish security credentials.',
  },
  {
    id: 's3fs.passwd-file',
    from: S3FS_CRED,
    text: '$ s3fs mybucket /mnt/s3 -o passwd_file=/etc/passwd-s3fs\ns3fs: credentials file /etc/passwd-s3fs should not have others permissions.',
  },
  {
    id: 's3fs.session-token-expected',
    from: S3FS_CRED,
    text: 's3fs mybucket /mnt/s3 -o use_session_token\ns3fs: environment variable AWS_SESSION_TOKEN is expected to be set.',
  },
  {
    id: 's3fs.env-half-set',
    from: S3FS_CRED,
    text: 's3fs: both environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together.',
  },
  {
    id: 's3fs.profile-not-found',
    from: S3FS_CRED,
    text: 's3fs mybucket /mnt/s3 -o profile=backup\ns3fs: Could not find profile: backup in file: /root/.aws/credentials',
  },
  {
    id: 's3fs.invalid-credentials',
    from: S3FS_MAIN,
    text: 'Mar  3 10:01:02 host s3fs[1234]: s3fs.cpp:s3fs_check_service(3590): invalid credentials(host=https://s3.amazonaws.com) - result of checking service.',
    orTop: ['authorization-not-authentication', 'malformed-credentials'],
  },
  {
    id: 'mountpoint.no-signing-credentials',
    from: MOUNTPOINT,
    text: '$ mount-s3 my-bucket /mnt/s3\nError: Failed to create S3 client\n\nCaused by:\n    0: initial ListObjectsV2 failed for bucket my-bucket in region us-east-1\n    1: Client error\n    2: No signing credentials available, see CRT debug logs',
  },
  {
    id: 'mountpoint.forbidden',
    from: MOUNTPOINT,
    text: '$ mount-s3 my-bucket /mnt/s3\nError: Failed to create S3 client\n\nCaused by:\n    0: initial ListObjectsV2 failed for bucket my-bucket in region us-east-1\n    1: Client error\n    2: Forbidden: Access Denied',
    code: 'Forbidden',
  },
  {
    id: 'mountpoint.wrong-region',
    from: MOUNTPOINT,
    text: 'Error: Failed to create S3 client\n\nCaused by:\n    0: HeadBucket failed for bucket my-bucket in region us-east-1\n    1: Client error\n    2: Wrong region (expecting eu-west-1)',
  },
  {
    id: 'mountpoint.invalid-credentials',
    from: MOUNTPOINT,
    text: '$ mount-s3 --profile analytics my-bucket /mnt/s3\nError: Failed to create S3 client\n\nCaused by:\n    0: invalid AWS credentials\n    1: aws-c-auth: AWS_AUTH_CREDENTIALS_PROVIDER_PROFILE_SOURCE_FAILURE',
    orTop: ['wrong-profile', 'no-credentials-found'],
  },
  {
    id: 's3cmd.forbidden',
    from: S3CMD('S3/Exceptions.py'),
    text: '$ s3cmd info s3://my-bucket/file.txt\nERROR: S3 error: 403 (Forbidden)',
    code: 'Forbidden',
  },
  {
    id: 's3cmd.list-all-my-buckets',
    from: S3CMD('s3cmd'),
    text: 'Test access with supplied credentials? [Y/n] y\nPlease wait, attempting to list all buckets...\nERROR: Test failed: 403 (AccessDenied): Access Denied\nERROR: Are you sure your keys have s3:ListAllMyBuckets permissions?',
    code: 'AccessDenied',
  },
  {
    id: 's3cmd.profile-not-found',
    from: S3CMD('S3/Config.py'),
    text: "$ AWS_PROFILE=backup s3cmd ls\nWARNING: Couldn't find AWS Profile 'backup' in the credentials file '/home/me/.aws/credentials'\nERROR: /home/me/.s3cfg: None\nERROR: Configuration file not available.",
  },
  {
    id: 's3cmd.key-not-in-profile',
    from: S3CMD('S3/Config.py'),
    text: "WARNING: Couldn't find key 'aws_secret_access_key' for the AWS Profile 'default' in the credentials file '/root/.aws/credentials'",
    orTop: ['wrong-profile'],
  },
  {
    id: 's3cmd.role-refresh',
    from: S3CMD('S3/Config.py'),
    text: '$ s3cmd ls s3://my-bucket\nWARNING: Could not refresh role\nERROR: S3 error: 403 (InvalidAccessKeyId): The AWS Access Key Id you provided does not exist in our records.',
  },
  {
    id: 's3a.no-credentials',
    from: S3A,
    text: 'py4j.protocol.Py4JJavaError: An error occurred while calling o683.csv.\n: java.io.InterruptedIOException: doesBucketExist on mybucket: com.amazonaws.AmazonClientException: No AWS Credentials provided by BasicAWSCredentialsProvider EnvironmentVariableCredentialsProvider InstanceProfileCredentialsProvider : com.amazonaws.SdkClientException: Unable to load credentials from service endpoint',
    tool: 'hadoop-s3a',
  },
  {
    id: 's3a.sdk17-forbidden',
    from: 'aws/aws-sdk-java src/main/java/com/amazonaws/AmazonServiceException.java @ 68aa8700908e (1.7.x, getMessage)',
    text: 'Exception in thread "main" com.amazonaws.services.s3.model.AmazonS3Exception: Status Code: 403, AWS Service: Amazon S3, AWS Request ID: 4C1B2E8D8E5F1A2B, AWS Error Code: null, AWS Error Message: Forbidden, S3 Extended Request ID: abc\n\tat com.amazonaws.http.AmazonHttpClient.handleErrorResponse(AmazonHttpClient.java:798)\n\tat org.apache.hadoop.fs.s3a.S3AFileSystem.getFileStatus(S3AFileSystem.java:976)',
    code: 'Forbidden',
  },
  {
    id: 's3a.simple-no-credentials',
    from: S3A_SIMPLE,
    text: 'java.nio.file.AccessDeniedException: s3a://my-bucket/data: org.apache.hadoop.fs.s3a.auth.NoAwsCredentialsException: SimpleAWSCredentialsProvider: No AWS credentials in the Hadoop configuration\n\tat org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:212)',
    code: 'NoAwsCredentialsException',
  },
  {
    id: 's3a.no-auth',
    from: S3A_NO_AUTH,
    text: 'Caused by: org.apache.hadoop.fs.s3a.auth.NoAuthWithAWSException: Unable to load credentials from system settings\n\tat org.apache.hadoop.fs.s3a.AWSCredentialProviderList.resolveCredentials(AWSCredentialProviderList.java:216)',
    code: 'NoAuthWithAWSException',
  },
  {
    id: 's3a.iam-instance',
    from: S3A_IAM,
    text: 'Caused by: org.apache.hadoop.fs.s3a.auth.NoAwsCredentialsException: IAMInstanceCredentialsProvider: Failed to load credentials from IMDS.\n\tat org.apache.hadoop.fs.s3a.auth.IAMInstanceCredentialsProvider.resolveCredentials(IAMInstanceCredentialsProvider.java:93)',
    orTop: ['no-credentials-found'],
  },
  {
    id: 'rclone.key-half-set',
    from: RCLONE_S3,
    text: '$ rclone lsd backup:\n2024/05/02 10:11:12 Failed to create file system for "backup:": access_key_id not found',
    orTop: ['no-credentials-found'],
  },
  {
    id: 'rclone.env-auth-config',
    from: RCLONE_S3,
    text: '2024/05/02 10:11:12 Failed to create file system for "s3:my-bucket": couldn\'t load configuration with env_auth=true: failed to get shared config profile, backup',
    top: 'wrong-profile',
  },
  {
    id: 'rclone.anonymous',
    from: RCLONE_S3,
    text: '$ rclone -vv ls s3:my-bucket\n2024/05/02 10:11:12 DEBUG : Using anonymous credentials - did you mean to set env_auth=true?\n2024/05/02 10:11:13 ERROR : : error listing: operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: 5GV2Q0, HostID: abc, api error AccessDenied: Access Denied',
    code: 'AccessDenied',
  },
  {
    id: 'goofys.access-denied',
    from: "kahing/goofys internal/goofys.go @ 350ff31 (v0.24.0)",
    text: "2024/05/04 10:00:00.000000 main.ERROR Unable to access 'my-bucket': permission denied\n2024/05/04 10:00:00.000000 main.FATAL Mounting file system: Mount: initialization failed",
  },
]);

describe('goofys.access-denied on a local path', () => {
  it.each([
    ["Unable to access '/var/lib/postgresql/data': permission denied"],
    ["rsync on our NAS: Unable to access '/mnt/backup/share': permission denied"],
  ])('when a shell or a database cannot open a path (%s), then no credential failure is detected', (text) => {
    expect(diagnose(text).detected).toBe(false);
  });
});
