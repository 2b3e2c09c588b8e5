/**
 * Whether a text is plain: tab, newline and printable ASCII only. normalise asks it of a paste, and the secrets'
 * view asks it again of the text normalise returned, most often the same string: the last answer is kept, so a
 * 1 MB paste is scanned once instead of twice.
 */
export const NOT_PLAIN = /[^\t\n\x20-\x7e]/;

let lastText: string | undefined;
let lastPlain = false;

export function isPlainText(s: string): boolean {
  if (s !== lastText) {
    lastPlain = !NOT_PLAIN.test(s);
    lastText = s;
  }
  return lastPlain;
}
