/**
 * A simulated user replaying a real public thread (test/fixtures/real-conversations) against the case
 * conversation, through `awskey chat --jsonl`'s own code (ChatSession + JsonlChat over the use case
 * Slack uses). The user answers ONLY what is asked, truthfully, from the case's truth profile: in the
 * reporter's own words when the thread gives them, else by choice id; a command is answered with the
 * output the reporter showed, or "I can't run that here"; an unknown truth is "I don't know". A fix for
 * another cause is tried and refused ("not this"), as a team would after it did not help.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChatSession } from '../../src/adapters/cli/chat-session';
import { JsonlChat, type JsonlReply } from '../../src/adapters/cli/chat-jsonl';
import { createCaseStore } from '../../src/adapters/store/case-store';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { createLogger } from '../../src/adapters/logging/logger';
import type { CauseId } from '../../src/core/taxonomy';
import { probeById } from '../../src/core/knowledge';
import { ANSWERED_BY_FACTS, PASTED_OUTPUT, SKIPPED, type CaseState } from '../../src/core/conversation/types';
import type { PolicyParams } from '../../src/core/conversation/policy-params';
import { shownBy } from './shown-in-pastes';

export const CONVERSATIONS_DIR = join(__dirname, '..', 'fixtures', 'real-conversations');
export const HALVES = ['tuning', 'holdout'] as const;
export type Half = (typeof HALVES)[number];
/** Turns the user takes after the opening paste before giving up. */
export const MAX_TURNS = 8;
const T0 = Date.parse('2026-12-01T09:00:00Z');

type Tri = boolean | null;
export interface Truth {
  keyPrefix: 'AKIA' | 'ASIA' | 'other' | null;
  sessionTokenSet: Tri;
  credentialSource: string | null;
  runtime: string | null;
  tool: string | null;
  envKeysSet: Tri;
  profileIntended: string | null;
  profileUsed: string | null;
  rotatedRecently: Tri;
  keyDeletedOrInactive: Tri;
  worksElsewhere: Tri;
  target: 'commercial' | 'opt-in-region' | 'other-partition' | 'localstack' | 'custom-endpoint' | null;
  regionEnabled: Tri;
  clockOff: Tri;
  copiedByHand: Tri;
  callerAccountIsResourceAccount: Tri;
  ssoSessionExpired: Tri;
}

export interface ConversationCase {
  url: string;
  title: string;
  opening: string;
  cause: CauseId;
  alsoAcceptable: CauseId[];
  truth: Truth;
  pastes: { 'configure-list': string | null; 'caller-identity': string | null; env: string | null; other: string[] };
  phrasing: Partial<Record<keyof Truth, string>>;
  fixedBy: string;
  note?: string;
  /** Collection batch (corpus README); absent means batch 1. */
  batch?: number;
}

export interface LoadedCase {
  half: Half;
  file: string;
  c: ConversationCase;
}

export function loadConversations(dir = CONVERSATIONS_DIR): LoadedCase[] {
  return HALVES.flatMap((half) =>
    readdirSync(join(dir, half))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => ({ half, file, c: JSON.parse(readFileSync(join(dir, half, file), 'utf8')) as ConversationCase })),
  );
}

// ---------------------------------------------------------------------------------------------
// What the user knows: question id -> the truth field and the choice it means

type Choice = string | undefined; // undefined: the user does not know
interface Known {
  field: keyof Truth;
  choice: (t: Truth) => Choice;
}

const tri = (v: Tri, yes: string, no: string): Choice => (v === true ? yes : v === false ? no : undefined);


/** The questions of src/core/knowledge/probes.ts; a question not here is answered "I don't know". */
export const KNOWN_QUESTIONS: Record<string, Known> = {
  'key-prefix': { field: 'keyPrefix', choice: (t) => (t.keyPrefix === 'AKIA' ? 'akia' : t.keyPrefix === 'ASIA' ? 'asia' : t.keyPrefix === 'other' ? 'other' : undefined) },
  'session-token': { field: 'sessionTokenSet', choice: (t) => tri(t.sessionTokenSet, 'yes', 'no') },
  rotation: {
    field: 'rotatedRecently',
    choice: (t) => {
      if (t.keyDeletedOrInactive === true) return 'disabled';
      if (t.rotatedRecently === true) return 'rotated';
      if (t.rotatedRecently === false && t.keyDeletedOrInactive === false) return 'nothing';
      return undefined;
    },
  },
  'works-elsewhere': { field: 'worksElsewhere', choice: (t) => tri(t.worksElsewhere, 'yes', 'no') },
  target: {
    field: 'target',
    choice: (t) => ({ commercial: 'commercial', 'opt-in-region': 'opt-in', 'other-partition': 'other-partition', localstack: 'local', 'custom-endpoint': undefined })[t.target ?? 'custom-endpoint'],
  },
  'region-enabled': { field: 'regionEnabled', choice: (t) => tri(t.regionEnabled, 'enabled', 'disabled') },
  'sign-in': {
    field: 'credentialSource',
    choice: (t) => {
      const s = t.credentialSource;
      if (s === null) return undefined;
      if (s === 'sso') return 'sso';
      if (s === 'assume-role' || s === 'process') return 'assume-role';
      if (s === 'web-identity' || s === 'instance-metadata' || s === 'container') return 'role';
      // Keys in a file, env or CI secret: temporary ones exported by a script, else where they are kept.
      if (t.keyPrefix === 'ASIA') return 'assume-role';
      if (s === 'env' || s === 'ci-secret') return 'env';
      if (s === 'shared-file' || s === 'profile') return 'file';
      return undefined;
    },
  },
  'resource-account': { field: 'callerAccountIsResourceAccount', choice: (t) => tri(t.callerAccountIsResourceAccount, 'same', 'other') },
  clock: { field: 'clockOff', choice: (t) => tri(t.clockOff, 'off', 'right') },
  copied: { field: 'copiedByHand', choice: (t) => tri(t.copiedByHand, 'yes', 'no') },
  runtime: {
    field: 'runtime',
    choice: (t) => ({ laptop: 'laptop', ci: 'ci', ecs: 'container', docker: 'container', eks: 'kubernetes', kubernetes: 'kubernetes', ec2: 'aws-compute', lambda: 'aws-compute' })[t.runtime ?? ''],
  },
};

/** Which pasted output a command asks for, from the command itself (robust to renamed probe ids). */
function pasteFor(commands: string[], c: ConversationCase): { key: string; text: string | null } | undefined {
  const all = commands.join('\n');
  if (/configure list/.test(all)) return { key: 'configure-list', text: c.pastes['configure-list'] };
  if (/get-caller-identity/.test(all)) return { key: 'caller-identity', text: c.pastes['caller-identity'] };
  if (/\b(env|printenv|Get-ChildItem Env|set)\b/.test(all)) return { key: 'env', text: c.pastes.env };
  return undefined;
}

export type UserInput = { text: string } | { answer: { question: string; choice: string } } | { command: 'not-this' };

export interface Intended {
  input: UserInput;
  /** The question this input answers, and the choice it means (undefined: "I don't know" / a paste). */
  question?: string;
  expected?: string;
  isPaste: boolean;
  /** The question is not one the simulated user knows (a new probe): answered "I don't know". */
  unmapped?: boolean;
}

/**
 * How the user gives a choice where no words of the reporter's own are used: `button` presses it (a
 * structured answer); the others type it, as people do in Slack and the terminal: its 1-based number as
 * the question lists it ("2"), its label ("An IAM role"), or both ("2, an iam role").
 */
export const ANSWER_MODES = ['button', 'number', 'label', 'mixed'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** The choice given in `mode`: a button press, or the text typed for it. */
export function choiceInput(q: NonNullable<JsonlReply['question']>, choice: string, mode: AnswerMode): UserInput {
  const i = q.choices.findIndex((x) => x.id === choice);
  if (mode === 'button' || i < 0) return { answer: { question: q.id, choice } };
  const label = q.choices[i]!.label;
  const typed: Record<Exclude<AnswerMode, 'button'>, string> = { number: String(i + 1), label, mixed: `${i + 1}, ${label.toLowerCase()}` };
  return { text: typed[mode] };
}

/** The user's reply to the question (or command) on screen. `repeat` is how often it was asked already. */
export function answer(q: NonNullable<JsonlReply['question']>, c: ConversationCase, repeat: number, mode: AnswerMode = 'button'): Intended {
  if (q.kind === 'command') {
    const p = pasteFor(q.commands, c);
    if (p?.text) return { input: { text: p.text }, question: q.id, isPaste: true };
    return { input: { text: repeat > 0 ? 'skip' : "I can't run that here" }, question: q.id, isPaste: false, unmapped: p === undefined };
  }
  const known = KNOWN_QUESTIONS[q.id];
  const choice = known?.choice(c.truth);
  const valid = choice !== undefined && q.choices.some((x) => x.id === choice);
  if (!known || !valid) {
    const unknown = q.choices.find((x) => x.id === 'unknown');
    // Asked again after "I don't know": press the button rather than repeat words that were not read.
    if (repeat > 0 && unknown) return { input: choiceInput(q, 'unknown', mode), question: q.id, expected: 'unknown', isPaste: false, unmapped: !known };
    return { input: { text: repeat > 0 ? 'skip' : "I don't know" }, question: q.id, expected: unknown ? 'unknown' : undefined, isPaste: false, unmapped: !known };
  }
  const words = c.phrasing[known.field];
  if (words && repeat === 0) return { input: { text: words }, question: q.id, expected: choice, isPaste: false };
  return { input: choiceInput(q, choice, mode), question: q.id, expected: choice, isPaste: false };
}

// ---------------------------------------------------------------------------------------------
// Redundant questions: asked although the pastes given so far already show the answer

/**
 * Whether the pastes given so far already answer the question: by what they show (shown-in-pastes.ts:
 * a key id, an identity, a configure list, a runtime's paths), or because the reporter's own sentence stating the answer is in them
 * (the thread's opening often says "it works from my laptop").
 */
export function shownInPastes(question: string, pastes: string[], c?: ConversationCase): boolean {
  if (pastes.some((p) => shownBy(question, p))) return true;
  const known = KNOWN_QUESTIONS[question];
  const words = known && c && known.choice(c.truth) !== undefined ? c.phrasing[known.field] : undefined;
  return words !== undefined && saysItself(words, pastes);
}

/**
 * The reporter's own sentence is in a paste: as whole words (a "yes" inside "eyes" or "no" inside "no
 * such file" is not the reporter stating the answer), and long enough to be a statement (one short word
 * is not).
 */
export function saysItself(words: string, pastes: string[]): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const w = norm(words);
  if (w.length < 8 && !w.includes(' ')) return false;
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\w])${escaped}(?![\\w])`);
  return pastes.some((p) => re.test(norm(p)));
}

/** Answers the engine records itself for command steps are not choices. */
const NOT_A_CHOICE = new Set([PASTED_OUTPUT, ANSWERED_BY_FACTS, SKIPPED]);

/** Whether a recorded answer is one of the question's choices (not how a command step was settled). */
function isChoice(question: string, answer: string): boolean {
  const probe = probeById(question);
  if (probe) return probe.kind === 'question' && probe.choices.some((c) => c.id === answer);
  return !NOT_A_CHOICE.has(answer);
}

// ---------------------------------------------------------------------------------------------
// One replay

export interface TurnLog {
  sent: UserInput;
  kind: JsonlReply['kind'];
  question?: string;
  fix?: CauseId;
  understood?: JsonlReply['understood'];
  /** The case's ranking after this input (for analysis scripts; not part of any score). */
  ranking?: JsonlReply['ranking'];
}

export interface Replay {
  half: Half;
  file: string;
  /** Collection batch (1 when the case names none). */
  batch: number;
  cause: CauseId;
  accept: CauseId[];
  opened: boolean;
  firstFix?: CauseId;
  firstFixRight: boolean;
  /** Turns (inputs after the opening) until the right fix was shown; undefined if not within MAX_TURNS. */
  rightFixTurn?: number;
  /** Questions and commands asked before the right fix (counted only when it came). */
  questionsToRight?: number;
  questionsAsked: number;
  redundant: string[];
  misread: string[];
  unmapped: string[];
  turns: TurnLog[];
}

/** Sees each reply with the case as stored after it (for property tests over the replays; no score reads it). */
export type ReplayObserver = (reply: JsonlReply, state: CaseState | undefined) => void;

/** Drives one case through the --jsonl code path; `handle` is the protocol, exactly as the CLI runs it. */
export async function replay(l: LoadedCase, maxTurns = MAX_TURNS, mode: AnswerMode = 'button', policy?: Readonly<PolicyParams>, observe?: ReplayObserver): Promise<Replay> {
  const { c } = l;
  const accept = [c.cause, ...c.alsoAcceptable];
  let t = T0;
  const clock = { now: () => new Date(t) };
  const kv = createMemoryStore({ clock });
  const session = await ChatSession.open({ cases: createCaseStore(kv, 86400), clock, logger: createLogger({ level: 'silent' }), policy }, `eval-${l.file}`);
  const chat = new JsonlChat(session, 'reporter', clock.now);
  const send = async (input: UserInput): Promise<JsonlReply> => {
    t += 60_000;
    // Through the wire format: what a runbook would write and read.
    const reply = JSON.parse(JSON.stringify(await chat.handle(JSON.stringify(input)))) as JsonlReply;
    observe?.(reply, session.state);
    return reply;
  };

  const r: Replay = { half: l.half, file: l.file, batch: c.batch ?? 1, cause: c.cause, accept, opened: false, firstFixRight: false, questionsAsked: 0, redundant: [], misread: [], unmapped: [], turns: [] };
  const pastes = [c.opening];
  const answered = new Set<string>(); // questions the case recorded an answer for
  const timesAsked = new Map<string, number>();
  let shown: JsonlReply['question'];
  let prevPending: string | undefined;
  let reply = await send({ text: c.opening });
  r.turns.push({ sent: { text: '(opening)' }, kind: reply.kind, question: reply.question?.id, fix: reply.fix?.cause, understood: reply.understood, ranking: reply.ranking });
  if (reply.kind === 'no-case' || reply.kind === 'error') return r;
  r.opened = true;
  checkUnderstood(r, reply, { isPaste: true, input: { text: '' } }, 'opening');
  for (const u of reply.understood ?? []) answered.add(u.question);

  for (let turn = 0; ; turn++) {
    // What the reply asks: a new question counts once; the same one shown again is a re-ask.
    if (reply.question) {
      const q = reply.question;
      const isNew = q.id !== prevPending || answered.has(q.id);
      if (isNew) {
        r.questionsAsked++;
        if (answered.has(q.id)) r.redundant.push(`${q.id} (asked again after it was answered)`);
        else if (shownInPastes(q.id, pastes, c)) r.redundant.push(`${q.id} (the pastes already show it)`);
      }
      shown = q;
    }
    prevPending = reply.pending?.id;
    if (reply.fix) {
      r.firstFix ??= reply.fix.cause;
      if (accept.includes(reply.fix.cause)) {
        r.rightFixTurn = turn;
        r.questionsToRight = r.questionsAsked;
        break;
      }
    }
    if (turn >= maxTurns) break;
    let intended: Intended;
    if (reply.phase === 'remediating' || reply.phase === 'verifying') {
      intended = { input: { command: 'not-this' }, isPaste: false };
    } else if (reply.pending && shown && reply.pending.id === shown.id) {
      const n = timesAsked.get(shown.id) ?? 0;
      timesAsked.set(shown.id, n + 1);
      intended = answer(shown, c, n, mode);
      if (intended.unmapped && !r.unmapped.includes(shown.id)) r.unmapped.push(shown.id);
    } else break; // nothing asked and no fix: the conversation is stuck
    if (intended.isPaste && 'text' in intended.input) pastes.push(intended.input.text);
    reply = await send(intended.input);
    r.turns.push({ sent: intended.input, kind: reply.kind, question: reply.question?.id, fix: reply.fix?.cause, understood: reply.understood, ranking: reply.ranking });
    checkUnderstood(r, reply, intended, `turn ${turn + 1}`);
    for (const u of reply.understood ?? []) answered.add(u.question);
    if (reply.kind === 'error' || reply.phase === 'resolved') break;
  }
  r.firstFixRight = r.firstFix !== undefined && accept.includes(r.firstFix);
  return r;
}

/** A choice recorded for another question than the one answered, a paste read as an answer, or a wrong choice. */
function checkUnderstood(r: Replay, reply: JsonlReply, intended: Intended, where: string): void {
  for (const u of reply.understood ?? []) {
    if (!isChoice(u.question, u.answer)) continue;
    if (intended.isPaste) r.misread.push(`${where}: a paste read as ${u.question}=${u.answer}`);
    else if ('command' in intended.input) r.misread.push(`${where}: "not this" read as ${u.question}=${u.answer}`);
    else if (u.question !== intended.question) r.misread.push(`${where}: answer to ${intended.question ?? '?'} recorded for ${u.question}=${u.answer}`);
    else if (intended.expected !== undefined ? u.answer !== intended.expected : u.answer !== 'unknown') r.misread.push(`${where}: ${u.question} recorded as ${u.answer}, meant ${intended.expected ?? "don't know"}`);
  }
}
