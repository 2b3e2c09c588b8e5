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
];
