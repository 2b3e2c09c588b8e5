/**
 * QA37 F3 through the CLI as a person runs it: a 2.4 MB log with one botocore ExpiredToken line, as a file, on stdin
 * and typed into the terminal chat. The line in the middle is read and diagnosed; line numbers are the file's.
 * `awskey chat --jsonl` reads the same log sent as one `{"text": …}` line the same way (QA39 F5).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';

const EXPIRED = 'botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.';
const ordinary = (i: number): string => `2026-12-07T09:00:00Z INFO worker-3 processed batch ${String(i).padStart(6, '0')} in 12 ms, ok.`.padEnd(79, '.');
const FILLER = Array.from({ length: 30_000 }, (_, i) => ordinary(i));
const MID = [...FILLER.slice(0, 15_000), EXPIRED, ...FILLER.slice(15_000)].join('\n');
const END = [...FILLER, EXPIRED].join('\n');

describe('awskey on a 2.4 MB log whose ExpiredToken is in the middle or at the end (QA37 F3)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-longlog-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when diagnose reads the file with the error at line 15,001, then the error is diagnosed at line 15001 and the note says the lines around it were read', async () => {
    const file = join(dir, 'mid.log');
    writeFileSync(file, MID);
    const r = await runCli(['diagnose', file], { env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AWS credential/auth error detected: ExpiredToken');
    expect(r.stdout).toMatch(/1\. temporary-credentials-expired/);
    expect(r.stdout).toContain('[line 15001]');
    expect(r.stdout).toContain('around the AWS error code ExpiredToken at line 15,001');
    expect(r.stdout).not.toContain('No AWS credential');
  }, 60_000);

  test('when diagnose --json reads the log from stdin with the error as its last line, then at.line is 30001', async () => {
    const r = await runCli(['diagnose', '--json'], { stdin: END, env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { detected: boolean; causes: Array<{ id: string; evidence: Array<{ at?: { line: number } }> }> };
    expect(d.detected).toBe(true);
    expect(d.causes[0]!.id).toBe('temporary-credentials-expired');
    expect(d.causes[0]!.evidence.flatMap((e) => (e.at ? [e.at.line] : []))).toContain(30_001);
  }, 60_000);

  test('when the log is typed into the terminal chat, then a case opens on the middle error instead of "no AWS error found"', async () => {
    const r = await runCli(['chat', '--ephemeral'], { stdin: `${MID}\n\nquit\n`, env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('No AWS credential or authentication error found');
    expect(r.stdout).toContain('== AWS credential problem: `ExpiredToken` ==');
    expect(r.stdout).toMatch(/1\. Temporary \(STS\/SSO\) credentials expired \[temporary-credentials-expired\]/);
  }, 120_000);

  test('when chat --jsonl gets the log as one text line with the error as its last line, then it is read as head and tail and the expired token is the answer (QA39 F5)', async () => {
    const r = await runCli(['chat', '--jsonl', '--ephemeral'], { stdin: `${JSON.stringify({ text: END })}\n`, env: { LOG_LEVEL: 'warn' } });
    const reply = JSON.parse(r.stdout.trim().split('\n')[0]!) as { kind: string; error?: unknown; ranking?: Array<{ cause: string }>; read?: string };
    expect(reply.error).toBeUndefined();
    expect(reply.ranking?.[0]?.cause).toBe('temporary-credentials-expired');
    expect(reply.read).toMatch(/read/);
  }, 60_000);
});
