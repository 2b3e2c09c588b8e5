/**
 * A long input read as it streams (read-ends.ts: a Slack file as it downloads, `awskey diagnose` past
 * 16 MB): what it keeps is what the input window keeps of the same text (one cut rule), what it holds
 * stays bounded whatever the input's size, and a secret anywhere in the dropped middle (across its
 * slices, in any chunking) is still found.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { FileEnds, readEnds } from '../../../src/adapters/read-ends';
import { endChars, headAndTail, HEAD_CHARS, keepHeadAndTail, SCAN_CHUNK, SCAN_OVERLAP, TAIL_CHARS } from '../../../src/core/input-window';
import { diagnose } from '../../../src/core/diagnose';
import { awsSecretKey, leakedPieces, SHAPE_NAMES, SHAPES } from '../../helpers/secret-shapes';

const LINE = '2024-01-01T00:00:00Z INFO request ok path=/v1/items status=200 took=12ms\n';
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n';

function readInChunks(text: string, chunk: number, ends = new FileEnds()): FileEnds {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunk) ends.push(bytes.subarray(i, i + chunk));
  return ends;
}

describe('a long file read as its head and tail while it downloads', () => {
  test('when a 50 MB file streams in, then what is held never passes head + tail + one scan slice, and the error at its end is kept', () => {
    const ends = new FileEnds();
    // A worker's log line, of the kind the secret scan reads fastest (half LINE's time): all 50 MB of middle is scanned,
    // which took 21 s of the suite with LINE, and what is held does not depend on what the lines say.
    const QUIET = '2024-01-01 INFO worker processed one more batch of items, all went well\n';
    const block = Buffer.from(QUIET.repeat(Math.floor(65_536 / QUIET.length)));
    let total = 0;
    for (; total < 50 * 1024 * 1024; total += block.length) ends.push(block);
    ends.push(Buffer.from(ERROR));
    const read = ends.finish()!;
    expect(read.read!.totalChars).toBe(total + ERROR.length);
    expect(read.text.endsWith(ERROR)).toBe(true);
    expect(read.text.length).toBeLessThan(1_000_000);
    expect(ends.peakHeld).toBeLessThanOrEqual(HEAD_CHARS + TAIL_CHARS + SCAN_CHUNK + SCAN_OVERLAP + 2 * block.length);
  });

  test.each([4_096, 300_000])('when the text arrives in chunks of %d bytes, then head, gap and tail match the input window of the same text', (chunk) => {
    const text = `${LINE.repeat(Math.ceil(2_000_000 / LINE.length))}${ERROR}`;
    const read = readInChunks(text, chunk).finish()!;
    const window = headAndTail(text);
    // Same ends (the cut lands on the same line breaks); the marker counts bytes, which here are characters.
    expect(read.text.replace(/bytes \(/, 'characters (')).toBe(window.text);
    expect(read.read!.note).toBe(window.read!.note.replace(/characters/g, 'bytes'));
  });

  test('when a line break falls right at the head\'s cut, then the streamed head ends there as the input window\'s does (not at the line break before it)', () => {
    const filler = LINE.repeat(Math.floor((HEAD_CHARS - 50) / LINE.length));
    const text = `${filler}${'a'.repeat(HEAD_CHARS - filler.length)}\n${LINE.repeat(Math.ceil(1_100_000 / LINE.length))}${ERROR}`;
    expect(text[HEAD_CHARS]).toBe('\n');
    const read = readInChunks(text, 65_536).finish()!;
    expect(read.text.replace(/bytes \(/, 'characters (')).toBe(headAndTail(text).text);
  });

  test.each([0, 1])('when no line break is near a cut and a character spans it (%d bytes before), then no half of a character is kept at either cut', (odd) => {
    // Two-byte letters with no line break near either cut: a cut lands on the second half of one
    // unless it is moved, in the head for one parity, in the tail for the other.
    const text = `${'x'.repeat(odd)}${'é'.repeat(600_000)}\n${'x'.repeat(odd)}`;
    const read = readInChunks(text, 65_536).finish()!;
    expect(read.text.includes('\uFFFD')).toBe(false);
  });

  test('for any line lengths, chunking and bound, the streamed head and tail are the input window\'s (one cut rule)', () => {
    const line = fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.constantFrom('a', 'b', ' ')).map(([n, c]) => `${c.repeat(n)}\n`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.integer({ min: 8_000, max: 40_000 }), fc.integer({ min: 1, max: 70_000 }), (lines, limit, chunk) => {
        const text = lines.join('');
        fc.pre(text.length > limit);
        const end = endChars(limit);
        const read = readInChunks(text, chunk, new FileEnds(end, end)).finish()!;
        expect(read.text.replace(/bytes \(/, 'characters (')).toBe(keepHeadAndTail(text, limit));
      }),
      { numRuns: 200, seed: 21 },
    );
  });

  test.each(SHAPE_NAMES)('when a %s secret sits anywhere in the dropped middle, then its kind is reported and no piece of it is kept', (name) => {
    const planted = fc.sample(SHAPES[name]!, { numRuns: 1, seed: 11 })[0]!;
    // Ends of 100 KB (the scan's slices as in production) keep the inputs small.
    const END = 100_000;
    const filler = LINE.repeat(Math.ceil(700_000 / LINE.length));
    // Near the head's cut, before, across and after the first slice boundary of the middle's scan, near the tail.
    for (const near of [END + 2_000, END + SCAN_CHUNK - 8_000, END + SCAN_CHUNK - SCAN_OVERLAP - 40, 560_000]) {
      const at = near - (near % LINE.length); // on a line of its own, as people paste it
      const text = `${filler.slice(0, at)}${planted.text}\n${filler.slice(at)}${ERROR}`;
      const read = readInChunks(text, 65_536, new FileEnds(END, END)).finish()!;
      expect(read.read!.omittedSecrets.length).toBeGreaterThan(0);
      expect(leakedPieces(read.text, planted.secrets)).toEqual([]);
    }
  });

  // Windows PowerShell's `>` writes UTF-16LE with a mark; Out-File piped on, without one; big-endian is rare but marked.
  const utf16 = {
    'UTF-16LE with a mark': (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    'UTF-16LE without a mark': (t: string) => Buffer.from(t, 'utf16le'),
    'UTF-16BE with a mark': (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
  };
  test.each(Object.keys(utf16) as Array<keyof typeof utf16>)('when a 6 MB %s file streams in odd-sized chunks, then its head and tail read as text, the error at its end is kept, and a secret in its middle is reported', (encoding) => {
    const secret = fc.sample(awsSecretKey, { numRuns: 1, seed: 7 })[0]!;
    const filler = LINE.repeat(Math.ceil(3_000_000 / LINE.length));
    const text = `${filler}aws_secret_access_key = ${secret}\n${filler}${ERROR}`;
    const bytes = utf16[encoding](text);
    expect(bytes.length).toBeGreaterThan(6_000_000);
    const ends = new FileEnds();
    // Odd sizes: a character's two bytes are split across chunks.
    for (let i = 0; i < bytes.length; i += 65_537) ends.push(bytes.subarray(i, i + 65_537));
    const read = ends.finish()!;
    expect(read.text.startsWith(LINE)).toBe(true);
    expect(read.text.endsWith(ERROR)).toBe(true);
    expect(read.text).not.toContain('\u0000');
    expect(read.read!.omittedSecrets.length).toBeGreaterThan(0);
    expect(leakedPieces(read.text, [secret])).toEqual([]);
  });
});

describe('readEnds (awskey diagnose\'s input)', () => {
  const CLI_ERROR = 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\r\n';
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const line = '2026-12-05T10:00:00Z INFO worker processed batch in 12ms ok\n';
  function* log(lines: number, middle: string): Generator<Buffer> {
    for (let i = 0; i < lines; i++) yield Buffer.from(i === lines / 2 ? `${middle}\n` : line);
    yield Buffer.from(CLI_ERROR);
  }

  test('when the input passes the whole-read bound, then it is read as its ends while it streams: the error at its end is read and a secret in its middle is named by kind only', async () => {
    const { text, window } = await readEnds(Readable.from(log(40_000, `AWS_SECRET_ACCESS_KEY=${SECRET}`)), { wholeBytes: 1024 * 1024 });
    expect(window?.read?.totalChars).toBe(40_000 * line.length + SECRET.length + 23 - line.length + CLI_ERROR.length);
    expect(text.length).toBeLessThan(1_000_000);
    expect(text).not.toContain(SECRET);
    const d = diagnose(text, { window: window! });
    expect(d.errorCodes).toEqual(['ExpiredToken']);
    expect(d.secretsFound).toEqual(['secret-access-key']);
    expect(d.notes[0]).toMatch(/^input of [\d,]+ bytes: read the first/);
    expect(d.inputRead?.omittedSecrets).toEqual(['secret-access-key']);
  });

  test('when a UTF-16LE input (PowerShell `>`) passes the whole-read bound, then its ends are decoded as it streams: the error at its end is read and a secret in its middle is named by kind only', async () => {
    function* utf16(): Generator<Buffer> {
      yield Buffer.from([0xff, 0xfe]);
      for (const b of log(40_000, `AWS_SECRET_ACCESS_KEY=${SECRET}`)) yield Buffer.from(b.toString('utf8'), 'utf16le');
    }
    const { text, window, binary } = await readEnds(Readable.from(utf16()), { wholeBytes: 1024 * 1024 });
    expect(binary).toBeUndefined();
    expect(window).toBeDefined();
    expect(text.endsWith(CLI_ERROR)).toBe(true);
    expect(text).not.toContain(SECRET);
    const d = diagnose(text, { window: window! });
    expect(d.errorCodes).toEqual(['ExpiredToken']);
    expect(d.inputRead?.omittedSecrets).toEqual(['secret-access-key']);
  });

  test('when a 64 MB binary (a .gz export) streams in, then it is judged not text from its first 8 KB and nothing more is pulled from the stream', async () => {
    const chunk = Buffer.alloc(4096, 0);
    chunk.set([0x1f, 0x8b, 0x08, 0x00]);
    let pulled = 0;
    function* gzip(): Generator<Buffer> {
      for (let i = 0; i < (64 * 1024 * 1024) / chunk.length; i++) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const stream = Readable.from(gzip());
    const r = await readEnds(stream, { wholeBytes: 1024 * 1024 });
    expect(r).toEqual({ text: '', binary: true });
    // Readable.from reads a little ahead of what readEnds takes; far short of the whole stream either way.
    expect(pulled).toBeLessThanOrEqual(64 * 1024);
    expect(stream.destroyed).toBe(true);
  });

  test('when a short binary input ends before 8 KB, then it is judged not text all the same', async () => {
    const r = await readEnds(Readable.from([Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x41])]), { wholeBytes: 1024 * 1024 });
    expect(r).toEqual({ text: '', binary: true });
  });

  test('when the input passes the cap, then reading stops there and its size so far is reported', async () => {
    const stream = Readable.from(log(40_000, 'middle line'));
    const r = await readEnds(stream, { wholeBytes: 1024 * 1024, capBytes: 2 * 1024 * 1024 });
    expect(r).toEqual({ tooLarge: expect.any(Number) as number });
    expect((r as { tooLarge: number }).tooLarge).toBeLessThan(2 * 1024 * 1024 + 100);
    expect(stream.destroyed).toBe(true);
  });

  test('when the input is within the bound, then it is read whole (diagnose cuts it as before)', async () => {
    const r = await readEnds(Readable.from(log(100, 'middle line')), { wholeBytes: 16 * 1024 * 1024 });
    expect(r.window).toBeUndefined();
    expect(r.text.endsWith(CLI_ERROR)).toBe(true);
  });
});

