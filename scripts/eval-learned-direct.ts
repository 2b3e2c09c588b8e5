/**
 * `npx tsx scripts/eval-learned-direct.ts --train=1-4 --test=5 [--variant=NAME ...]`: scripts/eval-learned-batch.ts's
 * question (does the learned text model rank a batch the rules were not tuned on better?) for a checkout whose ranking
 * learned nothing from labels (no context counts: 1a779ce, before batch 5 was tuned on), so diagnose()'s own ranking is
 * "rules only" and the model is blended into it as blendModel does. The model is trained on the tuning cases of the
 * training batches and scores the tuning cases of the test batch; every variant of learned-variants.ts is printed, and
 * the one chosen by the same rule as eval-learned-batch.ts --select. Never reads holdout/.
 */
import { diagnose } from '../src/core/diagnose';
import type { Diagnosis } from '../src/core/diagnosis';
import { hits, tuningCases } from './corpus/rank-cases';
import { EVAL_NOW } from './eval-lib';
import { blendModel } from './learned-text-model';
import { VARIANTS, batchRange, cell, choose, count, delta, emptyTally, gateOpens, redacted, trainScorer, type ModelCase, type Tally, type Variant } from './learned-variants';


type DirectCase = ModelCase & { d: Diagnosis };

/** What the rules concluded, as features for the stacked model: the evidence that fired and the codes found. */
const ruleFeatures = (d: Diagnosis): string[] => [...d.errorCodes.map((c) => `code:${c}`), ...d.causes.flatMap((c) => c.evidence.filter((e) => e.polarity === 'for').map((e) => `ev:${c.id}:${e.id}`))];

function loadCases(): DirectCase[] {
  return tuningCases().map((c) => {
    const d = diagnose(c.text, { now: EVAL_NOW });
    return {
      corpus: c.corpus,
      batch: c.batch,
      cause: c.cause,
      ok: c.ok,
      ...(c.shown !== undefined ? { shown: c.shown } : {}),
      text: redacted(c.text),
      stack: ruleFeatures(d),
      d,
    };
  });
}

function score(train: readonly DirectCase[], test: readonly DirectCase[], v: Variant | undefined): Tally {
  const t = emptyTally();
  const scorer = v ? trainScorer(v, train) : undefined;
  for (const c of test) {
    const causes = c.d.causes;
    const open = scorer && v && c.d.detected && gateOpens(v, causes[0]!.score, causes[1]!.score);
    count(t, c, hits(c, open ? blendModel(causes.map((x) => ({ ...x, evidence: [...x.evidence] })), scorer(c), v.weight) : causes));
  }
  return t;
}

export function main(): void {
  const cases = loadCases();
  const trainBatches = batchRange('train', [1, 2, 3, 4]);
  const testBatches = batchRange('test', [5]);
  const train = cases.filter((c) => trainBatches.includes(c.batch));
  const test = cases.filter((c) => testBatches.includes(c.batch));
  const names = process.argv.filter((a) => a.startsWith('--variant=')).map((a) => a.slice('--variant='.length));
  const base = score(train, test, undefined);
  console.log(`diagnose()'s ranking, model trained on tuning batches ${trainBatches.join(',')} (${train.length} cases), scored on tuning batch ${testBatches.join(',')} (${test.length}); top-1 where shown, top-3`);
  console.log('rules only'.padEnd(64) + cell(base));
  const rows = VARIANTS.filter((v) => names.length === 0 || names.includes(v.name)).map((v): [Variant, Tally] => [v, score(train, test, v)]);
  for (const [v, t] of rows) console.log(v.name.padEnd(64) + `${cell(t)}  ${delta(base, t)}`);
  console.log(`chosen naive Bayes: ${choose(base, rows.filter(([v]) => v.kind === 'nb'))}`);
  console.log(`chosen logistic (stacked): ${choose(base, rows.filter(([v]) => v.kind === 'lr'))}`);
}

if (require.main === module) main();
