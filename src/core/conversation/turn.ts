/**
 * The record of one step of a case: the state being changed, the replies so far, and the
 * bookkeeping every part shares (timeline, ranking snapshot, answers and the pending question).
 */
import { fittedEffects } from '../knowledge/answer-likelihoods';
import { probeById } from '../knowledge';
import { ANSWERED_BY_FACTS, type CaseScoring, type CaseState, type Reply } from './types';
import { factValues } from '../rules/fact-values';
import { apply, applyImpliedSignals, evidenceFor, overruleAnswers, rank, stateValues } from './belief';
import { settled } from './settled';
import type { PolicyParams } from './policy-params';

const MAX_TIMELINE = 200;
const MAX_HISTORY = 50;

export interface Turn {
  s: CaseState;
  sc: CaseScoring;
  replies: Reply[];
  now: string;
  clock: Date;
  user: string;
  /** Said in a shared thread without addressing awskey (CaseInput `overheard`). */
  overheard?: boolean;
  /** When the text was written (CaseInput `writtenAt`), when it can predate the question pending. */
  writtenAt?: string;
  /** The policy's numbers for this step (engine.ts `StepContext.policy`). */
  policy: Readonly<PolicyParams>;
  /** The scoring as stored before this step (the stored case is never changed): what the step newly learned is told against it. */
  before?: Readonly<CaseScoring>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function applyChoice(t: Turn, probeId: string, choiceId: string): boolean {
  const { s, sc } = t;
  const probe = probeById(probeId);
  if (!probe || probe.kind !== 'question') return false;
  const choice = probe.choices.find((c) => c.id === choiceId);
  if (!choice) return false;
  const entry = s.asked.find((a) => a.id === probeId);
  if (entry?.answer !== undefined) return true; // answered before (a double click): keep the first answer
  if (entry) {
    entry.answer = choiceId;
    entry.answeredBy = t.user;
  } else s.asked.push({ id: probeId, at: t.now, answer: choiceId, answeredBy: t.user });
  if (s.pending?.id === probeId) s.pending = undefined;
  // "Not sure" tells nothing: it does not use the question budget.
  if (choice.id === 'unknown') sc.uninformative = (sc.uninformative ?? 0) + 1;
  apply(sc, `answer:${probeId}=${choiceId}`, t.now, fittedEffects(probeId, choiceId, choice.effects, t.policy.answerLikelihoods), choice.evidence, choice.implies);
  log(t, `answered ${probeId}: ${choice.label}`);
  // A pasted fact already contradicts this answer: the paste wins.
  overruleAnswers(sc, factValues(s.facts, s.errorCodes, {}));
  applyImpliedSignals(sc, s.facts, s.errorCodes, t.now);
  return true;
}

export function answerPending(t: Turn, answer: string): void {
  const { s } = t;
  if (!s.pending) return;
  const entry = s.asked.find((a) => a.id === s.pending!.id);
  if (entry && entry.answer === undefined) {
    entry.answer = answer;
    entry.answeredBy = t.user;
  }
  s.pending = undefined;
}

/**
 * A new leader (a different error pasted, an answer to another question) makes the open question
 * stale: withdraw it, so the next step is chosen for the new ranking (it may be asked again).
 */
export function unaskPending(t: Turn): void {
  const { s } = t;
  if (!s.pending) return;
  const id = s.pending.id;
  s.pending = undefined;
  const i = s.asked.findIndex((a) => a.id === id && a.answer === undefined);
  if (i >= 0) s.asked.splice(i, 1);
}

/** Never keep waiting for what the facts now tell us. */
export function dropAnsweredByFacts(t: Turn): void {
  const { s } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  // Its facts, or a paste (or the words around it) that shows the answer, settle it (settled.ts).
  if (pending && settled(s, pending, stateValues(s))) answerPending(t, ANSWERED_BY_FACTS);
}

/** Rebuild the ranking and evidence lists stored on the case. */
export function refresh(t: Turn): void {
  const { s, sc } = t;
  const ranking = rank(sc, s.rejected);
  s.causes = ranking.map((c) => ({ id: c.id, score: round(c.score), evidence: evidenceFor(sc, c.id) }));
  const top = ranking.slice(0, 3).map((c) => ({ id: c.id, score: round(c.score) }));
  const last = s.history[s.history.length - 1];
  if (!last || JSON.stringify(last.top) !== JSON.stringify(top)) s.history.push({ at: t.now, top });
  if (s.history.length > MAX_HISTORY) s.history = s.history.slice(-MAX_HISTORY);
}

export function log(t: Turn, event: string): void {
  t.s.timeline.push({ at: t.now, user: t.user, event });
  if (t.s.timeline.length > MAX_TIMELINE) t.s.timeline = [t.s.timeline[0]!, ...t.s.timeline.slice(-(MAX_TIMELINE - 1))];
}
