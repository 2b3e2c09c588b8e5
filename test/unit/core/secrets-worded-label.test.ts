/**
 * The secrets view's worded-label test (secrets/view.ts opensWithWordedLabel) is read by hand for speed; the regex
 * WORDED_LABEL_OPENS states it. The two must answer alike at every offset of any text: generated lines of label-like
 * shapes (words at and past the 20-letter limit, up to six groups, colons with and without a blank after, capitals,
 * digits, line breaks, text ending mid-label), read at every offset.
 */
import fc from 'fast-check';
import { expectSame } from '../../helpers/expect-equal';
import { WORDED_LABEL_OPENS, opensWithWordedLabel } from '../../../src/core/secrets/view';

const byRegex = (text: string, at: number): boolean => {
  WORDED_LABEL_OPENS.lastIndex = at;
  return WORDED_LABEL_OPENS.test(text);
};

const PIECES = ['ab ', 'ab ', 'cd ', 'a', 'z', 'A', 'Z', 'secret', 'Secret', 'access', 'key', 'x'.repeat(19), 'y'.repeat(20), 'w'.repeat(21), ' ', ' ', ':', ': ', ':\t', ':x', '\n', '\t', '1', '_', '=', '@', '[', '`', '{', 'é'];
const noise = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));
/** A label's shape: a first word, 0-6 more words of 0-22 letters, an ending; the limits (20 letters, 4 more words) straddled. */
const word = (min: number): fc.Arbitrary<string> => fc.integer({ min, max: 22 }).map((n) => 'q'.repeat(n));
const label = fc
  .tuple(fc.constantFrom('a', 'A', '1'), word(0), fc.array(word(0).map((w) => ` ${w}`), { maxLength: 6 }), fc.constantFrom(':', ': ', ':\t', ' ', ':x', ''), noise)
  .map(([first, rest, more, end, tail]) => `${first}${rest}${more.join('')}${end}${tail}`);
const text = fc.oneof(noise, label);

describe('opensWithWordedLabel', () => {
  it('answers as WORDED_LABEL_OPENS does at every offset', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at <= t.length; at++) expectSame(opensWithWordedLabel(t, at), byRegex(t, at));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Secret access key: x', true],
    ['Region:\tus-east-1', true],
    ['ab cd ef gh ij: x', true],
    ['ab cd ef gh ij kl: x', false],
    ['a b: x', false],
    [`a${'b'.repeat(20)}: x`, true],
    [`a${'b'.repeat(21)}: x`, false],
    ['secret access key:x', false],
    ['secret  key: x', false],
    ['AWS_SECRET_ACCESS_KEY: x', false],
    ['key:', false],
  ])('%j → %s', (line, expected) => {
    expect(opensWithWordedLabel(line, 0)).toBe(expected);
    expect(byRegex(line, 0)).toBe(expected);
  });
});
