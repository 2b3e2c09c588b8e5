/**
 * Variants of the family priors (src/core/rules/priors.ts) against the shipped table, per left-out tuning batch (never
 * reads holdout/): the learned context ratios are refitted without the batch as rank-cv.ts does; the priors are the
 * variant's as written (not refitted per fold). Prints, per variant, the change in whole-case top-1 where shown and
 * top-3, then the same for the error line alone and for whole cases without the hand context rules ("whole/line/no-ctx"),
 * summed and for each batch that moved.
 * Usage: VARIANTS='[["name", {"fam.x": {"cause": 0.3}}]]' FLAT='[["fam.x", 0.5]]' tsx scripts/corpus/rank-variants-batches.ts
 */
import { PRIORS, type FamilyPrior } from '../../src/core/rules/priors';
import type { CauseId } from '../../src/core/taxonomy';
import { fitContext, priors, score, thinCases, type Score } from './rank-cv';
import { loadRankCases, type RankCase } from './rank-cases';
type W = Partial<Record<CauseId, number>>;
const withW = (ch: Record<string, W>): FamilyPrior[] => PRIORS.map((p) => (ch[p.family] && !p.with ? { ...p, weights: { ...p.weights, ...ch[p.family] } } : p));
/** Pulls a family's weights toward their mean by `f` (0: all equal, 1: as shipped): a flatter prior. */
const flat = (family: string, f: number): FamilyPrior[] => PRIORS.map((p) => {
  if (p.family !== family || p.with) return p;
  const ws = Object.values(p.weights);
  const mean = ws.reduce((a, w) => a + w, 0) / ws.length;
  return { ...p, weights: Object.fromEntries(Object.entries(p.weights).map(([k, w]) => [k, mean + f * (w - mean)])) };
});
// Stop 29's variants (stop 28's are listed with their results in rank-stop28.results.md).
const VARIANTS: [string, FamilyPrior[]][] = (process.env.VARIANTS ? JSON.parse(process.env.VARIANTS) as [string, Record<string, W>][] : []).map(([n, ch]) => [n, withW(ch)] as [string, FamilyPrior[]]).concat(process.env.FLAT ? (JSON.parse(process.env.FLAT) as [string, number][]).map(([fam, f]) => [`${fam} flattened x${f}`, flat(fam, f)] as [string, FamilyPrior[]]) : []);
const cases = loadRankCases();
const thin = thinCases(cases);
const batches = [...new Set(cases.map((c) => c.batch))].sort((a, b) => a - b);
/** With DIFF set, the cases a variant moves (each case's hit as `top1`/`top3`/`out`, keyed by set and file). */
type Hits = Map<string, string>;
const run = (table: FamilyPrior[], cs: RankCase[], seen?: Hits, set = '') => batches.map((b) => {
  const s: Score = { shown: 0, shownOf: 0, top3: 0, of: 0, brier: 0 };
  score(cs.filter((c) => c.batch === b), fitContext(cases.filter((c) => c.batch !== b), undefined, undefined, undefined, undefined, (c) => priors(c, table)), s,
    (c, _r, h) => seen?.set(`${set} b${c.batch} ${c.corpus} ${c.file} want ${[...c.ok].join('|')}`, h.top1 ? 'top1' : h.top3 ? 'top3' : 'out'));
  return s;
});
const bare = cases.map((c) => ({ ...c, base: c.baseNoContext }));
const sets = [cases, thin, bare];
const NAMES = ['whole', 'line', 'no-ctx'];
const baseHits: Hits = new Map();
const base = sets.map((cs, k) => run(PRIORS, cs, baseHits, NAMES[k]));
for (const [name, t] of VARIANTS) {
  const hits: Hits = new Map();
  const v = sets.map((cs, k) => run(t, cs, hits, NAMES[k]));
  if (process.env.DIFF) for (const [key, h] of hits) if (baseHits.get(key) !== h) console.log(`  ${name}: ${key}: ${baseHits.get(key)} -> ${h}`);
  const d = batches.map((b, i) => [0, 1, 2].map((k) => `${v[k]![i]!.shown - base[k]![i]!.shown},${v[k]![i]!.top3 - base[k]![i]!.top3}`).join('/')).map((x, i) => (x === '0,0/0,0/0,0' ? '' : `b${batches[i]}:${x}`)).filter(Boolean);
  const tot = [0, 1, 2].map((k) => `${v[k]!.reduce((a, s) => a + s.shown, 0) - base[k]!.reduce((a, s) => a + s.shown, 0)},${v[k]!.reduce((a, s) => a + s.top3, 0) - base[k]!.reduce((a, s) => a + s.top3, 0)}`).join('/');
  console.log(name.padEnd(32), 'all', tot, ' ', d.join(' '));
}
