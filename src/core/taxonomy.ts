/**
 * Cause ids mirror ../shared/taxonomy.md. They are a public contract: never rename one.
 */
export const CAUSE_IDS = [
  'env-var-override',
  'wrong-profile',
  'stale-credentials-after-rotation',
  'key-deleted-or-inactive',
  'wrong-account-or-partition',
  'temporary-credentials-expired',
  'missing-session-token',
  'malformed-credentials',
  'region-endpoint',
  'clock-skew',
  'secret-key-mismatch',
  'no-credentials-found',
  'role-credentials-unavailable',
  'authorization-not-authentication',
  'not-aws-credential-error',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export const CAUSE_TITLES: Record<CauseId, string> = {
  'env-var-override': 'Environment variables override the intended credentials',
  'wrong-profile': 'The runtime uses another profile than intended',
  'stale-credentials-after-rotation': 'A consumer still holds the key from before a rotation',
  'key-deleted-or-inactive': 'The access key was deleted or deactivated',
  'wrong-account-or-partition': 'The key belongs to another account, partition or endpoint',
  'temporary-credentials-expired': 'Temporary (STS/SSO) credentials expired',
  'missing-session-token': 'Temporary key sent without its session token',
  'malformed-credentials': 'Malformed credentials (typo, whitespace, hidden characters, swapped values)',
  'region-endpoint': 'Region or STS endpoint problem',
  'clock-skew': 'The local clock is out of sync',
  'secret-key-mismatch': 'The secret access key does not match the key id',
  'no-credentials-found': 'No credentials found in the credential chain',
  'role-credentials-unavailable': 'Role credentials (instance, task, IRSA, web identity) unavailable',
  'authorization-not-authentication': 'Authenticated, but not authorized (a permissions problem)',
  'not-aws-credential-error': 'Not an AWS credential error',
};

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && (CAUSE_IDS as readonly string[]).includes(value);
}
