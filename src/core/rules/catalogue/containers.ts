/** Container registries: what docker prints when its Amazon ECR login is missing or has expired. */
import type { CatalogueEntry } from './types';

const ECR_DOCS = { repo: 'awsdocs (docs.aws.amazon.com)', path: 'AmazonECR/latest/userguide/common-errors-docker.html', ref: '2026' };

export const CONTAINERS: CatalogueEntry[] = [
  {
    // ECR's registry token from `aws ecr get-login-password` lasts 12 hours.
    id: 'ecr.token-expired',
    tool: 'docker',
    wrapper: true,
    message: 'denied: Your authorization token has expired. Reauthenticate and try again.',
    re: /Your authorization token has expired\. Reauthenticate and try again/i,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: ECR_DOCS,
  },
  {
    id: 'ecr.no-basic-auth',
    tool: 'docker',
    wrapper: true,
    message: 'no basic auth credentials',
    re: /\bno basic auth credentials\b/,
    context: /\.dkr\.ecr\.|\becr\b/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'temporary-credentials-expired': 1.0 },
    source: ECR_DOCS,
  },
];
