/**
 * Property: a secret glued to whatever stands next to it in a real paste is still redacted. The neighbours are tokens of
 * the real pastes' tuning half (words, paths, flags, error fragments, as pasted) and what people glue them with:
 * punctuation and quotes, look-alike Cyrillic and full-width letters, zero-width joiners and spaces, NBSP, a terminal's
 * hard wrap, URL-encoding (`%2F`), JSON escaping (`\/`), base64 of `key id:secret`, a shell `export`, YAML `|` / `>`
 * blocks, a shell echoing the secret as a command. No 16-character piece of the secret, raw or decoded, may stay in the
 * redacted text. Under CI the seed is pinned (test/helpers/fast-check-seed.ts); `npm run test:props` (FC_RUNS_SCALE)
 * runs it harder with random seeds.
 */
import fc from 'fast-check';
import { redact } from '../../../src/core/redact';
import { leakedPieces } from '../../helpers/secret-shapes';
import { gluedSecret, TOKENS } from '../../helpers/glued-secrets';

const RUNS = 600;

describe('a secret glued to the neighbours of real pastes', () => {
  it('when the real pastes give neighbours, then there are enough of them to draw from', () => {
    expect(TOKENS.length).toBeGreaterThan(1000);
  });

  it(`when a secret is glued to real tokens, punctuation, look-alikes, invisible characters and encodings (${RUNS} generated), then no piece of it stays in the redacted text`, () => {
    fc.assert(
      fc.property(gluedSecret, (g) => {
        const r = redact(g.text);
        expect(leakedPieces(r.text, g.secrets)).toEqual([]);
        expect(r.count).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });
});
