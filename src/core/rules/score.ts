/**
 * Evaluate the cause rules against the signals: each matching rule adds one piece of evidence.
 * score = 1 - exp(-(for - against) / SCALE), clamped to [0, 1].
 */
import type { Evidence, Location, RankedCause } from '../diagnosis';
import type { Signal } from '../extract/types';
import type { CauseId } from '../taxonomy';
import type { Condition, CauseRule, EvidenceRule } from './types';
import { clipDetail } from './clip-detail';

const SCALE = 1.6;

export type SignalIndex = ReadonlyMap<string, Signal>;

export function indexSignals(signals: readonly Signal[]): Map<string, Signal> {
  const map = new Map<string, Signal>();
  for (const s of signals) if (!map.has(s.id)) map.set(s.id, s);
  return map;
}

// Plain loops: this runs for every rule of every cause on each diagnosis, and closures would be allocated per call.
export function conditionHolds(c: Condition, index: SignalIndex): boolean {
  if (c.all) for (const id of c.all) if (!index.has(id)) return false;
  if (c.any && !anyIn(c.any, index)) return false;
  if (c.none && anyIn(c.none, index)) return false;
  return true;
}

function anyIn(ids: readonly string[], index: SignalIndex): boolean {
  for (const id of ids) if (index.has(id)) return true;
  return false;
}

/** The signal that best illustrates a rule: the first `any` present, else the first `all` with detail. */
function witness(rule: EvidenceRule, index: SignalIndex): Signal | undefined {
  // The first present signal with a (non-family) detail, else the first with a location, else the first present;
  // `any` ids are looked at before `all` ids.
  const seen: { first?: Signal; located?: Signal } = {};
  return detailed(rule.when.any, index, seen) ?? detailed(rule.when.all, index, seen) ?? seen.located ?? seen.first;
}

/** The first present signal of `ids` with a detail; notes the first present and the first located on the way. */
function detailed(ids: readonly string[] | undefined, index: SignalIndex, seen: { first?: Signal; located?: Signal }): Signal | undefined {
  if (!ids) return undefined;
  for (const id of ids) {
    const s = index.get(id);
    if (s === undefined) continue;
    if (s.detail !== undefined && !s.id.startsWith('fam.')) return s;
    seen.first ??= s;
    if (seen.located === undefined && s.at !== undefined) seen.located = s;
  }
  return undefined;
}

function evidenceText(rule: EvidenceRule, w: Signal | undefined): string {
  const detail = w?.detail ?? w?.at?.excerpt;
  if (!rule.text.includes('{detail}')) return rule.text;
  return detail ? rule.text.replace('{detail}', clipDetail(detail)) : rule.text.replace(/ ?\(\{detail\}\)/, '').replace('{detail}', 'see input');
}

function scoreCause(rule: CauseRule, index: SignalIndex, extra: Evidence[] = []): RankedCause {
  return scored(rule, undefined, index, extra);
}

/** The rules of `rule` at positions `ks` (ascending; undefined: all of them) that hold on the index, as evidence for the cause. */
function scored(rule: CauseRule, ks: readonly number[] | undefined, index: SignalIndex, extra: readonly Evidence[]): RankedCause {
  const evidence: Evidence[] = [];
  const n = ks ? ks.length : rule.rules.length;
  for (let j = 0; j < n; j++) {
    const r = rule.rules[ks ? ks[j]! : j]!;
    if (!conditionHolds(r.when, index)) continue;
    const w = witness(r, index);
    const e: Evidence = { id: r.id, text: evidenceText(r, w), polarity: r.polarity ?? 'for', weight: r.weight };
    const at: Location | undefined = w?.at;
    if (at) e.at = at;
    evidence.push(e);
  }
  evidence.push(...extra);
  return { id: rule.cause, score: scoreOf(evidence), evidence };
}

/**
 * Which rules of a rule set can hold, found from the signals present rather than by testing every rule: a rule with
 * `all` holds only when its first `all` signal is present. Built once per rule set (the set is data, fixed at load).
 */
interface RuleLookup {
  /** Per first `all` signal, the [cause, rule] positions of the rules that need it, in order. */
  byFirst: Map<string, Array<[number, number]>>;
  /** Per cause, the positions of its rules without `all` (always tested). */
  open: number[][];
}
const lookups = new WeakMap<readonly CauseRule[], RuleLookup>();

function lookupOf(causes: readonly CauseRule[]): RuleLookup {
  let l = lookups.get(causes);
  if (l) return l;
  l = { byFirst: new Map(), open: causes.map(() => []) };
  for (let c = 0; c < causes.length; c++) {
    causes[c]!.rules.forEach((r, k) => {
      const first = r.when.all?.[0];
      if (first === undefined) l!.open[c]!.push(k);
      else {
        let list = l!.byFirst.get(first);
        if (!list) l!.byFirst.set(first, (list = []));
        list.push([c, k]);
      }
    });
  }
  lookups.set(causes, l);
  return l;
}

/**
 * `causes.map((rule) => scoreCause(rule, index, extraFor(rule)))`, the same evidence in the same order, testing only
 * the rules whose first `all` signal is present (a diagnosis has tens of signals; the rules number hundreds).
 */
export function scoreCauses(causes: readonly CauseRule[], index: SignalIndex, extraFor: (rule: CauseRule) => readonly Evidence[]): RankedCause[] {
  const { byFirst, open } = lookupOf(causes);
  // Per cause, the positions of its rules whose first `all` signal is present (most causes have none). Built and
  // ordered without a copy of every cause's open list or a sort call per cause: both allocated on every diagnosis.
  const present: Array<number[] | undefined> = new Array(causes.length);
  for (const id of index.keys()) {
    const list = byFirst.get(id);
    if (list) for (const [c, k] of list) (present[c] ??= []).push(k);
  }
  const out = new Array<RankedCause>(causes.length);
  for (let c = 0; c < causes.length; c++) {
    const rule = causes[c]!;
    const more = present[c];
    out[c] = scored(rule, more ? mergeAscending(open[c]!, more) : open[c]!, index, extraFor(rule));
  }
  return out;
}

/** The ascending union of `sorted` and `more` (few, in any order, none in `sorted`); sorts `more` in place. */
function mergeAscending(sorted: readonly number[], more: number[]): number[] {
  for (let i = 1; i < more.length; i++) {
    const v = more[i]!;
    let j = i - 1;
    for (; j >= 0 && more[j]! > v; j--) more[j + 1] = more[j]!;
    more[j + 1] = v;
  }
  if (sorted.length === 0) return more;
  const out = new Array<number>(sorted.length + more.length);
  let a = 0;
  let b = 0;
  for (let o = 0; o < out.length; o++) out[o] = b >= more.length || (a < sorted.length && sorted[a]! < more[b]!) ? sorted[a++]! : more[b++]!;
  return out;
}

export function scoreOf(evidence: readonly Evidence[]): number {
  let raw = 0;
  for (const e of evidence) raw += e.polarity === 'for' ? e.weight : -e.weight;
  if (raw <= 0) return 0;
  return Math.round((1 - Math.exp(-raw / SCALE)) * 1000) / 1000;
}

export function sortCauses(causes: RankedCause[], order: readonly CauseId[]): RankedCause[] {
  return causes.sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * Add a late stage's rule evidence to a ranking (context ratios, shown answers): each cause's matching rules are
 * scored on the index and appended to its evidence, score recomputed (the caller sorts). `order`: signal ids to list
 * one cause's new evidence by (the order they were read), so sums and lists do not depend on the rules' order.
 */
export function addRuleEvidence(causes: RankedCause[], index: SignalIndex, rules: ReadonlyMap<CauseId, CauseRule>, order?: readonly string[]): void {
  for (const c of causes) {
    const rule = rules.get(c.id);
    if (!rule || rule.rules.length === 0) continue;
    const extra = scoreCause(rule, index).evidence;
    if (extra.length === 0) continue;
    if (order && extra.length > 1) extra.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    c.evidence.push(...extra);
    c.score = scoreOf(c.evidence);
  }
}
