/**
 * Grafana Loki's S3 chunk and index store (the code came from Cortex): it checks its static keys before making a client.
 */
import type { CatalogueEntry } from './types';

export const LOG_STORES: CatalogueEntry[] = [
  {
    // One of access_key_id / secret_access_key is set and the other empty: most often a `${VAR}` in the config that
    // was not expanded (no -config.expand-env=true) or a secret mounted in one component and not another. Loki's IBM
    // COS client says the same words, so the paste must name S3 or AWS.
    id: 'loki.half-keys',
    tool: 'loki',
    wrapper: true,
    message: 'must supply both an Access Key ID and Secret Access Key or neither',
    re: /\b[Mm]ust supply both an Access Key ID and Secret Access Key or neither\b/,
    context: /\bs3\b|\baws\b|amazonaws/i,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.5, 'no-credentials-found': 0.5 },
    source: { repo: 'grafana/loki', path: 'pkg/storage/chunk/client/aws/s3_storage_client.go', ref: 'fb909cb4915a (buildS3Client; Cortex pkg/chunk/aws wrote "Must supply …" after "Failed to initialize s3_storage_client:")' },
  },
];
