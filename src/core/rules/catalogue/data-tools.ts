/**
 * Data tools that read S3 through their own layer and re-word the SDK's error: Apache Arrow's S3
 * filesystem (pyarrow, pandas, Polars; on the C++ SDK), fsspec's s3fs (pandas, Dask; on aiobotocore,
 * the S3 code becomes a Python exception class), DuckDB's httpfs (its own SigV4 signer) and ClickHouse's S3 disks and
 * table functions (its own provider chain on the C++ SDK, logging under each provider's class name).
 */
import type { CatalogueEntry } from './types';

/** Arrow's ErrorToStatus: "AWS Error {S3Errors name} during {operation} operation: {message}". */
const ARROW = { repo: 'apache/arrow', path: 'cpp/src/arrow/filesystem/s3_internal.h', ref: 'a20241a93ddf (ErrorToStatus; older Arrow printed "AWS Error [code N]")' };
const FSSPEC = { repo: 'fsspec/s3fs', path: 's3fs/errors.py', ref: '82db54733a7e (translate_boto_error)' };
const DUCKDB_AWS = { repo: 'duckdb/duckdb-aws', path: 'src/aws_secret.cpp', ref: 'e62e57c53fcf (v1.4.0 wording); 9126ffd679dc ("Secret Validation Failure")' };
const DUCKDB = { repo: 'duckdb/duckdb-httpfs', path: 'src/s3fs.cpp', ref: '2a6481d0bfc2 (GetS3Error, GetS3AuthError)' };
const CLICKHOUSE = { repo: 'ClickHouse/ClickHouse', path: 'src/IO/S3/Credentials.cpp', ref: 'f8178b449118' };

/** lakeFS checks a new repository's storage namespace with its own blockstore credentials before creating it. */
const LAKEFS = { repo: 'treeverse/lakeFS', path: 'pkg/api/controller.go', ref: '71a45eeb1 (v1.84.0+; since 4ea657182, 2021); ErrFailedToAccessStorage in pkg/api/errors.go' };

export const DATA_TOOLS: CatalogueEntry[] = [
  {
    // [code 15] is ACCESS_DENIED in the C++ SDK's CoreErrors, as older Arrow printed it.
    id: 'arrow.access-denied',
    tool: 'arrow',
    wrapper: true,
    message: "When getting information for key '{key}' in bucket '{bucket}': AWS Error ACCESS_DENIED during HeadObject operation: No response body.",
    re: /AWS Error (?:ACCESS_DENIED during|\[code 15\]:)/,
    family: 'fam.authz',
    code: 'AccessDenied',
    causes: { 'authorization-not-authentication': 1.0, 'no-credentials-found': 0.6, 'wrong-profile': 0.6, 'region-endpoint': 0.4 },
    source: ARROW,
  },
  {
    // A HEAD has no body: the C++ SDK cannot name the error, Arrow adds the status.
    id: 'arrow.unknown-403',
    tool: 'arrow',
    wrapper: true,
    message: 'AWS Error UNKNOWN (HTTP status 403) during HeadObject operation: No response body.',
    re: /AWS Error UNKNOWN \(HTTP status 403\)/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'no-credentials-found': 0.6, 'wrong-profile': 0.6, 'region-endpoint': 0.4 },
    source: ARROW,
  },
  {
    id: 'arrow.unknown-key',
    tool: 'arrow',
    wrapper: true,
    message: 'AWS Error INVALID_ACCESS_KEY_ID during {operation} operation: The AWS Access Key Id you provided does not exist in our records.',
    re: /AWS Error (?:INVALID_ACCESS_KEY_ID|INVALID_CLIENT_TOKEN_ID|UNRECOGNIZED_CLIENT) during/,
    family: 'fam.unknown-key',
    code: 'InvalidAccessKeyId',
    causes: { 'wrong-account-or-partition': 0.4 },
    source: ARROW,
  },
  {
    id: 'arrow.signature',
    tool: 'arrow',
    wrapper: true,
    message: 'AWS Error SIGNATURE_DOES_NOT_MATCH during {operation} operation: The request signature we calculated does not match the signature you provided.',
    re: /AWS Error (?:SIGNATURE_DOES_NOT_MATCH|INVALID_SIGNATURE) during/,
    family: 'fam.signature',
    code: 'SignatureDoesNotMatch',
    causes: { 'secret-key-mismatch': 0.6 },
    source: ARROW,
  },
  {
    id: 'arrow.skew',
    tool: 'arrow',
    wrapper: true,
    message: 'AWS Error REQUEST_TIME_TOO_SKEWED during {operation} operation: {message}',
    re: /AWS Error REQUEST_TIME_TOO_SKEWED during/,
    family: 'fam.skew',
    code: 'RequestTimeTooSkewed',
    causes: { 'clock-skew': 1.0 },
    source: ARROW,
  },
  {
    // fsspec's s3fs raises the S3 message as a PermissionError (403) without the code.
    id: 'fsspec-s3fs.access-denied',
    tool: 's3fs-python',
    wrapper: true,
    message: 'PermissionError: Access Denied',
    re: /PermissionError: Access Denied\b/,
    context: /s3fs|translate_boto_error|aiobotocore|botocore|s3:\/\//,
    family: 'fam.authz',
    code: 'AccessDenied',
    causes: { 'authorization-not-authentication': 1.2, 'wrong-profile': 0.5 },
    source: FSSPEC,
  },
  {
    // The same for a HEAD (info/exists): no body, so botocore's reason phrase "Forbidden" is the message.
    id: 'fsspec-s3fs.forbidden',
    tool: 's3fs-python',
    wrapper: true,
    message: 'PermissionError: Forbidden',
    re: /PermissionError: Forbidden\b/,
    context: /s3fs|translate_boto_error|aiobotocore|botocore|s3:\/\//,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.8, 'wrong-account-or-partition': 0.6 },
    source: FSSPEC,
  },
  {
    id: 'duckdb.no-credentials',
    tool: 'duckdb',
    wrapper: true,
    message: 'Authentication Failure - this is usually caused by invalid or missing credentials.\n* No credentials are provided.',
    re: /\* No credentials are provided\./,
    context: /Authentication Failure - this is usually caused by invalid or missing credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: DUCKDB,
  },
  {
    id: 'duckdb.credentials-rejected',
    tool: 'duckdb',
    wrapper: true,
    message: 'Authentication Failure - this is usually caused by invalid or missing credentials.\n* Credentials are provided, but they did not work.',
    re: /\* Credentials are provided, but they did not work\./,
    family: 'fam.reported',
    causes: { 'authorization-not-authentication': 0.9, 'secret-key-mismatch': 0.8, 'temporary-credentials-expired': 0.6, 'region-endpoint': 0.5 },
    source: DUCKDB,
  },
  {
    // A 403 from S3 as DuckDB words it (older versions: "HTTP GET error on '{url}' (HTTP 403)").
    id: 'duckdb.s3-403',
    tool: 'duckdb',
    wrapper: true,
    message: "HTTP GET error reading '{url}' in region '{region}' (HTTP 403 Forbidden)",
    re: /HTTP (?:GET|HEAD|PUT|POST) error (?:reading|on) '(?:s3:\/\/|https?:\/\/[^'\n/]{0,200}(?:s3|amazonaws))[^'\n]{0,400}'(?: in region '[^'\n]{0,40}')? \(HTTP 403/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: { 'authorization-not-authentication': 1.0, 'no-credentials-found': 0.7, 'wrong-profile': 0.5 },
    source: DUCKDB,
  },
  {
    id: 'duckdb.bad-request-region',
    tool: 'duckdb',
    wrapper: true,
    message: 'Bad Request - this can be caused by the S3 region being set incorrectly.',
    re: /Bad Request - this can be caused by the S3 region being set incorrectly/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.6 },
    source: DUCKDB,
  },
  {
    // CREATE SECRET (PROVIDER credential_chain) validates at creation: the chain's credentials came back empty
    // (ConstructErrorMessage, then "Credential Chain: '…'" / "Profile: '…'" lines). duckdb/duckdb-aws#108, batch 14: the
    // chain found nothing where the secret was created.
    id: 'duckdb.secret-validation',
    tool: 'duckdb',
    wrapper: true,
    message: 'Secret Validation Failure: during `{create|generate}` using the following:\nCredential Chain: \'{chain}\'',
    re: /(?:Failed to (?:create|generate) secret|Secret Validation Failure: during `(?:create|generate)`) using the following:/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'wrong-profile': 0.6 },
    source: DUCKDB_AWS,
  },
  {
    id: 'duckdb.profile-not-found',
    tool: 'duckdb',
    wrapper: true,
    message: "Secret Validation Failure: no profile '{profile}' found in config file {path}",
    re: /Failed to load profile '?[^\s']{1,100}'? in credentials file|Secret Validation Failure: no profile '[^'\n]{1,100}' found in (?:credentials|config) file/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6 },
    source: DUCKDB_AWS,
  },
  {
    // The instance answered but lists no role under iam/security-credentials: no instance profile is attached (or
    // IMDSv2's token was refused and the v1 fallback found nothing). Its own spelling "EC2Metadataservice" is ClickHouse's.
    // Not marked `imds` (last resort off AWS): an unreachable metadata host returns before this line is logged.
    id: 'clickhouse.imds-no-profile',
    tool: 'clickhouse',
    wrapper: true,
    message: 'AWSEC2InstanceProfileConfigLoader: Calling EC2Metadataservice to get profiles failed. | Initial call to EC2MetadataService to get credentials failed.',
    re: /\bCalling EC2Metadataservice to get profiles failed\b|\bInitial call to EC2MetadataService to get credentials failed\b/,
    family: 'fam.no-creds',
    causes: { 'role-credentials-unavailable': 1.6, 'no-credentials-found': 1.2 },
    source: CLICKHOUSE,
  },
  {
    // IRSA on EKS: AWS_WEB_IDENTITY_TOKEN_FILE names a file the server cannot open (not mounted, wrong path, no
    // permission), so the web-identity provider gives nothing and the chain moves on.
    id: 'clickhouse.web-identity-token-file',
    tool: 'clickhouse',
    wrapper: true,
    message: "AwsAuthSTSAssumeRoleWebIdentityCredentialsProvider: Can't open token file: {path}",
    re: /\bAwsAuthSTSAssumeRoleWebIdentityCredentialsProvider\b[^\n]{0,60}\bCan't open token file\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: CLICKHOUSE,
  },
  {
    // The server's own S3 credentials (its blockstore.s3 settings, or the role of its pod or instance) could not
    // read or write the namespace's bucket; any other cause (a bad URL, another blockstore type) has its own words.
    id: 'lakefs.storage-access',
    tool: 'lakefs',
    wrapper: true,
    message: 'failed to create repository: failed to access storage | msg="Could not access storage namespace" reason=unknown',
    re: /failed to create repository: failed to access storage|Could not access storage namespace/,
    context: /\bs3:\/\/|\bs3\b|\baws\b/i,
    family: 'fam.reported',
    causes: { 'authorization-not-authentication': 1.2, 'no-credentials-found': 0.6, 'role-credentials-unavailable': 0.5 },
    source: LAKEFS,
  },
];
