/**
 * What a paste shows that answers a question (extract/shown-answers.ts: a masked ASIA key, an SSO
 * profile, a CI workspace path, a LocalStack endpoint) is evidence the way that answer would be. It goes
 * the way of every reading: the shown answer becomes a signal `shown.<question>.<choice>` (shownSignals),
 * and rules read that signal (one per choice and cause it moves), each weighing SHOWN_STRENGTH × ln(ratio)
 * of the choice's likelihood ratio for the cause (knowledge/probes.ts, where each ratio is written with
 * its question). So `diagnose` ranks with it, and the conversation's belief (whose base is diagnose of
 * everything pasted) ranks the same without applying it again: the question is only not asked.
 *
 * Only around a credential or authorization error (diagnose makes the signals only then), and only for a
 * question whose facts the other readers did not report (its skipWhen does not hold on diagnose's facts):
 * those facts have rules of their own, and a question the case skips anyway adds no answer. The rules are
 * the last stage (addShown), after the context ratios (context-ratios.ts), which judge how uncertain the
 * ranking is without them.
 */
import type { RankedCause } from '../diagnosis';
import { addSignal } from '../extract/draft';
import type { Draft } from '../extract/types';
import { probeById } from '../knowledge';
import { PROBES } from '../knowledge/probes';
import type { CauseId } from '../taxonomy';
import { anyHolds, factValues } from './fact-values';
import { addRuleEvidence, type SignalIndex } from './score';
import type { CauseRule, EvidenceRule } from './types';

/**
 * The weight of ln(ratio). Chosen by leave-one-batch-out over tuning batches 1-6 (scripts/corpus/rank-cv.ts
 * --table, scripts/corpus/conversation-batches.ts): see the commit that set it.
 */
export const SHOWN_STRENGTH = 0.5;

const signalOf = (probe: string, choice: string): string => `shown.${probe}.${choice}`;

/** The shown answers (facts.shown) that count, as signals at the line each was seen on. Call only around a credential or authorization error. */
export function shownSignals(draft: Draft): void {
  const facts = draft.facts;
  if (!facts.shown?.length) return;
  const values = factValues(facts, [...draft.codes], {});
  for (const shown of facts.shown) {
    const q = shown.choice ? probeById(shown.probe) : undefined;
    if (q?.kind !== 'question' || anyHolds(values, q.skipWhen ?? [])) continue;
    // Past the cap on a huge log's signals too: at most one per question, each is weighed.
    addSignal(draft, signalOf(shown.probe, shown.choice!), facts.locations[`shown.${shown.probe}`], undefined, { uncapped: true });
  }
}

/**
 * Shown answers that no longer count against a cause after some readings. An SSO profile whose role credentials the tool
 * could not obtain — its token file looked up under another name (sso.cache-missing), an `sso_session` profile its
 * SDK predates (sso.session-unsupported) — is a role that fails on a laptop signed in through SSO, so the SSO sign-in and
 * laptop answers' ratios, written for a role the compute delivers, do not argue against it (tuning batches 1-16:
 * where an SSO sign-in is shown, 7 of 14 detected cases, in batches 10, 11, 14 and 16, were resolved as the role).
 * Keyed by rule: an access key, keys in the environment or in a file shown still argue against a role (review 17).
 */
const NOT_AGAINST: Partial<Record<CauseId, Record<string, string[]>>> = {
  'role-credentials-unavailable': {
    'shown.sign-in.sso': ['sso.cache-missing', 'sso.session-unsupported'],
    'shown.runtime.laptop': ['sso.cache-missing', 'sso.session-unsupported'],
  },
};

/**
 * Per cause, the rules that read the shown-answer signals: every question's choice that moves the cause (ratio ≠ 1),
 * as the catalogue writes it. Not the answer likelihoods fitted on real threads (answer-likelihoods.ts): those were
 * fitted and measured for answers the person gave when asked, and reach only those (the policy's numbers).
 */
export function shownRules(): Map<CauseId, CauseRule> {
  const rules = new Map<CauseId, CauseRule>();
  for (const q of PROBES) {
    if (q.kind !== 'question') continue;
    for (const choice of q.choices) {
      const text = `The paste shows it: ${choice.evidence.charAt(0).toLowerCase()}${choice.evidence.slice(1)}`;
      for (const [cause, ratio] of Object.entries(choice.effects) as Array<[CauseId, number]>) {
        if (ratio === 1 || ratio <= 0) continue;
        const w = Math.round(SHOWN_STRENGTH * Math.log(ratio) * 1000) / 1000;
        if (w === 0) continue;
        const id = signalOf(q.id, choice.id);
        const unless = w < 0 ? NOT_AGAINST[cause]?.[id] : undefined;
        const rule: EvidenceRule = { id, when: unless ? { all: [id], none: unless } : { all: [id] }, weight: Math.abs(w), polarity: w > 0 ? 'for' : 'against', text };
        const forCause = rules.get(cause) ?? { cause, rules: [] };
        forCause.rules.push(rule);
        rules.set(cause, forCause);
      }
    }
  }
  return rules;
}

const SHOWN_RULES = shownRules();

/**
 * The shown-answer rules' evidence, added to each cause after its other evidence, in the order the answers were read
 * (facts.shown, so their signals' order): a cause moved by two readings lists and sums them in one order whatever the rules' order.
 */
export function addShown(causes: RankedCause[], index: SignalIndex): void {
  const read = [...index.keys()].filter((id) => id.startsWith('shown.'));
  if (read.length === 0) return;
  addRuleEvidence(causes, index, SHOWN_RULES, read);
}
