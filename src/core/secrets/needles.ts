/**
 * Whether a text holds a literal, for the ~40 needles the readers check before running their regexes (see detect.ts).
 * Each `includes` over a 1 MB paste is a scan of ~0.3 ms; on a long text, one pass first notes which pairs of ASCII
 * characters occur, so a needle holding a pair the text lacks is ruled out without a scan. Exact: a needle in the text
 * has each of its pairs in it.
 */
const PAIRS_FROM_LENGTH = 65536;

export function needleCheck(text: string): (needle: string) => boolean {
  if (text.length < PAIRS_FROM_LENGTH) return (needle) => text.includes(needle);
  const pairs = new Uint8Array(128 * 128);
  let prev = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && prev < 128) pairs[prev * 128 + c] = 1;
    prev = c;
  }
  return (needle) => {
    for (let i = 1; i < needle.length; i++) {
      const a = needle.charCodeAt(i - 1);
      const b = needle.charCodeAt(i);
      if (a < 128 && b < 128 && pairs[a * 128 + b] === 0) return false;
    }
    return text.includes(needle);
  };
}
