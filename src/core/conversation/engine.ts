/**
 * The case conversation: step(state, input, {now}) -> {state, replies}. PURE and deterministic:
 * the use case runs it inside an atomic store update, which may call it more than once.
 * This module only sequences the parts, for every input: interpret it (interpreter.ts: a paste is
 * evidence, words are a command, an answer or statements), update the belief (evidence.ts, said.ts,
 * belief.ts), ask the policy for the next step (next-step.ts, policy.ts; fixing.ts once a fix is
 * shown), and build the replies as data (replies.ts). docs/conversation.md maps the modules.
 */
import { diagnose } from '../diagnose';
import { showsErrorText, type Diagnosis } from '../diagnosis';
import { probeById } from '../knowledge';
import type { QuestionProbe } from '../knowledge/types';
import { ANSWERED_BY_FACTS, PASTED_OUTPUT, type CaseInput, type CaseState, type EngineResult } from './types';
import { applyImpliedSignals, emptyScoring, observeText, rank, stateValues } from './belief';
import { askable } from './policy';
import { interpret, understood } from './interpreter';
import { opensCase } from './description';
import { callerIdentityOf, noteNamedClient } from './verification';
import { anotherThing } from './another-incident';
import { actionsReply, describePaste, helpText, leaderText, openingReplies } from './replies';
import { confirm, fixPlaybooks, lateFixNote, reject, reshowFix, resolve, stepDone, stillFailing, switchFix, toldAtVerify, verify } from './fixing';
import { advance, caseIsWith, moveOn, noted } from './next-step';
import { saidToAnother } from './aside';
import { runCommand } from './commands';
import { hiddenCharacters, observeCleanIdentity, takeLookup, takeText } from './evidence';
import { keepEarlier, newCase, workingCopy } from './case-state';
import { answeredOrSaid, applyStated, noteToldFix, readProse, takeWords } from './said';
import { answerPending, applyChoice, dropAnsweredByFacts, log, refresh, unaskPending, type Turn } from './turn';
import { tookLateAnswer } from './late-answer';
import { noteIncidentStart, takeReadings } from './paste-readings';
import { warnSecrets } from './secret-warnings';
import { readText } from './reply-reading';
import { DEFAULT_POLICY_PARAMS, type PolicyParams } from './policy-params';

export interface StepContext {
  now: Date;
  /** The case key, recorded on a new case. */
  key?: CaseState['key'];
  /** The policy's numbers (policy-params.ts): the shipped defaults unless a parameter sweep replays with its own. */
  policy?: Readonly<PolicyParams>;
}

export function step(state: CaseState | undefined, input: CaseInput, ctx: StepContext): EngineResult | undefined {
  const now = ctx.now.toISOString();
  if (!state) return open(input, ctx);
  // A resolved case stays resolved: a new error in its thread is a new incident, a new case; only
  // what the team says fixed it ("resolved - removed the export") is still added to its summary.
  if (state.phase === 'resolved' && (input.kind === 'paste' || input.kind === 'message')) {
    const note = lateFixNote(input.text);
    if (note === undefined) return openAfter(state, input, ctx);
    input = { kind: 'resolve', user: input.user, at: input.at, note };
  }
  // Another incident pasted into an open case ("now a different thing on the deploy box:" and another error) is a case
  // of its own, never merged (another-incident.ts); the paste is diagnosed once, here or below.
  let diagnosed: Diagnosis | undefined;
  if (input.kind === 'paste' || input.kind === 'message') {
    const other = anotherThing(state, input.text, ctx.now);
    const opened = other?.intro !== undefined ? openNext(state, input, ctx, other.diagnosed, other.intro) : undefined;
    if (opened) return opened;
    diagnosed = other?.diagnosed;
  }
  const { s, sc } = workingCopy(state, input.user, now);
  const overheard = (input.kind === 'paste' || input.kind === 'message') && input.overheard === true && input.addressed !== true;
  const t: Turn = { s, sc, replies: [], now, clock: ctx.now, user: input.user, policy: ctx.policy ?? DEFAULT_POLICY_PARAMS, ...(overheard ? { overheard } : {}), ...('writtenAt' in input && input.writtenAt ? { writtenAt: input.writtenAt } : {}), ...(state.scoring ? { before: state.scoring } : {}) };
  let read: Diagnosis | undefined;
  switch (input.kind) {
    case 'paste':
    case 'message':
      read = onText(t, input.text, diagnosed);
      break;
    case 'answer':
      onAnswer(t, input.questionId, input.choiceId);
      break;
    case 'lookup-result':
      onLookup(t, input.result);
      break;
    case 'confirm-cause':
      if (s.phase === 'resolved') break;
      s.rejected = s.rejected.filter((c) => c !== input.causeId);
      confirm(t, input.causeId);
      break;
    case 'reject-cause':
      if (s.phase === 'resolved') break;
      reject(t, input.causeId, 'the team said not this cause');
      advance(t, true);
      break;
    case 'step-done':
      stepDone(t);
      break;
    case 'resolve':
      resolve(t, input.note);
      break;
  }
  // Said to another person by someone the case is not with (aside.ts): taken in, not answered; a secret in it is still
  // warned of privately (handing creds to a teammate is where one is pasted most: review 36b R36b-6). An error forwarded
  // in it that changes the leader is evidence in the thread, answered as any paste, so the team hears the case moved
  // (review 36b R36b-14).
  const aside = overheard && 'text' in input && saidToAnother(input.text) && input.user !== caseIsWith(state);
  if (aside && !(read !== undefined && showsErrorText(read) && leaderOf(state) !== leaderOf(s))) t.replies = t.replies.filter((r) => r.type === 'warning' && r.private === true);
  else finish(t);
  return { state: s, replies: t.replies, ...readOf(read?.inputRead) };
}

/** How much of a long paste was read, for the adapters to say (they do not cut it again). */
function readOf(read: Diagnosis['inputRead']): Pick<EngineResult, 'readNote'> {
  return read ? { readNote: read.note } : {};
}

// ---------------------------------------------------------------------------------------------
// Opening

/**
 * Text in the thread of a resolved case: an error, or words said to awskey that describe a new
 * problem, open a new case under the same key (the earlier one is kept as a line in `earlier`, never
 * merged); anything else (thanks, chatter about the old case) changes nothing.
 */
function openAfter(state: CaseState, input: Extract<CaseInput, { kind: 'paste' | 'message' }>, ctx: StepContext): EngineResult | undefined {
  const d = diagnose(input.text, { now: ctx.now });
  const after = { ...input, afterResolved: true };
  if (!opensCase(d, input.text, after)) return { state, replies: [] }; // chatter after resolution stays quiet
  return openNext(state, after, ctx, d, `The earlier case in this thread is resolved, so this ${showsErrorText(d) ? 'error' : 'problem'} opens a new case.`);
}

/** A new case under the thread's key, the earlier one kept apart as a line (case-state.ts keepEarlier), `intro` said first. */
function openNext(state: CaseState, input: Extract<CaseInput, { kind: 'paste' | 'message' }>, ctx: StepContext, d: Diagnosis, intro: string): EngineResult | undefined {
  const r = open(input, { ...ctx, key: state.key }, d);
  if (!r) return undefined;
  keepEarlier(state, r.state, input.user);
  r.replies.unshift({ type: 'text', text: intro });
  return r;
}

function open(input: CaseInput, ctx: StepContext, diagnosis?: Diagnosis): EngineResult | undefined {
  if (input.kind !== 'paste' && input.kind !== 'message') return undefined;
  const d = diagnosis ?? diagnose(input.text, { now: ctx.now });
  // Words alone (no error text) open a case only when said to awskey; passive listening stays quiet.
  if (!opensCase(d, input.text, input)) return undefined;
  const described = !showsErrorText(d);
  const at = ctx.now.toISOString();
  const policy = ctx.policy ?? DEFAULT_POLICY_PARAMS;
  const sc = emptyScoring();
  if (described) sc.described = true;
  observeText(sc, input.text, ctx.now, policy.sharpen, d);
  const s = newCase(d, input.user, at, ctx.key, sc);
  noteNamedClient(s, input.text);
  const t: Turn = { s, sc, replies: [], now: at, clock: ctx.now, user: input.user, policy };
  noteIncidentStart(t, input.text);
  takeReadings(t, input.text);
  hiddenCharacters(t);
  warnSecrets(t, d, input.text);
  log(t, described ? 'opened the case from a description (no error text)' : `opened the case: ${describePaste(d)}`);
  readProse(t, input.text, true);
  applyImpliedSignals(sc, s.facts, s.errorCodes, t.now);
  refresh(t);
  t.replies.push(...openingReplies(s, rank(sc, s.rejected)));
  advance(t, false);
  finish(t);
  return { state: s, replies: t.replies, opened: true, ...readOf(d.inputRead) };
}

// ---------------------------------------------------------------------------------------------
// Text: a paste (evidence) or words (commands, an answer to the pending question, statements)

/** Returns the text's diagnosis (how much of it was read, whether it shows an error). */
function onText(t: Turn, text: string, diagnosed?: Diagnosis): Diagnosis {
  const d = diagnosed ?? diagnose(text, { now: t.clock });
  takeIn(t, text, d);
  return d;
}

const leaderOf = (s: CaseState): string | undefined => (s.scoring ? rank(s.scoring, s.rejected)[0]?.id : undefined);

function takeIn(t: Turn, pasted: string, pastedRead: Diagnosis): void {
  const { s, sc } = t;
  warnSecrets(t, pastedRead, pasted);
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  const open = askable(s, stateValues(s)).map((p) => p.id);
  const read = (words: string) => interpret(words, pending, open, answeredOrSaid(t), pending ? undefined : lastAnswered(s));
  // A paste is evidence for the belief (diagnose reads its prose too), never an answer or a statement; the shapes people
  // answer in (a command and its output, a clock reading, look-alike letters, an account number) are read as words.
  const { text, d, paste, words, notes } = readText(pasted, pastedRead, { pending, open, facts: s.facts, now: t.clock, read });
  // Written before the question pending was asked (two people answering at once): read against the one open then.
  if (!paste && tookLateAnswer(t, text, t.writtenAt)) return;
  for (const note of notes) t.replies.push({ type: 'text', text: note });
  if (words.intent) {
    runCommand(t, words.intent, words.note);
    return;
  }
  // A choice's label typed or copied from the list ("A role from the platform (EC2, ECS task, IRSA, OIDC)") is its
  // button: the words are ours, so they are no evidence ("EC2" is no runtime the team named).
  if (words.pressed && words.answer) {
    onAnswer(t, words.answer.probeId, words.answer.choiceId);
    return;
  }

  // The belief takes in everything said or pasted (a bare answer "2" or "yes" holds no evidence).
  const leaderBefore = rank(sc, s.rejected)[0]?.id;
  const playbooksBefore = fixPlaybooks(t);
  const { learned, stated } = takeText(t, text, d, paste, understood(words));

  noteNamedClient(s, text);
  const identity = !showsErrorText(d) ? callerIdentityOf(text) : undefined;
  if (identity && (s.phase === 'remediating' || s.phase === 'verifying')) {
    verify(t, identity);
    return;
  }
  if (identity) observeCleanIdentity(t);
  if (showsErrorText(d)) stillFailing(t);
  if (s.pending?.kind === 'command' && (learned || showsErrorText(d) || identity)) answerPending(t, PASTED_OUTPUT);
  const moved = stated + takeWords(t, words);
  noteToldFix(t, text, words.statements);
  applyImpliedSignals(sc, s.facts, s.errorCodes, t.now);
  dropAnsweredByFacts(t);
  // Words at the verify step that tell the outcome are the typed "resolved" or "still failing" (fixing.ts).
  const told = paste ? undefined : toldAtVerify(t, text);
  if (told === 'failing') runCommand(t, 'failing');
  if (told) return;

  if (!(learned || showsErrorText(d) || moved > 0 || identity)) {
    noted(t, words.badNumber === true);
    return;
  }
  sc.reasks = 0;
  if (s.phase === 'diagnosing') {
    if (rank(sc, s.rejected)[0]?.id !== leaderBefore) unaskPending(t);
    advance(t, true);
  } else if (!switchFix(t) && !reshowFix(t, playbooksBefore)) {
    refresh(t);
    t.replies.push(leaderText(rank(sc, s.rejected)), { type: 'text', text: helpText(s) });
  }
}

/** The last question the team answered themselves, if nothing was asked since: a bare number re-answers it (QA 37 F4). */
function lastAnswered(s: CaseState): QuestionProbe | undefined {
  const last = s.asked.at(-1);
  const probe = last && !last.said && last.answeredBy !== undefined && last.answer !== ANSWERED_BY_FACTS ? probeById(last.id) : undefined;
  return probe?.kind === 'question' ? probe : undefined;
}

function onAnswer(t: Turn, questionId: string, choiceId: string): void {
  const { s } = t;
  if (s.phase === 'resolved') return;
  // A second click on an answered question (or a replica retrying the event, or a teammate's click racing the first)
  // changes nothing; another choice from the one who answered corrects the answer (QA 37 F4: a runbook re-answering got
  // silence), as the same choice said in words would.
  const earlier = s.asked.find((a) => a.id === questionId && a.answer !== undefined);
  if (earlier && (earlier.answer === choiceId || earlier.answeredBy !== t.user || applyStated(t, [{ probeId: questionId, choiceId }]) === 0)) return;
  if (earlier) {
    // The corrected answer's implied facts (an ASIA key: temporary, and its unknown-key signal) count as the words' do.
    applyImpliedSignals(t.sc, s.facts, s.errorCodes, t.now);
    moveOn(t);
    return;
  }
  if (!applyChoice(t, questionId, choiceId)) {
    noted(t, false);
    return;
  }
  applyImpliedSignals(t.sc, s.facts, s.errorCodes, t.now);
  t.sc.reasks = 0;
  moveOn(t);
}

function onLookup(t: Turn, result: Extract<CaseInput, { kind: 'lookup-result' }>['result']): void {
  if (takeLookup(t, result)) moveOn(t);
}

/** A step that said something ends with the case's actions (the buttons), until the case is resolved. */
function finish(t: Turn): void {
  const a = actionsReply(t.s, rank(t.sc, t.s.rejected), t.replies);
  if (a && t.replies.length > 0 && t.s.phase !== 'resolved') t.replies.push(a);
}

