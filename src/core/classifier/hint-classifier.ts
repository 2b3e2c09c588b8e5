/**
 * A scored fallback for the prose around a paste ("started after we rotated the deploy key").
 * The only module that imports `natural`, and only through submodules: the package root pulls in
 * storage drivers and prints dotenv tips to stdout. Its evidence is capped well below strong rules.
 */
import type BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import type { Evidence } from '../diagnosis';
import type { CauseId } from '../taxonomy';
import { TRAINING, type HintLabel } from './training';

/** The most a prose hint can add: less than any single strong rule (>= 2.2). */
export const MAX_HINT_WEIGHT = 0.9;
const MIN_SHARE = 0.35;
const MIN_MARGIN = 0.12;
/**
 * Labels whose prose reading adds no evidence. secret-key-mismatch: prose about "the secret" is as often a malformed,
 * rotated or withheld secret; the cause is told by the service's SignatureDoesNotMatch, which its own rules read. Over
 * tuning batches 1-17 (scripts/corpus/rank-ablate.ts) this label decided no hit and cost three (b8, b11, b17);
 * leave-one-batch-out without it (rank-cv.ts --table, stop 32): whole top-3 957 -> 958, with the hand context rules
 * out top-1 433 -> 440 and top-3 936 -> 938, no batch losing in any column. wrong-profile: over tuning batches 1-18 it
 * decides no hit in-sample or out of fold (rank-prune.ts, stop 33); without it the hand-context-free column gains one
 * (b6), the profile's own readings (profile names, AWS_PROFILE, the profile-not-found messages) carry the cause.
 */
const UNRANKED: ReadonlySet<HintLabel> = new Set<HintLabel>(['secret-key-mismatch', 'wrong-profile']);

let classifier: BayesClassifier | undefined;

function model(): BayesClassifier {
  if (!classifier) {
    // Loaded on first use, not at start: an idle bot does not pay for natural and the trained model.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Bayes = require('natural/lib/natural/classifiers/bayes_classifier') as typeof BayesClassifier;
    const c = new Bayes();
    for (const [label, text] of TRAINING) c.addDocument(text, label);
    c.train();
    classifier = c;
  }
  return classifier;
}

export interface HintScore {
  label: HintLabel;
  share: number; // normalised probability of the top label
  margin: number;
}

/** Conversations re-diagnose the same prose; a small memo saves the stemming. */
const memo = new Map<string, HintScore | undefined>();
const MEMO_SIZE = 200;

export function classifyHint(prose: string): HintScore | undefined {
  const text = prose.slice(0, 2000).trim();
  if (memo.has(text)) return memo.get(text);
  const result = classifyUncached(text);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(text, result);
  return result;
}

function classifyUncached(text: string): HintScore | undefined {
  if (text.split(/\s+/).length < 3) return undefined;
  const ranked = model().getClassifications(text);
  const total = ranked.reduce((s, r) => s + r.value, 0);
  if (!(total > 0) || ranked.length < 2) return undefined;
  const top = ranked[0]!;
  const second = ranked[1]!;
  return { label: top.label as HintLabel, share: top.value / total, margin: (top.value - second.value) / total };
}

/** Evidence for the cause the prose points to, or nothing when the prose is generic or unclear. */
export function hintEvidence(prose: string): { cause: CauseId; evidence: Evidence } | undefined {
  const s = classifyHint(prose);
  if (!s || s.label === 'none' || UNRANKED.has(s.label) || s.share < MIN_SHARE || s.margin < MIN_MARGIN) return undefined;
  const weight = Math.round(MAX_HINT_WEIGHT * Math.min(1, s.share) * 100) / 100;
  return {
    cause: s.label,
    evidence: { id: `classifier.${s.label}`, text: `The description around the paste reads like this cause (confidence ${Math.round(s.share * 100)}%).`, polarity: 'for', weight },
  };
}
