/**
 * `awskey chat`: the case conversation in a terminal, running the same engine and store as the
 * Slack bot. Paste a block (end with an empty line or Ctrl-D), answer by number or in words,
 * `done`, `not this`, `resolve`, `quit`. Reads stdin when piped, so a session can be scripted.
 */
import os from 'node:os';
import readline from 'node:readline';
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import type { CaseInput, CaseKey, CaseState } from '../../core/conversation/types';
import { handleCaseInput } from '../../usecases/handle-case-input';
import type { Clock, KeyValueStore, Logger } from '../../usecases/ports';
import { createCaseStore } from '../store/case-store';
import { createEmbeddedStore } from '../store/embedded-store';
import { createMemoryStore } from '../store/memory-store';
import { systemClock } from '../store/expiry';
import { createLogger } from '../logging/logger';
import { renderReplies } from './render-terminal';

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
}

const KEYWORD = /^(resolved?|done|not this|confirm|quit|exit|lookup|help|\?|skip|\d{1,3})$/i;
/** A line that starts tool output rather than answers a question: read the whole block. */
const LOOKS_LIKE_OUTPUT = /^\s*(An error occurred|aws: \[ERROR\]|Traceback|botocore\.|Error:|NAME\s|Name\s|profile\s|access_key\s|\{|AWS_[A-Z_]+=)|[A-Za-z]+(Exception|Error):/;

const BANNER = [
  'awskey chat: paste an AWS error (end with an empty line or Ctrl-D), then answer the questions.',
  'Answer by number or in words; type "done" after the fix, "not this", "resolve" or "quit". Secrets you paste are redacted.',
].join('\n');

class Lines {
  private readonly queue: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private ended = false;

  constructor(input: NodeJS.ReadableStream) {
    const rl = readline.createInterface({ input, terminal: false, crlfDelay: Infinity });
    rl.on('line', (line) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        w(line);
      } else this.queue.push(line);
    });
    rl.on('close', () => {
      this.ended = true;
      this.waiting?.(undefined);
      this.waiting = undefined;
    });
  }

  next(): Promise<string | undefined> {
    if (this.queue.length > 0) return Promise.resolve(this.queue.shift());
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

export async function runChat(opts: ChatOptions): Promise<number> {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? createLogger({ level: 'silent' });
  const kv = opts.store ?? (opts.ephemeral ? createMemoryStore({ clock }) : createEmbeddedStore({ dataDir: opts.dataDir ?? './data', clock, logger, sweepIntervalMs: 0 }));
  const ownsStore = opts.store === undefined;
  const cases = createCaseStore(kv, opts.ttlSeconds ?? 14 * 86400);
  const session = opts.session ?? `chat-${clock.now().getTime().toString(36)}`;
  const key: CaseKey = { channel: 'cli', thread: session };
  const user = opts.user ?? safeUserName();
  const out = (s: string) => opts.output.write(s);
  const lines = new Lines(opts.input);
  let state: CaseState | undefined = await cases.get(key);

  try {
    if (opts.interactive) {
      out(`${BANNER}\nSession: ${session} (resume later with --session ${session})\n`);
      if (state) out(`Resuming a case in phase "${state.phase}".\n`);
    }
    for (;;) {
      if (opts.interactive) out(state && !wantsBlock(state) ? '\n> ' : '\npaste> ');
      const first = await lines.next();
      if (first === undefined) break;
      const trimmed = first.trim();
      if (trimmed === '') continue;
      const word = trimmed.toLowerCase();
      if (word === 'quit' || word === 'exit') break;
      let input: CaseInput | undefined;
      const at = clock.now().toISOString();
      if (KEYWORD.test(trimmed) || (state && !wantsBlock(state) && !LOOKS_LIKE_OUTPUT.test(trimmed))) {
        input = wordInput(word, trimmed, state, user, at);
        if (input === undefined) {
          out(lookupHelp(state));
          continue;
        }
      } else {
        const block = [first];
        for (;;) {
          const l = await lines.next();
          if (l === undefined || l.trim() === '') break;
          block.push(l);
        }
        input = { kind: 'paste', text: block.join('\n'), user, at };
      }
      const outcome = await handleCaseInput({ cases, clock, logger }, key, input);
      if (!outcome) {
        out('No AWS credential or authentication error found in that text. Paste the full error output (end with an empty line).\n');
        continue;
      }
      state = outcome.state;
      if (outcome.replies.length > 0) out(renderReplies(outcome.replies));
    }
  } finally {
    if (ownsStore) await kv.close();
  }
  return 0;
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

function lookupHelp(state: CaseState | undefined): string {
  const k = state?.facts.keyIds.find((x) => x.last4);
  const hint = k ? `${k.prefix}…${k.last4}` : '<key id>';
  return `Run \`awskey lookup ${hint}\` in another terminal (it needs read access to your AWS accounts) and tell me what it found.\n`;
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'you';
  } catch {
    return 'you';
  }
}

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('Work through an AWS credential error in the terminal: paste it, answer the questions, get the fix')
    .option('--data-dir <dir>', 'where cases are kept (default: AWSKEY_DATA_DIR or ./data)')
    .option('--ephemeral', 'keep the case in memory only')
    .option('--session <id>', 'resume an earlier chat session')
    .action(async (o: { dataDir?: string; ephemeral?: boolean; session?: string }) => {
      const cfg = loadConfig(process.env);
      const dataDir = o.dataDir ?? (cfg.ok ? cfg.config.dataDir : './data');
      const ttlSeconds = cfg.ok ? cfg.config.caseTtlSeconds : undefined;
      process.exitCode = await runChat({
        input: process.stdin,
        output: process.stdout,
        interactive: Boolean(process.stdin.isTTY),
        dataDir,
        ephemeral: o.ephemeral,
        session: o.session,
        ttlSeconds,
        logger: createLogger({ level: 'warn', destination: process.stderr }),
      });
    });
}
