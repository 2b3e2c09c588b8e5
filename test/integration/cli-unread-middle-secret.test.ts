/**
 * `awskey diagnose` and `awskey chat` on a 2 MB input, as child processes: the middle is not read,
 * but a secret in it is still warned about on stderr, and no output holds a piece of it.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli';
import { leakedPieces, SHAPES } from '../helpers/secret-shapes';

const LINE = '2024-01-01T00:00:00Z INFO request ok path=/v1/items status=200 took=12ms\n';
const HALF = LINE.repeat(Math.ceil(1_000_000 / LINE.length));
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
// A shape with no AWS error line of its own: an error in the middle is read with the lines around it (QA37 F3), and a secret
// read there is redacted as in any paste (long-log-middle-error.test.ts); this one stays in the part not read.
const planted = fc.sample(SHAPES.labelled!, { numRuns: 1, seed: 9 })[0]!;
const PASTE = `${HALF}${planted.text}\n${HALF}${ERROR}\n`;

describe('a secret in the unread middle of a 2 MB input to the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-middle-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when diagnose reads the paste from a file, then stderr warns of the unread secret and no output holds it', async () => {
    const file = join(dir, 'big.log');
    writeFileSync(file, PASTE);
    const r = await runCli(['diagnose', file], { env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('in the part not read');
    expect(r.stdout).toContain('the part not read holds a secret value');
    expect(leakedPieces(r.stdout + r.stderr, planted.secrets)).toEqual([]);
  }, 60_000);

  test('when diagnose --json reads the paste from stdin, then stderr warns, secretsFound names the kind, and no output holds it', async () => {
    const r = await runCli(['diagnose', '--json'], { stdin: PASTE, env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('in the part not read');
    expect(JSON.parse(r.stdout).secretsFound).toContain('secret-access-key');
    expect(leakedPieces(r.stdout + r.stderr, planted.secrets)).toEqual([]);
  }, 60_000);

  test('when the paste is typed into chat, then the chat warns of the secret and no output holds it', async () => {
    const r = await runCli(['chat'], { stdin: `${PASTE}quit\n`, env: { LOG_LEVEL: 'warn' } });
    expect(`${r.stdout}\n${r.stderr}`).toMatch(/rotate/i);
    expect(leakedPieces(r.stdout + r.stderr, planted.secrets)).toEqual([]);
  }, 60_000);
});

describe('a secret in the unread middle of a chat --jsonl line', () => {
  test('when the 2 MB line holds a secret in the part not read, then the reply warns of it and holds no piece of it', async () => {
    const r = await runCli(['chat', '--jsonl', '--ephemeral'], { stdin: `${JSON.stringify({ text: PASTE })}\n`, env: { LOG_LEVEL: 'warn' } });
    const reply = JSON.parse(r.stdout.trim().split('\n')[0]!);
    expect(reply.error).toBeUndefined();
    expect(JSON.stringify(reply)).toMatch(/rotate/i);
    expect(leakedPieces(r.stdout + r.stderr, planted.secrets)).toEqual([]);
  }, 60_000);
});
