/**
 * `awskey chat`: the case conversation in a terminal, running the same use case and store as the
 * Slack bot. Paste a block (it ends at an empty line typed after a pause, a `.` line or Ctrl-D),
 * answer by number or in words, `done`, `not this`, `resolve`, `new`, `quit`. Reads stdin when
 * piped, so a session can be scripted; `--jsonl` speaks the line protocol of chat-jsonl.ts.
 */
import os from 'node:os';
import tty from 'node:tty';
import readline from 'node:readline';
import type { Command } from 'commander';
import type { CaseInput, CaseState } from '../../core/conversation/types';
import type { Clock, KeyDirectory, KeyValueStore, Logger } from '../../usecases/ports';
import { lookupHint } from '../../core/conversation/facts';
import { lateFixNote } from '../../core/conversation/fixing';
import { helpText, pct } from '../../core/conversation/replies';
import { CAUSE_TITLES } from '../../core/taxonomy';
import { awsCodes } from '../../core/extract/error-codes';
import { oddCharsNote, parseKeyHint } from '../../core/key-id';
import { createCaseStore } from '../store/case-store';
import { createMemoryStore } from '../store/memory-store';
import { systemClock } from '../store/expiry';
import { renderReplies } from './render-terminal';
import { uncasedSecretWarning } from './uncased-secrets';
import { ChatSession } from './chat-session';
import { learnInput } from '../egress/context';
import { headAndTail } from '../../core/input-window';
import { guardText } from '../egress/guard';
import { CTRL_D, LINE_BURST_MS, Lines, TIMEOUT, TTY_LINE_MAX, isChatWord, leadsPaste, looksLikeOutput, readPaste } from './chat-input';

export interface ChatOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  /** A ready store (tests, `npm start`); otherwise the embedded store under dataDir, or memory when ephemeral. */
  store?: KeyValueStore;
  dataDir?: string;
  ephemeral?: boolean;
  /** Resume a session (the case key) instead of starting a new one. */
  session?: string;
  user?: string;
  clock?: Clock;
  logger?: Logger;
  ttlSeconds?: number;
  /** Key lookups across the configured accounts ("lookup"); without it chat explains how to run one. */
  directory?: KeyDirectory;
  /** At a terminal: reads it again after Ctrl-D, so Ctrl-D ends a paste rather than the chat. */
  reopenInput?: () => NodeJS.ReadableStream;
  /** Piped: where the id of a kept case is told (stderr), since stdout is the script's and no banner is shown. */
  notices?: NodeJS.WritableStream;
}

/**
 * Every `awskey` start loads this file, so what only a chat uses loads when it runs: the embedded store's driver
 * (lmdb) when the case is kept on disk, the logger (pino), the JSONL reader's schema (zod), and in the action the
 * settings and the AWS SDK. `awskey diagnose` starts ~0.3 s of CPU sooner.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const embeddedStore = () => require('../store/embedded-store') as typeof import('../store/embedded-store');
const logging = () => require('../logging/logger') as typeof import('../logging/logger');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Text held back while waiting for the rest of a paste; a bigger block is not one paste's preamble. */
const MAX_CARRY = 64 * 1024;
const BANNER = [
  'awskey chat: paste an AWS error, then answer the questions.',
  'A paste may hold blank lines: end it with an empty line after a pause, a line with only ".", or Ctrl-D (Ctrl-D at an empty prompt leaves).',
  'Answer by number or in words; type "done" after the fix, "not this", "resolve", "new" (a new case) or "quit" at any prompt. Secrets you paste are redacted.',
].join('\n');
const PASTE_PROMPT = '\n[end with an empty line, "." or Ctrl-D] paste> ';
const CUT_LINE_NOTE = `Note: a line of that paste is ${TTY_LINE_MAX.toLocaleString('en-US')} characters long, the most a terminal passes on one line, so its end may be lost. For long lines, save the output to a file and run \`awskey diagnose FILE\`, or pipe it: \`awskey chat < FILE\`.\n`;
const RESOLVED_TEXT = 'This case is resolved. Paste a new error (or describe a new problem) to open a new case, or type "quit".\n';

interface Opened {
  session: ChatSession;
  out: (s: string) => void;
  outputGone: () => boolean;
  user: string;
  clock: Clock;
  close: () => Promise<void>;
}

async function openChat(opts: ChatOptions): Promise<Opened> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? logging().createLogger({ level: 'silent' });
  const kv = opts.store ?? (opts.ephemeral ? createMemoryStore({ clock }) : embeddedStore().createEmbeddedStore({ dataDir: opts.dataDir ?? './data', clock, logger, sweepIntervalMs: 0 }));
  const cases = createCaseStore(kv, opts.ttlSeconds ?? 14 * 86400);
  const id = opts.session ?? `chat-${clock.now().getTime().toString(36)}`;
  const session = await ChatSession.open({ cases, clock, logger }, id);
  // A reader that goes away (`awskey chat < script | head`) ends the session quietly, not with EPIPE.
  let gone = false;
  // The listener stays: a failed write reports its error on a later tick, possibly after we return.
  opts.output.on('error', () => (gone = true));
  return {
    session,
    out: (s: string) => {
      if (!gone) opts.output.write(guardText('cli', s));
    },
    outputGone: () => gone,
    user: opts.user ?? safeUserName(),
    clock,
    close: async () => {
      if (opts.store === undefined) await kv.close();
    },
  };
}

/** `awskey chat --jsonl`: one JSON input per line in, one JSON object per input out (see chat-jsonl.ts). */
export async function runJsonlChat(opts: ChatOptions): Promise<number> {
  const c = await openChat(opts);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JsonlChat } = require('./chat-jsonl') as typeof import('./chat-jsonl');
  const chat = new JsonlChat(c.session, c.user, () => c.clock.now());
  const rl = readline.createInterface({ input: opts.input, terminal: false, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      if (c.outputGone()) break;
      if (line.trim() === '') continue;
      learnInput(line);
      c.out(`${JSON.stringify(await chat.handle(line))}\n`);
    }
  } finally {
    rl.close();
    await c.close();
  }
  return 0;
}

export async function runChat(opts: ChatOptions): Promise<number> {
  const c = await openChat(opts);
  const { session, out, user, clock } = c;
  const lines = new Lines(opts.input, opts.reopenInput);
  // Piped tool output has blank lines of its own (the AWS CLI prints one before "An error occurred"):
  // blocks of one paste that hold no error yet are carried into the next block of the same burst.
  let carry: string[] = [];

  try {
    if (opts.interactive) {
      // A case in memory only (--ephemeral) cannot be resumed: no hint to do so.
      out(`${BANNER}\nSession: ${session.session}${opts.ephemeral ? ' (--ephemeral: nothing is kept)' : ` (resume later with ${resumeArgs(session.session, opts.dataDir)})`}\n`);
      if (session.state) out(resumeRecap(session.state));
      // A mistyped id would otherwise start an empty session under it without a word.
      else if (opts.session !== undefined) out(`No case is kept under session ${shellWord(opts.session)}${opts.dataDir ? ` in ${opts.dataDir}` : ''}: starting a new one under that id.\n`);
    }
    let control: string | undefined;
    for (;;) {
      const state = session.state;
      let first: string | undefined;
      if (control !== undefined) {
        first = control;
        control = undefined;
      } else {
        if (opts.interactive) out(state && !wantsBlock(state) ? '\n> ' : PASTE_PROMPT);
        first = await lines.next();
      }
      // Ctrl-D with nothing typed at a prompt leaves, as in a shell; after paste lines it ended the paste.
      if (first === undefined || first === CTRL_D || c.outputGone()) break;
      learnInput(first);
      const trimmed = first.trim();
      if (trimmed === '' || trimmed === '.') continue;
      const word = trimmed.toLowerCase();
      if (word === 'quit' || word === 'exit') break;
      if (word === 'new') {
        const left = session.state !== undefined && session.state.phase !== 'resolved' ? session.key.thread : undefined;
        await session.newCase();
        carry = [];
        if (left !== undefined) out(opts.ephemeral ? 'The previous case is left unresolved (not kept: --ephemeral).\n' : `The previous case is left unresolved (resume it with: awskey chat ${resumeArgs(left, opts.dataDir)}).\n`);
        out(`New case${resumeHint(session.key.thread, opts)}. Paste the error.\n`);
        continue;
      }
      let input: CaseInput | undefined;
      const at = clock.now().toISOString();
      // At a terminal, one typed line with nothing right after it ("I can't run that here") is an
      // answer, even when output was asked for; a pasted block arrives with its other lines at once,
      // and is one paste even when a question is open.
      const typedLine = opts.interactive && (await lines.peek(LINE_BURST_MS)) === TIMEOUT;
      const words = opts.interactive ? typedLine : state !== undefined && !wantsBlock(state) && !(await leadsPaste(lines, trimmed));
      // "lookup AKIA...1234": the key given, rather than the one the case knows.
      const given = /^lookup\s+(\S.*)$/i.exec(trimmed)?.[1];
      if (state?.phase === 'resolved' && (typedLine || lateFixNote(trimmed) !== undefined)) {
        // After a resolved case a typed line is words ("resolved - removed the old export"), never
        // the start of the next incident's paste: the two would be merged into one case.
        input = { kind: 'message', text: trimmed, user, at };
      } else if (state?.phase !== 'resolved' && (isChatWord(trimmed) || given !== undefined || (state && words && (typedLine || !looksLikeOutput(trimmed))))) {
        // A typed line is answered at once, even one holding a secret: held as a paste's start, it waited for an
        // empty line and glued the next thing typed ("quit") to it.
        input = given === undefined ? wordInput(word, trimmed, state, user, at) : undefined;
        if (input === undefined) {
          const parsed = given === undefined ? undefined : parseKeyHint(given);
          if (parsed && !parsed.ok) {
            out(`${parsed.message}\n`);
            continue;
          }
          const hint = given ?? (state ? lookupHint(state.facts) : undefined);
          if (!opts.directory || !hint) {
            out(lookupHelp(hint));
            continue;
          }
          const pastedIdNote = parsed && oddCharsNote(parsed.hint);
          if (pastedIdNote) out(`Note: ${pastedIdNote}\n`);
          out(`Looking up ${hint} across the configured accounts...\n`);
          const result = await opts.directory.lookup(hint, { actor: `cli:${user}` });
          input = { kind: 'lookup-result', result, user, at: clock.now().toISOString() };
        }
      } else {
        // At a terminal a line with nothing right behind it is the whole paste (one error line and Enter): waiting for
        // an empty line showed nothing and read what was typed next as more of the paste.
        const read = typedLine ? { block: [first] } : await readPaste(lines, first, { interactive: opts.interactive });
        control = read.control; // the paste so far is read, then the word acts
        input = { kind: 'paste', text: [...carry, ...read.block].join('\n'), user, at, addressed: true };
        learnInput(input.text);
        if (lines.takeCut() > 0) out(CUT_LINE_NOTE);
      }
      const step = await session.send(input);
      const outcome = step.outcome;
      if (!outcome) {
        // Carried into the next paste, it is read (and warned about) with that one.
        const pasted = input.kind === 'paste' ? input.text : undefined;
        const carried = pasted !== undefined && !step.afterResolved && !opts.interactive && control === undefined && lines.buffered() > 0 && pasted.length <= MAX_CARRY;
        const warning = pasted !== undefined && !carried ? uncasedSecretWarning(pasted) : undefined;
        if (warning) out(renderReplies([warning]));
        if (step.afterResolved) {
          carry = [];
          out(RESOLVED_TEXT);
          continue;
        }
        if (carried) {
          carry = [pasted, ''];
          continue;
        }
        carry = [];
        // "Nothing found" in a log whose middle was not read is no all-clear: say what was skipped, as diagnose does.
        const skipped = pasted === undefined ? undefined : headAndTail(pasted).read;
        if (skipped) out(`Note: ${skipped.note}. To read all of a long log, search it first: grep -n -i -E 'error|denied|credential|token' FILE | awskey chat\n`);
        out('No AWS credential or authentication error found in that text. Paste the full error output (end with an empty line), or describe the credential problem in a sentence.\n');
        continue;
      }
      carry = [];
      if (step.afterResolvedOpened) out(`New case${resumeHint(session.key.thread, opts)}.\n`);
      if (outcome.replies.length > 0) out(renderReplies(outcome.replies));
      // In a Slack thread the bot stops re-asking when people talk among themselves; in a terminal
      // there is nobody else, so silence would look like a hang.
      else if (outcome.state.phase !== 'resolved') out('(Nothing new from that. Answer the question above, paste more output, type "help", or "quit".)\n');
      // A paste past what is read whole was read as its head and tail: say how much, as diagnose does.
      const readNote = input.kind === 'paste' && outcome.replies.length > 0 ? outcome.readNote : undefined;
      if (readNote) out(`Note: ${readNote}\n`);
    }
    // Leaving an open case: the id was printed only in the banner, long scrolled away.
    if (session.state && session.state.phase !== 'resolved') {
      const kept = opts.ephemeral ? 'The case is not kept (--ephemeral).' : `The case is kept. Resume it with: awskey chat ${resumeArgs(session.key.thread, opts.dataDir)}`;
      // Piped, stdout belongs to the script (it may be parsed): the id goes to stderr, so a runbook can hand the case on.
      if (opts.interactive) out(`\n${kept}\n`);
      else if (!opts.ephemeral) opts.notices?.write(`awskey chat: ${kept}\n`);
    }
  } finally {
    lines.close();
    await c.close();
  }
  return 0;
}

/** `id` as one shell word: quoted unless it holds only characters a shell leaves alone (`chat-mxd755k5;rm` would run rm). */
function shellWord(id: string): string {
  return /^[A-Za-z0-9._@%+=:,/-]+$/.test(id) ? id : `'${id.replaceAll("'", "'\\''")}'`;
}

/** " (resume later with …)" for a case kept on disk; nothing under --ephemeral, where nothing can be resumed. */
function resumeHint(id: string, opts: ChatOptions): string {
  return opts.ephemeral ? '' : ` (resume later with --session ${shellWord(id)})`;
}

function resumeArgs(id: string, dataDir: string | undefined): string {
  return `--session ${shellWord(id)}${dataDir ? ` --data-dir ${shellWord(dataDir)}` : ''}`;
}

/** What a resumed case was about and what it waits for, rather than only its phase's name. */
function resumeRecap(state: CaseState): string {
  const lead = state.scoring?.current ?? state.causes[0]?.id;
  const score = state.causes.find((c) => c.id === lead)?.score;
  const shown = awsCodes(state.errorCodes);
  const codes = shown.length > 0 ? `\`${shown.slice(0, 3).join('`, `')}\`` : 'an error described in words';
  const cause = lead ? `; leading cause: ${CAUSE_TITLES[lead]}${score !== undefined ? ` (${pct(score)})` : ''}` : '';
  return `Resuming the case about ${codes}${cause}.\n${helpText(state)}\n`;
}

/** After a command is asked, or while verifying, the next input is command output. */
function wantsBlock(state: CaseState): boolean {
  return state.pending?.kind === 'command' || state.phase === 'verifying' || state.phase === 'resolved';
}

function wordInput(word: string, text: string, state: CaseState | undefined, user: string, at: string): CaseInput | undefined {
  const current = state?.scoring?.current ?? state?.causes[0]?.id;
  if (state && /^resolved?$/.test(word)) return { kind: 'resolve', user, at };
  if (state && word === 'done') return { kind: 'step-done', user, at };
  if (state && word === 'not this' && current) return { kind: 'reject-cause', causeId: current, user, at };
  if (state && word === 'confirm' && state.causes[0]) return { kind: 'confirm-cause', causeId: state.causes[0].id, user, at };
  if (word === 'lookup') return undefined;
  return { kind: state ? 'message' : 'paste', text, user, at };
}

function lookupHelp(hint: string | undefined): string {
  if (!hint) return 'No access key id is known in this case yet: paste `aws configure list` output or the key id (never the secret).\n';
  return `Key lookups need AWS accounts configured (AWSKEY_ACCOUNTS, AWSKEY_ACCOUNTS_FILE or AWSKEY_ORG_ROLE_NAME). Or run \`awskey lookup ${hint}\` where they are, and tell me what it found.\n`;
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'you';
  } catch {
    return 'you';
  }
}

/** A session id is a store key: the embedded store refuses keys of about 2 KB, so bound it well below. */
const MAX_SESSION_CHARS = 200;
const SESSION_ID = new RegExp(`^[^\\s\\p{C}]{1,${MAX_SESSION_CHARS}}$`, 'u');

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('Work through an AWS credential error in the terminal: paste it, answer the questions, get the fix')
    .option('--data-dir <dir>', 'where cases are kept (default: AWSKEY_DATA_DIR or ./data)')
    .option('--ephemeral', 'keep the case in memory only')
    .option('--session <id>', 'resume an earlier chat session')
    .option('--jsonl', 'machine-readable: one JSON input per line in, one JSON object per reply out (docs/conversation.md)')
    .action(async (o: { dataDir?: string; ephemeral?: boolean; session?: string; jsonl?: boolean }) => {
      if (o.session !== undefined && !SESSION_ID.test(o.session)) {
        process.stderr.write(`awskey chat: --session takes the id an earlier chat printed (1 to ${MAX_SESSION_CHARS} characters, no spaces or control characters)\n`);
        process.exitCode = 2;
        return;
      }
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { loadConfig } = require('../../config') as typeof import('../../config');
      const { hasAccountSources } = require('../aws/account-list') as typeof import('../aws/account-list');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const cfg = loadConfig(process.env, { slack: false });
      // One bad value must not silently drop every setting (cases landing in ./data): stop and name it, as lookup does.
      if (!cfg.ok) {
        process.stderr.write(`awskey chat: invalid settings (environment or .env):\n  ${cfg.problems.join('\n  ')}\n`);
        process.exitCode = 2;
        return;
      }
      const dataDir = o.dataDir ?? cfg.config.dataDir;
      const logger = logging().createLogger({ level: 'warn', destination: process.stderr });
      const store = o.ephemeral ? createMemoryStore() : embeddedStore().createEmbeddedStore({ dataDir, logger, sweepIntervalMs: 0 });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const directory = hasAccountSources(cfg.config.aws) ? (require('../aws/key-directory') as typeof import('../aws/key-directory')).createKeyDirectory(cfg.config, { store, logger }) : undefined;
      try {
        process.exitCode = await (o.jsonl ? runJsonlChat : runChat)({
          input: process.stdin,
          output: process.stdout,
          interactive: !o.jsonl && Boolean(process.stdin.isTTY),
          reopenInput: !o.jsonl && process.stdin.isTTY ? () => new tty.ReadStream(0) : undefined,
          store,
          session: o.session,
          ...(o.ephemeral ? { ephemeral: true } : { dataDir }),
          ttlSeconds: cfg.config.caseTtlSeconds,
          logger,
          directory,
          notices: process.stderr,
        });
      } finally {
        await directory?.close();
        await store.close();
      }
    });
}
