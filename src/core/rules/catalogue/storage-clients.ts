/**
 * Programs that mount or read S3 with their own credential code: s3fs-fuse (its own chain: passwd file,
 * ~/.aws/credentials, env, IAM role) and Hadoop's s3a connector (Spark, Hive, Presto), which builds a
 * provider list over the Java SDK and reports an empty chain in its own words.
 */
import type { CatalogueEntry } from './types';

/** s3fs-fuse prints every S3FS_PRN_EXIT as "s3fs: <message>" on stderr before exiting. */
const S3FS_CRED = { repo: 's3fs-fuse/s3fs-fuse', path: 'src/s3fs_cred.cpp', ref: '46017f2d9bb5 (v1.97+)' };
const S3FS_MAIN = { repo: 's3fs-fuse/s3fs-fuse', path: 'src/s3fs.cpp', ref: '46017f2d9bb5 (v1.97+); v1.90 cd466ebdd418 for the older wording' };
/** s3cmd prints error() and warning() as "ERROR: " / "WARNING: " lines. */
const S3CMD = (path: string) => ({ repo: 's3tools/s3cmd', path, ref: 'cee84f9c539a (v2.4.0+)' });
/** Mountpoint for Amazon S3 (mount-s3) prints anyhow's chain: "Error: Failed to create S3 client / Caused by: 0: ...". */
const MOUNTPOINT = { repo: 'awslabs/mountpoint-s3', path: 'mountpoint-s3-client/src/s3_crt_client.rs', ref: '58817cab2fc3' };
const S3A = { repo: 'apache/hadoop', path: 'hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/AWSCredentialProviderList.java', ref: 'd7152332b32a' };
const S3A_NO_AUTH = { repo: 'apache/hadoop', path: 'hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/auth/NoAuthWithAWSException.java', ref: '67f5f9097076' };
const S3A_IAM = { repo: 'apache/hadoop', path: 'hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/auth/IAMInstanceCredentialsProvider.java', ref: '297e0800a365 (container provider, then the instance profile)' };
const S3A_SIMPLE = { repo: 'apache/hadoop', path: 'hadoop-tools/hadoop-aws/src/main/java/org/apache/hadoop/fs/s3a/SimpleAWSCredentialsProvider.java', ref: '1fbe185f9ba8' };
/** rclone's S3 backend builds its own static provider from the remote's config before the SDK's chain is asked. */
const RCLONE_S3 = { repo: 'rclone/rclone', path: 'backend/s3/s3.go', ref: 'v1.75.0+121@64ab1ac32' };

/** goofys logs its mount-time bucket check as "Unable to access '<bucket>': <error>" (a 403 becomes EACCES). */
const GOOFYS = { repo: 'kahing/goofys', path: 'internal/goofys.go', ref: '350ff31 (v0.24.0+; since 75e1d91, 2019); internal/backend_s3.go' };

export const STORAGE_CLIENTS: CatalogueEntry[] = [
  {
    id: 's3fs.no-credentials',
    tool: 's3fs',
    wrapper: true,
    message: 'could not determine how to establish security credentials.',
    re: /could not (?:determine how to )?establish security credentials/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.6 },
    source: S3FS_CRED,
  },
  {
    // The passwd file (or AWS_CREDENTIAL_FILE) exists but its mode is too open, or it holds no key pair.
    // Family "reported", not "no-creds": the empty-chain rule would outrank the file's own fault.
    id: 's3fs.passwd-file',
    tool: 's3fs',
    wrapper: true,
    message: 'credentials file {path} should not have others permissions. | Not found access key/secret key in passwd file. | invalid line in passwd file, found whitespace character.',
    re: /credentials file [^\n]{1,200} should not have (?:others|group|group writable|executable) permissions|Not found access key\/secret key in passwd file|invalid line in passwd file|AWSAccesskey or AWSSecretkey is not specified|could not open passwd file/i,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 2.0, 'no-credentials-found': 0.8 },
    source: S3FS_CRED,
  },
  {
    // use_session_token was asked for and no token came with the keys (family "reported", as above).
    id: 's3fs.session-token-expected',
    tool: 's3fs',
    wrapper: true,
    message: 'AWS session token was expected but wasn\'t provided in aws/credentials file for profile: {profile}. | environment variable AWS_SESSION_TOKEN is expected to be set.',
    re: /AWS session token was expected but wasn't provided|environment variable AWS_SESSION_TOKEN is expected to be set|session token is invalid\./i,
    family: 'fam.reported',
    causes: { 'missing-session-token': 2.2, 'malformed-credentials': 0.5 },
    source: S3FS_CRED,
  },
  {
    id: 's3fs.env-half-set',
    tool: 's3fs',
    wrapper: true,
    message: 'both environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together.',
    re: /both environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together|if one access key is specified, both keys need to be specified/i,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.4, 'env-var-override': 0.8 },
    source: S3FS_CRED,
  },
  {
    id: 's3fs.profile-not-found',
    tool: 's3fs',
    wrapper: true,
    message: 'Could not find profile: {profile} in file: {path}',
    re: /Could not find profile: [^\n]{0,100} in file: /,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: S3FS_CRED,
  },
  {
    // The mount check got 403 from the bucket: keys S3 does not accept, or no permission on the bucket.
    id: 's3fs.invalid-credentials',
    tool: 's3fs',
    wrapper: true,
    message: 'Failed to check bucket and directory for mount point : Invalid Credentials(host={host}, message={message}) | invalid credentials(host={host}) - result of checking service.',
    re: /mount point : Invalid Credentials\(host=|invalid credentials\(host=[^\n)]{0,200}\) - result of checking service/i,
    family: 'fam.reported',
    causes: { 'secret-key-mismatch': 1.0, 'authorization-not-authentication': 0.9, 'malformed-credentials': 0.8, 'region-endpoint': 0.6 },
    source: S3FS_MAIN,
  },
  {
    id: 'mountpoint.no-signing-credentials',
    tool: 'mountpoint-s3',
    wrapper: true,
    message: 'No signing credentials available, see CRT debug logs',
    re: /No signing credentials available, see CRT debug logs/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.8 },
    source: MOUNTPOINT,
  },
  {
    // The first request (HeadBucket, later ListObjectsV2) answered 403: the caller lacks s3:ListBucket.
    id: 'mountpoint.forbidden',
    tool: 'mountpoint-s3',
    wrapper: true,
    message: '{HeadBucket|initial ListObjectsV2} failed for bucket {bucket} in region {region} / Forbidden: {message}',
    re: /\b\d{1,2}: Forbidden: [^\n]{0,200}/,
    context: /failed for bucket [^\n]{1,120} in region/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.2, 'wrong-profile': 0.5 },
    source: MOUNTPOINT,
  },
  {
    id: 'mountpoint.wrong-region',
    tool: 'mountpoint-s3',
    wrapper: true,
    message: 'Wrong region (expecting {region})',
    re: /Wrong region \(expecting [a-z0-9-]{4,30}\)/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.6 },
    source: MOUNTPOINT,
  },
  {
    // NewClientError::ProviderFailure: the credential provider itself could not be built.
    id: 'mountpoint.invalid-credentials',
    tool: 'mountpoint-s3',
    wrapper: true,
    message: 'Failed to create S3 client / Caused by: invalid AWS credentials',
    re: /\binvalid AWS credentials\b/,
    context: /Failed to create S3 client|mount-s3|mountpoint/i,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.0, 'wrong-profile': 0.9, 'no-credentials-found': 0.8 },
    source: MOUNTPOINT,
  },
  {
    // A bodyless 403 (HEAD, or a proxy): S3Error.__str__ falls back to the HTTP reason, "403 (Forbidden)".
    id: 's3cmd.forbidden',
    tool: 's3cmd',
    wrapper: true,
    message: 'ERROR: S3 error: 403 (Forbidden)',
    re: /S3 error: 403 \(Forbidden\)/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.8, 'wrong-account-or-partition': 0.6 },
    source: S3CMD('S3/Exceptions.py'),
  },
  {
    // `s3cmd --configure` test: the keys work but cannot list buckets.
    id: 's3cmd.list-all-my-buckets',
    tool: 's3cmd',
    wrapper: true,
    message: 'ERROR: Are you sure your keys have s3:ListAllMyBuckets permissions?',
    re: /Are you sure your keys have s3:ListAllMyBuckets permissions/,
    family: 'fam.authz',
    code: 'AccessDenied',
    causes: { 'authorization-not-authentication': 1.5 },
    source: S3CMD('s3cmd'),
  },
  {
    id: 's3cmd.profile-not-found',
    tool: 's3cmd',
    wrapper: true,
    message: "WARNING: Couldn't find AWS Profile '{profile}' in the credentials file '{path}'",
    re: /Couldn't find AWS Profile '[^'\n]{0,100}' in the credentials file/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: S3CMD('S3/Config.py'),
  },
  {
    id: 's3cmd.key-not-in-profile',
    tool: 's3cmd',
    wrapper: true,
    message: "WARNING: Couldn't find key 'aws_access_key_id' for the AWS Profile '{profile}' in the credentials file '{path}'",
    re: /Couldn't find key '(?:aws_access_key_id|aws_secret_access_key)' for the AWS Profile/,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.4, 'wrong-profile': 1.0 },
    source: S3CMD('S3/Config.py'),
  },
  {
    // The instance-role refresh (IMDS) failed.
    id: 's3cmd.role-refresh',
    tool: 's3cmd',
    wrapper: true,
    message: 'WARNING: Could not refresh role',
    re: /WARNING: Could not refresh role\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: S3CMD('S3/Config.py'),
  },
  {
    // Every provider in fs.s3a.aws.credentials.provider came back empty; the last provider's exception follows.
    id: 's3a.no-credentials',
    tool: 'hadoop-s3a',
    wrapper: true,
    message: '{name}No AWS Credentials provided by {provider names}: {last exception}',
    re: /No AWS Credentials provided by [A-Za-z]/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'role-credentials-unavailable': 0.9 },
    source: S3A,
  },
  {
    // Hadoop 2.x's s3a embeds Java SDK 1.7.x, whose service exception message is this line. A HEAD
    // (getFileStatus) answered 403 has no body, so the code is "null" and the message "Forbidden".
    id: 's3a.sdk17-forbidden',
    tool: 'aws-sdk-java-v1',
    message: 'Status Code: 403, AWS Service: {service}, AWS Request ID: {id}, AWS Error Code: null, AWS Error Message: Forbidden',
    re: /Status Code: 403, AWS Service: [^,\n]{1,60}, AWS Request ID: [^,\n]{0,80}, AWS Error Code: [^,\n]{0,60}, AWS Error Message: (?:Forbidden|Access Denied)/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.8, 'wrong-account-or-partition': 0.6 },
    source: { repo: 'aws/aws-sdk-java', path: 'src/main/java/com/amazonaws/AmazonServiceException.java', ref: '68aa8700908e (1.7.x, getMessage)' },
  },
  {
    // fs.s3a.access.key / fs.s3a.secret.key empty while the provider list names only SimpleAWSCredentialsProvider (the
    // provider list's own "No AWS Credentials provided by …" is s3a.no-credentials above).
    id: 's3a.simple-no-credentials',
    tool: 'hadoop-s3a',
    wrapper: true,
    message: 'NoAwsCredentialsException: SimpleAWSCredentialsProvider: No AWS credentials in the Hadoop configuration',
    re: /No AWS credentials in the Hadoop configuration/i,
    family: 'fam.no-creds',
    code: 'NoAwsCredentialsException',
    causes: { 'no-credentials-found': 1.8, 'role-credentials-unavailable': 0.6 },
    source: S3A_SIMPLE,
  },
  {
    // s3a's "fail fast on any authentication problem" class, whatever its message: the provider list, or a provider,
    // could not supply credentials (the list's own words are s3a.no-credentials above; this reads the class alone).
    id: 's3a.no-auth',
    tool: 'hadoop-s3a',
    wrapper: true,
    message: 'org.apache.hadoop.fs.s3a.auth.NoAuthWithAWSException: {message}',
    re: /\bNoAuthWithAWSException\b/,
    family: 'fam.no-creds',
    code: 'NoAuthWithAWSException',
    causes: { 'no-credentials-found': 1.4, 'role-credentials-unavailable': 0.9 },
    source: S3A_NO_AUTH,
  },
  {
    // The last provider of s3a's default list: neither the container endpoint nor the instance metadata service answered
    // (NoAwsCredentialsException's "<provider>: <message>").
    id: 's3a.iam-instance',
    tool: 'hadoop-s3a',
    wrapper: true,
    message: 'NoAwsCredentialsException: IAMInstanceCredentialsProvider: {SDK message}',
    re: /\bIAMInstanceCredentialsProvider: [A-Z]/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.4, 'no-credentials-found': 1.0 },
    source: S3A_IAM,
  },
  {
    // s3Connection: one half of the remote's key pair is set and the other is empty (both empty means anonymous).
    // Not after a colon: ex_aws names the config key as an atom ("Required key: :access_key_id not found in config!").
    id: 'rclone.key-half-set',
    tool: 'rclone',
    wrapper: true,
    message: 'access_key_id not found | secret_access_key not found',
    re: /(?<!:)\b(?:access_key_id|secret_access_key) not found\b/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.4, 'no-credentials-found': 1.0 },
    source: RCLONE_S3,
  },
  {
    // env_auth=true and no keys: the SDK's LoadDefaultConfig failed (its own error follows and names the fault).
    id: 'rclone.env-auth-config',
    tool: 'rclone',
    wrapper: true,
    message: "couldn't load configuration with env_auth=true: {sdk error}",
    re: /couldn't load configuration with env_auth=true/,
    causes: {},
    source: RCLONE_S3,
  },
  {
    // A debug line, not an error: no keys and env_auth=false, so every request goes unsigned and S3 refuses it.
    id: 'rclone.anonymous',
    tool: 'rclone',
    wrapper: true,
    message: 'Using anonymous credentials - did you mean to set env_auth=true?',
    re: /Using anonymous credentials - did you mean to set env_auth=true/,
    causes: { 'no-credentials-found': 3.0, 'authorization-not-authentication': -1.0 },
    source: RCLONE_S3,
  },
  {
    // S3 refused the mount's first request: the keys goofys found are not allowed on the bucket, or are not valid.
    // goofys quotes the bucket's name (its `bucket:prefix` argument split), never a path; "Unable to access '…':
    // permission denied" is also how a shell or a database says a local path is closed to it, so a name in a bucket's
    // characters and a goofys, S3 or bucket word in the paste are both wanted.
    id: 'goofys.access-denied',
    tool: 'goofys',
    wrapper: true,
    message: "Unable to access '{bucket}': permission denied",
    re: /Unable to access '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]': permission denied/,
    context: /goofys|\bs3\b|bucket/i,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.2, 'secret-key-mismatch': 0.5, 'no-credentials-found': 0.5 },
    source: GOOFYS,
  },
];
