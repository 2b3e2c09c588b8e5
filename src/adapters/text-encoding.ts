/**
 * Text files as Windows writes them: Windows PowerShell's `>` and Out-File write UTF-16LE with a
 * byte-order mark (`Out-File -Encoding BigEndianUnicode`, UTF-16BE with one), and a log read as UTF-8
 * then is noise in which no error is found. One judgement of a text's encoding by its first bytes
 * serves every reader (a file read whole, as it streams, or line by line; the CLI's input and Slack's
 * downloads), and Node's TextDecoder decodes it. And what is not text at all (a .gz export).
 */
import { TextDecoder } from 'node:util';

/** The WHATWG encoding labels TextDecoder takes. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes enough to judge an encoding by (looksUtf16le reads at most this many). */
export const JUDGE_BYTES = 4096;

/** UTF-16LE without a mark (Out-File -Encoding Unicode piped on): mostly ASCII, so most odd bytes are NUL and no even one is. */
function looksUtf16le(b: Uint8Array): boolean {
  const n = Math.min(b.length, JUDGE_BYTES) & ~1;
  if (n < 8) return false;
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  return oddNul >= (n / 2) * 0.6 && evenNul <= (n / 2) * 0.05;
}

/** A text's encoding by its first bytes: a UTF-16 byte-order mark, UTF-16LE without one, else UTF-8. */
export function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return looksUtf16le(head) ? 'utf-16le' : 'utf-8';
}

/**
 * A decoder for text in `encoding`. A UTF-16 mark is the file's, not its text, and is dropped; a
 * UTF-8 one is kept as before (U+FEFF), where diagnose names it: a credentials file saved with it is
 * one the AWS CLI cannot read.
 */
export function decoderFor(encoding: TextEncoding): TextDecoder {
  return new TextDecoder(encoding, { ignoreBOM: encoding === 'utf-8' });
}

/** A whole text in its own encoding (UTF-8 unless its first bytes show UTF-16). */
export function decodeText(b: Uint8Array): string {
  return decoderFor(encodingOf(b)).decode(b);
}

/**
 * A stream's text in its own encoding, judged by its first JUDGE_BYTES bytes (or all of a shorter
 * one), as strings: for reading its lines (`diagnose --lines`/`--jsonl`).
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let held: Buffer[] = [];
  let heldLen = 0;
  for await (const chunk of chunks) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (decoder) {
      yield decoder.decode(b, { stream: true });
      continue;
    }
    held.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    heldLen += b.byteLength;
    if (heldLen < JUDGE_BYTES) continue;
    const first = Buffer.concat(held);
    held = [];
    decoder = decoderFor(encodingOf(first));
    yield decoder.decode(first, { stream: true });
  }
  if (!decoder) {
    const first = Buffer.concat(held);
    decoder = decoderFor(encodingOf(first));
    yield decoder.decode(first, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** How much of an input's start looksBinary judges by. */
export const BINARY_JUDGE_BYTES = 8192;

/** The first bytes of compressed files and archives: gzip, zip, bzip2, xz, zstd, 7z. */
const COMPRESSED_MAGIC: readonly (readonly number[])[] = [[0x1f, 0x8b], [0x50, 0x4b, 0x03, 0x04], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], [0x28, 0xb5, 0x2f, 0xfd], [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]];
/**
 * Share of control bytes past which a start is not text. Random or compressed bytes hold about 10 % (27 of 256
 * values); a text log with a few stray NULs (a CI or `script` capture) holds far fewer, and is read.
 */
const MAX_CONTROL_SHARE = 0.05;

/** A C0 control byte that text does not hold: not tab, line feed, vertical tab, form feed, carriage return, backspace or escape (ANSI colours). */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x08 && b !== 0x1b;
}

/**
 * Not text: a compressed file's or archive's first bytes, or a start of which more than 5 % are control bytes that
 * no UTF-16 explains (a binary, noise). A few NULs in a text log do not make it binary (readEnds drops them).
 */
export function looksBinary(head: Uint8Array): boolean {
  if (COMPRESSED_MAGIC.some((m) => head.length >= m.length && m.every((b, i) => head[i] === b))) return true;
  if (encodingOf(head) !== 'utf-8') return false;
  const n = Math.min(head.length, BINARY_JUDGE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(head[i]!)) controls++;
  return controls > n * MAX_CONTROL_SHARE;
}

/** `text` without its NUL characters, and how many there were: stray NULs in a log are no one's words. */
export function withoutNuls(text: string): { text: string; nuls: number } {
  if (!text.includes('\0')) return { text, nuls: 0 };
  const out = text.replaceAll('\0', '');
  return { text: out, nuls: text.length - out.length };
}
