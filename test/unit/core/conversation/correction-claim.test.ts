/**
 * The claim a correction word opens (interpreter.ts correctionClaim): chat's subject-less corrections are corrections;
 * a claim asked or hedged is none, and "none" is undefined, never an empty claim (review 35b R35b-10).
 */
import { correctionClaim } from '../../../../src/core/conversation/interpreter';

describe('correctionClaim', () => {
  it.each(['actually, was ASIA not AKIA', 'no, was rotated yesterday', 'sorry, did rotate it last week', 'correction: can confirm it is ASIA'])(
    'when "%s" is said, then its claim is read as a correction',
    (text) => {
      expect(correctionClaim(text)).toEqual(expect.stringMatching(/\S/));
    },
  );
  it.each(['wait no, its ASIA I think', 'wait, is it ASIA', 'sorry what does AKIA mean?', 'actually, did you rotate it'])(
    'when "%s" is said, then it corrects nothing (undefined)',
    (text) => {
      expect(correctionClaim(text)).toBeUndefined();
    },
  );
});
