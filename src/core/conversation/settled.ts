/**
 * Whether a question's answer is already known to the case: the one test the policy makes before asking (policy.ts
 * `nextStep`), the pending question's drop makes after new evidence (turn.ts `dropAnsweredByFacts`), and the property
 * test checks every tuning conversation against (test/unit/conversation-eval-floors.test.ts, on the eval's replay). Two sources:
 * - the facts that settle it hold: each question's `skipWhen` (knowledge/probes.ts), the data of question → facts, read
 *   on the case's facts (pasted, implied by answers and statements: rules/fact-values.ts);
 * - a paste shows its answer, or the prose around a pasted error states it (`statedInPastes`: extract/shown-answers.ts
 *   through paste-readings.ts, and said.ts): shown, so not asked, while diagnose's reading of the text stays the evidence.
 * An answer given to the question itself is the asked list's business (policy.ts `askable`): a question asked once is
 * not asked again whatever its answer.
 */
import type { Probe } from '../knowledge/types';
import { anyHolds, type FactValues } from '../rules/fact-values';
import type { CaseState } from './types';

/** The facts that answer the question (or make it moot) hold. */
export const settledByFacts = (probe: Probe, values: FactValues): boolean => anyHolds(values, probe.skipWhen);

/** The question's answer is known: its facts hold, or what was pasted shows or states it. */
export function settled(state: CaseState, probe: Probe, values: FactValues): boolean {
  return settledByFacts(probe, values) || (state.scoring?.statedInPastes?.includes(probe.id) ?? false);
}
