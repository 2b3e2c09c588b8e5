/** The input of `awskey diagnose`: UTF-16 as Windows PowerShell writes it, and a log too long to hold whole read as its ends. */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { diagnose } from '../../../src/core/diagnose';
import { readInput } from '../../../src/adapters/cli/read-input';
import { decodeText, looksBinary } from '../../../src/adapters/text-encoding';

const ERROR = 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\r\n';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

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

  test('when UTF-8 text holds non-ASCII letters, then it is left as UTF-8', () => {
    expect(decodeText(Buffer.from('Fehler: Zugriff verweigert für Benutzer ✓ AccessDenied', 'utf8'))).toBe('Fehler: Zugriff verweigert für Benutzer ✓ AccessDenied');
  });
});

describe('readInput', () => {
  const line = '2026-12-05T10:00:00Z INFO worker processed batch in 12ms ok\n';
  function* log(lines: number, middle: string): Generator<Buffer> {
    for (let i = 0; i < lines; i++) yield Buffer.from(i === lines / 2 ? `${middle}\n` : line);
    yield Buffer.from(ERROR);
  }

  test('when the input passes the whole-read bound, then it is read as its ends while it streams: the error at its end is read and a secret in its middle is named by kind only', async () => {
    const { text, window } = await readInput(Readable.from(log(40_000, `AWS_SECRET_ACCESS_KEY=${SECRET}`)), 1024 * 1024);
    expect(window?.read?.totalChars).toBe(40_000 * line.length + SECRET.length + 23 - line.length + ERROR.length);
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
    const { text, window, binary } = await readInput(Readable.from(utf16()), 1024 * 1024);
    expect(binary).toBeUndefined();
    expect(window).toBeDefined();
    expect(text.endsWith(ERROR)).toBe(true);
    expect(text).not.toContain(SECRET);
    const d = diagnose(text, { window: window! });
    expect(d.errorCodes).toEqual(['ExpiredToken']);
    expect(d.inputRead?.omittedSecrets).toEqual(['secret-access-key']);
  });

  test('when the input is within the bound, then it is read whole (diagnose cuts it as before)', async () => {
    const r = await readInput(Readable.from(log(100, 'middle line')));
    expect(r.window).toBeUndefined();
    expect(r.text.endsWith(ERROR)).toBe(true);
  });
});

describe('looksBinary', () => {
  test('when bytes hold NULs that no UTF-16 explains (gzip), then they are not text; UTF-8 and UTF-16 text is', () => {
    expect(looksBinary(gzipSync(Buffer.from(ERROR.repeat(50))))).toBe(true);
    expect(looksBinary(Buffer.from(ERROR))).toBe(false);
    expect(looksBinary(Buffer.from(ERROR, 'utf16le'))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ERROR, 'utf16le')]))).toBe(false);
  });
});
