/**
 * A learned look at the wording of a paste: does it read like an AWS credential failure? Issue 10's detection gap is
 * tools' own log lines and prose a little off the rules; a model of the words credential failures are written in
 * (credentials, token, signature, expired, denied, 403, …) might catch some. Pure: features, scoring and a small
 * L2-regularised logistic regression (natural's LogisticRegressionClassifier trains on dense vectors over the whole
 * vocabulary with a fixed-step gradient, minutes for a few thousand features; this one is sparse and takes a second).
 * Used by scripts/corpus/detect-learned.ts only: its leave-one-batch-out test failed the pre-registered bar, so no
 * product code loads a model (see detect-learned.results.md).
 */

export interface FailureModel {
  bias: number;
  /** Feature -> weight; a feature absent here weighs 0. */
  weights: Record<string, number>;
  bigrams: boolean;
}

/** A long log is read at its head and tail only: the fallback must stay cheap on every message it sees. */
const HEAD_CHARS = 6000;
const TAIL_CHARS = 6000;
const WORD = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;
/** HTTP statuses stay words of their own (403 Forbidden); every other number is noise (ids, times, ports). */
const STATUS = /^[45]\d\d$/;

/** A word's plural and singular read the same (credential/credentials). */
const fold = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The words of a text, camelCase split (NoCredentialsError -> no credentials error), lowercased, as features. */
export function failureFeatures(text: string, bigrams: boolean): Set<string> {
  const read = text.length <= HEAD_CHARS + TAIL_CHARS ? text : `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
  const out = new Set<string>();
  let prev = '';
  for (const m of read.matchAll(WORD)) {
    let w = m[0];
    if (w.charCodeAt(0) <= 57) {
      if (!STATUS.test(w)) {
        prev = '';
        continue;
      }
    } else {
      w = fold(w.toLowerCase());
      if (w.length < 2) continue;
    }
    out.add(w);
    if (bigrams && prev) out.add(`${prev} ${w}`);
    prev = w;
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability the model gives that the text is a credential failure. */
export function failureScore(model: FailureModel, features: ReadonlySet<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

export interface TrainingDoc {
  features: ReadonlySet<string>;
  positive: boolean;
}

export interface TrainOptions {
  bigrams: boolean;
  /** A feature must occur in at least this many training texts (rarer ones only memorise a thread). */
  minDocs?: number;
  l2?: number;
  epochs?: number;
}

/**
 * Logistic regression over binary features, classes weighted to equal mass (positives outnumber negatives ~4:1),
 * full-batch Adagrad. Deterministic: no random init, no shuffling.
 */
export function trainFailureModel(docs: readonly TrainingDoc[], opts: TrainOptions): FailureModel {
  const minDocs = opts.minDocs ?? 2;
  const l2 = opts.l2 ?? 0.01;
  const epochs = opts.epochs ?? 150;
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.keys()].filter((f) => df.get(f)! >= minDocs).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs.map((d) => [...d.features].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const pos = docs.filter((d) => d.positive).length;
  const neg = docs.length - pos;
  const weightOf = (positive: boolean): number => docs.length / (2 * (positive ? pos : neg));
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length);
  let b = 0;
  let b2 = 0;
  const rate = 0.5;
  const grad = new Float64Array(vocab.length);
  for (let e = 0; e < epochs; e++) {
    grad.fill(0);
    let gb = 0;
    docs.forEach((d, i) => {
      let z = b;
      for (const j of rows[i]!) z += w[j]!;
      const err = (sigmoid(z) - (d.positive ? 1 : 0)) * weightOf(d.positive);
      gb += err;
      for (const j of rows[i]!) grad[j]! += err;
    });
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / docs.length + l2 * w[j]!;
      g2[j]! += g * g;
      w[j]! -= (rate * g) / Math.sqrt(g2[j]! + 1e-8);
    }
    gb /= docs.length;
    b2 += gb * gb;
    b -= (rate * gb) / Math.sqrt(b2 + 1e-8);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, j) => {
    // Rounded and pruned: the committed model stays small and diffs stay readable.
    const v = Math.round(w[j]! * 1000) / 1000;
    if (v !== 0) weights[f] = v;
  });
  return { bias: Math.round(b * 1000) / 1000, weights, bigrams: opts.bigrams };
}
