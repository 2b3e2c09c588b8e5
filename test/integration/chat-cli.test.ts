/**
 * `awskey chat`: piped end to end as a process, and pseudo-interactive through runChat with
 * streams the test types into, line by line, waiting for each prompt like a person would.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runChat } from '../../src/adapters/cli/chat-command';
import { PASTE_PAUSE_MS } from '../../src/adapters/cli/chat-input';
import { renderReplies } from '../../src/adapters/cli/render-terminal';
import type { Reply } from '../../src/core/conversation/types';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { createEmbeddedStore } from '../../src/adapters/store/embedded-store';
import { createCaseStore } from '../../src/adapters/store/case-store';
import type { CaseState } from '../../src/core/conversation/types';
import type { LookupResult } from '../../src/core/lookup/types';
import type { KeyDirectory } from '../../src/usecases/ports';
import { EXAMPLE_SECRET, PASTES } from '../helpers/pastes';
import { entryArgs, shellCommand } from '../helpers/built-entry';
import { runCli } from '../helpers/run-cli';

const ROOT = path.resolve(__dirname, '../..');

const runCliChat = (args: string[], stdin: string) => runCli(['chat', ...args], { stdin, env: { LOG_LEVEL: 'warn' } });

/** A terminal stand-in: type lines, read what was printed, wait for a pattern to appear. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  let waiters: Array<() => void> = [];
  output.on('data', (d: Buffer) => {
    printed += d.toString();
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  });
  return {
    input,
    output,
    type: (line: string) => input.write(`${line}\n`),
    printed: () => printed,
    async waitFor(re: RegExp, from = 0): Promise<string> {
      while (!re.test(printed.slice(from))) await new Promise<void>((r) => waiters.push(r));
      return printed.slice(from);
    },
  };
}

describe('awskey chat', () => {
  it('when a scripted session is piped to the process, then it diagnoses, remediates, verifies and summarises', async () => {
    const script = [PASTES.expiredToken, '', 'done', PASTES.callerIdentity, '', 'quit', ''].join('\n');
    const r = await runCliChat(['--ephemeral'], script);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== AWS credential problem: `ExpiredToken` ==');
    expect(r.stdout).toContain('Fix: Get a fresh session');
    expect(r.stdout).toContain('$ aws sso login --profile <profile>');
    expect(r.stdout).toContain('Verify: ');
    expect(r.stdout).toContain('## AWS credential case summary');
    expect(r.stdout).toContain('`temporary-credentials-expired`');
    expect(r.stdout).not.toContain('paste>'); // no prompts when piped
  }, 60_000);

  it('when the piped text holds no AWS error, then chat says so and exits cleanly', async () => {
    const r = await runCliChat(['--ephemeral'], 'just saying hello\n\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No AWS credential or authentication error found');
  }, 60_000);

  it.each([['empty', ''], ['too long for a store key', 'a'.repeat(5000)], ['with a space', 'my session']])(
    'when --session is %s, then chat refuses it with exit 2 and a clear message before reading anything',
    async (_what, id) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-chat-session-'));
      const r = await runCliChat(['--session', id, '--data-dir', dataDir], `${PASTES.cliInvalidToken}\n\n`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^awskey chat: --session takes the id an earlier chat printed/);
      expect(r.stdout).toBe('');
    },
    60_000,
  );

  it('when a secret is piped in, then the output warns to rotate it and never echoes it', async () => {
    const r = await runCliChat(['--ephemeral'], `${PASTES.withSecret}\n\nquit\n`);
    expect(r.stdout).toMatch(/PRIVATE - You pasted a secret access key/);
    expect(r.stdout).not.toContain(EXAMPLE_SECRET);
    expect(r.stdout).not.toContain('AKIAIOSFODNN7EXAMPLE');
  }, 60_000);

  it('when someone types interactively, then questions are numbered, answers by number work and resolve prints the summary', async () => {
    const t = terminal();
    const done = runChat({ input: t.input, output: t.output, interactive: true, store: createMemoryStore(), session: 'test-session', user: 'alice' });
    await t.waitFor(/paste> $/);
    expect(t.printed()).toContain('Session: test-session');
    let mark = t.printed().length;
    for (const line of PASTES.cliInvalidToken.split('\n')) t.type(line);
    t.type('');
    const afterPaste = await t.waitFor(/\n> $|paste> $/, mark);
    expect(afterPaste).toMatch(/\? .+\n {2}1\) .+\n {2}2\) /);
    expect(afterPaste).toContain('(answer with a number, or in words)');
    expect(afterPaste).toMatch(/Type: .*"resolve" \(Resolved\)/);
    mark = t.printed().length;
    t.type('2');
    await t.waitFor(/(\n> |paste> )$/, mark);
    expect(t.printed().slice(mark)).toMatch(/Leading now: |Fix: /);
    mark = t.printed().length;
    t.type('resolve');
    const summary = await t.waitFor(/Timeline \(UTC\)[\s\S]*paste> $/, mark);
    expect(summary).toContain('| alice | answered');
    t.type('quit');
    await expect(done).resolves.toBe(0);
  });

  it('when one error line is typed at the first prompt and Enter, then it is answered at once, and a line holding a secret is answered too, not glued to the next (QA34 F4, F5)', async () => {
    const t = terminal();
    const done = runChat({ input: t.input, output: t.output, interactive: true, store: createMemoryStore(), session: 'one-line', user: 'alice' });
    await t.waitFor(/paste> $/);
    let mark = t.printed().length;
    t.type(PASTES.expiredToken);
    // No empty line typed: the reply comes all the same.
    expect(await t.waitFor(/\n> $/, mark)).toContain('ExpiredToken');
    mark = t.printed().length;
    t.type(`the secret is ${EXAMPLE_SECRET} right?`);
    const reply = await t.waitFor(/\n> $/, mark);
    expect(reply).toMatch(/PRIVATE - You pasted a secret access key/);
    expect(reply).not.toContain(EXAMPLE_SECRET);
    t.type('quit');
    await expect(done).resolves.toBe(0);
  });

  it('when someone leaves an open case, resumes it, or mistypes a session id, then chat says how to resume, recaps the case, or says no case is kept (QA34 F9, F23)', async () => {
    const store = createMemoryStore();
    const session = async (id: string, act: (t: ReturnType<typeof terminal>) => Promise<void>): Promise<string> => {
      const t = terminal();
      const done = runChat({ input: t.input, output: t.output, interactive: true, store, session: id, user: 'alice' });
      await t.waitFor(/paste> $|\n> $/);
      await act(t);
      t.type('quit');
      await expect(done).resolves.toBe(0);
      return t.printed();
    };
    const first = await session('s-leave', async (t) => {
      const mark = t.printed().length;
      t.type(PASTES.expiredToken);
      await t.waitFor(/\n> $/, mark);
    });
    expect(first).toMatch(/The case is kept\. Resume it with: awskey chat --session s-leave\n$/);
    const resumed = await session('s-leave', async () => {});
    expect(resumed).toContain('Resuming the case about `ExpiredToken`; leading cause: Temporary (STS/SSO) credentials expired (');
    expect(resumed).not.toContain('in phase');
    const typo = await session('chat-x;rm', async () => {});
    expect(typo).toContain("No case is kept under session 'chat-x;rm': starting a new one under that id.");
    expect(typo).toContain("resume later with --session 'chat-x;rm'");
  });

  it('when answers are piped after the verify prompt, then "still failing" and "not this" each act (QA34 F26)', async () => {
    const r = await runCliChat(['--ephemeral'], [PASTES.expiredToken, '', 'done', 'still failing', 'not this', 'quit', ''].join('\n'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('OK, ruling out Temporary (STS/SSO) credentials expired.');
    expect(r.stdout.match(/OK, ruling out /g)).toHaveLength(2);
  }, 60_000);

  it('when a pasted line arrives at the terminal as long as a terminal line can be (4,095 characters), then chat says its end may be lost and how to pass long lines', async () => {
    const t = terminal();
    // As at a real terminal: Ctrl-D reopens it (never used here).
    const done = runChat({ input: t.input, output: t.output, interactive: true, store: createMemoryStore(), session: 'long-line', user: 'alice', reopenInput: () => new PassThrough() });
    await t.waitFor(/paste> $/);
    const mark = t.printed().length;
    // What Linux's terminal hands on of a longer JSON log line: its first 4,095 characters.
    const cut = `{"level":"error","msg":"An error occurred (ExpiredToken) when calling the GetCallerIdentity operation","ctx":"${'x'.repeat(5000)}`.slice(0, 4095);
    t.type(cut);
    t.type('');
    const after = await t.waitFor(/(\n> |paste> )$/, mark);
    expect(after).toContain('Note: a line of that paste is 4,095 characters long, the most a terminal passes on one line');
    expect(after).toContain('awskey diagnose FILE');
    t.type('quit');
    await expect(done).resolves.toBe(0);
  });

  it('when chat restarts with the same data dir and session, then the case continues where it was', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-chat-'));
    try {
      const first = await runCliChat(['--data-dir', dir, '--session', 's1'], `${PASTES.cliInvalidToken}\n\nquit\n`);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/\? |> /);
      const second = await runCliChat(['--data-dir', dir, '--session', 's1'], 'resolve\nquit\n');
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('## AWS credential case summary');
      expect(second.stdout).toContain('opened the case: InvalidClientTokenId');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('when "lookup" is typed and accounts are configured, then the redacted hint is looked up and the verdict moves the case', async () => {
    const asked: string[] = [];
    const directory: KeyDirectory = {
      async lookup(hint): Promise<LookupResult> {
        asked.push(hint);
        return { hint, verdict: 'inactive', matches: [], accounts: { scanned: 2, failed: [] }, deletionEvents: [], indexAgeSeconds: 0, explanation: 'The key is deactivated in account prod.', nextStep: 'Issue a new key.' };
      },
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    input.end(`${PASTES.withSecret}\n\nlookup\nquit\n`);
    await expect(runChat({ input, output, interactive: false, store: createMemoryStore(), user: 'alice', directory })).resolves.toBe(0);
    expect(asked).toEqual(['AKIA…MPLE']);
    expect(printed).toContain('Lookup of `AKIA…MPLE`: The key is deactivated in account prod.');
    expect(printed).toContain('== Most likely: The access key was deleted or deactivated ==');
  });

  it('when "lookup <key>" is typed, then that key is looked up (look-alike letters folded and named), and a secret given there is refused', async () => {
    const asked: string[] = [];
    const directory: KeyDirectory = {
      lookup: async (hint) => {
        asked.push(hint);
        throw new Error('stop here');
      },
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    input.end(`${PASTES.cliInvalidToken}\n\nlookup ${EXAMPLE_SECRET}\nlookup \u0391\u039a\u0399\u0391...1234\nlookup AKIA...4321\n`);
    await expect(runChat({ input, output, interactive: false, store: createMemoryStore(), user: 'alice', directory })).rejects.toThrow('stop here');
    expect(asked).toEqual(['\u0391\u039a\u0399\u0391...1234']);
    expect(printed).toContain('That looks like a secret access key');
    expect(printed).toContain('character 1 is a Greek look-alike (U+0391)');
    expect(printed).toMatch(/itself a likely cause/);
    expect(printed).not.toContain(EXAMPLE_SECRET);
  });

  it('when a piped paste is longer than the 1,000,000 characters read whole, then the answer says how much of it was read, as diagnose does', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const log = Array.from({ length: 30_000 }, (_, i) => `2026-11-22T09:00:00Z INFO processing item ${i} ok`).join('\n');
    input.end(`${log}\n${PASTES.cliInvalidToken}\n`);
    await runChat({ input, output, interactive: false, store: createMemoryStore(), user: 'alice' });
    expect(printed).toContain('InvalidClientTokenId');
    expect(printed).toMatch(/input of [\d,]+ characters: read the first [\d,]+ and the last [\d,]+; [\d,]+ characters in the middle were not read/);
  });

  it('when "lookup" is typed without configured accounts, then chat explains what is needed', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    input.end(`${PASTES.withSecret}\n\nlookup\n`);
    await runChat({ input, output, interactive: false, store: createMemoryStore(), user: 'alice' });
    expect(printed).toContain('Key lookups need AWS accounts configured');
    expect(printed).toContain('awskey lookup AKIA…MPLE');
  });
});

/** The cases a chat session left in its data dir: the session's own key, then `<session>.2`, `.3`, … */
async function storedCases(dir: string, session: string): Promise<Array<CaseState | undefined>> {
  const kv = createEmbeddedStore({ dataDir: dir, sweepIntervalMs: 0 });
  try {
    const cases = createCaseStore(kv, 86400);
    return await Promise.all([session, `${session}.2`, `${session}.3`].map((thread) => cases.get({ channel: 'cli', thread })));
  } finally {
    await kv.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A person's pause after a paste: twice the quiet time that tells a paste's own blank lines from its end. */
const PAUSE_MS = 2 * PASTE_PAUSE_MS;
/** A deadline that does not keep jest alive once the test is over. */
const deadline = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
/** A paste the way a terminal delivers it: one burst, blank lines inside, tool output after the error. */
const PASTE_WITH_BLANKS = [PASTES.cliInvalidToken, '', '$ aws configure list', PASTES.configureListEnv, '', '2026-12-01 10:00:00 DEBUG trying the next provider'].join('\n');
const ANY_PROMPT = /(\n> |paste> )$/;

/**
 * `awskey chat` on a real pseudo-terminal (util-linux `script`), so stdin is a TTY and the chat runs
 * interactively: what a person sees, with the pauses a person makes. Input is echoed by the tty.
 */
function ptyChat(args: string[]) {
  const child = spawn('script', ['-q', '-e', '-c', shellCommand([process.execPath, ...entryArgs('cli'), 'chat', ...args]), '/dev/null'], { cwd: ROOT, env: { ...process.env, TERM: 'dumb', LOG_LEVEL: 'warn' } });
  let printed = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (d: Buffer) => {
    printed += d.toString();
    waiters.splice(0).forEach((f) => f());
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  // A chat that does not leave when told to is the defect under test: fail rather than hang.
  const exited = Promise.race([closed, deadline(20_000).then(() => 'still running after 20 s')]);
  return {
    write: (s: string) => child.stdin.write(s),
    mark: () => printed.length,
    printed: () => printed,
    async waitFor(re: RegExp, from: number): Promise<string> {
      while (!re.test(printed.slice(from))) {
        await Promise.race([new Promise<void>((r) => waiters.push(r)), deadline(20_000).then(() => { throw new Error(`timed out waiting for ${re}; printed:\n${printed.slice(from)}`); })]);
      }
      return printed.slice(from);
    },
    exited,
    kill: () => child.kill('SIGKILL'),
  };
}

const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

// Skipped only on a developer machine without util-linux `script`; in CI a missing `script` fails loudly.
(HAS_SCRIPT || process.env.CI ? describe : describe.skip)('awskey chat at a real terminal (pty)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-pty-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when a paste holds blank lines, then it is one input; after "resolve" a new error opens a new case; "new" starts one; "quit" in the middle of a paste leaves', async () => {
    const t = ptyChat(['--data-dir', dir, '--session', 'p1']);
    try {
      await t.waitFor(/paste> $/, 0);
      expect(t.printed()).toContain('[end with an empty line, "." or Ctrl-D] paste> ');
      // The paste arrives in one burst; the empty line that ends it is typed after a pause.
      let mark = t.mark();
      t.write(`${PASTE_WITH_BLANKS}\n`);
      await sleep(PAUSE_MS);
      t.write('\n');
      const afterPaste = await t.waitFor(/Type: .*"quit"\.\s*(\n> |paste> )$/, mark);
      expect(afterPaste.match(/Likely causes:/g)).toHaveLength(1);
      expect(afterPaste).not.toMatch(/Nothing new from that|No AWS credential/);

      mark = t.mark();
      t.write('resolve\n');
      await t.waitFor(/case summary[\s\S]*paste> $/, mark);

      mark = t.mark();
      t.write(`${PASTES.expiredToken}\n.\n`);
      const second = await t.waitFor(ANY_PROMPT, mark);
      expect(second).toContain('New case (resume later with --session p1.2)');

      mark = t.mark();
      t.write('new\n');
      await t.waitFor(/New case \(resume later with --session p1\.3\)[\s\S]*paste> $/, mark);

      // A paste with no empty line after it yet: "quit" typed after a pause ends the paste and the chat.
      t.write(`${PASTES.signatureMismatch}\n`);
      await sleep(PAUSE_MS);
      t.write('quit\n');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const [first, second, third] = await storedCases(dir, 'p1');
    // One input: the error, the configure list (Type env) and the debug line all reached the case.
    expect(first?.timeline.filter((e) => /pasted|opened/.test(e.event)).map((e) => e.event)).toEqual([expect.stringMatching(/^opened the case: InvalidClientTokenId.*credential source env/)]);
    expect(first?.phase).toBe('resolved');
    expect(first?.errorCodes).toEqual(['InvalidClientTokenId']); // never reopened, never merged
    expect(second?.errorCodes).toEqual(['ExpiredToken']);
    expect(third?.errorCodes).toEqual(['SignatureDoesNotMatch']);
  }, 90_000);

  it('when a question is open and a block is pasted whose first line is words, then the whole block is one paste', async () => {
    const t = ptyChat(['--data-dir', dir, '--session', 'p3']);
    try {
      await t.waitFor(/paste> $/, 0);
      let mark = t.mark();
      t.write(`${PASTES.cliInvalidToken}\n`);
      await sleep(PAUSE_MS);
      t.write('\n');
      await t.waitFor(/\n> $/, mark); // a question is open: the prompt for words
      mark = t.mark();
      t.write('here is what the failing job has\nAWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nAWS_DEFAULT_REGION=us-east-1\n');
      await sleep(PAUSE_MS);
      t.write('\n');
      const after = await t.waitFor(ANY_PROMPT, mark);
      expect(after).not.toMatch(/could not read that|Nothing new from that/);
      t.write('quit\n');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const [first] = await storedCases(dir, 'p3');
    expect(first?.timeline.filter((e) => /^pasted/.test(e.event)).map((e) => e.event)).toEqual([expect.stringMatching(/^pasted output: .*key ASIA/)]);
  }, 60_000);

  it('when a verification closed the case, then a typed "resolved - <what fixed it>" goes into its summary and the next paste opens a case of its own', async () => {
    const t = ptyChat(['--data-dir', dir, '--session', 'p4']);
    try {
      await t.waitFor(/paste> $/, 0);
      let mark = t.mark();
      t.write(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}\n.\n`);
      await t.waitFor(ANY_PROMPT, mark);
      for (const word of ['confirm', 'done']) {
        mark = t.mark();
        t.write(`${word}\n`);
        await t.waitFor(ANY_PROMPT, mark);
      }
      mark = t.mark();
      t.write(`${PASTES.callerIdentity}\n.\n`);
      await t.waitFor(/Say what fixed it[\s\S]*case summary[\s\S]*paste> $/, mark);
      // Typed after a pause, then the next incident's error: two inputs, never one merged paste.
      mark = t.mark();
      t.write('resolved - removed the stale export from .bashrc\n');
      await t.waitFor(/In the team's words: removed the stale export from \.bashrc[\s\S]*paste> $/, mark);
      mark = t.mark();
      t.write(`${PASTES.expiredToken}\n.\n`);
      await t.waitFor(/New case \(resume later with --session p4\.2\)[\s\S]*(\n> |paste> )$/, mark);
      t.write('quit\n');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const [first, second] = await storedCases(dir, 'p4');
    expect(first?.fixedBy).toBe('removed the stale export from .bashrc');
    expect(second?.errorCodes).toEqual(['ExpiredToken']);
    expect(second?.timeline.map((e) => e.event).join('\n')).not.toMatch(/bashrc|resolved/);
  }, 90_000);

  it('when a paste is ended with Ctrl-D, then it is one input and the chat goes on; Ctrl-D at an empty prompt leaves', async () => {
    const t = ptyChat(['--data-dir', dir, '--session', 'p5']);
    try {
      await t.waitFor(/paste> $/, 0);
      let mark = t.mark();
      t.write(`${PASTE_WITH_BLANKS}\n`);
      await sleep(PAUSE_MS);
      t.write('\u0004');
      const afterPaste = await t.waitFor(/Type: .*"quit"\.\s*(\n> |paste> )$/, mark);
      expect(afterPaste.match(/Likely causes:/g)).toHaveLength(1);
      mark = t.mark();
      t.write('resolve\n');
      await t.waitFor(/case summary[\s\S]*paste> $/, mark);
      t.write('\u0004');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const [first] = await storedCases(dir, 'p5');
    expect(first?.timeline.filter((e) => /pasted|opened/.test(e.event)).map((e) => e.event)).toEqual([expect.stringMatching(/^opened the case: InvalidClientTokenId.*credential source env/)]);
    expect(first?.phase).toBe('resolved');
  }, 60_000);

  it('when "quit" is typed at a question prompt or at the paste prompt of a resolved case, then the chat ends', async () => {
    for (const before of [[] as string[], ['resolve']]) {
      const t = ptyChat(['--ephemeral']);
      try {
        await t.waitFor(/paste> $/, 0);
        let mark = t.mark();
        t.write(`${PASTES.cliInvalidToken}\n`);
        await sleep(PAUSE_MS);
        t.write('\n');
        await t.waitFor(ANY_PROMPT, mark);
        for (const line of before) {
          mark = t.mark();
          t.write(`${line}\n`);
          await t.waitFor(/paste> $/, mark);
        }
        t.write('quit\n');
        expect(await t.exited).toBe(0);
      } finally {
        t.kill();
      }
    }
  }, 90_000);
});

describe('awskey chat piped', () => {
  it('when a script ends pastes with ".", uses "new" and pastes after "resolve", then each paste is one input and each incident its own case', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-pipe-'));
    try {
      const script = [
        PASTES.cliInvalidToken, '', 'the next lines are ours, not an answer', '', PASTES.configureListEnv, '.',
        'resolve',
        PASTES.expiredToken, '', PASTES.callerIdentity, '.',
        'new',
        PASTES.signatureMismatch, '.',
        'quit', '',
      ].join('\n');
      const r = await runCliChat(['--data-dir', dir, '--session', 'q1'], script);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('New case (resume later with --session q1.2)');
      const [first, second, third] = await storedCases(dir, 'q1');
      expect(first?.timeline.filter((e) => /pasted|opened|answered/.test(e.event)).map((e) => e.event)).toEqual([expect.stringMatching(/^opened the case: InvalidClientTokenId.*credential source env/)]);
      expect(first?.phase).toBe('resolved');
      expect(first?.errorCodes).toEqual(['InvalidClientTokenId']);
      expect(second?.errorCodes).toEqual(['ExpiredToken']);
      expect(second?.facts.arn).toBe('arn:aws:iam::123456789012:user/alice'); // the rest of its paste came with it
      expect(third?.errorCodes).toEqual(['SignatureDoesNotMatch']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('when tool output follows a blank line in a piped paste, then it stays part of the paste', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-pipe-'));
    try {
      const r = await runCliChat(['--data-dir', dir, '--session', 'q2'], `${PASTE_WITH_BLANKS}\n\nquit\n`);
      expect(r.code).toBe(0);
      expect(r.stdout.match(/Likely causes:/g)).toHaveLength(1);
      const [first] = await storedCases(dir, 'q2');
      expect(first?.timeline.filter((e) => /pasted|opened/.test(e.event)).map((e) => e.event)).toEqual([expect.stringMatching(/^opened the case: InvalidClientTokenId.*credential source env/)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('terminal rendering', () => {
  it('when every kind of reply is rendered, then each is readable text with numbered choices, shell prompts and action words', () => {
    const replies: Reply[] = [
      { type: 'heading', text: 'AWS credential problem' },
      { type: 'text', text: 'This is *authentication*, see `aws configure list`.' },
      { type: 'warning', text: 'Rotate it now.', private: true },
      { type: 'causes', causes: [{ id: 'env-var-override', title: 'Env vars win', score: 0.62, evidence: ['Type env'] }] },
      { type: 'question', id: 'rotation', text: 'Did anything happen?', choices: [{ id: 'a', label: 'Rotated' }, { id: 'b', label: 'Nothing' }], freeText: true },
      { type: 'command', id: 'configure-list', text: 'Run:', commands: [{ shell: 'bash', code: 'aws configure list' }, { shell: 'powershell', code: 'aws configure list' }], pasteBack: true },
      { type: 'remediation', causeId: 'env-var-override', title: 'Unset them', variants: [{ platform: 'windows-powershell', steps: [{ text: 'Remove', code: [{ shell: 'powershell', code: 'Remove-Item Env:AWS_ACCESS_KEY_ID' }] }] }], avoid: ['Do not widen IAM policies'], links: ['https://docs.aws.amazon.com/x'] },
      { type: 'verification', text: 'Check it.', commands: [{ shell: 'bash', code: 'aws sts get-caller-identity' }] },
      { type: 'summary', markdown: '## Summary' },
      { type: 'actions', actions: [{ id: 'step-done', label: 'Done, verify' }, { id: 'reject-cause', label: 'Not this cause', causeId: 'env-var-override' }] },
    ];
    const text = renderReplies(replies);
    expect(text).toContain('== AWS credential problem ==');
    expect(text).toContain('This is authentication, see `aws configure list`.');
    expect(text).toContain('!! PRIVATE - Rotate it now.');
    expect(text).toContain('1. Env vars win [env-var-override] 62%');
    expect(text).toMatch(/\? Did anything happen\?\n {2}1\) Rotated\n {2}2\) Nothing/);
    expect(text.match(/\$ aws configure list/g)).toHaveLength(1); // the same command once, not once per shell
    expect(text).toContain('[Windows PowerShell]');
    expect(text).toContain('PS> Remove-Item Env:AWS_ACCESS_KEY_ID');
    expect(text).toContain('Avoid:\n  - Do not widen IAM policies');
    expect(text).toContain('$ aws sts get-caller-identity');
    expect(text).toContain('## Summary');
    expect(text).toContain('Type: "done" (Done, verify), "not this" (Not this cause), or "quit".');
  });
});

