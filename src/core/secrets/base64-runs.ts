/**
 * Runs of base64 characters (A-Z, a-z, 0-9, '+', '/') in a text: the secrets' random-run finder (detect.ts randomRuns)
 * reads only the runs of 40 or more, the length of a secret access key.
 */

const BASE64 = new Uint8Array(128);
for (let c = 0; c < 128; c++) if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47) BASE64[c] = 1;

export function isBase64Char(c: number): boolean {
  return c < 128 && BASE64[c] === 1;
}

/** A maximal run of base64 characters: text[start, end), with no base64 character just before or after it. */
export interface Base64Run {
  start: number;
  end: number;
}

/**
 * The first maximal run of at least `min` base64 characters that starts at `from` or later, or undefined. `from` is 0
 * or the end of a run (a character that is no base64 one, or the text's end), so no run is entered in its middle.
 * Any `min` characters in a row hold one of every `min`-th position (from + min - 1, from + 2·min - 1, …): only those
 * are read until one is a base64 character, and then the run around it. Reading every character instead (a test per
 * character of every word) was the largest single cost of the secrets' scan of a 4 KB paste.
 */
export function longBase64Run(text: string, from: number, min: number): Base64Run | undefined {
  const n = text.length;
  let base = from;
  for (let probe = base + min - 1; probe < n; probe = base + min - 1) {
    if (!isBase64Char(text.charCodeAt(probe))) {
      // No run of `min` starting at or before the probe reaches past it: the next one starts after it.
      base = probe + 1;
      continue;
    }
    let start = probe;
    while (start > base && isBase64Char(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < n && isBase64Char(text.charCodeAt(end))) end++;
    if (end - start >= min) return { start, end };
    // Too short: the next run starts after this one's end (a character no base64 one, or the text's end).
    base = end;
  }
  return undefined;
}
