/**
 * How much the reporter's own words naming a cause count (extract/cause-talk.ts: an object and a predicate of the
 * cause within one clause, "the session token isn't set", "my clock was off"). Modest: talk is what the person
 * believes, not an observation, so a specific error line still outranks it. Chosen by the develop-and-check split of
 * the tuning halves (scripts/corpus/rank-batch-check.ts: looked at batches 1–3, checked on batches 4 and 5).
 */
import type { CauseId } from '../taxonomy';

export const TALK_WEIGHT = 0.3;

export const TALK_WEIGHTS: Partial<Record<CauseId, number>> = {
  'missing-session-token': TALK_WEIGHT,
  'clock-skew': TALK_WEIGHT,
  'region-endpoint': TALK_WEIGHT,
  'wrong-profile': TALK_WEIGHT,
  'env-var-override': TALK_WEIGHT,
  'stale-credentials-after-rotation': TALK_WEIGHT,
  'wrong-account-or-partition': TALK_WEIGHT,
  'role-credentials-unavailable': TALK_WEIGHT,
  'authorization-not-authentication': TALK_WEIGHT,
  'temporary-credentials-expired': TALK_WEIGHT,
  'no-credentials-found': TALK_WEIGHT,
  'malformed-credentials': TALK_WEIGHT,
  'key-deleted-or-inactive': TALK_WEIGHT,
};

export const TALK_TEXT = 'The message says so in its own words ({detail}).';
