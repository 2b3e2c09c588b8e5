/**
 * `npx tsx scripts/eval-learned-cv.ts [--grid]`: does the learned text model (scripts/learned-text-model.ts) improve
 * the ranking? k-fold cross-validation BY THREAD over the TUNING half of test/fixtures/real-pastes only (the
 * held-out half is never read): the model is trained on k−1 folds (optionally plus the project's own corpus
 * test/fixtures/pastes) and the held-back fold is ranked by the rules alone and by rules + model, with the same
 * metrics as `npm run eval:real`. Weight and features are chosen by this CV only; `--grid` prints every variant,
 * `--lr [--stacked]` uses logistic regression. Result (scripts/eval-learned-cv.results.md): no variant clears the
 * landing bar (+2 points without loss), so the model is not wired into diagnose. This k-fold scores rules that were
 * tuned on every fold; scripts/eval-learned-batch.ts asks the same on a batch the rules had not seen (also no gain).
 */
import { createHash } from 'node:crypto';
import { diagnose } from '../src/core/diagnose';
import type { Diagnosis, RankedCause } from '../src/core/diagnosis';
import { normalise } from '../src/core/normalise';
import { redact } from '../src/core/redact';
import { blendModel, causePosteriors, logisticPosteriors, trainLogistic, trainTextModel, type ModelCause, type ScoreOptions, type TrainingDoc } from './learned-text-model';
import { EVAL_NOW, loadCorpus } from './eval-lib';
import { loadHalf, type RealPaste } from './eval-real-pastes';

export const K = 5;

/** A thread's fold: sha1 of its URL with a salt, so folds are independent of the tuning/holdout split digit. */
export function foldOf(url: string, k = K): number {
  return parseInt(createHash('sha1').update(`fold:${url}`).digest('hex').slice(0, 8), 16) % k;
}

const redacted = (text: string): string => redact(normalise(text).text).text;

export interface Case {
  c: RealPaste;
  d: Diagnosis;
  text: string;
  fold: number;
}

/** What the rules concluded, as features for a model stacked on them: the evidence that fired and the codes found. */
export function ruleFeatures(d: Diagnosis): string[] {
  const out = d.errorCodes.map((c) => `code:${c}`);
  out.push(`rtop:${d.causes[0]!.id}`);
  for (const c of d.causes) for (const e of c.evidence) if (e.polarity === 'for') out.push(`ev:${c.id}:${e.id}`);
  return out;
}

type Doc = TrainingDoc & { extra: string[] };

/** The tuning half only: the loader is given 'tuning' and nothing else, and the test checks every file is there. */
export function tuningCases(): Case[] {
  return loadHalf('tuning').map((c) => ({ c, d: diagnose(c.paste, { now: EVAL_NOW }), text: redacted(c.paste), fold: foldOf(c.url) }));
}

export function trainingDocs(cases: readonly Case[]): Doc[] {
  return cases
    .filter((x) => x.c.cause !== 'not-aws-credential-error')
    .map((x) => ({ text: x.text, extra: ruleFeatures(x.d), cause: x.c.cause as ModelCause, alsoAcceptable: x.c.also_acceptable.filter((a): a is ModelCause => a !== 'not-aws-credential-error') }));
}

/** The project's own corpus (test/fixtures/pastes; never test/fixtures/holdout). */
export function ownCorpusDocs(): Doc[] {
  return loadCorpus()
    .filter((c) => c.expected.detected && c.expected.top !== 'not-aws-credential-error')
    .map((c) => ({ text: redacted(c.text), extra: ruleFeatures(diagnose(c.text, { now: EVAL_NOW })), cause: c.expected.top as ModelCause, alsoAcceptable: (c.expected.acceptable ?? []).filter((a): a is ModelCause => a !== 'not-aws-credential-error') }));
}

export interface Variant extends ScoreOptions {
  weight: number;
  ownCorpus: boolean;
  /** The model is consulted only when the rules' best score is below this (thin text); 1 = always. */
  thinBelow: number;
  /** Naive Bayes (words only) or logistic regression (words, plus the rules' conclusions when `stacked`). */
  kind?: 'nb' | 'lr';
  stacked?: boolean;
  l2?: number;
}

type Scorer = (x: Case) => Map<ModelCause, number>;

function trainScorer(v: Variant, docs: readonly Doc[]): Scorer {
  if (v.kind === 'lr') {
    const m = trainLogistic(v.stacked ? docs : docs.map((d) => ({ ...d, extra: [] })), { bigrams: v.bigrams, epochs: 20, rate: 0.5, l2: v.l2 ?? 0.001 });
    return (x) => logisticPosteriors(m, x.text, v, v.stacked ? ruleFeatures(x.d) : []);
  }
  const m = trainTextModel(docs, v);
  return (x) => causePosteriors(m, x.text, v);
}

interface Tally {
  shown: number;
  top1: number;
  pos: number;
  top3: number;
  detected: number;
  neg: number;
  fp: number;
}

const emptyTally = (): Tally => ({ shown: 0, top1: 0, pos: 0, top3: 0, detected: 0, neg: 0, fp: 0 });

function tally(t: Tally, x: Case, causes: readonly RankedCause[]): void {
  const ok = new Set<string>([x.c.cause, ...x.c.also_acceptable]);
  const positive = x.c.cause !== 'not-aws-credential-error';
  if (!positive) {
    t.neg++;
    if (x.d.detected) t.fp++;
    return;
  }
  t.pos++;
  if (x.d.detected) t.detected++;
  const top1 = ok.has(causes[0]!.id);
  const top3 = top1 || causes.slice(0, 3).some((c) => c.score > 0 && ok.has(c.id));
  if (top3) t.top3++;
  if (x.c.text_shows_cause) {
    t.shown++;
    if (top1) t.top1++;
  }
}

const cloneCauses = (d: Diagnosis): RankedCause[] => d.causes.map((c) => ({ ...c, evidence: [...c.evidence] }));

/** Per fold and summed: rules only, and rules + model with `v`. */
export function crossValidate(cases: readonly Case[], v: Variant, own: readonly Doc[] = []): { rules: Tally[]; model: Tally[]; alone: Tally[] } {
  const rules: Tally[] = [];
  const model: Tally[] = [];
  const alone: Tally[] = [];
  for (let f = 0; f < K; f++) {
    const train = trainingDocs(cases.filter((x) => x.fold !== f));
    const score = trainScorer(v, v.ownCorpus ? [...train, ...own] : train);
    const r = emptyTally();
    const b = emptyTally();
    const a = emptyTally();
    for (const x of cases.filter((y) => y.fold === f)) {
      tally(r, x, x.d.causes);
      const p = score(x);
      tally(a, x, [...p].sort((y, z) => z[1] - y[1]).map(([id, score]) => ({ id, score, evidence: [] })));
      // Detection is the rules' alone: the model only orders the causes of a detected error.
      tally(b, x, x.d.detected && x.d.causes[0]!.score < v.thinBelow ? blendModel(cloneCauses(x.d), p, v.weight) : x.d.causes);
    }
    rules.push(r);
    model.push(b);
    alone.push(a);
  }
  return { rules, model, alone };
}

const sum = (ts: readonly Tally[]): Tally => ts.reduce((a, t) => ({ shown: a.shown + t.shown, top1: a.top1 + t.top1, pos: a.pos + t.pos, top3: a.top3 + t.top3, detected: a.detected + t.detected, neg: a.neg + t.neg, fp: a.fp + t.fp }), emptyTally());
const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const row = (name: string, t: Tally): string =>
  `${name.padEnd(16)} top-1 shown ${pct(t.top1, t.shown)} (${t.top1}/${t.shown})  top-3 ${pct(t.top3, t.pos)} (${t.top3}/${t.pos})  detection ${pct(t.detected, t.pos)}  FP ${t.fp}/${t.neg}`;

export const CHOSEN: Variant = { weight: 2, bigrams: true, alpha: 0.1, classPrior: false, ownCorpus: true, thinBelow: 0.5, sharpness: 10 };

function describe(v: Variant): string {
  return `w=${v.weight} bigrams=${v.bigrams} alpha=${v.alpha} prior=${v.classPrior} own=${v.ownCorpus} thin<${v.thinBelow} sharp=${v.sharpness ?? 'none'}${v.kind === 'lr' ? ` lr l2=${v.l2} stacked=${v.stacked}` : ''}`;
}

export function main(): void {
  const cases = tuningCases();
  const own = ownCorpusDocs();
  if (process.argv.includes('--grid')) {
    const lr = process.argv.includes('--lr');
    for (const thinBelow of [0.5, 0.8, 1])
    for (const weight of [0.5, 1, 2, 3])
      for (const sharpness of lr ? [0.001] : [2, 5, 10, 20])
        for (const alpha of lr ? [0] : [0.1, 1])
          for (const ownCorpus of [false, true]) {
            const v: Variant = lr
              ? { weight, bigrams: true, alpha, classPrior: false, ownCorpus, thinBelow, kind: 'lr', stacked: process.argv.includes('--stacked'), l2: sharpness }
              : { weight, bigrams: true, alpha, classPrior: false, ownCorpus, thinBelow, sharpness };
            const { rules, model } = crossValidate(cases, v, own);
            const r = sum(rules);
            const m = sum(model);
            process.stdout.write(`${describe(v).padEnd(50)} Δtop-1 ${m.top1 - r.top1 >= 0 ? '+' : ''}${m.top1 - r.top1}/${r.shown}  Δtop-3 ${m.top3 - r.top3 >= 0 ? '+' : ''}${m.top3 - r.top3}/${r.pos}\n`);
          }
    return;
  }
  const chosen: Variant = process.argv.includes('--lr') ? { ...CHOSEN, kind: 'lr', stacked: process.argv.includes('--stacked'), l2: 0.001 } : CHOSEN;
  const { rules, model, alone } = crossValidate(cases, chosen, own);
  const out = [`${K}-fold CV by thread over the real-pastes tuning half (${cases.length} pastes); model: ${describe(chosen)}`];
  for (let f = 0; f < K; f++) out.push(`fold ${f}`, `  ${row('rules only', rules[f]!)}`, `  ${row('rules + model', model[f]!)}`);
  out.push('all folds', `  ${row('rules only', sum(rules))}`, `  ${row('rules + model', sum(model))}`, `  ${row('model alone', sum(alone))}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) main();
