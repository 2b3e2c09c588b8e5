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

/** Not text: a NUL byte in the first 8 KB that no UTF-16 explains (a .gz export, a binary), as grep and git judge. */
export function looksBinary(head: Uint8Array): boolean {
  return encodingOf(head) === 'utf-8' && head.subarray(0, BINARY_JUDGE_BYTES).includes(0);
}
