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
];
