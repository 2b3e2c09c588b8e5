/** `awskey diagnose` as a process: file/stdin, --json, --jsonl, exit codes, nothing else on stdout. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryArgs, shellCommand } from '../helpers/built-entry';
import { runCli as runCliProcess } from '../helpers/run-cli';

const ROOT = join(__dirname, '../..');
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const PASTE = `export AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=${SECRET}\n\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const runCli = (args: string[], stdin?: string): Promise<Run> => runCliProcess(args, stdin === undefined ? {} : { stdin });

describe('awskey diagnose as a process', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-diagnose-'));
    file = join(dir, 'paste.txt');
    writeFileSync(file, PASTE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when given a file, then it prints a readable report with meaning, ranked causes and facts, and exits 0', async () => {
    const r = await runCli(['diagnose', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/AWS credential\/auth error detected: InvalidClientTokenId/);
    expect(r.stdout).toMatch(/What AWS is saying: Authentication failed/);
    expect(r.stdout).toMatch(/1\. missing-session-token/);
    expect(r.stdout).toMatch(/access key id\s+ASIA…MPLE \(temporary/);
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stdout).not.toContain('ASIAIOSFODNN7EXAMPLE');
  });

  it('when given --json on stdin, then stdout is exactly one JSON object with the contract keys', async () => {
    const r = await runCli(['diagnose', '--json', '-'], PASTE);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(out).toMatchObject({
      detected: true,
      errorCodes: ['InvalidClientTokenId'],
      facts: { tool: 'aws-cli', service: 'sts', operation: 'GetCallerIdentity', keyIds: [{ prefix: 'ASIA', last4: 'MPLE', kind: 'temporary' }], credentialSource: 'env', sessionTokenPresent: false },
      redactions: 1,
    });
    const causes = out.causes as Array<{ id: string; score: number; evidence: unknown[] }>;
    expect(causes[0]!.id).toBe('missing-session-token');
    for (let i = 1; i < causes.length; i++) expect(causes[i - 1]!.score).toBeGreaterThanOrEqual(causes[i]!.score);
    expect(r.stdout).not.toContain(SECRET);
  });

  it('when AssumeRole says roles may not be assumed by root accounts, then the report says the caller is the root user, not that a policy does not allow it', async () => {
    const r = await runCli(['diagnose', '-'], 'An error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts\n');
    expect(r.code).toBe(0);
    const saying = r.stdout.split('\n').find((l) => l.startsWith('What AWS is saying:')) ?? '';
    expect(saying).toMatch(/the caller is the account's root user, and root user credentials cannot call AssumeRole/);
    expect(saying).not.toMatch(/a policy does not allow/);
  });

  it('when no file argument is given, then stdin is read; ordinary chat exits 0 with nothing detected', async () => {
    const r = await runCli(['diagnose', '--json'], 'see you at standup tomorrow');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { detected: boolean; causes: Array<{ id: string; score: number }> };
    expect(out.detected).toBe(false);
    expect(out.causes[0]).toMatchObject({ id: 'not-aws-credential-error', score: 1 });
  });

  it('when given 10,000 JSONL lines with a malformed one, then each line gets one result with the same id and processing continues', async () => {
    const input: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i === 5000) input.push('{not json');
      else input.push(JSON.stringify({ id: `m${i}`, text: i % 2 === 0 ? 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.' : 'lunch?' }));
    }
    const r = await runCli(['diagnose', '--jsonl'], `${input.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; detected?: boolean; error?: string; causes?: Array<{ id: string }> });
    expect(out).toHaveLength(10_000);
    expect(out[5000]).toMatchObject({ id: null, error: expect.stringMatching(/invalid JSON/) });
    expect(out[0]).toMatchObject({ id: 'm0', detected: true });
    expect(out[0]!.causes![0]!.id).toBe('temporary-credentials-expired');
    expect(out[1]).toMatchObject({ id: 'm1', detected: false });
    expect(out[9999]!.id).toBe('m9999');
  }, 120_000);

  it.each([['--jsonl'], ['--lines']])('when the reader of %s output goes away early (| head), then the run ends quietly with exit 0, no stack trace', async (flag) => {
    const line = JSON.stringify({ id: 'x', text: 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.' });
    const r = await runCliProcess(['diagnose', flag], { stdin: `${line}\n`.repeat(3000), closeStdoutAfter: 1 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);

  it.each([
    [['diagnose', SECRET], /^awskey diagnose: no such file: \[REDACTED:egress\]/m],
    [[SECRET], /^error: unknown command '\[REDACTED:egress\]'/m],
    [['diagnose', 'An error occurred (InvalidClientTokenId)'], /no such file: An error occurred \(InvalidClientTokenId\) \(to diagnose text, pipe it in: echo '<the error>' \| awskey diagnose\)/],
    [['diagnose', 'InvalidClientTokenId'], /no such file: InvalidClientTokenId \(to diagnose text, pipe it in: echo '<the error>' \| awskey diagnose\)/],
  ])('when an argument is a secret or the error text itself (%j), then the usage error holds the secret back and says how to pass text', async (args, message) => {
    const r = await runCliProcess(args, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout + r.stderr).not.toContain('bPxRfiCY');
  });

  it('when a --jsonl line is not JSON, then its error says so without quoting any of the line (it may start with a secret)', async () => {
    const r = await runCli(['diagnose', '--jsonl'], `${SECRET}\nsecret=wJal\n{"id":"a","text":"x", ${SECRET}}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: null; error: string });
    expect(out).toHaveLength(3);
    for (const o of out) expect(o.error).toMatch(/^invalid JSON/);
    expect(r.stdout + r.stderr).not.toMatch(/wJal/);
  });

  it.each([
    [['diagnose', '--bogus'], /unknown option '--bogus'/],
    [['diagnose', '/no/such/file.txt'], /no such file: \/no\/such\/file\.txt/],
    [['diagnose', 'src'], /not a file: src \(give a file, or - for stdin\)/],
    [['diagnose', '--json', '--jsonl', '-'], /use only one of --json, --jsonl and --lines/],
    [['diagnose', '--jsonl', '--lines', '-'], /use only one of --json, --jsonl and --lines/],
  ])('when run with a usage error (%j), then it exits 2 with a clear message on stderr and nothing on stdout', async (args, message) => {
    const r = await runCli(args, '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('when given plain log lines with --lines, then each non-blank line gets its own diagnosis, numbered by line', async () => {
    const log = ['\uFEFF2026-11-22T10:00:01Z INFO starting job', '', 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.', 'lunch?'].join('\n');
    const r = await runCli(['diagnose', '--lines'], `${log}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; detected: boolean; causes: Array<{ id: string }> });
    expect(out.map((o) => [o.id, o.detected])).toEqual([
      [1, false],
      [3, true],
      [4, false],
    ]);
    expect(out[1]!.causes[0]!.id).toBe('temporary-credentials-expired');
  });

  it('when stdin is a terminal, then it says on stderr how to end the input, and stdout carries only the report', async () => {
    // `script` (util-linux/bsdutils) gives the process a pseudo-terminal; stderr is kept apart by redirecting it to a file.
    const errFile = join(dir, 'tty-stderr.txt');
    const command = `${shellCommand([process.execPath, ...entryArgs('cli'), 'diagnose'])} 2>${shellCommand([errFile])}`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: dir, TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const closed = new Promise((r) => child.on('close', r));
    const until = Date.now() + 20_000;
    while (!existsSync(errFile) || !readFileSync(errFile, 'utf8').includes('Ctrl-D')) {
      if (Date.now() > until) throw new Error('no end-of-input hint on stderr');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.stdin.write('An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.\n');
    child.stdin.write('\x04');
    child.stdin.end();
    await closed;
    expect(readFileSync(errFile, 'utf8')).toContain('press Ctrl-D on an empty line to finish');
    expect(out).toContain('temporary-credentials-expired');
    expect(out).not.toContain('Ctrl-D on an empty line');
  }, 30_000);
});
