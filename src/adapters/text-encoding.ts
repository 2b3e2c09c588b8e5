/**
 * Text files as Windows writes them: Windows PowerShell's `>` and Out-File write UTF-16LE with a
 * byte-order mark, and a log read as UTF-8 then is noise in which no error is found. Shared by the
 * CLI's input and Slack's file downloads. And what is not text at all (a .gz export).
 */

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

/**
 * How a file read as it streams is decoded, judged by its first bytes as decodeText judges a whole
 * file: null for UTF-8 (its bytes are read as they are), else the TextDecoder label of its UTF-16.
 */
export function streamEncoding(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (looksUtf16le(head)) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
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
