/**
 * Ranking and the choice of the next step. Scores are a distribution over causes: the diagnosis
 * base times the effects (likelihood ratios) of everything learned since, renormalised. The next
 * probe is the one with the highest expected information gain over the current top three.
 */
import { CAUSE_IDS, type CauseId } from '../taxonomy';
import type { CaseScoring, CaseState } from './types';
import type { Effects, Probe } from '../knowledge/types';
import { FACT_SIGNALS, PROBES } from '../knowledge';
import { allHold, anyHolds, factValues, type FactValues } from './facts';

/** Every cause keeps a little weight so later answers can revive it. */
const FLOOR = 0.01;
/** Remediation starts when the leader has this share and this lead over the runner-up. */
export const LEAD_SHARE = 0.55;
export const LEAD_RATIO = 3;
/** At most this many probes before we commit to the best guess (the user can still say "not this"). */
export const MAX_PROBES = 4;
const MIN_GAIN = 0.03;
const COMMAND_COST = 1;

export type Ranking = Array<{ id: CauseId; score: number }>;

/**
 * Diagnosis scores are independent confidences (0.90 and 0.60 may both be "likely"), not shares:
 * summed as they are, a confident leader among many weak candidates shows as a third. Squaring
 * before normalising keeps the order and lets a clear diagnosis read as one.
 */
const SHARPEN = 2;

export function normaliseBase(causes: Array<{ id: CauseId; score: number }>): Partial<Record<CauseId, number>> {
  const weight = (x: number) => Math.max(0, x) ** SHARPEN;
  const total = causes.reduce((s, c) => s + weight(c.score), 0);
  const base: Partial<Record<CauseId, number>> = {};
  for (const c of causes) base[c.id] = total > 0 ? weight(c.score) / total : 1 / CAUSE_IDS.length;
  return base;
}

/** A later paste with errors can only add support: a cause keeps the best base any paste gave it. */
export function mergeBase(old: Partial<Record<CauseId, number>>, next: Partial<Record<CauseId, number>>): Partial<Record<CauseId, number>> {
  const merged: Partial<Record<CauseId, number>> = {};
  for (const id of CAUSE_IDS) merged[id] = Math.max(old[id] ?? 0, next[id] ?? 0);
  return normaliseBase(CAUSE_IDS.map((id) => ({ id, score: merged[id] ?? 0 })));
}

export function rank(scoring: CaseScoring, rejected: CauseId[]): Ranking {
  const w = CAUSE_IDS.map((id) => {
    if (rejected.includes(id)) return { id, score: 0 };
    let s = Math.max(scoring.base[id] ?? 0, FLOOR);
    for (const a of scoring.applied) s *= a.effects[id] ?? 1;
    return { id, score: s };
  });
  const total = w.reduce((s, c) => s + c.score, 0) || 1;
  return w.map((c) => ({ id: c.id, score: c.score / total })).sort((a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
}

export function isClearlyAhead(r: Ranking): boolean {
  const [first, second] = r;
  if (!first) return false;
  return first.score >= LEAD_SHARE && first.score >= LEAD_RATIO * (second?.score ?? 0);
}

export function stateValues(state: CaseState): FactValues {
  return factValues(state.facts, state.errorCodes, state.scoring?.implied ?? {});
}

/** Fact signals that hold now and have not been accounted for yet. */
export function newSignals(values: FactValues, seen: string[]) {
  return FACT_SIGNALS.filter((s) => !seen.includes(s.id) && allHold(values, s.when));
}

export function holdingSignalIds(values: FactValues): string[] {
  return FACT_SIGNALS.filter((s) => allHold(values, s.when)).map((s) => s.id);
}

function entropy(p: number[]): number {
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log2(x);
  return h;
}

function outcomesOf(probe: Probe): Effects[] {
  if (probe.kind === 'question') return probe.choices.map((c) => c.effects);
  const signals = probe.outcomes.map((id) => FACT_SIGNALS.find((s) => s.id === id)?.effects ?? {});
  return [...signals, {}]; // the output may also tell us nothing new
}

/** Expected reduction of uncertainty among the top causes if we ask `probe`. */
export function expectedGain(probe: Probe, top: Ranking): number {
  const total = top.reduce((s, c) => s + c.score, 0);
  if (total <= 0) return 0;
  const q = top.map((c) => c.score / total);
  const outcomes = outcomesOf(probe);
  // Likelihood of each outcome given each cause: the effects, normalised per cause over outcomes.
  const lik = top.map((c) => {
    const f = outcomes.map((e) => e[c.id] ?? 1);
    const sum = f.reduce((s, x) => s + x, 0);
    return f.map((x) => x / sum);
  });
  let expected = 0;
  outcomes.forEach((_, o) => {
    const joint = q.map((qc, i) => qc * lik[i]![o]!);
    const po = joint.reduce((s, x) => s + x, 0);
    if (po > 0) expected += po * entropy(joint.map((x) => x / po));
  });
  return entropy(q) - expected;
}

export function askable(state: CaseState, values: FactValues): Probe[] {
  const asked = new Set(state.asked.map((a) => a.id));
  return PROBES.filter((p) => !asked.has(p.id) && !anyHolds(values, p.skipWhen) && (!p.onlyWhen || allHold(values, p.onlyWhen)));
}

export function bestProbe(state: CaseState, ranking: Ranking): Probe | undefined {
  const values = stateValues(state);
  const top = ranking.filter((c) => c.score > 0).slice(0, 3);
  let best: { probe: Probe; gain: number } | undefined;
  for (const probe of askable(state, values)) {
    const gain = expectedGain(probe, top) / (probe.kind === 'command' ? COMMAND_COST : 1);
    if (gain > MIN_GAIN && (!best || gain > best.gain)) best = { probe, gain };
  }
  return best?.probe;
}
