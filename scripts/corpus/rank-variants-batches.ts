/**
 * Variants of the family priors (src/core/rules/priors.ts) against the shipped table, per left-out tuning batch (never
 * reads holdout/): the learned context ratios are refitted without the batch as rank-cv.ts does; the priors are the
 * variant's as written (not refitted per fold). Prints, per variant, the change in whole-case top-1 where shown and
 * top-3, then the same for the error line alone ("whole/line"), summed and for each batch that moved.
 * Usage: tsx scripts/corpus/rank-variants-batches.ts
 */
import { PRIORS, type FamilyPrior } from '../../src/core/rules/priors';
import type { CauseId } from '../../src/core/taxonomy';
import { fitContext, priors, score, thinCases, type Score } from './rank-cv';
import { loadRankCases, type RankCase } from './rank-cases';
type W = Partial<Record<CauseId, number>>;
const withW = (ch: Record<string, W>): FamilyPrior[] => PRIORS.map((p) => (ch[p.family] && !p.with ? { ...p, weights: { ...p.weights, ...ch[p.family] } } : p));
const VARIANTS: [string, FamilyPrior[]][] = [
  ['key-not-in-records malformed .27, stale .2', withW({ 'msg.key-not-in-records': { 'malformed-credentials': 0.27, 'stale-credentials-after-rotation': 0.2 } })],
  ['key-not-in-records malformed .2', withW({ 'msg.key-not-in-records': { 'malformed-credentials': 0.2 } })],
  ['unknown-key malformed .58', withW({ 'fam.unknown-key': { 'malformed-credentials': 0.58 } })],
  ['reported role .30', withW({ 'fam.reported': { 'role-credentials-unavailable': 0.3 } })],
  ['reported role .35', withW({ 'fam.reported': { 'role-credentials-unavailable': 0.35 } })],
  ['reported missing token .281', withW({ 'fam.reported': { 'missing-session-token': 0.281 } })],
  ['reported no-credentials .30', withW({ 'fam.reported': { 'no-credentials-found': 0.3 } })],
  ['reported no-credentials .323', withW({ 'fam.reported': { 'no-credentials-found': 0.323 } })],
  ['authfailure clock .66, region .5', withW({ 'fam.authfailure': { 'clock-skew': 0.66, 'region-endpoint': 0.5 } })],
];
const cases = loadRankCases();
const thin = thinCases(cases);
const batches = [...new Set(cases.map((c) => c.batch))].sort((a, b) => a - b);
const run = (table: FamilyPrior[], cs: RankCase[]) => batches.map((b) => {
  const s: Score = { shown: 0, shownOf: 0, top3: 0, of: 0, brier: 0 };
  score(cs.filter((c) => c.batch === b), fitContext(cases.filter((c) => c.batch !== b), undefined, undefined, undefined, undefined, (c) => priors(c, table)), s);
  return s;
});
const base = [run(PRIORS, cases), run(PRIORS, thin)];
for (const [name, t] of VARIANTS) {
  const v = [run(t, cases), run(t, thin)];
  const d = batches.map((b, i) => [0, 1].map((k) => `${v[k]![i]!.shown - base[k]![i]!.shown},${v[k]![i]!.top3 - base[k]![i]!.top3}`).join('/')).map((x, i) => (x === '0,0/0,0' ? '' : `b${batches[i]}:${x}`)).filter(Boolean);
  const tot = [0, 1].map((k) => `${v[k]!.reduce((a, s) => a + s.shown, 0) - base[k]!.reduce((a, s) => a + s.shown, 0)},${v[k]!.reduce((a, s) => a + s.top3, 0) - base[k]!.reduce((a, s) => a + s.top3, 0)}`).join('/');
  console.log(name.padEnd(32), 'all', tot, ' ', d.join(' '));
}
