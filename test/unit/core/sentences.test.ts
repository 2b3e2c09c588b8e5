/**
 * sentences.ts, the one sentence split of the readers of people's words, against the splits it replaced (stop 33),
 * kept here as the oracle: asked-not-reported.ts and deliberate-failure.ts put a line break after each mark and split on
 * line breaks, non-credential-kinds.ts and description.ts split after a mark (description.ts at contrasts too).
 */
import fc from 'fast-check';
import { sentences } from '../../../src/core/sentences';

const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
const PIECES = ['a', 'word', ' ', '  ', '\t', '\n', '\r', '\u00a0', '.', '!', '?', ';', ',', ', but', ', However', ' however', 'while', 'boto3.client', '?"'];
const runs = { numRuns: 5000 };

describe('sentences', () => {
  it('when a line is split, then a mark followed by whitespace or a line break ends a sentence, and the mark stays with it', () => {
    expect(sentences('It works from my laptop. Why does the job fail? boto3.client is fine')).toEqual(['It works from my laptop.', 'Why does the job fail?', 'boto3.client is fine']);
    expect(sentences('We rotate keys weekly; since then it fails', 'clause')).toEqual(['We rotate keys weekly;', 'since then it fails']);
    expect(sentences('kubectl works just fine, but the extension fails', 'contrast')).toEqual(['kubectl works just fine', 'but the extension fails']);
  });

  it('when any text is split, then the sentences are those of the replaced splits', () => {
    fc.assert(
      fc.property(textOf(PIECES), (t) => {
        expect(sentences(t)).toEqual(t.replace(/([.!?])\s+/g, '$1\n').split('\n'));
        expect(sentences(t, 'clause')).toEqual(t.replace(/([.;!?])\s+/g, '$1\n').split('\n'));
        // The two that split a line (no line break in it) after a mark.
        const line = t.replace(/\n/g, ' ');
        expect(sentences(line)).toEqual(line.split(/(?<=[.!?])\s+/));
        expect(sentences(line, 'contrast')).toEqual(line.split(/(?<=[.!?;])\s+|,\s+(?=(?:but|however|whereas|while)\b)/));
      }),
      runs,
    );
  });
});
