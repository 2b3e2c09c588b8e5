/**
 * Trino (and Starburst) with S3 security mapping: the coordinator picks the IAM role or keys for each query from a
 * mapping file by Trino user, group and S3 path, and refuses the query itself when no mapping or role fits, before any
 * request reaches AWS (io.trino.spi.security.AccessDeniedException prints "Access Denied: {message}").
 */
import type { CatalogueEntry } from './types';

const TRINO_MAPPING = {
  repo: 'trinodb/trino',
  path: 'lib/trino-filesystem-s3/src/main/java/io/trino/filesystem/s3/S3SecurityMappingProvider.java',
  ref: '90ea7936ffbc (the legacy Hive file system worded it the same)',
};

export const QUERY_ENGINES: CatalogueEntry[] = [
  {
    // No rule of the mapping file matches this user, group or path: the query gets no AWS credentials at all.
    id: 'trino.no-s3-mapping',
    tool: 'trino',
    wrapper: true,
    message: 'Access Denied: No matching S3 security mapping',
    re: /\bNo matching S3 security mapping\b/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.2, 'wrong-profile': 0.7, 'no-credentials-found': 0.4 },
    source: TRINO_MAPPING,
  },
  {
    // The mapping allows several roles and the client chose none (no extra credential naming it), or chose one the
    // mapping does not allow.
    id: 'trino.s3-role-selection',
    tool: 'trino',
    wrapper: true,
    message: 'Access Denied: No S3 role selected and mapping has no default role | Access Denied: Selected S3 role is not allowed: {role}',
    re: /\bNo S3 role selected and mapping has no default role\b|\bSelected S3 role is not allowed: /,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.2, 'wrong-profile': 1.0 },
    source: TRINO_MAPPING,
  },
];
