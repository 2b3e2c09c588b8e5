/**
 * How much more (or less) often each answer goes with each cause in real threads than the catalogue's own answer
 * effects say (probes.ts `PROBE_CATALOGUE`): per question, per answer, per cause, the factor its effects are scaled by.
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
import type { Probe } from './types';

export type AnswerLikelihoods = Record<string, Record<string, Partial<Record<CauseId, number>>>>;

// generated: begin
export const ANSWER_LIKELIHOODS: AnswerLikelihoods = {};
// generated: end

/** The catalogue with each answer's effects scaled by its fitted factors (a new array; the catalogue is not changed). */
export function withAnswerLikelihoods(catalogue: readonly Probe[], table: AnswerLikelihoods = ANSWER_LIKELIHOODS): Probe[] {
  return catalogue.map((p) => {
    const rows = table[p.id];
    if (p.kind !== 'question' || !rows) return p;
    return {
      ...p,
      choices: p.choices.map((c) => {
        const f = rows[c.id];
        if (!f) return c;
        const effects = { ...c.effects };
        for (const [cause, x] of Object.entries(f) as Array<[CauseId, number]>) effects[cause] = (effects[cause] ?? 1) * x;
        return { ...c, effects };
      }),
    };
  });
}
