/**
 * A learned text model for ordering causes when the rules leave them close: a multinomial Naive Bayes over the
 * words and word pairs of the redacted paste (numbers, ids, ARNs and key ids collapsed to shape tokens, each
 * feature counted once per paste), trained on labelled pastes (scripts/eval-learned-cv.ts measures it by k-fold
 * cross-validation by thread). Pure: training and scoring take data and return data.
 */
import type { Evidence, RankedCause } from '../src/core/diagnosis';
import { CAUSE_IDS, type CauseId } from '../src/core/taxonomy';
import { scoreOf, sortCauses } from '../src/core/rules/score';

/** The causes the model ranks: every cause a credential error can have. */
/** Log-scores to shares that sum to 1, in place (shifted by the maximum so exp cannot overflow). */
function normaliseExp<K>(scores: Map<K, number>): Map<K, number> {
  const max = Math.max(...scores.values());
  let sum = 0;
  for (const [k, v] of scores) {
    const e = Math.exp(v - max);
    scores.set(k, e);
    sum += e;
  }
  for (const [k, v] of scores) scores.set(k, v / sum);
  return scores;
}

export type ModelCause = Exclude<CauseId, 'not-aws-credential-error'>;
export const MODEL_CAUSES = CAUSE_IDS.filter((c): c is ModelCause => c !== 'not-aws-credential-error');

export interface TextModel {
  /** Per cause: summed document weight and per-feature weighted counts. */
  classes: Record<ModelCause, { docs: number; total: number; counts: Record<string, number> }>;
  vocabulary: number;
}

export interface TrainingDoc {
  text: string;
  cause: ModelCause;
  alsoAcceptable?: readonly ModelCause[];
}

export interface FeatureOptions {
  bigrams: boolean;
}

/** The most text read: the error is usually in the first few KB, and the cost stays bounded. */
const MAX_CHARS = 8000;
const SHAPES: Array<[RegExp, string]> = [
  [/\[REDACTED:([a-z-]+)\]/g, ' zredacted$1 '],
  [/\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(?:\d{12})?:[^\s"',)]*/gi, ' zarn '],
  [/\b(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9*.…]{4,}/g, (' zkeyid ')],
  [/\bhttps?:\/\/\S+/g, ' zurl '],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' zuuid '],
  [/\b\d{12}\b/g, ' zaccount '],
  [/\b[a-z]{2}(?:-gov)?-[a-z]+-\d\b/g, ' zregion '],
  [/\b\d+\b/g, ' znum '],
];
const WORD = /[a-z][a-z0-9_]*[a-z0-9]|[a-z]/g;
/** Long mixed tokens (hashes, ids) carry no meaning across pastes. */
const NOISE = /\d.*\d.*\d|^.{30,}$/;

export function features(text: string, opts: FeatureOptions = { bigrams: true }): Set<string> {
  let t = text.slice(0, MAX_CHARS);
  for (const [re, to] of SHAPES) t = t.replace(re, to);
  const words = (t.toLowerCase().match(WORD) ?? []).filter((w) => !NOISE.test(w));
  const out = new Set<string>(words);
  if (opts.bigrams) for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** An also-acceptable cause counts this much of a document (the resolved cause counts 1). */
const ALSO_WEIGHT = 0.5;

export function trainTextModel(docs: readonly TrainingDoc[], opts: FeatureOptions = { bigrams: true }): TextModel {
  const classes = Object.fromEntries(MODEL_CAUSES.map((c) => [c, { docs: 0, total: 0, counts: Object.create(null) as Record<string, number> }])) as TextModel['classes'];
  const vocab = new Set<string>();
  for (const d of docs) {
    const f = features(d.text, opts);
    const labels: Array<[ModelCause, number]> = [[d.cause, 1], ...(d.alsoAcceptable ?? []).filter((c) => c !== d.cause).map((c): [ModelCause, number] => [c, ALSO_WEIGHT])];
    for (const [cause, w] of labels) {
      const k = classes[cause];
      k.docs += w;
      for (const x of f) {
        k.counts[x] = (k.counts[x] ?? 0) + w;
        k.total += w;
        vocab.add(x);
      }
    }
  }
  return { classes, vocabulary: vocab.size };
}

export interface ScoreOptions extends FeatureOptions {
  /** Laplace smoothing. */
  alpha: number;
  /** Use the class frequencies as prior (else uniform). */
  classPrior: boolean;
  /**
   * Naive Bayes multiplies hundreds of dependent features and so is nearly always ~100 % sure. When set, the summed
   * log-likelihood is divided by the number of features read and multiplied by this (a tempered, calibrated score).
   */
  sharpness?: number;
}

export const DEFAULT_SCORE: ScoreOptions = { bigrams: true, alpha: 1, classPrior: false };

/** Posterior per cause (sums to 1); features never seen in training are ignored. */
export function causePosteriors(model: TextModel, text: string, opts: ScoreOptions = DEFAULT_SCORE): Map<ModelCause, number> {
  const f = [...features(text, opts)].filter((x) => MODEL_CAUSES.some((c) => model.classes[c].counts[x] !== undefined));
  const allDocs = MODEL_CAUSES.reduce((s, c) => s + model.classes[c].docs, 0);
  const logs = new Map<ModelCause, number>();
  for (const c of MODEL_CAUSES) {
    const k = model.classes[c];
    const denom = Math.log(k.total + opts.alpha * model.vocabulary);
    let ll = 0;
    for (const x of f) ll += Math.log((k.counts[x] ?? 0) + opts.alpha) - denom;
    if (opts.sharpness !== undefined && f.length > 0) ll = (ll / f.length) * opts.sharpness;
    logs.set(c, ll + (opts.classPrior ? Math.log((k.docs + 1) / (allDocs + MODEL_CAUSES.length)) : 0));
  }
  return normaliseExp(logs);
}

/** Posteriors under this add nothing to their cause. */
export const MODEL_FLOOR = 0.05;

/** What the model adds to each cause: `weight × posterior` to the hundredth, for the posteriors at or over `floor`. */
export function modelBoosts(posteriors: ReadonlyMap<ModelCause, number>, weight: number, floor = MODEL_FLOOR): Map<ModelCause, number> {
  const out = new Map<ModelCause, number>();
  for (const [id, p] of posteriors) if (p >= floor) out.set(id, Math.round(weight * p * 100) / 100);
  return out;
}

/**
 * Add the model's evidence to ranked causes and re-sort: each cause gains modelBoosts' weight, so a decisive rule
 * still wins and the model mostly orders causes the rules left close.
 */
export function blendModel(causes: RankedCause[], posteriors: ReadonlyMap<ModelCause, number>, weight: number, floor = MODEL_FLOOR): RankedCause[] {
  const boosts = modelBoosts(posteriors, weight, floor);
  for (const c of causes) {
    const boost = boosts.get(c.id as ModelCause);
    if (boost === undefined) continue;
    const p = posteriors.get(c.id as ModelCause)!;
    const e: Evidence = { id: 'text-model', text: `Pastes with these words were most often resolved as this cause (${Math.round(p * 100)}%).`, polarity: 'for', weight: boost };
    c.evidence.push(e);
    c.score = scoreOf(c.evidence);
  }
  return sortCauses(causes, CAUSE_IDS);
}

/** A multinomial logistic regression over the same features: weights per cause and feature. */
export interface LogisticModel {
  weights: Record<ModelCause, Record<string, number>>;
  bias: Record<ModelCause, number>;
}

export interface LogisticOptions extends FeatureOptions {
  epochs: number;
  rate: number;
  l2: number;
}

/**
 * Trained in a fixed order, so the same documents give the same model. `extra` features (the
 * rules' evidence ids, say) are added to each document's words.
 */
export function trainLogistic(docs: ReadonlyArray<TrainingDoc & { extra?: readonly string[] }>, opts: LogisticOptions): LogisticModel {
  // SGD is sensitive to order (a corpus sorted by cause teaches the last cause best): a fixed shuffle by text hash.
  const ordered = [...docs].sort((a, b) => fnv(a.text) - fnv(b.text));
  const rows = ordered.map((d) => {
    const f = [...features(d.text, opts), ...(d.extra ?? [])];
    const target = new Map<ModelCause, number>([[d.cause, 1]]);
    for (const a of d.alsoAcceptable ?? []) if (a !== d.cause) target.set(a, ALSO_WEIGHT);
    const sum = [...target.values()].reduce((s, v) => s + v, 0);
    for (const [c, v] of target) target.set(c, v / sum);
    return { f, target };
  });
  const weights = Object.fromEntries(MODEL_CAUSES.map((c) => [c, Object.create(null) as Record<string, number>])) as LogisticModel['weights'];
  const bias = Object.fromEntries(MODEL_CAUSES.map((c) => [c, 0])) as LogisticModel['bias'];
  const model = { weights, bias };
  // Stochastic gradient descent, one document at a time in corpus order (deterministic); L2 decay once per epoch.
  for (let e = 0; e < opts.epochs; e++) {
    for (const r of rows) {
      const p = softmax(model, r.f);
      const v = unit(r.f);
      for (const c of MODEL_CAUSES) {
        const g = p.get(c)! - (r.target.get(c) ?? 0);
        bias[c] -= opts.rate * g;
        const w = weights[c];
        for (const x of r.f) w[x] = (w[x] ?? 0) - opts.rate * g * v;
      }
    }
    for (const c of MODEL_CAUSES) {
      const w = weights[c];
      for (const x of Object.keys(w)) w[x] = w[x]! * (1 - opts.l2);
    }
  }
  return model;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Each feature's value: the binary vector scaled to unit length, so long pastes do not swamp the gradient. */
const unit = (f: readonly string[]): number => 1 / Math.sqrt(Math.max(1, f.length));

function softmax(m: LogisticModel, f: readonly string[]): Map<ModelCause, number> {
  const out = new Map<ModelCause, number>();
  const v = unit(f);
  for (const c of MODEL_CAUSES) {
    let z = m.bias[c];
    const w = m.weights[c];
    for (const x of f) z += (w[x] ?? 0) * v;
    out.set(c, z);
  }
  return normaliseExp(out);
}

export function logisticPosteriors(m: LogisticModel, text: string, opts: FeatureOptions, extra: readonly string[] = []): Map<ModelCause, number> {
  return softmax(m, [...features(text, opts), ...extra]);
}
