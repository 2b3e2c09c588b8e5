/**
 * `awskey chat`: piped end to end as a process, and pseudo-interactive through runChat with
 * streams the test types into, line by line, waiting for each prompt like a person would.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runChat } from '../../src/adapters/cli/chat-command';
import { renderReplies } from '../../src/adapters/cli/render-terminal';
import type { Reply } from '../../src/core/conversation/types';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import type { LookupResult } from '../../src/core/lookup/types';
import type { KeyDirectory } from '../../src/usecases/ports';
import { EXAMPLE_SECRET, PASTES } from '../helpers/pastes';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function runCliChat(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, 'src/cli.ts'), 'chat', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

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

