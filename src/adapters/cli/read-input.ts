/**
 * The input of `awskey diagnose` (a file or stdin) as the text diagnose reads. Up to WHOLE_BYTES it is
 * read whole (diagnose keeps its head and tail when it is long); past that, as it streams in, as its
 * head and tail with the middle scanned for secrets and dropped, as a long file shared in Slack
 * (file-ends.ts): a log of a few hundred MB does not fit the CLI's 128 MB heap as one string, and
 * reading it whole ended the run with a fatal out-of-memory error. A UTF-16 file (what Windows
 * PowerShell's `>` and Out-File write) is decoded by its byte-order mark.
 */
import type { Readable } from 'node:stream';
import type { InputWindow } from '../../core/input-window';
import { FileEnds } from '../slack/file-ends';

/** Read whole up to this; longer input is read as its head and tail while it streams. */
export const WHOLE_BYTES = 16 * 1024 * 1024;

/** UTF-16LE without a mark (Out-File -Encoding Unicode piped on): mostly ASCII, so most odd bytes are NUL and no even one is. */
function looksUtf16le(b: Buffer): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return false;
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  return oddNul >= (n / 2) * 0.6 && evenNul <= (n / 2) * 0.05;
}

/** How a file's lines are read (--lines, --jsonl): its encoding by its first bytes, and where its text starts. */
export function fileEncoding(head: Buffer): { encoding: 'utf8' | 'utf16le'; start: number } {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', start: 2 };
  return { encoding: looksUtf16le(head) ? 'utf16le' : 'utf8', start: 0 };
}

/** UTF-8 unless the text starts with a UTF-16 byte-order mark or is UTF-16LE without one. */
export function decodeText(b: Buffer): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.toString('utf16le', 2);
  if (looksUtf16le(b)) return b.toString('utf16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    const le = Buffer.from(b.subarray(2, b.length - (b.length % 2)));
    return le.swap16().toString('utf16le');
  }
  return b.toString('utf8');
}

/** Not text: a NUL byte in the first 8 KB that no UTF-16 explains (a .gz export, a binary), as grep and git judge. */
export function looksBinary(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  return head.subarray(0, 8192).includes(0) && !looksUtf16le(head);
}

/**
 * `window` is set when the input was read as its head and tail (diagnose takes it as is); `binary`
 * when it is not text at all (diagnosing its bytes would only report noise).
 */
export async function readInput(stream: Readable, wholeBytes = WHOLE_BYTES): Promise<{ text: string; window?: InputWindow; binary?: true }> {
  const head: Buffer[] = [];
  let headLen = 0;
  let chunks: Buffer[] | undefined = [];
  let ends: FileEnds | undefined;
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (headLen < 8192) {
      head.push(b.subarray(0, 8192 - headLen));
      headLen += head[head.length - 1]!.length;
    }
    if (chunks && total > wholeBytes) {
      ends = new FileEnds();
      for (const c of chunks) ends.push(c);
      chunks = undefined;
    }
    if (ends) ends.push(b);
    else chunks!.push(b);
  }
  if (looksBinary(Buffer.concat(head))) return { text: '', binary: true };
  const read = ends?.finish();
  if (!read) return { text: decodeText(Buffer.concat(chunks ?? [])) };
  const window: InputWindow = {
    text: read.text,
    note: read.note,
    read: {
      totalChars: read.totalBytes,
      readChars: read.totalBytes - read.omittedBytes,
      omittedChars: read.omittedBytes,
      headLines: read.headLines,
      omittedLines: read.omittedLines,
      omittedSecrets: read.omittedSecrets,
    },
  };
  return { text: read.text, window };
}
