/**
 * The prior of a case opened from a description (no error text): how often each cause turned out
 * to be the resolution across the real threads of both tuning halves, whatever the error family.
 * Counts, primary labels only: test/fixtures/real-conversations/tuning (38 threads) +
 * test/fixtures/real-pastes/tuning (70 credential cases of 87; the 17 negatives left out). Each
 * count gets +1 so no cause starts at zero; the belief normalises them into shares.
 */
import type { CauseId } from '../taxonomy';

export const DESCRIBED_PRIOR_SOURCE =
  'cause counts (primary label) over the tuning halves of test/fixtures/real-conversations (38) and test/fixtures/real-pastes (70 credential cases), +1 each';

const COUNTS: Record<Exclude<CauseId, 'not-aws-credential-error'>, number> = {
  'role-credentials-unavailable': 6 + 16,
  'missing-session-token': 5 + 7,
  'no-credentials-found': 2 + 10,
  'authorization-not-authentication': 6 + 6,
  'wrong-profile': 2 + 9,
  'temporary-credentials-expired': 1 + 6,
  'malformed-credentials': 2 + 5,
  'wrong-account-or-partition': 2 + 4,
  'clock-skew': 3 + 3,
  'region-endpoint': 4 + 1,
  'env-var-override': 2 + 1,
  'secret-key-mismatch': 2 + 1,
  'stale-credentials-after-rotation': 1 + 0,
  'key-deleted-or-inactive': 0 + 1,
};

/** Shares that sum to 1 (every credential cause; the "not a credential error" cause gets none). */
export const DESCRIBED_PRIOR: Partial<Record<CauseId, number>> = (() => {
  const entries = Object.entries(COUNTS) as Array<[CauseId, number]>;
  const total = entries.reduce((s, [, n]) => s + n + 1, 0);
  return Object.fromEntries(entries.map(([id, n]) => [id, (n + 1) / total]));
})();

export const DESCRIBED_PRIOR_EVIDENCE = 'No error text yet: ranked from how often each cause explains the problems people describe, and from what the description says';
