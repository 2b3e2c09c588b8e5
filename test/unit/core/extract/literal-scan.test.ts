import fc from 'fast-check';
import { LiteralScanner } from '../../../../src/core/extract/literal-scan';

const expected = (words: string[], text: string): number[] => words.map((w) => text.indexOf(w));

describe('literal scan (one pass for many words)', () => {
  it('when words overlap, nest or share a long prefix, then each is found at its first occurrence exactly when the text contains it', () => {
    const words = ['abc', 'bcd', 'abcdefghijklmnop', 'abcdefghijklmnoq', 'cde', 'credentials could not be loaded', 'credentials could not be found', 'ø✖ x'];
    const scanner = new LiteralScanner(words);
    for (const text of ['', 'abcd', 'xxabcdefghijklmnoq', 'credentials could not be found.', 'say ø✖ x now', 'abcdefghijklmno']) {
      expect([...scanner.scan(text)]).toEqual(expected(words, text));
    }
  });

  it('when words and texts are random, then the scan agrees with indexOf() for every word', () => {
    // A small alphabet makes overlaps, repeats and shared prefixes (beyond the 12-character key) common.
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '✖');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 200 }), (words, text) => {
        expect([...new LiteralScanner(words).scan(text)]).toEqual(expected(words, text));
      }),
      { numRuns: 500 },
    );
  });
});
