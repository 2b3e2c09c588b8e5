/**
 * `awskey chat --jsonl`: the case conversation as a line protocol for runbooks and tests. One JSON
 * input per line in, one JSON object per input out (docs/conversation.md, "`awskey chat --jsonl`
 * protocol"). The objects are built from the engine's reply data, never from rendered prose, and
 * every string in them passes through the same redaction as everything else: pasted input is never
 * echoed. Field names and kinds here are a contract: add, never rename.
 */
import { z } from 'zod';
import { redactedText } from './redacted-text';
import { secretKindsBetween } from '../../core/input-window';
import { uncasedSecretWarning } from './uncased-secrets';
import type { CauseId } from '../../core/taxonomy';
import type { CaseInput, CasePhase, CaseState, RemediationStep, Reply } from '../../core/conversation/types';
import type { ChatSession, SessionStep } from './chat-session';
import { OTHER_PLATFORMS_WORDS } from '../../core/conversation/replies';

export const JSONL_VERSION = 1;

export type JsonlKind = 'question' | 'command' | 'fix' | 'verify' | 'resolved' | 'noted' | 'silent' | 'no-case' | 'new-case' | 'error';

export interface JsonlStep {
  text: string;
  commands: string[];
  /** Added within v1: the documentation page the step rests on, when it names one (the Lambda steps). */
  source?: string;
}

export interface JsonlReply {
  v: typeof JSONL_VERSION;
  /** 1-based number of the input line this object answers. */
  line: number;
  kind: JsonlKind;
  /** The case this input went to (`<session>` or `<session>.<n>`); absent before any case. */
  case?: string;
  /** This input opened the case. */
  opened?: boolean;
  phase?: CasePhase;
  question?: { id: string; kind: 'question' | 'command'; text: string; choices: Array<{ id: string; label: string }>; commands: string[] };
  /** Every cause still possible, most likely first; p is the engine's share of belief (sums to about 1). */
  ranking?: Array<{ cause: CauseId; p: number }>;
  /**
   * `steps` are the platform steps (the runtime's first); `playbooks` (added within v1) the case- and
   * tool-specific playbooks shown with them, in the order shown, `first` ones before the steps.
   */
  fix?: {
    cause: CauseId;
    title: string;
    /** Every platform's step texts (at most 20), the runtime's own first: more than a person is shown. */
    steps: string[];
    /** Added within v1: the step texts the person is shown (the `shown` platforms' steps, in order), as the terminal and Slack show them. */
    shownSteps?: string[];
    /** Added within v1: each platform's steps, the runtime's own first; `shown` false behind "other platforms". */
    platforms?: Array<{ platform: string; shown: boolean; steps: JsonlStep[] }>;
    /** Added within v1: whose steps are shown and why ("Steps for GitHub Actions (…)."), or that they are the default. */
    shownFor?: string;
    playbooks?: Array<{ id: string; title: string; first: boolean; steps: JsonlStep[] }>;
  };
  /**
   * `verified` / `not-verified` / `identity-confirmed` come from the case's verification record (the
   * identity this input's caller-identity output showed, in `identity`), never from prose.
   * `identity-confirmed` also when the failing client is not the AWS CLI: its original call decides.
   */
  verification?: { result: 'requested' | 'verified' | 'still-failing' | 'not-verified' | 'identity-confirmed'; commands: string[]; identity?: { account: string; arn: string } };
  /** Answers the case recorded from this input, whatever form it took (choice id, or how a command was answered). */
  understood?: Array<{ question: string; answer: string }>;
  /** What the engine waits for after this input. */
  pending?: { id: string; kind: 'question' | 'command' };
  warnings?: string[];
  text?: string[];
  summary?: string;
  /** How much of a text past what is read whole was read (its head and tail), as diagnose says it. */
  read?: string;
  error?: { code: 'invalid-json' | 'invalid-input' | 'no-case' | 'too-long'; message: string };
}

/**
 * A line refused as too long is not read, but a secret in it was still pasted: it is scanned (in
 * bounded slices) so that its sender is warned, by kind only.
 */
function refusedSecretWarning(raw: string, code: NonNullable<JsonlReply['error']>['code']): { warnings?: string[] } {
  if (code !== 'too-long') return {};
  const kinds = secretKindsBetween(raw, 0, raw.length);
  return kinds.length > 0 ? { warnings: [`The refused line holds a secret value (${kinds.join(', ')}): it was not read nor stored, but if it is real, rotate it.`] } : {};
}

/**
 * One input line is at most this long: diagnose's streaming bound (16 MiB), so a long CI log's text is read as its head
 * and tail as `diagnose` and `chat < FILE` read it (QA39 F5); past it the line is refused, not read.
 */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

const inputSchema = z.union([
  z.object({ text: z.string().min(1), user: z.string().min(1).max(64).optional() }).strict(),
  z.object({ answer: z.object({ question: z.string().min(1).max(200), choice: z.union([z.string().min(1).max(200), z.number().int().min(1).max(99)]) }).strict(), user: z.string().min(1).max(64).optional() }).strict(),
  z.object({ command: z.enum(['done', 'not-this', 'confirm', 'resolve', 'new', 'other-platforms']), note: z.string().max(500).optional(), user: z.string().min(1).max(64).optional() }).strict(),
]);

export type JsonlInput = z.infer<typeof inputSchema>;

const INPUT_HELP = 'each line must be one JSON object: {"text": "..."}, {"answer": {"question": "<id>", "choice": "<id or number>"}} or {"command": "done"|"not-this"|"confirm"|"resolve"|"new"|"other-platforms"}';

/** Reads one line; invalid lines come back as an error object, with nothing of the line in it. */
export function parseJsonlLine(line: string): { ok: true; input: JsonlInput } | { ok: false; error: NonNullable<JsonlReply['error']> } {
  if (line.length > MAX_LINE_CHARS) return { ok: false, error: { code: 'too-long', message: `a line may hold at most ${MAX_LINE_CHARS} characters` } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'invalid-json', message: `not JSON: ${INPUT_HELP}` } };
  }
  const r = inputSchema.safeParse(parsed);
  if (!r.success) return { ok: false, error: { code: 'invalid-input', message: `not a chat input: ${INPUT_HELP}` } };
  return { ok: true, input: r.data };
}

/** Drives a ChatSession from parsed lines; `handle` is what `--jsonl` runs for every line. */
export class JsonlChat {
  private line = 0;
  /** Choices of the questions shown, so `"choice": 2` means what the second button meant. */
  private readonly choicesSeen = new Map<string, string[]>();

  constructor(
    private readonly session: ChatSession,
    private readonly user: string,
    private readonly now: () => Date,
  ) {}

  async handle(raw: string): Promise<JsonlReply> {
    this.line++;
    const parsed = parseJsonlLine(raw);
    if (!parsed.ok) return this.base('error', { error: parsed.error, ...refusedSecretWarning(raw, parsed.error.code) });
    const inp = parsed.input;
    const user = inp.user ?? this.user;
    const at = this.now().toISOString();
    if ('command' in inp && inp.command === 'new') {
      await this.session.newCase();
      return this.base('new-case');
    }
    const state = this.session.state;
    let input: CaseInput;
    // Every text is a paste, as every Slack message is: the engine reads words and output alike.
    // Said to awskey directly, like an @mention or a DM: a description without an error opens a case.
    if ('text' in inp) input = { kind: 'paste', text: inp.text, user, at, addressed: true };
    else if (!state) return this.base('error', { error: { code: 'no-case', message: 'no case yet: send {"text": "<the AWS error>"} first' } });
    else if ('answer' in inp) {
      const wrong = this.wrongAnswer(state, inp.answer.question, inp.answer.choice);
      if (wrong) return this.base('error', { error: { code: 'invalid-input', message: wrong } });
      input = { kind: 'answer', questionId: inp.answer.question, choiceId: this.choiceId(inp.answer.question, inp.answer.choice), user, at };
    }
    else {
      const current = state.scoring?.current ?? state.causes[0]?.id;
      switch (inp.command) {
        case 'done':
          input = { kind: 'step-done', user, at };
          break;
        case 'resolve':
          input = { kind: 'resolve', user, at, ...(inp.note ? { note: inp.note } : {}) };
          break;
        case 'other-platforms':
          // What the Slack button sends: the words the terminal chat types.
          input = { kind: 'message', text: OTHER_PLATFORMS_WORDS, user, at, addressed: true };
          break;
        default:
          if (!current) return this.base('error', { error: { code: 'no-case', message: 'no cause to confirm or rule out yet' } });
          input = inp.command === 'confirm' ? { kind: 'confirm-cause', causeId: state.causes[0]?.id ?? current, user, at } : { kind: 'reject-cause', causeId: current, user, at };
          break;
      }
    }
    const step = await this.session.send(input);
    const reply = this.replyOf(step);
    // Inside a case the engine warns; a text that opened none is warned here (`warnings`: "a secret was pasted").
    const warning = !step.outcome && input.kind === 'paste' ? uncasedSecretWarning(input.text) : undefined;
    return warning ? { ...reply, warnings: [clean(warning.text)] } : reply;
  }

  /**
   * A misspelt question or choice id is refused with what is valid, rather than taken as an answer
   * that changes nothing (the engine would just say "Noted" and ask again).
   */
  private wrongAnswer(state: CaseState, question: string, choice: string | number): string | undefined {
    const shown = this.choicesSeen.get(question);
    if (!shown) {
      // Asked before this process started (--session): its choices were not seen here, so the engine decides.
      if (state.pending?.id === question || state.asked.some((a) => a.id === question)) return undefined;
      return state.pending ? `no question with that id in this case: the open one is "${state.pending.id}" (see "pending")` : 'no question with that id in this case, and none is open';
    }
    if (shown.includes(this.choiceId(question, choice))) return undefined;
    return `not a choice of that question: use one of its choice ids (${shown.join(', ')}) or a number from 1 to ${shown.length}`;
  }

  private choiceId(question: string, choice: string | number): string {
    const shown = this.choicesSeen.get(question);
    // "2" in quotes is the second choice too, unless a choice's id is "2".
    if (typeof choice === 'string') return /^\d{1,2}$/.test(choice) && !shown?.includes(choice) ? (shown?.[Number(choice) - 1] ?? choice) : choice;
    return shown?.[choice - 1] ?? String(choice);
  }

  private base(kind: JsonlKind, extra: Partial<JsonlReply> = {}): JsonlReply {
    const state = this.session.state;
    // Every reply about a case carries its ranking (the contract: "a case exists"), a silent one too.
    return { v: JSONL_VERSION, line: this.line, kind, ...(state ? { case: this.session.key.thread, phase: state.phase, ranking: rankingOf(state) } : {}), ...extra };
  }

  private replyOf(step: SessionStep): JsonlReply {
    const { outcome } = step;
    if (!outcome) {
      if (step.afterResolved) return this.base('silent', { text: ['This case is resolved. Send a new error (or describe a new problem) to open another case, or {"command": "new"}.'] });
      return this.base(this.session.state ? 'silent' : 'no-case', this.session.state ? {} : { text: ['No AWS credential or authentication error found in that text, and it does not describe a credential problem.'] });
    }
    const { replies, state } = outcome;
    for (const r of replies) if (r.type === 'question') this.choicesSeen.set(r.id, r.choices.map((c) => c.id));
    const out = this.base(kindOf(replies), step.opened ? { opened: true } : {});
    const question = replies.find((r) => r.type === 'question' || r.type === 'command');
    if (question?.type === 'question') out.question = { id: question.id, kind: 'question', text: clean(question.text), choices: question.choices.map((c) => ({ id: c.id, label: clean(c.label) })), commands: [] };
    if (question?.type === 'command') out.question = { id: question.id, kind: 'command', text: clean(question.text), choices: [], commands: unique(question.commands.map((c) => clean(c.code))) };
    const fix = replies.find((r): r is Extract<Reply, { type: 'remediation' }> => r.type === 'remediation');
    if (fix) {
      // Every platform, the runtime's own first: after "other platforms" those are the ones shown before (QA 36 F12).
      const before = fix.shownBefore ?? [];
      const all = [...before, ...fix.variants];
      const shown = (i: number) => i >= before.length && i - before.length < (fix.primary ?? fix.variants.length);
      out.fix = {
        cause: fix.causeId,
        title: clean(fix.title),
        steps: all.flatMap((v) => v.steps.map((s) => clean(s.text))).slice(0, 20),
        shownSteps: all.filter((_, i) => shown(i)).flatMap((v) => v.steps.map((s) => clean(s.text))),
        platforms: all.map((v, i) => ({ platform: v.platform, shown: shown(i), steps: v.steps.map(stepOf) })),
        ...(fix.shownFor ? { shownFor: clean(fix.shownFor) } : {}),
      };
      const playbooks = [...(fix.playbooks ?? [])].sort((a, b) => Number(Boolean(b.first)) - Number(Boolean(a.first)));
      if (playbooks.length > 0) out.fix.playbooks = playbooks.map((p) => ({ id: p.id, title: clean(p.title), first: Boolean(p.first), steps: p.steps.map(stepOf) }));
    }
    const verification = verificationOf(step.before, state, replies);
    if (verification) out.verification = verification;
    if (outcome.readNote && replies.length > 0) out.read = outcome.readNote;
    const understood = understoodOf(step.before, state);
    if (understood.length > 0) out.understood = understood;
    if (state.pending) out.pending = { ...state.pending };
    const warnings = replies.filter((r): r is Extract<Reply, { type: 'warning' }> => r.type === 'warning').map((r) => clean(r.text));
    if (warnings.length > 0) out.warnings = warnings;
    const text = replies.filter((r): r is Extract<Reply, { type: 'text' | 'heading' }> => r.type === 'text' || r.type === 'heading').map((r) => clean(r.type === 'text' ? (r.typed ?? r.text) : r.text));
    if (text.length > 0) out.text = text;
    const summary = replies.find((r): r is Extract<Reply, { type: 'summary' }> => r.type === 'summary');
    if (summary) out.summary = clean(summary.markdown);
    return out;
  }
}

/** The kind of a reply batch: what it asks of the team next (shared with tests that compare Slack). */
export function kindOf(replies: Array<Pick<Reply, 'type'>>): JsonlKind {
  const has = (t: Reply['type']) => replies.some((r) => r.type === t);
  if (has('summary')) return 'resolved';
  if (has('remediation')) return 'fix';
  if (has('verification')) return 'verify';
  if (has('question')) return 'question';
  if (has('command')) return 'command';
  return replies.length > 0 ? 'noted' : 'silent';
}

/**
 * A verification result only from the case's structured state: a check asked for, a verification
 * record this input made (a pasted caller identity after the fix: verified, not the expected
 * identity, or the identity confirmed for a permissions fix), or the cause being fixed ruled out
 * while verifying.
 */
function verificationOf(before: CaseState | undefined, after: CaseState, replies: Reply[]): JsonlReply['verification'] {
  const asked = replies.find((r): r is Extract<Reply, { type: 'verification' }> => r.type === 'verification');
  if (!before) return undefined;
  const v = after.verification;
  if (v?.outcome && JSON.stringify(v) !== JSON.stringify(before.verification)) {
    return { result: v.outcome, commands: [], identity: { account: v.account, arn: clean(v.arn) } };
  }
  const current = before.scoring?.current;
  if (before.phase === 'verifying' && current && !before.rejected.includes(current) && after.rejected.includes(current)) return { result: 'still-failing', commands: [] };
  if (asked) return { result: 'requested', commands: unique(asked.commands.map((c) => clean(c.code))) };
  return undefined;
}

/** What this input recorded: a new answer, or an earlier answer the input replaced (`corrected: akia -> asia`, QA38 F18). */
function understoodOf(before: CaseState | undefined, after: CaseState): Array<{ question: string; answer: string }> {
  const prior = new Map((before?.asked ?? []).map((a) => [a.id, a.answer]));
  return after.asked
    .filter((a) => a.answer !== undefined && prior.get(a.id) !== a.answer)
    .map((a) => {
      const was = prior.get(a.id);
      return { question: a.id, answer: clean(was !== undefined ? `corrected: ${was} -> ${a.answer!}` : a.said ? `said: ${a.answer!}` : a.answer!) };
    });
}

const clean = redactedText;
const stepOf = (s: RemediationStep): JsonlStep => ({ text: clean(s.text), commands: unique((s.code ?? []).map((c) => clean(c.code))), ...(s.source ? { source: s.source } : {}) });
const rankingOf = (state: CaseState) => state.causes.filter((c) => c.score > 0).map((c) => ({ cause: c.id, p: Math.round(c.score * 1000) / 1000 }));
const unique = (xs: string[]) => [...new Set(xs)];
