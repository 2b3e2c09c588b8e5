/**
 * What scripts/eval-learned-batch.ts and scripts/eval-learned-direct.ts share: the model variants tried (scripts/
 * learned-text-model.ts: naive Bayes over words, or logistic regression stacked on the rules' conclusions, each with a
 * weight and a gate), their training on labelled tuning cases, and the tallies (top-1 where the text shows the cause,
 * top-3, and the conversation openings on their own).
 */
import { normalise } from '../src/core/normalise';
import { redact } from '../src/core/redact';
import type { CauseId } from '../src/core/taxonomy';
import { loadCorpus } from './eval-lib';
import { causePosteriors, logisticPosteriors, trainLogistic, trainTextModel, type ModelCause, type TrainingDoc } from './learned-text-model';

export const redacted = (text: string): string => redact(normalise(text).text).text;

/** A labelled credential error of a tuning half, with what the model reads. */
export interface ModelCase {
  corpus: 'paste' | 'opening';
  batch: number;
  cause: CauseId;
  ok: Set<CauseId>;
  /** Pastes only: the labeller's flag that the text alone shows the cause. */
  shown?: boolean;
  /** The redacted text. */
  text: string;
  /** The rules' conclusions as features, for the stacked model. */
  stack: string[];
}

export interface Variant {
  name: string;
  kind: 'nb' | 'lr';
  weight: number;
  /** NB: tempered likelihood (see ScoreOptions.sharpness); LR: L2 decay. */
  sharpness: number;
  alpha: number;
  /** Train on the project's own corpus (test/fixtures/pastes) too. */
  own: boolean;
  /** Train on the conversation openings too (else pastes only, as session 19). */
  openings: boolean;
  /** LR only: the rules' signals are features too. */
  stacked?: boolean;
  /** The gate: consulted only when the rules' leader is below this score ... */
  below: number;
  /** ... or (when set) only when the first two causes are closer than this. */
  margin?: number;
}

export type Scorer = (c: ModelCase) => Map<ModelCause, number>;
type Doc = TrainingDoc & { extra: string[] };

const docOf = (c: ModelCase): Doc => ({
  text: c.text,
  extra: c.stack,
  cause: c.cause as ModelCause,
  alsoAcceptable: [...c.ok].filter((a): a is ModelCause => a !== c.cause && a !== 'not-aws-credential-error'),
});

let ownDocs: Doc[] | undefined;
/** The project's own corpus (test/fixtures/pastes; never test/fixtures/holdout), read once. */
function ownCorpus(): Doc[] {
  ownDocs ??= loadCorpus()
    .filter((c) => c.expected.detected && c.expected.top !== 'not-aws-credential-error')
    .map((c) => ({ text: redacted(c.text), extra: [], cause: c.expected.top as ModelCause, alsoAcceptable: (c.expected.acceptable ?? []).filter((a): a is ModelCause => a !== 'not-aws-credential-error') }));
  return ownDocs;
}

/** Trained models, by what they were trained on and with: the weight and the gate do not change the model. */
const models = new Map<string, Scorer>();

export function trainScorer(v: Variant, train: readonly ModelCase[]): Scorer {
  const key = `${v.kind} ${v.sharpness} ${v.alpha} ${v.own} ${v.openings} ${v.stacked} ${train.length} ${[...new Set(train.map((c) => c.batch))].join(',')}`;
  const known = models.get(key);
  if (known) return known;
  const memo = new Map<ModelCase, Map<ModelCause, number>>();
  const scorer = trainUncached(v, train);
  const cached: Scorer = (c) => memo.get(c) ?? memo.set(c, scorer(c)).get(c)!;
  models.set(key, cached);
  return cached;
}

function trainUncached(v: Variant, train: readonly ModelCase[]): Scorer {
  const docs = [...train.filter((c) => v.openings || c.corpus === 'paste').map(docOf), ...(v.own ? ownCorpus() : [])];
  if (v.kind === 'lr') {
    const m = trainLogistic(v.stacked ? docs : docs.map((d) => ({ ...d, extra: [] })), { bigrams: true, epochs: 20, rate: 0.5, l2: v.sharpness });
    return (c) => logisticPosteriors(m, c.text, { bigrams: true }, v.stacked ? c.stack : []);
  }
  const m = trainTextModel(docs, { bigrams: true });
  return (c) => causePosteriors(m, c.text, { bigrams: true, alpha: v.alpha, classPrior: false, sharpness: v.sharpness });
}

export interface Tally {
  shown: number;
  shownOf: number;
  top3: number;
  of: number;
  /** Conversation openings: top-1 and top-3 of their count. */
  openTop1: number;
  openTop3: number;
  openOf: number;
}

export const emptyTally = (): Tally => ({ shown: 0, shownOf: 0, top3: 0, of: 0, openTop1: 0, openTop3: 0, openOf: 0 });


/** Adds one case's hits. */
export function count(t: Tally, c: ModelCase, h: { top1: boolean; top3: boolean }): void {
  if (c.shown) t.shownOf++;
  if (c.shown && h.top1) t.shown++;
  t.of++;
  if (h.top3) t.top3++;
  if (c.corpus === 'opening') {
    t.openOf++;
    if (h.top1) t.openTop1++;
    if (h.top3) t.openTop3++;
  }
}

/** Whether the gate of `v` opens for a ranking whose first two scores are these. */
export const gateOpens = (v: Variant, first: number, second: number): boolean => first < v.below && (v.margin === undefined || first - second < v.margin);

export const VARIANTS: Variant[] = (() => {
  const out: Variant[] = [];
  const gates: Array<[number, number | undefined, string]> = [[0.5, undefined, '<0.5'], [0.8, undefined, '<0.8'], [1.01, undefined, 'always'], [1.01, 0.1, 'margin<0.1']];
  for (const [below, margin, g] of gates) {
    for (const weight of [1, 2, 3])
      for (const sharpness of [5, 10])
        for (const own of [true, false])
          for (const openings of [false, true])
            out.push({ name: `nb w=${weight} sharp=${sharpness} a=0.1 own=${own} open=${openings} gate ${g}`, kind: 'nb', weight, sharpness, alpha: 0.1, own, openings, below, ...(margin !== undefined ? { margin } : {}) });
    for (const weight of [0.5, 1])
      for (const openings of [false, true])
        out.push({ name: `lr-stacked w=${weight} l2=0.001 open=${openings} gate ${g}`, kind: 'lr', stacked: true, weight, sharpness: 0.001, alpha: 0, own: false, openings, below, ...(margin !== undefined ? { margin } : {}) });
  }
  return out;
})();

export const cell = (t: Tally): string => `${t.shown}/${t.shownOf} ${t.top3}/${t.of} (openings ${t.openTop1}/${t.openOf} ${t.openTop3}/${t.openOf})`;
export const delta = (a: Tally, b: Tally): string => `Δtop-1 ${b.shown - a.shown >= 0 ? '+' : ''}${b.shown - a.shown}  Δtop-3 ${b.top3 - a.top3 >= 0 ? '+' : ''}${b.top3 - a.top3}`;

/**
 * The choice rule: the largest Δtop-1 + Δtop-3; ties go to the first listed (smaller weight, stricter gate). On batches 1-5
 * the rules are in-sample (they were written from those cases), so every variant may lose there: the least loss is then
 * the candidate taken to batch 6.
 */
export function choose<T extends { name: string }>(base: Tally, rows: ReadonlyArray<[T, Tally]>): string {
  let best: [T, number] | undefined;
  for (const [v, t] of rows) {
    const d = t.shown - base.shown + t.top3 - base.top3;
    if (!best || d > best[1]) best = [v, d];
  }
  return best ? `${best[0].name} (${best[1] >= 0 ? '+' : ''}${best[1]})` : 'none';
}

/** `--train=1-4` (or `--test=5`) on the command line as a list of batches; `fallback` when absent. */
export function batchRange(arg: string, fallback: number[], argv: readonly string[] = process.argv): number[] {
  const a = argv.find((x) => x.startsWith(`--${arg}=`))?.slice(arg.length + 3);
  if (!a) return fallback;
  const [lo, hi] = a.split('-').map(Number) as [number, number?];
  return Array.from({ length: (hi ?? lo) - lo + 1 }, (_, i) => lo + i);
}
