/**
 * Cross-validation of the learned parts of the ranking on the tuning halves only (never reads holdout/): the context
 * likelihood ratios (src/core/rules/context-ratios.ts) are fitted from the label counts of the training folds
 * (scripts/corpus/context-counts.ts) and scored on the left-out fold, by collection batch (fit on every batch but one,
 * test on the one left out) and by thread (5 folds keyed by the sha1 of the thread URL). Every other rule (the
 * hand-written rules, the catalogue, the hand-set priors) is taken as diagnose() gives it; those were written with
 * these cases in view (batch 6 only since its clean check), so what the learned part adds is measured conservatively.
 * It also scores each case's error line alone (the line where its family was found, as if nothing else had been
 * pasted: the ranking when the text holds little, where the priors and ratios matter most; the ratios are fitted on
 * the whole cases of the training folds), and the ranking with the hand-written context rules taken out, bare and with the learned ratios alone:
 * how much of what those rules give in-sample the learned ratios recover on threads they were not fitted on.
 * Reports top-1 where the text shows the cause (pastes), top-3 over every case, and the Brier score of the leader's
 * confidence (mean of (score - right)^2; lower is better calibrated).
 * Usage: tsx scripts/corpus/rank-cv.ts [--grid | --misses | --table]
 */
import { createHash } from 'node:crypto';
import { CAP, DELTA, DETECTED, GAMMA, UNCERTAIN_BELOW, contextWeights } from '../../src/core/rules/context-ratios';
import { DECISIVE, PRIORS, type FamilyPrior } from '../../src/core/rules/priors';
import type { CauseId } from '../../src/core/taxonomy';
import { contextCounts } from './context-counts';
import { hits, loadRankCases, rankWith, type RankCase } from './rank-cases';

type Extra = (c: RankCase) => Map<CauseId, number>;

/** Does prior `p` apply to the case, as src/core/rules/index.ts applies it (its family, no DECISIVE signal, none of `unless`)? */
export function appliesTo(c: RankCase, p: Pick<FamilyPrior, 'family' | 'unless' | 'with'>): boolean {
  return c.signals.has(p.family) && (p.with ?? []).every((s) => c.signals.has(s)) && !DECISIVE.some((s) => c.signals.has(s)) && !(p.unless ?? []).some((s) => c.signals.has(s));
}

/** The hand-set family priors as src/core/rules/index.ts applies them (`table`: a variant to compare, rank-variants.ts). */
export function priors(c: RankCase, table: readonly FamilyPrior[] = PRIORS): Map<CauseId, number> {
  const m = new Map<CauseId, number>();
  for (const p of table) {
    if (!appliesTo(c, p)) continue;
    for (const [k, w] of Object.entries(p.weights)) m.set(k as CauseId, (m.get(k as CauseId) ?? 0) + w);
  }
  return m;
}

/** Priors plus the context ratios fitted on `train`, applied as context-ratios.ts addContext applies them. */
export function fitContext(
  train: readonly RankCase[],
  gamma = GAMMA,
  delta = DELTA,
  uncertainBelow = UNCERTAIN_BELOW,
  cap = CAP,
  base: Extra = (c) => priors(c),
  counted?: (signal: string) => boolean,
): Extra {
  const { all, bySignal } = contextCounts(train, counted);
  const weights = new Map(Object.entries(bySignal).map(([s, m]) => [s, contextWeights(m, all, gamma, delta, cap)]));
  return (c) => {
    const m = base(c);
    if (!DETECTED.some((s) => c.signals.has(s)) || rankWith(c, m)[0]!.score >= uncertainBelow) return m;
    for (const s of c.signals) for (const [id, w] of Object.entries(weights.get(s) ?? {})) m.set(id as CauseId, (m.get(id as CauseId) ?? 0) + w!);
    return m;
  };
}

export interface Score {
  shown: number;
  shownOf: number;
  top3: number;
  of: number;
  brier: number;
}

/** Adds each case's ranking to `s`; `onCase` sees every case with its ranking and hits (rank-batch-check prints misses). */
export function score(
  cases: readonly RankCase[],
  extra: Extra,
  s: Score,
  onCase?: (c: RankCase, ranked: ReturnType<typeof rankWith>, h: ReturnType<typeof hits>) => void,
): void {
  for (const c of cases) {
    const ranked = rankWith(c, extra(c));
    const h = hits(c, ranked);
    onCase?.(c, ranked, h);
    s.brier += (ranked[0]!.score - (h.top1 ? 1 : 0)) ** 2;
    if (c.shown) {
      s.shownOf++;
      if (h.top1) s.shown++;
    }
    s.of++;
    if (h.top3) s.top3++;
  }
}

export const fmt = (s: Score): string =>
  `top-1 where shown ${((100 * s.shown) / s.shownOf).toFixed(1)}% (${s.shown}/${s.shownOf}), top-3 ${((100 * s.top3) / s.of).toFixed(1)}% (${s.top3}/${s.of}), Brier ${(s.brier / s.of).toFixed(3)}`;

function folds(cases: readonly RankCase[], by: 'batch' | 'thread', k = 5): RankCase[][] {
  const key = (c: RankCase): number => (by === 'batch' ? c.batch : createHash('sha1').update(c.url).digest()[0]! % k);
  const m = new Map<number, RankCase[]>();
  for (const c of cases) m.set(key(c), [...(m.get(key(c)) ?? []), c]);
  return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/** Fit on all folds but one, score the one left out, summed over the folds. */
export function crossValidate(
  cases: readonly RankCase[],
  by: 'batch' | 'thread',
  make: (train: readonly RankCase[]) => Extra,
  onCase?: Parameters<typeof score>[3],
): Score {
  const s: Score = { shown: 0, shownOf: 0, top3: 0, of: 0, brier: 0 };
  for (const test of folds(cases, by)) score(test, make(cases.filter((c) => !test.includes(c))), s, onCase);
  return s;
}

/** Leave-one-batch-out misses (top-1 where shown, or out of the top three), whole cases and error lines alone. */
function printMisses(cases: readonly RankCase[]): void {
  for (const [name, set] of [['whole', cases], ['line alone', thinCases(cases)]] as const) {
    crossValidate(set, 'batch', (train) => fitContext(train), (c, ranked, h) => {
      if ((c.shown && !h.top1) || !h.top3) {
        const top = ranked.slice(0, 4).map((r) => `${r.id}:${r.score}`).join(' ');
        console.log(`${name} b${c.batch} ${c.corpus} ${c.file} [${h.top1 ? 'top1' : h.top3 ? 'top3' : 'out'}${c.shown ? ',shown' : ''}] want ${[...c.ok].join('|')} (${c.family ?? '-'}) got ${top}`);
      }
    });
  }
}

/** Each case's error line alone (its family's line, as if nothing else had been pasted), with the case's labels. */
export const thinCases = (cases: readonly RankCase[]): RankCase[] =>
  cases.flatMap((c) => (c.thin?.family ? [{ ...c.thin, ...(c.shown !== undefined ? { shown: c.shown } : {}) }] : []));

/** One row of the leave-one-batch-out table: whole cases, error lines alone, whole cases without the hand context rules. */
export type LoboRow = [Score, Score, Score];

/**
 * Leave-one-batch-out, each left-out batch on its own row (key 0: all batches): whole cases, error lines alone, and
 * whole cases without the hand-written context rules (where the priors and the learned ratios decide most, as on
 * threads whose phrasing those rules were not written from).
 */
export function loboTable(cases: readonly RankCase[]): Map<number, LoboRow> {
  const empty = (): Score => ({ shown: 0, shownOf: 0, top3: 0, of: 0, brier: 0 });
  const row = (): LoboRow => [empty(), empty(), empty()];
  const sets = [cases, thinCases(cases), cases.map((c) => ({ ...c, base: c.baseNoContext }))];
  const rows = new Map<number, LoboRow>([[0, row()]]);
  sets.forEach((set, k) =>
    crossValidate(set, 'batch', (train) => fitContext(train), (c, _ranked, h) => {
      if (!rows.has(c.batch)) rows.set(c.batch, row());
      for (const s of [rows.get(c.batch)![k]!, rows.get(0)![k]!]) {
        if (c.shown) s.shownOf++;
        if (c.shown && h.top1) s.shown++;
        s.of++;
        if (h.top3) s.top3++;
      }
    }),
  );
  return rows;
}

export const cell = (s: Score): string => `${s.shown}/${s.shownOf} ${s.top3}/${s.of}`;

function printTable(cases: readonly RankCase[]): void {
  const rows = loboTable(cases);
  console.log('left-out batch   whole (top-1 shown, top-3)  line alone              no context rules');
  for (const [b, r] of [...rows].filter(([b]) => b > 0).sort((x, y) => x[0] - y[0])) console.log(`batch ${b}`.padEnd(17) + r.map((s) => cell(s).padEnd(24)).join(''));
  console.log('all'.padEnd(17) + rows.get(0)!.map((s) => cell(s).padEnd(24)).join(''));
}

function main(): void {
  const cases = loadRankCases();
  if (process.argv.includes('--misses')) return printMisses(cases);
  if (process.argv.includes('--table')) return printTable(cases);
  console.log(`${cases.length} labelled credential errors in the tuning halves (${cases.filter((c) => c.corpus === 'paste').length} pastes, ${cases.filter((c) => c.corpus === 'opening').length} conversation openings)`);
  const grid = process.argv.includes('--grid')
    ? [0.05, 0.1, 0.2, 0.3].flatMap((gamma) => [2, 5, 10].flatMap((delta) => [0.5, 0.7, 0.8, 1.01].map((below) => ({ gamma, delta, below }))))
    : [{ gamma: GAMMA, delta: DELTA, below: UNCERTAIN_BELOW }];
  for (const by of ['batch', 'thread'] as const) {
    console.log(`\nby ${by}:`);
    console.log(`  without context ratios          ${fmt(crossValidate(cases, by, () => priors))}`);
    for (const { gamma, delta, below } of grid) console.log(`  context ratios (${gamma}, ${delta}, below ${below})`.padEnd(34) + ` ${fmt(crossValidate(cases, by, (train) => fitContext(train, gamma, delta, below)))}`);
    const thin = thinCases(cases);
    console.log(`  error line alone, without ratios ${fmt(crossValidate(thin, by, () => priors))}`);
    for (const { gamma, delta, below } of grid) console.log(`  error line alone, ratios (${gamma}, ${delta}, ${below})`.padEnd(34) + ` ${fmt(crossValidate(thin, by, (train) => fitContext(train, gamma, delta, below)))}`);
    // How much of what the hand-written context rules give in-sample the learned ratios recover out of fold.
    const bare = cases.map((c) => ({ ...c, base: c.baseNoContext }));
    console.log(`  no context rules at all          ${fmt(crossValidate(bare, by, () => priors))}`);
    for (const { gamma, delta } of grid.filter((g) => g.below === grid[grid.length - 1]!.below)) console.log(`  learned ratios alone (${gamma}, ${delta})`.padEnd(34) + ` ${fmt(crossValidate(bare, by, (train) => fitContext(train, gamma, delta, 2)))}`);
  }
}

if (require.main === module) main();
