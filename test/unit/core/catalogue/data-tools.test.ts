import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const ARROW = 'apache/arrow cpp/src/arrow/filesystem/s3_internal.h @ a20241a93ddf (ErrorToStatus)';
const FSSPEC = 'fsspec/s3fs s3fs/errors.py @ 82db54733a7e (translate_boto_error)';
const DUCKDB = 'duckdb/duckdb-httpfs src/s3fs.cpp @ 2a6481d0bfc2';
const DUCKDB_AWS = 'duckdb/duckdb-aws src/aws_secret.cpp @ e62e57c53fcf (v1.4.0), 9126ffd679dc';
const CLICKHOUSE = 'ClickHouse/ClickHouse src/IO/S3/Credentials.cpp @ f8178b449118';

checkFamily('data-tools', [
  {
    id: 'arrow.access-denied',
    from: ARROW,
    text: ">>> pq.read_table('s3://mybucket/data/part-0.parquet')\nOSError: When getting information for key 'data/part-0.parquet' in bucket 'mybucket': AWS Error ACCESS_DENIED during HeadObject operation: No response body.",
    code: 'AccessDenied',
  },
  {
    id: 'arrow.unknown-403',
    from: ARROW,
    text: "OSError: When reading information for key 'a/b.parquet' in bucket 'mybucket': AWS Error UNKNOWN (HTTP status 403) during HeadObject operation: No response body.",
    code: 'Forbidden',
  },
  {
    id: 'arrow.unknown-key',
    from: ARROW,
    text: "OSError: When listing objects under key 'data' in bucket 'mybucket': AWS Error INVALID_ACCESS_KEY_ID during ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.",
    code: 'InvalidAccessKeyId',
    top: 'wrong-account-or-partition',
    orTop: ['missing-session-token', 'key-deleted-or-inactive', 'wrong-profile'],
  },
  {
    id: 'arrow.signature',
    from: ARROW,
    text: "OSError: When creating key 'out.parquet' in bucket 'mybucket': AWS Error SIGNATURE_DOES_NOT_MATCH during PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    code: 'SignatureDoesNotMatch',
  },
  {
    id: 'arrow.skew',
    from: ARROW,
    text: "OSError: When getting information for key 'x' in bucket 'y': AWS Error REQUEST_TIME_TOO_SKEWED during HeadObject operation: The difference between the request time and the current time is too large.",
    code: 'RequestTimeTooSkewed',
  },
  {
    id: 'fsspec-s3fs.access-denied',
    from: FSSPEC,
    text: '  File "/usr/local/lib/python3.9/site-packages/s3fs/core.py", line 1040, in _info\n    raise translate_boto_error(e)\nPermissionError: Access Denied',
    code: 'AccessDenied',
  },
  {
    id: 'fsspec-s3fs.forbidden',
    from: FSSPEC,
    text: '>>> pd.read_csv("s3://mybucket/file.csv")\n  File "/opt/conda/lib/python3.8/site-packages/s3fs/core.py", line 265, in _call_s3\n    raise translate_boto_error(err) from err\nPermissionError: Forbidden',
    code: 'Forbidden',
  },
  {
    id: 'duckdb.no-credentials',
    from: DUCKDB,
    text: "D SELECT * FROM 's3://mybucket/data.parquet';\nHTTP Error: HTTP GET error reading 's3://mybucket/data.parquet' in region '' (HTTP 403 Forbidden)\n\nAuthentication Failure - this is usually caused by invalid or missing credentials.\n* No credentials are provided.\n* See https://duckdb.org/docs/stable/extensions/httpfs/s3api.html",
  },
  {
    id: 'duckdb.credentials-rejected',
    from: DUCKDB,
    text: "HTTP Error: HTTP GET error reading 's3://mybucket/data.parquet' in region 'us-east-1' (HTTP 403 Forbidden)\n\nAuthentication Failure - this is usually caused by invalid or missing credentials.\n* Credentials are provided, but they did not work.\n* See https://duckdb.org/docs/stable/extensions/httpfs/s3api.html",
    orTop: ['secret-key-mismatch'],
  },
  {
    id: 'duckdb.s3-403',
    from: DUCKDB,
    text: "Error: HTTP Error: HTTP GET error on 'https://mybucket.s3.amazonaws.com/data.parquet' (HTTP 403)",
    code: 'Forbidden',
  },
  {
    id: 'duckdb.bad-request-region',
    from: DUCKDB,
    text: "HTTP Error: HTTP GET error reading 's3://mybucket/x.parquet' in region 'us-east-1' (HTTP 400 Bad Request)\n\nBad Request - this can be caused by the S3 region being set incorrectly.\n* Provided region is: \"us-east-1\"",
  },
  {
    // duckdb/duckdb-aws#108 (batch 14), DuckDB v1.4.0: the chain found no credentials where the secret was created.
    id: 'duckdb.secret-validation',
    from: DUCKDB_AWS,
    text: "D CREATE OR REPLACE SECRET (TYPE s3, PROVIDER credential_chain);\nInvalid Input Error:\nFailed to create secret using the following:\nCredential Chain: 'config'",
  },
  {
    id: 'duckdb.profile-not-found',
    from: DUCKDB_AWS,
    text: "D CREATE SECRET (TYPE s3, PROVIDER credential_chain, PROFILE 'prod');\nInvalid Configuration Error:\nSecret Validation Failure: no profile 'prod' found in config file /home/dev/.aws/config",
  },
  {
    id: 'clickhouse.imds-no-profile',
    from: CLICKHOUSE,
    text: "2026.12.05 10:00:00.000000 [ 1 ] {} <Warning> AWSEC2InstanceProfileConfigLoader: Calling EC2Metadataservice to get profiles failed.\n2026.12.05 10:00:00.100000 [ 1 ] {} <Error> Application: Code: 499. DB::Exception: Failed to get object info: No response body.. HTTP response code: 403: while reading s3://mybucket/data.parquet. (S3_ERROR)",
    orTop: ['no-credentials-found'],
  },
  {
    id: 'clickhouse.web-identity-token-file',
    from: CLICKHOUSE,
    text: "2026.12.05 10:00:00.000000 [ 42 ] {} <Information> AwsAuthSTSAssumeRoleWebIdentityCredentialsProvider: Can't open token file: /var/run/secrets/eks.amazonaws.com/serviceaccount/token",
  },
  {
    id: 'lakefs.storage-access',
    from: 'treeverse/lakeFS pkg/api/controller.go @ 71a45eeb1 (v1.84.0)',
    text: '$ lakectl repo create lakefs://example-repo s3://my-lakefs-bucket/example-repo\nfailed to create repository: failed to access storage\n400 Bad Request',
    // The words name no cause: a refusal and no credentials at all read alike.
    orTop: ['no-credentials-found'],
  },
]);

describe('data tools: words that are not AWS', () => {
  const now = new Date('2026-12-05T10:00:00Z');
  it('when a local file gives PermissionError with no S3 in sight, then it is not an AWS credential error', () => {
    expect(diagnose('PermissionError: Access Denied\n  File "C:\\\\tools\\\\copy.py", line 3', { now }).detected).toBe(false);
  });
  it('when DuckDB gets 403 from a plain web server, then it is not an AWS credential error', () => {
    expect(diagnose("HTTP Error: HTTP GET error on 'https://example.com/data.csv' (HTTP 403)", { now }).detected).toBe(false);
  });
});
