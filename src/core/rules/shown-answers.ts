/**
 * What a paste shows that answers a question (extract/shown-answers.ts: a masked ASIA key, an SSO
 * profile, a CI workspace path, a LocalStack endpoint) is evidence the way that answer would be: the
 * choice's likelihood ratios (knowledge/probes.ts) become evidence for or against each cause, weighted
 * SHOWN_STRENGTH × ln(ratio). So `diagnose` ranks with it, and the conversation's belief (whose base is
 * diagnose of everything pasted) ranks the same without applying it again: the question is only not asked.
 *
 * Only around a credential or authorization error (the caller checks), and only for a question whose
 * facts the other readers did not report (its skipWhen does not hold on diagnose's facts): those facts
 * have rules of their own, and a question the case skips anyway adds no answer.
 */
import type { Facts, RankedCause } from '../diagnosis';
import { probeById } from '../knowledge';
import { anyHolds, factValues } from './fact-values';
import { scoreOf } from './score';

/**
 * The weight of ln(ratio). Chosen by leave-one-batch-out over tuning batches 1-6 (scripts/corpus/rank-cv.ts
 * --table, scripts/corpus/conversation-batches.ts): see the commit that set it.
 */
export const SHOWN_STRENGTH = 0.5;

export function weighShown(causes: RankedCause[], facts: Facts, errorCodes: readonly string[], strength = SHOWN_STRENGTH): void {
  if (!facts.shown?.length) return;
  const values = factValues(facts, [...errorCodes], {});
  for (const shown of facts.shown) {
    const q = shown.choice ? probeById(shown.probe) : undefined;
    if (q?.kind !== 'question' || anyHolds(values, q.skipWhen ?? [])) continue;
    const choice = q.choices.find((c) => c.id === shown.choice);
    if (!choice) continue;
    const at = facts.locations[`shown.${shown.probe}`];
    for (const c of causes) {
      const ratio = choice.effects[c.id];
      if (ratio === undefined || ratio === 1 || ratio <= 0) continue;
      const w = Math.round(strength * Math.log(ratio) * 1000) / 1000;
      if (w === 0) continue;
      c.evidence.push({ id: `shown.${shown.probe}.${shown.choice}`, text: `The paste shows it: ${choice.evidence.charAt(0).toLowerCase()}${choice.evidence.slice(1)}`, polarity: w > 0 ? 'for' : 'against', weight: Math.abs(w), ...(at ? { at } : {}) });
      c.score = scoreOf(c.evidence);
    }
  }
}
