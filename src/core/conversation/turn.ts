/**
 * The record of one step of a case: the state being changed, the replies so far, and the
 * bookkeeping every part shares (timeline, ranking snapshot, answers, facts read from pastes).
 */
import type { Diagnosis, SecretKind } from '../diagnosis';
import { secretPrints } from '../secrets/prints';
import { SECRET_WARNINGS, TEMPORARY_SECRET_WARNING, probeById, signalById } from '../knowledge';
import type { CaseScoring, CaseState, Reply } from './types';
import { anyHolds, factValues } from './facts';
import { apply, applyImpliedSignals, evidenceFor, overruleAnswers, rank, stateValues } from './belief';
import { earliestTimestamp } from './timestamps';
import { readPaste } from './paste-readings';

const MAX_TIMELINE = 200;
const MAX_HISTORY = 50;

export interface Turn {
  s: CaseState;
  sc: CaseScoring;
  replies: Reply[];
  now: string;
  clock: Date;
  user: string;
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
  apply(sc, `answer:${probeId}=${choiceId}`, t.now, choice.effects, choice.evidence, choice.implies);
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
  if (pending && anyHolds(stateValues(s), pending.skipWhen)) answerPending(t, 'answered by the facts');
}

/**
 * Hidden characters are removed before the text is kept as evidence, so diagnose of the kept text
 * cannot see them: they count as a fact from the paste that showed them.
 */
export function hiddenCharacters(t: Turn): void {
  const { s, sc } = t;
  if (!s.facts.hiddenCharacters?.length || sc.applied.some((a) => a.id === 'observe:hidden-characters')) return;
  const sig = signalById('hidden-characters')!;
  apply(sc, 'observe:hidden-characters', t.now, sig.effects, sig.evidence);
}

/** What diagnose does not report (the deny kind, the provider a tool used, whose resource): kept as facts of the case. */
export function takeReadings(t: Turn, text: string): void {
  const { sc } = t;
  const r = readPaste(text);
  const set = (fact: string, value: string | undefined) => {
    if (value !== undefined && sc.implied[fact] === undefined) sc.implied[fact] = value;
  };
  set('denyKind', r.denyKind);
  set('resourceAccount', r.resourceAccount);
  set('tool', r.tool);
  // Only the playbooks and the questions use it: the belief stays diagnose's reading of the text.
  set('authSource', r.authProvider ? `${r.authProvider.name} (${r.authProvider.source})` : undefined);
  // Shown, so not asked; diagnose's reading of the paste stays the evidence.
  if (r.sessionTokenSet) {
    const stated = (sc.statedInPastes ??= []);
    if (!stated.includes('session-token')) stated.push('session-token');
  }
}

export function noteIncidentStart(t: Turn, text: string): void {
  const first = earliestTimestamp(text, t.clock);
  if (first && (!t.s.incidentStart || first < t.s.incidentStart)) t.s.incidentStart = first;
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

/** Bound on remembered warnings per case. */
const MAX_WARNED_PRINTS = 200;

/** Every poster of a secret is warned privately, once per secret, whoever posted one before. */
export function warnSecrets(t: Turn, d: Diagnosis, pasted: string): void {
  if (d.secretsFound.length === 0) return;
  const warnedFor = (t.s.secretsWarnedFor ??= []);
  const prints = secretPrints(pasted);
  // The diagnosis read the normalised text: a kind it found that the prints missed still counts once.
  for (const k of d.secretsFound) if (!prints.some((p) => p.kind === k)) prints.push({ kind: k, print: `kind-${k}` });
  const fresh: SecretKind[] = [];
  for (const p of prints) {
    const id = `${t.user}:${p.print}`;
    if (warnedFor.includes(id)) continue;
    warnedFor.push(id);
    if (!fresh.includes(p.kind)) fresh.push(p.kind);
  }
  if (warnedFor.length > MAX_WARNED_PRINTS) warnedFor.splice(0, warnedFor.length - MAX_WARNED_PRINTS);
  if (fresh.length === 0) return;
  for (const k of fresh) if (!t.s.secretsWarned.includes(k)) t.s.secretsWarned.push(k);
  log(t, `secret pasted and redacted (${fresh.join(', ')})`);
  const keys = d.facts.keyIds.length > 0 ? d.facts.keyIds : t.s.facts.keyIds;
  const temporary = keys.length > 0 && keys.every((k) => k.kind === 'temporary');
  const text = (k: SecretKind) => (k === 'secret-access-key' && temporary ? TEMPORARY_SECRET_WARNING : SECRET_WARNINGS[k]);
  t.replies.push({ type: 'warning', private: true, text: fresh.map(text).join('\n\n') });
}

export function log(t: Turn, event: string): void {
  t.s.timeline.push({ at: t.now, user: t.user, event });
  if (t.s.timeline.length > MAX_TIMELINE) t.s.timeline = [t.s.timeline[0]!, ...t.s.timeline.slice(-(MAX_TIMELINE - 1))];
}
