/**
 * `awskey diagnose FILE` on a log far longer than it reads, as a process with a small heap: read as it
 * streams (head and tail), never as one string (that ended the run with a fatal out-of-memory error
 * and status 134 on a 150 MB log under the CLI's own 128 MB limit); and a UTF-16 file as Windows
 * PowerShell's `>` writes it.
 */
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/run-cli';

const ERROR = 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\r\n';

describe('awskey diagnose on long and UTF-16 files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-long-input-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('when a log is larger than the heap, then it is read as its head and tail and its error at the end is diagnosed', async () => {
    const file = join(dir, 'ci.log');
    const out = createWriteStream(file);
    const block = '2026-12-05T10:00:00Z INFO worker processed batch in 12ms ok\n'.repeat(16_384);
    for (let sent = 0; sent < 80 * 1024 * 1024; sent += block.length) if (!out.write(block)) await once(out, 'drain');
    out.end(ERROR);
    await once(out, 'finish');
    const r = await runCli(['diagnose', '--json', file], { env: { NODE_OPTIONS: '--max-old-space-size=64' } });
    expect({ code: r.code, stderr: r.stderr.slice(0, 300) }).toEqual({ code: 0, stderr: '' });
    const d = JSON.parse(r.stdout) as { errorCodes: string[]; notes: string[] };
    expect(d.errorCodes).toEqual(['ExpiredToken']);
    expect(d.notes[0]).toMatch(/^input of [\d,]+ bytes: read the first [\d,]+ and the last [\d,]+;/);
  }, 60_000);

  test('when the file is UTF-16 with its byte-order mark (PowerShell 5 `>`), then the error in it is diagnosed', async () => {
    const file = join(dir, 'err.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ERROR, 'utf16le')]));
    const r = await runCli(['diagnose', '--json', file]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { errorCodes: string[] }).errorCodes).toEqual(['ExpiredToken']);
  });

  test('when the file is compressed (a .gz log export), then diagnose says it is not text and how to read it, exit 2, instead of reporting its bytes as hidden characters', async () => {
    const file = join(dir, 'ci.log.gz');
    writeFileSync(file, gzipSync(Buffer.from(`deploy started\n${ERROR}`)));
    const r = await runCli(['diagnose', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ci.log.gz is not text (compressed or binary?): decompress it first, e.g. zcat FILE | awskey diagnose');
    expect(r.stdout).toBe('');
  });

  test('when a text log holds a few NUL bytes after its error line (QA34 F6), then diagnose reads the text and says what it dropped', async () => {
    const r = await runCli(['diagnose', '--json'], { stdin: `${ERROR}docker build output \0\0\0 some nul bytes\n` });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { errorCodes: string[] }).errorCodes).toEqual(['ExpiredToken']);
    expect(r.stderr).toContain('dropped 3 NUL bytes from the text (binary bytes in a text log) and read the rest');
  });

  test('when a UTF-16 log is read line by line (--lines), then each line is read in its encoding', async () => {
    const file = join(dir, 'lines.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`deploy started\r\n${ERROR}`, 'utf16le')]));
    const r = await runCli(['diagnose', '--lines', file]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; errorCodes: string[] });
    expect(rows.map((d) => [d.id, d.errorCodes])).toEqual([[1, []], [2, ['ExpiredToken']]]);
  });

  // What Windows writes: PowerShell 5's `>` (UTF-16LE with a mark), Out-File -Encoding BigEndianUnicode
  // (UTF-16BE with a mark), Notepad's "UTF-8 with BOM"; and plain UTF-8.
  const UNKNOWN_KEY = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\r\n';
  const ENCODINGS: Array<[string, (t: string) => Buffer]> = [
    ['UTF-16BE with its mark', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['UTF-16LE with its mark', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-8 with a byte-order mark', (t) => Buffer.from(`\uFEFF${t}`, 'utf8')],
  ];

  test.each(ENCODINGS)('when a %s log is read line by line (--lines, --jsonl), then each line is read in its encoding', async (name, encode) => {
    const plain = join(dir, `plain-${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(plain, encode(`deploy started\r\n${UNKNOWN_KEY}`));
    const lines = await runCli(['diagnose', '--lines', plain]);
    expect(lines.code).toBe(0);
    expect(lines.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; errorCodes: string[] }).map((d) => [d.id, d.errorCodes])).toEqual([[1, []], [2, ['InvalidClientTokenId']]]);
    const jsonl = join(dir, `jsonl-${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(jsonl, encode(`${JSON.stringify({ id: 'a', text: 'deploy started' })}\r\n${JSON.stringify({ id: 'b', text: UNKNOWN_KEY })}\r\n`));
    const rows = await runCli(['diagnose', '--jsonl', jsonl]);
    expect(rows.code).toBe(0);
    expect(rows.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; errorCodes: string[] }).map((d) => [d.id, d.errorCodes])).toEqual([['a', []], ['b', ['InvalidClientTokenId']]]);
  });

  test.each(ENCODINGS.slice(0, 2))('when a 2 MB %s log has the error at its end, then it is diagnosed and the note says how much was read', async (name, encode) => {
    const file = join(dir, `long-${name.replace(/\W+/g, '-')}.log`);
    const filler = '2026-12-05T10:00:00Z INFO worker processed batch in 12ms ok\r\n'.repeat(Math.ceil(2_000_000 / 62));
    writeFileSync(file, encode(`${filler}${UNKNOWN_KEY}`));
    const r = await runCli(['diagnose', '--json', file]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const d = JSON.parse(r.stdout) as { errorCodes: string[]; notes: string[] };
    expect(d.errorCodes).toEqual(['InvalidClientTokenId']);
    expect(d.notes[0]).toMatch(/^input of [\d,]+ characters: read the first [\d,]+ and the last [\d,]+;/);
  }, 30_000);
});
