/**
 * A value written in plain words (`my secret access key`, `Must be at least 8 characters.`): a placeholder or a
 * description where a secret would stand. Words of lower-case letters, or digits alone, the first maybe capitalised,
 * a stop at the end. Kept after a key's or token's label (the tuning corpus's `secretAccessKey: 'my secret access key'`);
 * one mixed word (`correct horse Xy9`) makes it a secret. After a password's label a quoted one is a passphrase
 * (`password: "correct horse battery staple"`) and goes whole (detect.ts valueEnd).
 */
const PLAIN_WORDS = /^(?:[A-Za-z][a-z]{0,30}|[0-9]{1,12})(?:[ \t]{1,4}(?:[a-z]{1,30}|[0-9]{1,12})){0,30}[.!]?$/;

export function plainWords(value: string): boolean {
  return PLAIN_WORDS.test(value);
}

export const PLAIN_WORDS_PATTERNS: RegExp[] = [PLAIN_WORDS];
