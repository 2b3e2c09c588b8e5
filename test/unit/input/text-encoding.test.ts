/** Text as Windows writes it (UTF-16 either way round, with or without a mark) and what is not text, judged once for every reader. */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { diagnose } from '../../../src/core/diagnose';
import { decodeStream, decodeText, encodingOf, looksBinary } from '../../../src/adapters/text-encoding';

const ERROR = 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\r\n';

describe('decodeText', () => {
  test.each([
    ['UTF-16LE with its mark (PowerShell 5 `>`)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ERROR, 'utf16le')])],
    ['UTF-16LE without a mark', Buffer.from(ERROR, 'utf16le')],
    ['UTF-16BE with its mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ERROR, 'utf16le').swap16()])],
    ['UTF-8', Buffer.from(ERROR, 'utf8')],
  ])('when the input is %s, then diagnose reads the error in it', (_, bytes) => {
    expect(decodeText(bytes)).toBe(ERROR);
    expect(diagnose(decodeText(bytes)).errorCodes).toEqual(['ExpiredToken']);
  });

  test('when UTF-8 text starts with a byte-order mark, then the mark is kept (diagnose names it: a credentials file saved with one is unreadable to the AWS CLI)', () => {
    expect(decodeText(Buffer.from(`\uFEFF${ERROR}`, 'utf8'))).toBe(`\uFEFF${ERROR}`);
  });

  test('when UTF-8 text holds non-ASCII letters, then it is left as UTF-8', () => {
    expect(decodeText(Buffer.from('Fehler: Zugriff verweigert für Benutzer ✓ AccessDenied', 'utf8'))).toBe('Fehler: Zugriff verweigert für Benutzer ✓ AccessDenied');
  });
});

describe('looksBinary', () => {
  test('when bytes hold NULs that no UTF-16 explains (gzip), then they are not text; UTF-8 and UTF-16 text is', () => {
    expect(looksBinary(gzipSync(Buffer.from(ERROR.repeat(50))))).toBe(true);
    expect(looksBinary(Buffer.from(ERROR))).toBe(false);
    expect(looksBinary(Buffer.from(ERROR, 'utf16le'))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ERROR, 'utf16le')]))).toBe(false);
  });

  test('when a text log holds a few stray NULs (QA34 F6), then it is text; noise of all byte values is not', () => {
    expect(looksBinary(Buffer.from(`${ERROR}\ndocker build output \0\0\0 some nul bytes\n`))).toBe(false);
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 131) % 256;
    expect(looksBinary(Buffer.concat([Buffer.from(`${ERROR}\n`), noise]))).toBe(true);
  });
});

describe('decodeStream', () => {
  const encodings: Array<[string, (t: string) => Buffer]> = [
    ['UTF-16LE with a mark', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16LE without a mark', (t) => Buffer.from(t, 'utf16le')],
    ['UTF-16BE with a mark', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['UTF-8', (t) => Buffer.from(t, 'utf8')],
  ];
  test.each(encodings)('when a %s stream arrives in odd-sized chunks, then its text comes out whole (a character split across chunks included)', async (name, encode) => {
    const text = `deploy gestartet ✓\r\n${ERROR}`.repeat(200);
    const bytes = encode(text);
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 1_001) chunks.push(bytes.subarray(i, i + 1_001));
    let out = '';
    for await (const s of decodeStream(Readable.from(chunks))) out += s;
    expect(out).toBe(text);
    expect(encodingOf(bytes)).toBe(name.startsWith('UTF-16LE') ? 'utf-16le' : name.startsWith('UTF-16BE') ? 'utf-16be' : 'utf-8');
  });

  test('when a stream is shorter than what its encoding is judged by, then it is judged and decoded whole', async () => {
    let out = '';
    for await (const s of decodeStream(Readable.from([Buffer.from([0xfe, 0xff]), Buffer.from('ok\n', 'utf16le').swap16()]))) out += s;
    expect(out).toBe('ok\n');
  });
});
