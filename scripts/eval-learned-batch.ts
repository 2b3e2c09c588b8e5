/**
 * `npx tsx scripts/eval-learned-batch.ts --select | --check [--grid]`: a learned text model (scripts/learned-text-model.ts)
 * and family priors re-estimated from labels, scored on a collection batch the rules were not tuned on. Session 19's
 * k-fold (scripts/eval-learned-cv.ts) could not favour a model: the rules had been tuned on every case it scored. Run in
 * a checkout of 570722e (the rules as they were before any helper looked at batch 6), batch 6 tuning is such a batch:
 *   --select  leave-one-batch-out over tuning batches 1-5 (train on four, score the fifth) for every variant, and the
 *             variant chosen there (best summed gain with no loss in top-1 where shown or top-3);
 *   --check   train on batches 1-5 tuning, score batch 6 tuning: rules only, the chosen variants, and (--grid) all.
 * `--train=1-6 --test=7` moves both (on today's tree, whose rules have seen batches 1-6 but not 7: the next clean check).
 * Cases are rank-cv.ts's (scripts/corpus/rank-cases.ts): every labelled credential error of the tuning halves of
 * test/fixtures/real-pastes and test/fixtures/real-conversations (openings), ranked as diagnose() ranks them with the
 * context ratios refitted on the training batches only (so "rules only" reproduces rank-cv.ts --table's row for the
 * left-out batch). The model adds weight x posterior to each cause (as blendModel does) when its gate opens. Never reads
 * holdout/. Results: scripts/eval-learned-cv.results.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISIVE, PRIORS, type FamilyPrior } from '../src/core/rules/priors';
import { CAP, DELTA, GAMMA, UNCERTAIN_BELOW } from '../src/core/rules/context-ratios';
import type { CauseId } from '../src/core/taxonomy';
import { modelBoosts } from './learned-text-model';
import { VARIANTS, batchRange, cell, choose, count, delta, emptyTally, gateOpens, redacted, trainScorer, type ModelCase, type Tally, type Variant } from './learned-variants';
import { fitContext, priors } from './corpus/rank-cv';
import { hits, loadRankCases, rankWith, type RankCase } from './corpus/rank-cases';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const CORPORA = [
  { corpus: 'paste', dir: 'real-pastes', text: 'paste' },
  { corpus: 'opening', dir: 'real-conversations', text: 'opening' },
] as const;

export type TextCase = RankCase & ModelCase;

/** The rules' signals as features for the stacked model (a key id's own signals left out). */
const signalFeatures = (c: RankCase): string[] => [...c.signals].filter((s) => !s.startsWith('key.') || s.startsWith('key.kind')).map((s) => `sig:${s}`);

/** rank-cases.ts's cases with their redacted text (tuning halves only). */
export function loadTextCases(): TextCase[] {
  const texts = new Map<string, string>();
  for (const k of CORPORA) {
    const dir = join(FIXTURES, k.dir, 'tuning');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const t = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>)[k.text];
      if (typeof t === 'string') texts.set(`${k.corpus}/${file}`, redacted(t));
    }
  }
  return loadRankCases().map((c) => ({ ...c, text: texts.get(`${c.corpus}/${c.file}`)!, stack: signalFeatures(c) }));
}

/** Score `test` with the context ratios (and the model, when `v` is given) fitted on `train`; priors from `table`. */
export function scoreBatch(train: readonly TextCase[], test: readonly TextCase[], v: Variant | undefined, table: readonly FamilyPrior[] = PRIORS, t = emptyTally()): Tally {
  const context = fitContext(train, GAMMA, DELTA, UNCERTAIN_BELOW, CAP, (c) => priors(c, table));
  const scorer = v ? trainScorer(v, train) : undefined;
  for (const c of test) {
    const extra = context(c);
    if (scorer && v && c.detected) {
      const r0 = rankWith(c, extra);
      if (gateOpens(v, r0[0]!.score, r0[1]!.score)) for (const [id, w] of modelBoosts(scorer(c), v.weight)) extra.set(id, (extra.get(id) ?? 0) + w);
    }
    count(t, c, hits(c, rankWith(c, extra)));
  }
  return t;
}

/**
 * Family priors re-estimated from the labels of `train`: per family, over the cases where the prior applies (as
 * rank-cv.ts's priors() applies it), each cause's share (primary label 1, also-acceptable 0.5) shrunk toward the current
 * prior's share by `m` pseudo-cases, rescaled so the family's largest weight stays what it is now. `named`: only the
 * causes the current prior names are re-weighted (else every labelled cause can enter). Families with fewer than 5
 * such cases, and the add-on msg.key-not-in-records, keep their weights.
 */
export function estimatePriors(train: readonly RankCase[], m: number, named: boolean, table: readonly FamilyPrior[] = PRIORS): FamilyPrior[] {
  return table.map((p) => {
    if (p.family === 'msg.key-not-in-records' || p.with) return p; // add-ons and tool/runtime shifts keep their weights
    const applies = train.filter((c) => !DECISIVE.some((s) => c.signals.has(s)) && c.signals.has(p.family) && !(p.unless ?? []).some((s) => c.signals.has(s)));
    if (applies.length < 5) return p;
    const cur = p.weights as Record<string, number>;
    const curSum = Object.values(cur).reduce((a, b) => a + b, 0);
    const curMax = Math.max(...Object.values(cur));
    const n = new Map<string, number>();
    for (const c of applies) {
      n.set(c.cause, (n.get(c.cause) ?? 0) + 1);
      for (const a of c.ok) if (a !== c.cause) n.set(a, (n.get(a) ?? 0) + 0.5);
    }
    const causes = new Set([...Object.keys(cur), ...(named ? [] : n.keys())]);
    causes.delete('not-aws-credential-error');
    const total = [...causes].reduce((s, k) => s + (n.get(k) ?? 0), 0);
    const share = new Map([...causes].map((k) => [k, ((n.get(k) ?? 0) + (m * (cur[k] ?? 0)) / curSum) / (total + m)]));
    const top = Math.max(...share.values());
    const weights = Object.fromEntries([...share].filter(([, s]) => s > 0).map(([k, s]) => [k, Math.round(((curMax * s) / top) * 100) / 100])) as Partial<Record<CauseId, number>>;
    return { ...p, weights };
  });
}

export const PRIOR_VARIANTS = [5, 20, 50, 100, 200].flatMap((m) => [true, false].map((named) => ({ name: `priors m=${m} ${named ? 'named causes' : 'all causes'}`, m, named })));

/** Leave-one-batch-out over `batches`, summed. */
function lobo(cases: readonly TextCase[], batches: readonly number[], v: Variant | undefined, table?: (train: readonly TextCase[]) => readonly FamilyPrior[]): Tally {
  const t = emptyTally();
  for (const b of batches) {
    const train = cases.filter((c) => batches.includes(c.batch) && c.batch !== b);
    scoreBatch(train, cases.filter((c) => c.batch === b), v, table ? table(train) : PRIORS, t);
  }
  return t;
}

export function main(): void {
  const cases = loadTextCases();
  const dev = batchRange('train', [1, 2, 3, 4, 5]);
  const check = batchRange('test', [6]);
  if (process.argv.includes('--select')) {
    const base = lobo(cases, dev, undefined);
    console.log(`leave-one-batch-out over tuning batches ${dev.join(',')} (${cases.filter((c) => dev.includes(c.batch)).length} cases); top-1 where shown, top-3`);
    console.log(`rules only`.padEnd(64) + cell(base));
    const rows = VARIANTS.map((v): [Variant, Tally] => [v, lobo(cases, dev, v)]);
    for (const [v, t] of rows) console.log(v.name.padEnd(64) + `${cell(t)}  ${delta(base, t)}`);
    const pr = PRIOR_VARIANTS.map((p): [typeof p, Tally] => [p, lobo(cases, dev, undefined, (train) => estimatePriors(train, p.m, p.named))]);
    for (const [p, t] of pr) console.log(p.name.padEnd(64) + `${cell(t)}  ${delta(base, t)}`);
    console.log(`chosen naive Bayes: ${choose(base, rows.filter(([v]) => v.kind === 'nb'))}`);
    console.log(`chosen logistic (stacked): ${choose(base, rows.filter(([v]) => v.kind === 'lr'))}`);
    console.log(`chosen priors: ${choose(base, pr)}`);
    return;
  }
  if (process.argv.includes('--check')) {
    const train = cases.filter((c) => dev.includes(c.batch));
    const test = cases.filter((c) => check.includes(c.batch));
    const names = process.argv.filter((a) => a.startsWith('--variant=')).map((a) => a.slice('--variant='.length));
    const base = scoreBatch(train, test, undefined);
    console.log(`trained on tuning batches ${dev.join(',')} (${train.length} cases), scored on tuning batch ${check.join(',')} (${test.length}); top-1 where shown, top-3`);
    console.log(`rules only`.padEnd(64) + cell(base));
    for (const v of VARIANTS.filter((x) => process.argv.includes('--grid') || names.includes(x.name))) {
      const t = scoreBatch(train, test, v);
      console.log(v.name.padEnd(64) + `${cell(t)}  ${delta(base, t)}`);
    }
    for (const p of PRIOR_VARIANTS.filter((x) => process.argv.includes('--grid') || names.includes(x.name))) {
      const t = scoreBatch(train, test, undefined, estimatePriors(train, p.m, p.named));
      console.log(p.name.padEnd(64) + `${cell(t)}  ${delta(base, t)}`);
    }
    return;
  }
  console.error('usage: tsx scripts/eval-learned-batch.ts --select | --check [--train=1-5] [--test=6] [--grid] [--variant=NAME ...]');
  process.exitCode = 2;
}

if (require.main === module) main();
