/**
 * Velero reaches S3 twice: its aws plugin (velero-plugin-for-aws, the Go SDK v2) for the backup storage location, and its
 * repository layer (Kopia or restic) for volume data, whose keys it resolves itself from the location's credentials file
 * and profile. The controller marks a location it cannot read "unavailable" and appends the plugin's error, so the
 * SDK's or S3's words follow on the same line and say which failure it was.
 */
import type { CatalogueEntry } from './types';

const BSL_CONTROLLER = { repo: 'vmware-tanzu/velero', path: 'pkg/controller/backup_storage_location_controller.go', ref: 'd30d389b5 (2026-05; v1.10+ wording)' };
const REPO_AWS = { repo: 'vmware-tanzu/velero', path: 'pkg/repository/config/aws.go', ref: 'd30d389b5 (2026-05)' };

export const VELERO: CatalogueEntry[] = [
  {
    // The location's validation failed: its credentials (none, a profile not in the secret, keys S3 refuses), or not
    // credentials at all (a bucket that does not exist, an endpoint not reached). Evidence only: the wrapped error decides.
    id: 'velero.bsl-unavailable',
    tool: 'velero',
    wrapper: true,
    message: 'BackupStorageLocation "{name}" is unavailable: {error} | Unavailable BackupStorageLocations detected: available/unavailable/unknown: {n}/{n}/{n}, {errors}',
    re: /BackupStorageLocation \\?"[^"\n\\]{1,100}\\?" is unavailable\b|Unavailable BackupStorageLocations detected: available\/unavailable\/unknown/,
    causes: {},
    source: BSL_CONTROLLER,
  },
  {
    // With IRSA's variables and a credentials file both set, the repository layer loads the location's profile from that
    // file itself: the profile is not in it (the secret's key holds another profile, or none).
    id: 'velero.repo-profile',
    tool: 'velero',
    wrapper: true,
    message: "error loading config profile '{profile}': {error}",
    re: /error loading config profile '[^'\n]{1,100}': /,
    // The words are any program's that loads a named profile (an app's own dev.toml): only next to Velero, its repository
    // layer or the SDK's shared config are they this one.
    context: /velero|kopia|restic|SharedConfig|shared config|\baws/i,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.6, 'no-credentials-found': 0.6 },
    source: REPO_AWS,
  },
];
