/**
 * A one-character regex class as a lookup table over ASCII: testing a character of a long text with the
 * regex costs a call into the regex engine per character, the table one load. Only for classes whose
 * characters are all ASCII, or with the regex kept for the rest (see `inClass`).
 */
export function asciiTable(re: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** `re.test(text[i])` for an index inside `text`, where `table` is asciiTable(re) and `re` matches one character. */
export function inClass(table: Uint8Array, re: RegExp, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? table[c] === 1 : re.test(text[i]!);
}

/**
 * Whether `text` holds `length` characters of `table`'s class in a row, for a class of ASCII characters only (no
 * other character is in it). `/[class]{n}/.test` retries the run from every start inside each word, so a text of short
 * words costs it several reads per character; this reads each once.
 */
export function holdsRun(table: Uint8Array, text: string, length: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && table[c] === 1) {
      if (++run >= length) return true;
    } else run = 0;
  }
  return false;
}
