/**
 * minio-go, the S3 client inside mc, restic, Thanos, Mimir, Harbor and many Go tools. It writes its own
 * message when S3 answers without a body (a HEAD: Stat, BucketExists) and has its own credential chain.
 */
import type { CatalogueEntry } from './types';

const MINIO = (path: string, note = '') => ({ repo: 'minio/minio-go', path, ref: `e9f656c5c1d1 (v7.3.0+)${note}` });

/** MinIO Client (mc): `mc alias set` checks the keys' shape, then builds an S3 client and probes the endpoint with them. */
const MC_ALIAS = { repo: 'minio/mc', path: 'cmd/alias-set.go', ref: '77f82e18 (2025-11)' };

export const MINIO_GO: CatalogueEntry[] = [
  {
    // httpRespToErrorResponse: a bodyless 403 becomes AccessDenied "Access Denied." (with the period, unlike
    // S3's own XML). Tools print it at the end of their error chain: "Stat: Access Denied.".
    id: 'minio-go.access-denied',
    tool: 'minio-go',
    message: '{operation}: Access Denied.',
    re: /: Access Denied\.(?=$|[\s"'\\])/m,
    context: /s3|bucket|minio|restic|thanos|objstore/i,
    family: 'fam.authz',
    code: 'AccessDenied',
    causes: { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.6, 'secret-key-mismatch': 0.4 },
    source: MINIO('api-error-response.go', '; the text in s3-error.go'),
  },
  {
    id: 'minio-go.region-mismatch',
    tool: 'minio-go',
    message: 'Region does not match, expecting region ‘{region}’.',
    re: /Region does not match, expecting region/,
    family: 'fam.region',
    code: 'InvalidRegion',
    causes: { 'region-endpoint': 1.6 },
    source: MINIO('api-error-response.go', ', since 8c34cc4 (2017)'),
  },
  {
    id: 'minio-go.imds-no-role',
    tool: 'minio-go',
    message: 'No IAM roles attached to this EC2 service',
    re: /No IAM roles attached to this EC2 service/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: MINIO('pkg/credentials/iam_aws.go', ', since 38c7b9a (2017)'),
  },
  {
    // EKS Pod Identity: the agent's token file is missing or unreadable in the pod.
    id: 'minio-go.pod-identity-token',
    tool: 'minio-go',
    message: 'getEKSPodIdentityCredentials: failed to read token file:{error} | getEKSPodIdentityCredentials: no tokenFile found',
    re: /getEKSPodIdentityCredentials: (?:failed to read token file|no tokenFile found)/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.7 },
    source: MINIO('pkg/credentials/iam_aws.go'),
  },
  {
    id: 'minio-go.partial-profile',
    tool: 'minio-go',
    message: 'profile has partial static credentials: aws_access_key_id and aws_secret_access_key must both be set',
    re: /profile has partial static credentials/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.4 },
    source: MINIO('pkg/credentials/file_aws_credentials.go'),
  },
  {
    id: 'minio-go.sso-expired',
    tool: 'minio-go',
    message: 'cached SSO token is expired, refresh it with `aws sso login` | reading cached SSO token {path} (try `aws sso login`): {error}',
    re: /cached SSO token is expired, refresh it with|reading cached SSO token [^\n]{1,300}\(try `aws sso login`\)/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.6 },
    source: MINIO('pkg/credentials/file_aws_credentials.go'),
  },
  {
    // Thanos / Mimir / Cortex objstore (over minio-go) checks its bucket config before any request.
    id: 'objstore.half-keys',
    tool: 'thanos-objstore',
    wrapper: true,
    message: 'no s3 access_key specified while secret_key is present in config file; either both should be present in config or envvars/IAM should be used.',
    re: /no s3 (?:acc?cess_key specified while secret_key|secret_key specified while access_key) is present in config file/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.5 },
    source: { repo: 'thanos-io/objstore', path: 'providers/s3/s3.go', ref: '8897e65984a3 (older Thanos spelled it "acccess_key")' },
  },
  {
    // The probe with the new alias's keys failed; S3's (or MinIO's) words follow and say why. Evidence only: the tool.
    id: 'mc.alias-credentials',
    tool: 'minio-mc',
    wrapper: true,
    message: 'mc: <ERROR> Unable to initialize new alias from the provided credentials. {error}',
    re: /Unable to initialize new alias from the provided credentials\./,
    causes: {},
    source: MC_ALIAS,
  },
  {
    // isValidAccessKey / isValidSecretKey: a key shorter than mc accepts (an empty or cut variable, a quoting slip).
    id: 'mc.invalid-key-shape',
    tool: 'minio-mc',
    wrapper: true,
    message: 'mc: <ERROR> Invalid access key `{key}`. | mc: <ERROR> Invalid secret key `{key}`.',
    re: /\bInvalid (?:access|secret) key `[^`\n]{0,200}`\./,
    context: /\bmc\b|alias set|minio/i,
    family: 'fam.reported',
    causes: { 'malformed-credentials': 1.6 },
    source: MC_ALIAS,
  },
];
