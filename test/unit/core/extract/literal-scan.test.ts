import fc from 'fast-check';
import { expectEqual } from '../../../helpers/expect-equal';
import { LiteralScanner } from '../../../../src/core/extract/literal-scan';

/** The first `keep` + 1 starts of each word, as includes/indexOf would find them. */
const expected = (words: string[], text: string, keep = 0): number[][] =>
  words.map((w) => {
    const out: number[] = [];
    for (let i = text.indexOf(w); i !== -1 && out.length <= keep; i = text.indexOf(w, i + 1)) out.push(i);
    return out;
  });

describe('literal scan (one pass for many words)', () => {
  it('when words overlap, nest or share a long prefix, then each is found at its first occurrence exactly when the text contains it', () => {
    const words = ['abc', 'bcd', 'abcdefghijklmnop', 'abcdefghijklmnoq', 'cde', 'credentials could not be loaded', 'credentials could not be found', 'ø✖ x'];
    const scanner = new LiteralScanner(words);
    for (const text of ['', 'abcd', 'xxabcdefghijklmnoq', 'credentials could not be found.', 'say ø✖ x now', 'abcdefghijklmno']) {
      expect(scanner.scan(text)).toEqual(expected(words, text));
      expect(scanner.scan(text, 3)).toEqual(expected(words, text, 3));
    }
  });

  it('when one scanner reads several texts in turn, then each answer keeps its own occurrences (absent words share one list no later scan writes to)', () => {
    const scanner = new LiteralScanner(['abc', 'xyz']);
    const first = scanner.scan('no words here');
    const second = scanner.scan('xyz abc xyz', 3);
    const third = scanner.scan('abc');
    expect(first).toEqual([[], []]);
    expect(second).toEqual([[4], [0, 8]]);
    expect(third).toEqual([[0], []]);
  });

  it('when words and texts are random, then the scan finds the same first occurrences of every word as indexOf()', () => {
    // A small alphabet makes overlaps, repeats and shared prefixes (beyond the 12-character key) common.
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '✖');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 200 }), fc.nat({ max: 5 }), (words, text, keep) => {
        expectEqual(new LiteralScanner(words).scan(text, keep), expected(words, text, keep));
      }),
      { numRuns: 500 },
    );
  });
});
