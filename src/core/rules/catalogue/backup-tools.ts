/**
 * Backup tools with their own S3 credential check before any request: restic's S3 backend asks minio-go's chain
 * (env, ~/.aws/credentials, mc's file, IAM role) and, when the chain hands back anonymous access, stops in its own words.
 * restic prints them behind "Fatal: unable to open repository at s3:…:" (internal/global/global.go).
 */
import type { CatalogueEntry } from './types';

const RESTIC_S3 = { repo: 'restic/restic', path: 'internal/backend/s3/s3.go', ref: 'a80be1478 (v0.19.1+; since f74e70cc3, 2024, and a30a36ca5, 2025)' };

export const BACKUP_TOOLS: CatalogueEntry[] = [
  {
    // Every link of the chain came back empty: no env keys, no profile, no instance role reached.
    id: 'restic.no-credentials',
    tool: 'restic',
    wrapper: true,
    message: 'no credentials found. Use `-o s3.unsafe-anonymous-auth=true` for anonymous authentication',
    re: /no credentials found\. Use `?-o s3\.unsafe-anonymous-auth=true/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'role-credentials-unavailable': 0.6, 'wrong-profile': 0.4 },
    source: RESTIC_S3,
  },
  {
    // One of the two variables is set, the other empty (an unexported or misspelled variable, an empty secret in CI).
    id: 'restic.half-env-keys',
    tool: 'restic',
    wrapper: true,
    message: 'no credentials found. $AWS_SECRET_ACCESS_KEY is set but $AWS_ACCESS_KEY_ID is empty',
    re: /no credentials found\. \$AWS_(?:SECRET_ACCESS_KEY|ACCESS_KEY_ID) is set but \$AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY) is empty/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.5, 'no-credentials-found': 0.9 },
    source: RESTIC_S3,
  },
];
