/** AWS SDK for C++ (log lines of the instance-metadata credential client). */
import type { CatalogueEntry } from './types';

export const CPP: CatalogueEntry[] = [
  {
    id: 'cpp.imds-request-failed',
    tool: 'aws-sdk-cpp',
    message: '[ERROR] ... EC2MetadataClient [...] Http request to retrieve credentials failed',
    re: /Http request to retrieve credentials failed/,
    family: 'fam.role',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 1.6 },
    source: { repo: 'aws/aws-sdk-cpp', path: 'src/aws-cpp-sdk-core/source/internal/AWSHttpResourceClient.cpp', ref: 'main (1.11.x)' },
  },
];
