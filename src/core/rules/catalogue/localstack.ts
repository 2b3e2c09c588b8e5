/** LocalStack: what its own logs print about the credentials it was sent. */
import type { CatalogueEntry } from './types';

export const LOCALSTACK: CatalogueEntry[] = [
  {
    id: 'localstack.key-format-fallback',
    tool: 'localstack',
    message: 'Invalid Access Key Id format. Falling back to default id: 000000000000',
    re: /Invalid Access Key Id format\. Falling back to default id/,
    causes: { 'wrong-account-or-partition': 1.0 },
    source: { repo: 'localstack/localstack', path: 'localstack-core/localstack/aws/accounts.py', ref: 'v4.14.0@8b9a79f05846' },
  },
  {
    // LocalStack's S3 with signature checks off (the default): a mismatch or an expired presigned URL is only
    // logged. Seeing it means the request reached LocalStack, so the same error from AWS itself means the
    // endpoint override was not applied on the failing path.
    id: 'localstack.skip-signature-validation',
    tool: 'localstack',
    message: 'Signatures do not match, but not raising an error, as S3_SKIP_SIGNATURE_VALIDATION=1',
    re: /but not raising an error, as S3_SKIP_SIGNATURE_VALIDATION=1/,
    causes: { 'wrong-account-or-partition': 0.8 },
    source: { repo: 'localstack/localstack', path: 'localstack-core/localstack/services/s3/presigned_url.py', ref: 'v4.14.0@8b9a79f05846' },
  },
  {
    // The same fallback for keys of the right length that do not decode to an account id (a hand-made test key).
    id: 'localstack.account-id-fallback',
    tool: 'localstack',
    message: 'Char at index 12 not from base32 alphabet. Falling back to default id: 000000000000 | Extracted account id not between 000000000000 and 999999999999. Falling back to default id: 000000000000',
    re: /\b(?:Char at index 12 not from base32 alphabet|Extracted account id not between 000000000000 and 999999999999)\. Falling back to default id\b/,
    causes: { 'wrong-account-or-partition': 1.0 },
    source: { repo: 'localstack/localstack', path: 'localstack-core/localstack/aws/accounts.py', ref: 'v4.14.0@8b9a79f05846' },
  },
  {
    // Real AKIA/ASIA keys sent to LocalStack (PARITY_AWS_ACCESS_KEY_ID unset): LocalStack files everything under account
    // 000000000000, so ARNs with the real account id miss, and the same keys reach AWS itself wherever the endpoint
    // override is not applied.
    id: 'localstack.production-keys-ignored',
    tool: 'localstack',
    message: 'Ignoring production AWS credentials provided to LocalStack. Falling back to default account ID.',
    re: /\bIgnoring production AWS credentials provided to LocalStack\b/,
    causes: { 'wrong-account-or-partition': 1.2 },
    source: { repo: 'localstack/localstack', path: 'localstack-core/localstack/aws/accounts.py', ref: 'v4.14.0@8b9a79f05846' },
  },
];
