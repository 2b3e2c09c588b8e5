/** AWS service answers that browsers and thin clients print without an error code. */
import type { CatalogueEntry } from './types';

export const SERVICES: CatalogueEntry[] = [
  {
    // S3's AccessDenied is HTTP 403 "Access Denied"; a browser upload (presigned PUT, CORS fetch) shows only that.
    id: 's3.access-denied-403',
    tool: 'browser',
    message: 'PUT: 403 Access Denied',
    re: /\b403:? {0,2}(?:\(?Forbidden\)?:? {0,2})?Access Denied\b/i,
    context: /\bs3\b|bucket|\biam\b|\baws\b|presigned/i,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 0.8 },
    source: { repo: 'awsdocs (docs.aws.amazon.com)', path: 'AmazonS3/latest/API/ErrorResponses.html (AccessDenied, 403)', ref: '2026' },
  },
];
