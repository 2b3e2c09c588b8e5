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
import type { Clock, KeyDirectory, KeyValueStore, Logger } from '../../usecases/ports';
import { lookupHint } from '../../core/conversation/facts';
import { hasAccountSources } from '../aws/account-list';
import { createKeyDirectory } from '../aws/key-directory';
import { createCaseStore } from '../store/case-store';
import { createEmbeddedStore } from '../store/embedded-store';
import { createMemoryStore } from '../store/memory-store';
import { systemClock } from '../store/expiry';
import { createLogger } from '../logging/logger';
import { renderReplies } from './render-terminal';
import { learnInput } from '../egress/context';
import { guardText } from '../egress/guard';

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
}

const KEYWORD = /^(resolved?|done|not this|confirm|quit|exit|lookup|help|\?|skip|pass|can'?t|\d{1,3})$/i;
/** A line that starts tool output rather than answers a question: read the whole block. */
const LOOKS_LIKE_OUTPUT = /^\s*(An error occurred|aws: \[ERROR\]|Traceback|botocore\.|Error:|NAME\s|Name\s|profile\s|access_key\s|\{|AWS_[A-Z_]+=)|[A-Za-z]+(Exception|Error):/;

/** Text held back while waiting for the rest of a paste; a bigger block is not one paste's preamble. */
const MAX_CARRY = 64 * 1024;

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

  /** Lines already read but not yet taken: a terminal paste or a pipe delivers them in one burst. */
  buffered(): number {
    return this.queue.length;
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
  // A reader that goes away (`awskey chat < script | head`) ends the session quietly, not with EPIPE.
  let outputGone = false;
  // The listener stays: a failed write reports its error on a later tick, possibly after we return.
  opts.output.on('error', () => (outputGone = true));
  const out = (s: string) => {
    if (!outputGone) opts.output.write(guardText('cli', s));
  };
  const lines = new Lines(opts.input);
  let state: CaseState | undefined = await cases.get(key);
  // Tool output has blank lines of its own (the AWS CLI prints one before "An error occurred"):
  // blocks of one paste that hold no error yet are carried into the next block of the same burst.
  let carry: string[] = [];

  try {
    if (opts.interactive) {
      out(`${BANNER}\nSession: ${session} (resume later with --session ${session})\n`);
      if (state) out(`Resuming a case in phase "${state.phase}".\n`);
    }
    for (;;) {
      if (opts.interactive) out(state && !wantsBlock(state) ? '\n> ' : '\npaste> ');
      const first = await lines.next();
      if (first === undefined || outputGone) break;
      learnInput(first);
      const trimmed = first.trim();
      if (trimmed === '') continue;
      const word = trimmed.toLowerCase();
      if (word === 'quit' || word === 'exit') break;
      let input: CaseInput | undefined;
      const at = clock.now().toISOString();
      // At a terminal, one typed line with nothing after it ("I can't run that here") is an answer,
      // even when output was asked for: a pasted block arrives with its other lines at once.
      const typedLine = opts.interactive && lines.buffered() === 0;
      if (KEYWORD.test(trimmed) || (state && (!wantsBlock(state) || typedLine) && !LOOKS_LIKE_OUTPUT.test(trimmed))) {
        input = wordInput(word, trimmed, state, user, at);
        if (input === undefined) {
          const hint = state ? lookupHint(state.facts) : undefined;
          if (!opts.directory || !hint) {
            out(lookupHelp(hint));
            continue;
          }
          out(`Looking up ${hint} across the configured accounts...\n`);
          const result = await opts.directory.lookup(hint, { actor: `cli:${user}` });
          input = { kind: 'lookup-result', result, user, at: clock.now().toISOString() };
        }
      } else {
        const block = [first];
        for (;;) {
          const l = await lines.next();
          if (l === undefined || l.trim() === '') break;
          block.push(l);
        }
        input = { kind: 'paste', text: [...carry, ...block].join('\n'), user, at };
        learnInput(input.text);
      }
      const outcome = await handleCaseInput({ cases, clock, logger }, key, input);
      if (!outcome) {
        if (input.kind === 'paste' && lines.buffered() > 0 && input.text.length <= MAX_CARRY) {
          carry = [input.text, ''];
          continue;
        }
        carry = [];
        out('No AWS credential or authentication error found in that text. Paste the full error output (end with an empty line).\n');
        continue;
      }
      carry = [];
      state = outcome.state;
      if (outcome.replies.length > 0) out(renderReplies(outcome.replies));
      // In a Slack thread the bot stops re-asking when people talk among themselves; in a terminal
      // there is nobody else, so silence would look like a hang.
      else if (state.phase !== 'resolved') out('(Nothing new from that. Answer the question above, paste more output, type "help", or "quit".)\n');
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
      const logger = createLogger({ level: 'warn', destination: process.stderr });
      const store = o.ephemeral ? createMemoryStore() : createEmbeddedStore({ dataDir, logger, sweepIntervalMs: 0 });
      const directory = cfg.ok && hasAccountSources(cfg.config.aws) ? createKeyDirectory(cfg.config, { store, logger }) : undefined;
      try {
        process.exitCode = await runChat({
          input: process.stdin,
          output: process.stdout,
          interactive: Boolean(process.stdin.isTTY),
          store,
          session: o.session,
          ttlSeconds: cfg.ok ? cfg.config.caseTtlSeconds : undefined,
          logger,
          directory,
        });
      } finally {
        await directory?.close();
        await store.close();
      }
    });
}
