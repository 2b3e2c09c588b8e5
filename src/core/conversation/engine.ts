/**
 * The case conversation: step(state, input, {now}) -> {state, replies}. PURE and deterministic:
 * the use case runs it inside an atomic store update, which may call it more than once.
 * One next step at a time: the probe that best separates the top causes, until one cause is
 * clearly ahead (or confirmed), then remediation, verification and a summary.
 */
import { diagnose } from '../diagnose';
import type { Diagnosis, SecretKind } from '../diagnosis';
import { redact } from '../redact';
import { CAUSE_TITLES, type CauseId } from '../taxonomy';
import { LOOKUP_EFFECTS, SECRET_WARNINGS, TEMPORARY_SECRET_WARNING, probeById } from '../knowledge';
import type { Effects, Probe } from '../knowledge/types';
import type { CaseInput, CaseScoring, CaseState, EngineResult, Reply } from './types';
import { anyHolds, lookupHint, mergeFacts, type FactValues } from './facts';
import { MAX_PROBES, askable, bestProbe, holdingSignalIds, isClearlyAhead, mergeBase, newSignals, normaliseBase, rank, stateValues, type Ranking } from './scoring';
import { interpret } from './interpret';
import { actionsReply, causesReply, openingReplies, probeReply, remediationReplies, verificationReply } from './replies';
import { buildSummary } from './summary';
import { secretPrints } from '../secrets/prints';

export interface StepContext {
  now: Date;
  /** The case key, recorded on a new case. */
  key?: CaseState['key'];
}

const MAX_TIMELINE = 200;
const MAX_HISTORY = 50;
const MAX_ERROR_CODES = 10;
const MAX_REASKS = 2;
const MAX_EVIDENCE = 6;
const MAX_LOOKUPS = 20;
const MAX_PARTICIPANTS = 100;

interface Turn {
  s: CaseState;
  sc: CaseScoring;
  replies: Reply[];
  now: string;
  user: string;
}

export function step(state: CaseState | undefined, input: CaseInput, ctx: StepContext): EngineResult | undefined {
  const now = ctx.now.toISOString();
  if (!state) return open(input, ctx);
  const s: CaseState = structuredClone(state);
  const sc: CaseScoring = s.scoring ?? { base: {}, baseEvidence: {}, applied: [], seenSignals: [], implied: {}, reasks: 0 };
  s.scoring = sc;
  s.updatedAt = now;
  if (!s.participants.includes(input.user) && s.participants.length < MAX_PARTICIPANTS) s.participants.push(input.user);
  const t: Turn = { s, sc, replies: [], now, user: input.user };
  switch (input.kind) {
    case 'paste':
    case 'message':
      onText(t, input.text, ctx.now);
      break;
    case 'answer':
      onAnswer(t, input.questionId, input.choiceId);
      break;
    case 'lookup-result':
      onLookup(t, input.result);
      break;
    case 'confirm-cause':
      if (s.phase === 'resolved') break;
      s.confirmed = input.causeId;
      s.rejected = s.rejected.filter((c) => c !== input.causeId);
      log(t, `confirmed cause ${input.causeId}`);
      startRemediation(t, input.causeId);
      break;
    case 'reject-cause':
      if (s.phase === 'resolved') break;
      reject(t, input.causeId);
      advance(t, true);
      break;
    case 'step-done':
      stepDone(t);
      break;
    case 'resolve':
      resolve(t, input.note);
      break;
  }
  finish(t);
  return { state: s, replies: t.replies };
}

// ---------------------------------------------------------------------------------------------
// Opening

function open(input: CaseInput, ctx: StepContext): EngineResult | undefined {
  const now = ctx.now;
  if (input.kind !== 'paste' && input.kind !== 'message') return undefined;
  const d = diagnose(input.text, { now });
  if (!d.detected) return undefined;
  const at = now.toISOString();
  const sc: CaseScoring = {
    base: normaliseBase(d.causes),
    baseEvidence: evidenceOf(d),
    applied: [],
    seenSignals: [],
    implied: {},
    reasks: 0,
    ...(d.meaning ? { meaning: redact(d.meaning).text } : {}),
  };
  const s: CaseState = {
    version: 1,
    key: ctx.key ?? { channel: 'cli', thread: at },
    phase: 'diagnosing',
    openedAt: at,
    updatedAt: at,
    openedBy: input.user,
    participants: [input.user],
    facts: d.facts,
    errorCodes: d.errorCodes.slice(0, MAX_ERROR_CODES),
    causes: [],
    history: [],
    asked: [],
    rejected: [],
    lookups: [],
    secretsWarned: [],
    timeline: [],
    scoring: sc,
  };
  // Facts in the opening paste are already part of the diagnosis ranking: do not count them twice.
  sc.seenSignals = holdingSignalIds(stateValues(s));
  const t: Turn = { s, sc, replies: [], now: at, user: input.user };
  warnSecrets(t, d, input.text);
  log(t, `opened the case: ${describePaste(d)}`);
  refresh(t);
  t.replies.push(...openingReplies(s, rank(sc, s.rejected)));
  advance(t, false);
  finish(t);
  return { state: s, replies: t.replies };
}

// ---------------------------------------------------------------------------------------------
// Inputs

function onText(t: Turn, text: string, now: Date): void {
  const { s, sc } = t;
  const d = diagnose(text, { now });
  warnSecrets(t, d, text);
  // Some errors have no code ("Unable to locate credentials", an expired SSO session): a detected
  // error is an error, mid-case as much as in the opening paste.
  const hasErrors = d.detected;
  if (s.phase === 'resolved') {
    if (!hasErrors) return; // chatter after resolution stays quiet
    s.phase = 'diagnosing';
    delete s.resolvedAt;
    delete sc.current;
    delete s.confirmed;
    log(t, `reopened: ${describePaste(d)}`);
  }
  const before = stateValues(s);
  const leaderBefore = rank(sc, s.rejected)[0]?.id;
  const hadArn = s.facts.arn;
  s.facts = mergeFacts(s.facts, d.facts);
  for (const c of d.errorCodes) if (!s.errorCodes.includes(c) && s.errorCodes.length < MAX_ERROR_CODES) s.errorCodes.push(c);
  const after = stateValues(s);
  const learned = learnedSomething(before, after);
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  const words = interpret(text, pending, askable(s, after).map((p) => p.id));

  if (learned || hasErrors) log(t, `pasted output: ${describePaste(d)}`);

  // A clean caller identity after the fix is the verification we asked for, except for a
  // permissions problem: there the identity was never in doubt, only the retried call tells.
  const fixing = s.phase === 'remediating' || s.phase === 'verifying';
  if (fixing && !hasErrors && d.facts.arn && (hadArn !== d.facts.arn || s.phase === 'verifying')) {
    if (sc.current === 'authorization-not-authentication') {
      log(t, `identity confirmed: ${d.facts.arn}`);
      t.replies.push({ type: 'text', text: `The identity is \`${d.facts.arn}\`. Now retry the call that was denied; say "resolved" when it works, or paste the new error.` });
      return;
    }
    log(t, `verified: the failing runtime now authenticates as ${d.facts.arn}`);
    t.replies.push({ type: 'text', text: `Verified: AWS accepts the credentials now (\`${d.facts.arn}\`).` });
    resolve(t);
    return;
  }
  if (s.phase === 'verifying' && hasErrors && sc.current) {
    t.replies.push({ type: 'text', text: `Still failing, so *${CAUSE_TITLES[sc.current]}* was not the whole story. Looking at the next cause.` });
    reject(t, sc.current);
  }

  if (words.intent && !hasErrors) {
    onIntent(t, words.intent, words.note);
    return;
  }
  if (hasErrors) {
    sc.base = mergeBase(sc.base, normaliseBase(d.causes));
    mergeEvidence(sc, evidenceOf(d));
  }
  applySignals(t);
  if (s.pending?.kind === 'command' && (learned || hasErrors)) answerPending(t, 'pasted output');
  let answered = 0;
  for (const a of words.answers) if (applyChoice(t, a.probeId, a.choiceId)) answered++;
  dropAnsweredByFacts(t);

  const meaningful = learned || hasErrors || answered > 0;
  if (!meaningful) {
    reask(t, words.badNumber === true);
    return;
  }
  sc.reasks = 0;
  if (s.phase === 'diagnosing' && rank(sc, s.rejected)[0]?.id !== leaderBefore) unaskPending(t);
  if (s.phase === 'diagnosing') advance(t, true);
  else if (!switchFix(t)) {
    refresh(t);
    t.replies.push(leaderText(rank(sc, s.rejected)), { type: 'text', text: helpText(s) });
  }
}

/** How far a new leader must be ahead of the cause being fixed before the fix is switched. */
const SWITCH_RATIO = 1.5;

/**
 * New output during remediation can point elsewhere (an env dump shows an ASIA key without a
 * token while the env-var fix is on screen): switch to the new leader's fix unless the team
 * confirmed the current cause.
 */
function switchFix(t: Turn): boolean {
  const { s, sc } = t;
  if (s.phase !== 'remediating' || !sc.current || s.confirmed === sc.current) return false;
  const ranking = rank(sc, s.rejected);
  const top = ranking[0];
  const current = ranking.find((c) => c.id === sc.current)?.score ?? 0;
  if (!top || top.id === sc.current || top.score < SWITCH_RATIO * current) return false;
  t.replies.push({ type: 'text', text: `That changes the picture: *${CAUSE_TITLES[top.id]}* now leads (${pct(top.score)}) over *${CAUSE_TITLES[sc.current]}* (${pct(current)}). Here is its fix instead.` });
  log(t, `switched from ${sc.current} to ${top.id} on new output`);
  startRemediation(t, top.id);
  return true;
}

function onIntent(t: Turn, intent: NonNullable<ReturnType<typeof interpret>['intent']>, note?: string): void {
  const { s, sc } = t;
  const top = rank(sc, s.rejected)[0]?.id;
  switch (intent) {
    case 'resolve':
      resolve(t, note);
      return;
    case 'done':
      stepDone(t);
      return;
    case 'reject': {
      const target = sc.current ?? top;
      if (target) reject(t, target);
      advance(t, true);
      return;
    }
    case 'confirm':
      if (top && s.phase === 'diagnosing') {
        s.confirmed = top;
        log(t, `confirmed cause ${top}`);
        startRemediation(t, top);
      }
      return;
    case 'help':
      t.replies.push({ type: 'text', text: helpText(s) });
      return;
    case 'skip': {
      // "I can't run that": move on to the next best step rather than asking again.
      const pending = s.pending ? probeById(s.pending.id) : undefined;
      if (!pending || s.phase !== 'diagnosing') {
        t.replies.push({ type: 'text', text: helpText(s) });
        return;
      }
      if (pending.kind === 'question' && pending.choices.some((c) => c.id === 'unknown')) applyChoice(t, pending.id, 'unknown');
      else {
        answerPending(t, 'skipped');
        log(t, `skipped ${pending.id}`);
      }
      sc.reasks = 0;
      advance(t, false);
      return;
    }
  }
}

function onAnswer(t: Turn, questionId: string, choiceId: string): void {
  const { s } = t;
  if (s.phase === 'resolved') return;
  // A second click on an answered question (or a replica retrying the event) changes nothing.
  if (s.asked.some((a) => a.id === questionId && a.answer !== undefined)) return;
  if (!applyChoice(t, questionId, choiceId)) {
    reask(t, false);
    return;
  }
  t.sc.reasks = 0;
  if (s.phase === 'diagnosing') advance(t, true);
  else refresh(t);
}

function onLookup(t: Turn, result: Extract<CaseInput, { kind: 'lookup-result' }>['result']): void {
  const { s, sc } = t;
  // A case is a conversation, not a lookup log: past this many, further lookups change nothing.
  if (s.lookups.length >= MAX_LOOKUPS) return;
  const hint = redact(result.hint).text.slice(0, 40);
  const effect = LOOKUP_EFFECTS[result.verdict] ?? { effects: {}, evidence: 'Unknown lookup result' };
  s.lookups.push({ at: t.now, hint, verdict: result.verdict });
  log(t, `lookup ${hint}: ${result.verdict}`);
  apply(sc, `lookup:${result.verdict}:${s.lookups.length}`, t.now, effect.effects, effect.evidence);
  // An STS session key is a fact about the key, not only a verdict: later questions rely on it.
  if (result.verdict === 'temporary-key' && sc.implied.keyKind === undefined) {
    sc.implied.keyKind = 'temporary';
    applySignals(t);
  }
  t.replies.push({ type: 'text', text: `Lookup of \`${hint}\`: ${redact(result.explanation).text.slice(0, 600)}` });
  if (s.phase === 'diagnosing') advance(t, true);
  else refresh(t);
}

function stepDone(t: Turn): void {
  const { s, sc } = t;
  if (s.phase === 'remediating' && sc.current) {
    s.phase = 'verifying';
    s.pending = undefined;
    log(t, `steps done for ${sc.current}`);
    refresh(t);
    t.replies.push(verificationReply(sc.current, stateValues(s)));
    return;
  }
  if (s.phase === 'verifying' && sc.current) {
    t.replies.push(verificationReply(sc.current, stateValues(s)));
    return;
  }
  t.replies.push({ type: 'text', text: helpText(s) });
}

function resolve(t: Turn, note?: string): void {
  const { s } = t;
  if (s.phase !== 'resolved') {
    s.phase = 'resolved';
    s.resolvedAt = t.now;
    s.pending = undefined;
    const clean = note ? redact(note).text.replace(/\s+/g, ' ').slice(0, 200) : '';
    log(t, clean ? `resolved: ${clean}` : 'resolved');
  }
  refresh(t);
  t.replies.push({ type: 'summary', markdown: buildSummary(s) });
}

// ---------------------------------------------------------------------------------------------
// Moving the conversation on

/** Choose the next step while diagnosing: remediation when one cause leads, else the best probe. */
function advance(t: Turn, showLeader: boolean): void {
  const { s, sc } = t;
  refresh(t);
  if (s.phase !== 'diagnosing') return;
  const ranking = rank(sc, s.rejected);
  const top = ranking[0];
  if (!top || top.score <= 0) {
    t.replies.push({ type: 'text', text: 'Every cause I know has been ruled out. Paste the latest error output, or mark the case resolved.' });
    return;
  }
  if (s.confirmed && !s.rejected.includes(s.confirmed)) return startRemediation(t, s.confirmed);
  const answeredProbes = s.asked.filter((a) => a.answer !== undefined).length;
  if (isClearlyAhead(ranking) || answeredProbes >= MAX_PROBES) return startRemediation(t, top.id);
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  if (pending) {
    if (showLeader) t.replies.push(leaderText(ranking));
    t.replies.push(probeReply(pending));
    return;
  }
  const probe = bestProbe(s, ranking);
  if (!probe) return startRemediation(t, top.id);
  if (showLeader) t.replies.push(leaderText(ranking));
  ask(t, probe);
}

function ask(t: Turn, probe: Probe): void {
  t.s.pending = { id: probe.id, kind: probe.kind };
  t.s.asked.push({ id: probe.id, at: t.now });
  log(t, probe.kind === 'command' ? `asked to run ${probe.commands[0]?.code ?? probe.id}` : `asked: ${probe.id}`);
  t.replies.push(probeReply(probe));
}

function startRemediation(t: Turn, cause: CauseId): void {
  const { s, sc } = t;
  s.phase = 'remediating';
  s.pending = undefined;
  sc.current = cause;
  refresh(t);
  log(t, `remediation shown: ${cause}`);
  // An opening paste that goes straight to the fix has just listed the causes: once is enough.
  if (!t.replies.some((r) => r.type === 'causes')) t.replies.push(causesReply(s, rank(sc, s.rejected)));
  t.replies.push(...remediationReplies(cause, stateValues(s)));
}

function reject(t: Turn, cause: CauseId): void {
  const { s, sc } = t;
  if (!s.rejected.includes(cause)) s.rejected.push(cause);
  if (s.confirmed === cause) delete s.confirmed;
  if (sc.current === cause) {
    delete sc.current;
    s.phase = 'diagnosing';
    s.pending = undefined;
  }
  log(t, `rejected cause ${cause}`);
  t.replies.push({ type: 'text', text: `OK, ruling out *${CAUSE_TITLES[cause]}*.` });
}

function reask(t: Turn, badNumber: boolean): void {
  const { s, sc } = t;
  if (sc.reasks >= MAX_REASKS) return; // people talking among themselves: stop nagging
  sc.reasks++;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  if (pending && s.phase === 'diagnosing') {
    const how =
      pending.kind === 'question'
        ? `Reply with a number from 1 to ${pending.choices.length}, click a choice, or answer in words.`
        : 'Paste the command output here (secrets are redacted), or say "skip" if you cannot run it.';
    t.replies.push({ type: 'text', text: `${badNumber ? 'There is no choice with that number.' : 'I could not read that as an answer.'} ${how}` });
    t.replies.push(probeReply(pending));
    return;
  }
  t.replies.push({ type: 'text', text: helpText(s) });
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping

function applyChoice(t: Turn, probeId: string, choiceId: string): boolean {
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
  Object.assign(sc.implied, choice.implies ?? {});
  apply(sc, `answer:${probeId}=${choiceId}`, t.now, choice.effects, choice.evidence);
  log(t, `answered ${probeId}: ${choice.label}`);
  // An answer may establish facts (keyKind) that make signals hold.
  applySignals(t);
  return true;
}

function answerPending(t: Turn, answer: string): void {
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
function unaskPending(t: Turn): void {
  const { s } = t;
  if (!s.pending) return;
  const id = s.pending.id;
  s.pending = undefined;
  const i = s.asked.findIndex((a) => a.id === id && a.answer === undefined);
  if (i >= 0) s.asked.splice(i, 1);
}

/** Never keep waiting for what the facts now tell us. */
function dropAnsweredByFacts(t: Turn): void {
  const { s } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  if (pending && anyHolds(stateValues(s), pending.skipWhen)) answerPending(t, 'answered by the facts');
}

function applySignals(t: Turn): void {
  const { s, sc } = t;
  for (const sig of newSignals(stateValues(s), sc.seenSignals)) {
    sc.seenSignals.push(sig.id);
    apply(sc, `fact:${sig.id}`, t.now, sig.effects, sig.evidence);
  }
}

function apply(sc: CaseScoring, id: string, at: string, effects: Effects, evidence: string): void {
  sc.applied.push({ id, at, effects, evidence });
}

/** Rebuild the ranking and evidence lists stored on the case. */
function refresh(t: Turn): void {
  const { s, sc } = t;
  const ranking = rank(sc, s.rejected);
  s.causes = ranking.map((c) => ({ id: c.id, score: round(c.score), evidence: evidenceFor(sc, c.id) }));
  const top = ranking.slice(0, 3).map((c) => ({ id: c.id, score: round(c.score) }));
  const last = s.history[s.history.length - 1];
  if (!last || JSON.stringify(last.top) !== JSON.stringify(top)) s.history.push({ at: t.now, top });
  if (s.history.length > MAX_HISTORY) s.history = s.history.slice(-MAX_HISTORY);
}

function evidenceFor(sc: CaseScoring, id: CauseId): string[] {
  const out = [...(sc.baseEvidence[id] ?? [])];
  for (const a of sc.applied) {
    const f = a.effects[id];
    if (f !== undefined && f > 1 && !out.includes(a.evidence)) out.push(a.evidence);
  }
  return out.slice(0, MAX_EVIDENCE);
}

function evidenceOf(d: Diagnosis): Partial<Record<CauseId, string[]>> {
  const out: Partial<Record<CauseId, string[]>> = {};
  for (const c of d.causes) {
    const texts = c.evidence.filter((e) => e.polarity === 'for').map((e) => redact(e.text).text.slice(0, 200));
    if (texts.length > 0) out[c.id] = [...new Set(texts)].slice(0, MAX_EVIDENCE);
  }
  return out;
}

function mergeEvidence(sc: CaseScoring, next: Partial<Record<CauseId, string[]>>): void {
  for (const [id, texts] of Object.entries(next) as Array<[CauseId, string[]]>) {
    sc.baseEvidence[id] = [...new Set([...(sc.baseEvidence[id] ?? []), ...texts])].slice(0, MAX_EVIDENCE);
  }
}

/** Bound on remembered warnings per case. */
const MAX_WARNED_PRINTS = 200;

/** Every poster of a secret is warned privately, once per secret, whoever posted one before. */
function warnSecrets(t: Turn, d: Diagnosis, pasted: string): void {
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

function learnedSomething(before: FactValues, after: FactValues): boolean {
  return (Object.keys(after) as Array<keyof FactValues>).some((k) => (after[k] ?? []).some((v) => !(before[k] ?? []).includes(v)));
}

function describePaste(d: Diagnosis): string {
  const parts: string[] = [];
  if (d.errorCodes.length > 0) parts.push(d.errorCodes.slice(0, 3).join(', '));
  if (d.facts.operation) parts.push(`operation ${d.facts.operation}`);
  if (d.facts.credentialSource) parts.push(`credential source ${d.facts.credentialSource}`);
  const hint = lookupHint(d.facts);
  if (hint) parts.push(`key ${hint}`);
  if (d.facts.arn) parts.push(`identity ${d.facts.arn}`);
  if (d.facts.runtime) parts.push(`runtime ${d.facts.runtime}`);
  return parts.length > 0 ? parts.join('; ') : 'no new facts';
}

function leaderText(r: Ranking): Reply {
  const [a, b] = r;
  const lead = a ? `*${CAUSE_TITLES[a.id]}* (${pct(a.score)})` : 'nothing yet';
  const next = b && b.score > 0 ? `, then ${CAUSE_TITLES[b.id]} (${pct(b.score)})` : '';
  return { type: 'text', text: `Leading now: ${lead}${next}.` };
}

function helpText(s: CaseState): string {
  switch (s.phase) {
    case 'diagnosing':
      return 'Answer the question above, paste more output from the failing runtime, or say "resolved".';
    case 'remediating':
      return 'When the steps are done, say "done" (I will then ask you to verify), "not this" if this is not the cause, or "resolved".';
    case 'verifying':
      return 'Paste the output of `aws sts get-caller-identity` from the failing runtime, or say "resolved" or "still failing".';
    case 'resolved':
      return 'This case is resolved.';
  }
}

function log(t: Turn, event: string): void {
  t.s.timeline.push({ at: t.now, user: t.user, event });
  if (t.s.timeline.length > MAX_TIMELINE) t.s.timeline = [t.s.timeline[0]!, ...t.s.timeline.slice(-(MAX_TIMELINE - 1))];
}

function finish(t: Turn): void {
  const a = actionsReply(t.s, rank(t.sc, t.s.rejected));
  if (a && t.replies.length > 0 && t.s.phase !== 'resolved') t.replies.push(a);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
