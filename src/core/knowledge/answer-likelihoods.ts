/**
 * How much more (or less) often each answer goes with each cause in real threads than the catalogue's own answer
 * effects say (probes.ts `PROBES`): per question, per answer, per cause, the factor its effects are scaled by.
 *
 * Source: the truth profiles of test/fixtures/real-conversations, TUNING half, batches 1-10 (each thread's answer to
 * a question is the one the simulated user gives from its profile, test/helpers/sim-user.ts KNOWN_QUESTIONS; a
 * profile that does not say gives no count). For a cause with n answered threads, an answer seen m times is given
 * likelihood (m + k·p0) / (n + k), p0 being the catalogue's own likelihood of that answer for the cause (its effect
 * with the fact signals it implies, normalised over the question's answers) and k = 20 pseudo-threads, so a cause
 * seen in few threads keeps the catalogue's numbers; the factor is that likelihood over p0. Chosen by
 * leave-one-batch-out over tuning batches 1-10 (`npx tsx scripts/corpus/answer-likelihoods-cv.ts`, which also
 * rewrites this file with `--write`; docs/conversation.md, "Answer likelihoods fitted on real threads").
 * Causes a question's answers never separated in the threads have no row.
 */
import type { CauseId } from '../taxonomy';
import type { Effects } from './types';

export type AnswerLikelihoods = Record<string, Record<string, Partial<Record<CauseId, number>>>>;

// generated: begin
export const ANSWER_LIKELIHOODS: AnswerLikelihoods = {
  target: {
    commercial: {
      'env-var-override': 1.78,
      'wrong-profile': 2,
      'stale-credentials-after-rotation': 2.13,
      'wrong-account-or-partition': 1.56,
      'temporary-credentials-expired': 1.86,
      'missing-session-token': 2.24,
      'malformed-credentials': 2.33,
      'region-endpoint': 7.79,
      'clock-skew': 1.69,
      'secret-key-mismatch': 1.27,
      'no-credentials-found': 2.64,
      'role-credentials-unavailable': 2.58,
      'authorization-not-authentication': 1.94,
      'not-aws-credential-error': 1.14
    },
    'opt-in': {
      'env-var-override': 0.74,
      'wrong-profile': 0.67,
      'stale-credentials-after-rotation': 0.63,
      'wrong-account-or-partition': 0.74,
      'temporary-credentials-expired': 0.71,
      'missing-session-token': 0.59,
      'malformed-credentials': 0.56,
      'region-endpoint': 0.69,
      'clock-skew': 0.77,
      'secret-key-mismatch': 0.91,
      'no-credentials-found': 0.4,
      'role-credentials-unavailable': 0.44,
      'authorization-not-authentication': 0.65,
      'not-aws-credential-error': 0.95
    },
    'other-partition': {
      'env-var-override': 0.74,
      'wrong-profile': 0.67,
      'stale-credentials-after-rotation': 0.63,
      'wrong-account-or-partition': 1.15,
      'temporary-credentials-expired': 0.71,
      'missing-session-token': 0.59,
      'malformed-credentials': 0.56,
      'region-endpoint': 0.66,
      'clock-skew': 0.77,
      'secret-key-mismatch': 0.91,
      'no-credentials-found': 0.4,
      'role-credentials-unavailable': 0.53,
      'authorization-not-authentication': 0.77,
      'not-aws-credential-error': 0.95
    },
    local: {
      'env-var-override': 0.74,
      'wrong-profile': 0.67,
      'stale-credentials-after-rotation': 0.63,
      'wrong-account-or-partition': 0.82,
      'temporary-credentials-expired': 0.71,
      'missing-session-token': 0.59,
      'malformed-credentials': 0.56,
      'region-endpoint': 0.47,
      'clock-skew': 0.77,
      'secret-key-mismatch': 0.91,
      'no-credentials-found': 0.56,
      'role-credentials-unavailable': 0.44,
      'authorization-not-authentication': 0.65,
      'not-aws-credential-error': 0.95
    }
  }
};
// generated: end

/**
 * One answer's effects (as the catalogue writes them) scaled by its fitted factors in `table`. Applied where an ASKED
 * answer or a stated one moves the belief and in the policy's look-ahead (the table reaches them through the policy's
 * numbers, policy-params.ts, so scripts/corpus/answer-likelihoods-cv.ts passes each fold's table in); never to what a
 * paste shows (rules/shown-answers.ts reads the catalogue: the table was fitted and measured on asked answers).
 */
export function fittedEffects(probeId: string, choiceId: string, effects: Effects, table: AnswerLikelihoods = ANSWER_LIKELIHOODS): Effects {
  const f = table[probeId]?.[choiceId];
  if (!f) return effects;
  const out = { ...effects };
  for (const [cause, x] of Object.entries(f) as Array<[CauseId, number]>) out[cause] = (out[cause] ?? 1) * x;
  return out;
}
