/**
 * What the paste says around the error (the runtime, and what the reporter tried or changed: "rotated", "new
 * laptop", "works locally but not in CI", "switched profile", LocalStack, SSO, EKS) as likelihood ratios learned from
 * label counts (context-counts.ts), not from strings picked per case. For a context signal f and a cause c:
 *   p(c | f) = (k_fc + DELTA * q_c) / (n_f + DELTA)   (shrunk towards q_c, the cause's share over all threads)
 *   w = min(CAP, GAMMA * ln(p(c | f) / q_c))         (kept when positive: f makes c likelier than it is overall)
 * They apply only while the ranking is uncertain (its leader below UNCERTAIN_BELOW, as for a bare error): there the
 * context is most of what the paste says, and it orders the alternatives; a confident leader keeps its ranking and
 * its confidence (the conversation reads the scores as a distribution, and small weights on every alternative would
 * only dilute a leader the evidence settled). Small weights (GAMMA): they reorder close causes without overturning
 * what a specific observation says. The hand-written hint rules in causes/ stay; these add what the threads show.
 * GAMMA, DELTA and UNCERTAIN_BELOW were chosen by cross-validation on the tuning halves (scripts/corpus/rank-cv.ts):
 * by collection batch (fit on three, test on the fourth) and by thread (5 folds).
 */
import type { RankedCause } from '../diagnosis';
import { CAUSE_IDS, type CauseId } from '../taxonomy';
import { CAUSE_COUNTS, CONTEXT_COUNTS } from './context-counts';
import { pro } from './rule-helpers';
import { addRuleEvidence, type SignalIndex } from './score';
import type { CauseRule, EvidenceRule } from './types';

export const GAMMA = 0.1;
export const DELTA = 5;
export const CAP = 1;
/** The ratios apply while the leader's score is below this. */
export const UNCERTAIN_BELOW = 0.8;

export type CauseCounts = Partial<Record<CauseId, number>>;

/** Signals counted as context: where the code runs, and what the person's sentences say (extract/context-hints.ts). */
export const isContextSignal = (id: string): boolean => id.startsWith('hint.') || id.startsWith('runtime.');

/** The family signals that make a paste a credential or authorization error (diagnose.ts, families.ts). */
export const DETECTED = ['fam.authn', 'fam.authz'];

const sum = (m: CauseCounts): number => Object.values(m).reduce((a, b) => a + (b ?? 0), 0);

/** The weight each cause gets from one context signal, given its counts and the counts over all threads. */
export function contextWeights(withSignal: CauseCounts, all: CauseCounts, gamma = GAMMA, delta = DELTA, cap = CAP): CauseCounts {
  const n = sum(withSignal);
  const total = sum(all);
  const out: CauseCounts = {};
  if (total === 0) return out;
  for (const [id, k] of Object.entries(all) as Array<[CauseId, number]>) {
    const q = k / total;
    const p = ((withSignal[id] ?? 0) + delta * q) / (n + delta);
    const w = Math.min(cap, gamma * Math.log(p / q));
    if (w > 0.005) out[id] = Math.round(w * 1000) / 1000;
  }
  return out;
}

/** "hint.works-elsewhere" -> "works elsewhere"; "runtime.github-actions" -> "runs on github actions". */
function describe(signal: string): string {
  const [kind, name] = signal.split('.', 2) as [string, string];
  const words = name.replace(/-/g, ' ');
  return kind === 'runtime' ? `the code runs on ${words}` : `the message mentions ${words}`;
}

/**
 * The context evidence rules of every cause, from the given counts (the shipped counts by default). One signal's
 * weights are computed once for all causes (built per cause, they were recomputed for each: ~60 ms at each import).
 */
export function contextRulesByCause(counts: Record<string, CauseCounts> = CONTEXT_COUNTS, all: CauseCounts = CAUSE_COUNTS): Map<CauseId, EvidenceRule[]> {
  const out = new Map<CauseId, EvidenceRule[]>(CAUSE_IDS.map((cause) => [cause, []]));
  for (const [signal, m] of Object.entries(counts)) {
    const weights = contextWeights(m, all);
    const n = sum(m);
    for (const [cause, rules] of out) {
      const w = weights[cause];
      if (!w) continue;
      const text = `Where ${describe(signal)}, public threads were resolved as this cause more often than overall (${m[cause] ?? 0} of ${n}).`;
      // Only around a credential or authorization error: context alone ranks nothing (detection decides that).
      rules.push(pro(`context.${signal}`, { all: [signal], any: DETECTED }, w, text));
    }
  }
  return out;
}

const CONTEXT_RULES = new Map<CauseId, CauseRule>([...contextRulesByCause()].map(([cause, rules]) => [cause, { cause, rules }]));

/**
 * Add the context evidence to a ranking whose leader is uncertain (scores recomputed; the caller sorts). A confident
 * ranking, or one with no credential error, is left as it is.
 */
export function addContext(causes: RankedCause[], index: SignalIndex): void {
  if (!DETECTED.some((s) => index.has(s))) return;
  let lead = 0;
  for (const c of causes) lead = Math.max(lead, c.score);
  if (lead >= UNCERTAIN_BELOW) return;
  addRuleEvidence(causes, index, CONTEXT_RULES);
}
