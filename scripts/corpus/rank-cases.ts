/**
 * The tuning halves of both real-thread corpora as ranking cases, for the prior counts and the cross-validation
 * (scripts/corpus/family-prior-counts.ts, scripts/corpus/rank-cv.ts). Reads tuning/ only, never holdout/.
 * Each case keeps what the ranking needs to be recomputed offline: per cause the evidence sum WITHOUT the family
 * priors (`prior.*` evidence), the signal ids the rules saw, and the labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/core/diagnose';
import { AUTHN_FAMILIES } from '../../src/core/rules/families';
import { scoreOf } from '../../src/core/rules/score';
import { CAUSE_RULES } from '../../src/core/rules/index';
import { isContextSignal } from '../../src/core/rules/context-ratios';
import { CAUSE_IDS, type CauseId } from '../../src/core/taxonomy';
import type { Signal } from '../../src/core/extract/types';
import { EVAL_NOW } from '../eval-lib';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');

/** A labelled credential-error case's labels (tuning halves only). */
export interface TuningLabels {
  corpus: 'paste' | 'opening';
  file: string;
  url: string;
  batch: number;
  cause: CauseId;
  ok: Set<CauseId>;
  /** Pastes only: the labeller's flag that the text alone shows the cause. */
  shown?: boolean;
}

export interface RankCase extends TuningLabels {
  detected: boolean;
  /** The error family the ranking starts from: the first authentication family present, else fam.authz. */
  family?: string;
  signals: Set<string>;
  /** Per cause: the evidence sum without the family priors (`prior.*`) and the context ratios (`context.*`). */
  base: Map<CauseId, number>;
  /** The same sums without the hand-written rules that read context signals (hint.*, runtime.*). */
  baseNoContext: Map<CauseId, number>;
  /** Per cause: the part of `base` that the reporter's own words gave (`talk.*` evidence, rules/cause-talk-weights.ts). */
  talk: Map<CauseId, number>;
  /** The same case told thinly: only the line where its family was found, as if the error line alone were pasted. */
  thin?: Omit<RankCase, 'thin'>;
  /** Per cause, each piece of evidence behind `base` (id, signed weight): withoutEvidence() sums them again. */
  evidence?: Map<CauseId, Array<[string, number]>>;
}

const CORPORA = [
  { corpus: 'paste', dir: 'real-pastes', text: 'paste', also: 'also_acceptable' },
  { corpus: 'opening', dir: 'real-conversations', text: 'opening', also: 'alsoAcceptable' },
] as const;

export function primaryFamily(signals: ReadonlySet<string>): string | undefined {
  return AUTHN_FAMILIES.find((f) => signals.has(f)) ?? (signals.has('fam.authz') ? 'fam.authz' : undefined);
}

/** A labelled credential-error case of a tuning half: its text and labels (negatives left out). */
export interface TuningCase extends TuningLabels {
  text: string;
}

/** Every labelled credential-error case of the tuning halves of both real-thread corpora, in file order. */
export function tuningCases(): TuningCase[] {
  const out: TuningCase[] = [];
  for (const k of CORPORA) {
    const dir = join(FIXTURES, k.dir, 'tuning');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      const text = c[k.text];
      const cause = c.cause as CauseId;
      if (typeof text !== 'string' || cause === 'not-aws-credential-error') continue;
      out.push({
        corpus: k.corpus,
        file,
        url: String(c.url),
        batch: typeof c.batch === 'number' ? c.batch : 1,
        cause,
        ok: new Set([cause, ...((c[k.also] as CauseId[] | undefined) ?? [])]),
        ...(k.corpus === 'paste' ? { shown: c.text_shows_cause === true } : {}),
        text,
      });
    }
  }
  return out;
}

/** Every labelled credential-error case of the tuning halves (negatives left out: their ranking is not scored). */
export function loadRankCases(): RankCase[] {
  return tuningCases().map(({ text, ...labels }) => {
    const full = ranking(text);
    const line = full.family ? full.all.find((s) => s.id === full.family)?.at?.excerpt : undefined;
    const thin = line ? ranking(line) : undefined;
    return { ...labels, ...full.part, ...(thin ? { thin: { ...labels, ...thin.part } } : {}) };
  });
}

/** Evidence ids of the hand-written rules that read a context signal. */
const READS_CONTEXT = new Set(
  CAUSE_RULES.flatMap((c) => c.rules.filter((r) => [...(r.when.all ?? []), ...(r.when.any ?? [])].some(isContextSignal)).map((r) => r.id)),
);

function ranking(text: string) {
  let all: readonly Signal[] = [];
  const d = diagnose(text, { now: EVAL_NOW, onSignals: (x) => (all = x) });
  const signals = new Set(all.map((s) => s.id));
  const evidence = new Map<CauseId, Array<[string, number]>>();
  for (const r of d.causes) {
    if (r.id === 'not-aws-credential-error') continue;
    const kept = r.evidence.filter((e) => !e.id.startsWith('prior.') && !e.id.startsWith('context.'));
    evidence.set(r.id, kept.map((e) => [e.id, e.polarity === 'for' ? e.weight : -e.weight]));
  }
  const family = primaryFamily(signals);
  return { all, family, part: { detected: d.detected, ...(family ? { family } : {}), signals, evidence, ...sums(evidence) } };
}

/** base, baseNoContext and talk from the evidence kept (`keep`: every piece by default). */
function sums(evidence: NonNullable<RankCase['evidence']>, keep: (id: string) => boolean = () => true): Pick<RankCase, 'base' | 'baseNoContext' | 'talk'> {
  const base = new Map<CauseId, number>();
  const baseNoContext = new Map<CauseId, number>();
  const talk = new Map<CauseId, number>();
  for (const [cause, list] of evidence) {
    let raw = 0;
    let noContext = 0;
    for (const [id, w] of list) {
      if (!keep(id)) continue;
      raw += w;
      if (!READS_CONTEXT.has(id)) noContext += w;
      if (id.startsWith('talk.')) talk.set(cause, (talk.get(cause) ?? 0) + w);
    }
    base.set(cause, raw);
    baseNoContext.set(cause, noContext);
  }
  return { base, baseNoContext, talk };
}

/** The case ranked as if the evidence `drop` names had never been given (rank-prune.ts: each rule's out-of-fold worth). */
export function withoutEvidence(c: RankCase, drop: (id: string) => boolean): RankCase {
  const keep = (id: string): boolean => !drop(id);
  const thin = c.thin?.evidence ? { ...c.thin, ...sums(c.thin.evidence, keep) } : c.thin;
  return { ...c, ...(c.evidence ? sums(c.evidence, keep) : {}), ...(thin ? { thin } : {}) };
}

/** diagnose.ts UNDETECTED_DAMPING: scores of an undetected paste are damped to this fraction. */
const UNDETECTED_DAMPING = 0.2;

/** The ranking diagnose() would give with `extra` (per cause) added to the base sums (rules/score.ts, diagnose.ts). */
export function rankWith(c: RankCase, extra: ReadonlyMap<CauseId, number>): Array<{ id: CauseId; score: number }> {
  const ranked = CAUSE_IDS.filter((id) => id !== 'not-aws-credential-error').map((id) => {
    const raw = (c.base.get(id) ?? 0) + (extra.get(id) ?? 0);
    let score = scoreOf([{ id: 'sum', text: '', polarity: 'for', weight: raw }]);
    if (!c.detected) score = Math.round(score * UNDETECTED_DAMPING * 1000) / 1000;
    return { id: id as CauseId, score };
  });
  ranked.push({ id: 'not-aws-credential-error', score: c.detected ? 0 : 1 });
  return ranked.sort((a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
}

export function hits(c: Pick<RankCase, 'ok'>, ranked: ReadonlyArray<{ id: CauseId; score: number }>): { top1: boolean; top3: boolean } {
  const top1 = c.ok.has(ranked[0]!.id);
  return { top1, top3: top1 || ranked.slice(0, 3).some((x) => x.score > 0 && c.ok.has(x.id)) };
}
