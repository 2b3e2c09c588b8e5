/**
 * Backup tools with their own S3 credential check before any request: restic's S3 backend asks minio-go's chain
 * (env, ~/.aws/credentials, mc's file, IAM role) and, when the chain hands back anonymous access, stops in its own words.
 * restic prints them behind "Fatal: unable to open repository at s3:…:" (internal/global/global.go). Kopia (also
 * Velero's data mover) and WAL-G wrap the S3 client's error in their own words; pgBackRest (C) has its own instance-role
 * client and says what the metadata service answered.
 */
import type { CatalogueEntry } from './types';

const KOPIA_S3 = { repo: 'kopia/kopia', path: 'repo/blob/s3/s3_storage.go', ref: '4ebb2be6c (2026-08)' };
const WALG_S3 = (path: string) => ({ repo: 'wal-g/wal-g', path, ref: '43fb039f (2026-08)' });
const LITESTREAM_S3 = { repo: 'benbjohnson/litestream', path: 's3/replica_client.go', ref: '63225f1 (2026-08)' };
const PGBACKREST_S3 = { repo: 'pgbackrest/pgbackrest', path: 'src/storage/s3/storage.c', ref: 'bd22b6809 (2026-08)' };
/** pgBackRest's own instance-role client: each failure says the role was not had from the metadata service. */
const pgbackrestRole = (what: string, message: string, re: RegExp): CatalogueEntry => ({
  id: `pgbackrest.${what}`,
  tool: 'pgbackrest',
  wrapper: true,
  message,
  re,
  family: 'fam.role',
  causes: { 'role-credentials-unavailable': 1.8 },
  source: PGBACKREST_S3,
});
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
  {
    // Opening the repository read its config blob from the bucket and the S3 call failed: the wrapped minio-go error
    // (S3's own words: an expired token, a key not in its records, Access Denied) says which. Evidence only.
    id: 'kopia.storage-config',
    tool: 'kopia',
    wrapper: true,
    message: 'error retrieving storage config from bucket "{bucket}": {error}',
    re: /error retrieving storage config from bucket \\?"/,
    causes: {},
    source: KOPIA_S3,
  },
  {
    // A role ARN with a web identity token file (IRSA-style): the file could not be read (not mounted, another path).
    id: 'kopia.web-identity-token-file',
    tool: 'kopia',
    wrapper: true,
    message: 'reading web identity token file: {error}',
    re: /reading web identity token file: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: KOPIA_S3,
  },
  {
    // The storage check lists one key; WAL-G calls any failure of it bad credentials (a missing bucket too): the wrapped
    // Go SDK error decides. Evidence only.
    id: 'wal-g.bad-credentials',
    tool: 'wal-g',
    wrapper: true,
    message: 'bad credentials: {error}',
    re: /\bbad credentials: /,
    context: /wal-g|walg|WALG_|WALE_S3_PREFIX/i,
    causes: {},
    source: WALG_S3('pkg/storages/s3/folder.go'),
  },
  {
    // AWS_ROLE_ARN set without IRSA's token file: WAL-G calls STS AssumeRole itself with the keys it has.
    id: 'wal-g.assume-role',
    tool: 'wal-g',
    wrapper: true,
    message: 'assume role by ARN: {error}',
    re: /\bassume role by ARN: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.2, 'authorization-not-authentication': 1.0 },
    source: WALG_S3('pkg/storages/s3/session.go'),
  },
  {
    // No region configured: Litestream asks S3 for the bucket's region first, so a credential failure surfaces here
    // with the SDK's words after it. Evidence only: the tool.
    id: 'litestream.bucket-region',
    tool: 'litestream',
    wrapper: true,
    message: 's3: cannot lookup bucket region: {error} | s3: cannot load aws config for region lookup: {error}',
    re: /\bs3: cannot (?:lookup bucket region|load aws config for region lookup): /,
    causes: {},
    source: LITESTREAM_S3,
  },
  // repo1-s3-key-type=auto: the metadata service answered 404 for the role name, so no role is attached to this host.
  pgbackrestRole('no-instance-role', 'role to retrieve temporary credentials not found / HINT: is a valid IAM role associated with this instance?', /role to retrieve temporary credentials not found|is a valid IAM role associated with this instance\?/),
  // repo1-s3-role names a role the instance does not have (the metadata service answered 404 for it).
  pgbackrestRole('role-not-found', "role '{role}' not found / HINT: is '{role}' a valid IAM role associated with this instance?", /is '[^'\n]{1,100}' a valid IAM role associated with this instance\?/),
  // The metadata service's credential document carried a Code other than Success.
  pgbackrestRole('temporary-credentials', 'unable to retrieve temporary credentials: {code}', /unable to retrieve temporary credentials: \w/),
];
