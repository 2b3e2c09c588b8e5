/**
 * The input of `awskey diagnose` (a file or stdin) as the text diagnose reads. Up to WHOLE_BYTES it is
 * read whole (diagnose keeps its head and tail when it is long); past that, as it streams in, as its
 * head and tail with the middle scanned for secrets and dropped, as a long file shared in Slack
 * (file-ends.ts): a log of a few hundred MB does not fit the CLI's 128 MB heap as one string, and
 * reading it whole ended the run with a fatal out-of-memory error. A UTF-16 file (what Windows
 * PowerShell's `>` and Out-File write) is decoded, read whole or as it streams (text-encoding.ts).
 */
import type { Readable } from 'node:stream';
import type { InputWindow } from '../../core/input-window';
import { FileEnds } from '../slack/file-ends';
import { decodeText, looksBinary } from '../text-encoding';

/** Read whole up to this; longer input is read as its head and tail while it streams. */
export const WHOLE_BYTES = 16 * 1024 * 1024;

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
