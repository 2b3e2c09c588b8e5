/**
 * The verify-step reader (told-outcome.ts, QA 35 N2/N9) reads the outcome by structure and leaves a reply unread
 * rather than misread: a step still in progress, a success somewhere else, or a sign-in that worked closes nothing.
 */
import { toldExtraStep, toldOutcome } from '../../../../src/core/conversation/told-outcome';

const expired = { errorCodes: ['ExpiredToken'] };

describe('toldOutcome', () => {
  it.each([
    ['yes', true, 'works'],
    ['yep works', true, 'works'],
    ['yes the script works now', true, 'works'],
    ['the script runs fine now', false, 'works'],
    // Words ending in "nt" are no negation (stop 35 read-through: "went", "client", "deployment" read as "n't").
    ['yep, it went through', true, 'works'],
    ['the deployment works now', false, 'works'],
    ['the client works now', false, 'works'],
    ['nope same error', true, 'failing'],
    ['nope', true, 'failing'],
    ['still says expired', false, 'failing'],
    ['still ExpiredToken', false, 'failing'],
    ['that didnt work, claude still says expired after i did aws sso login', false, 'failing'],
    // The fix worked with one more step, told last (QA 36 F1); a failure told after the step is still a failure.
    ['that didnt work, claude still says expired after i did aws sso login, had to restart claude', false, 'works'],
    ['had to restart claude, still says expired', false, 'failing'],
    ['we had to restart the pod but it still fails', false, 'failing'],
  ] as const)('when "%s" is said (yes-or-no asked: %s), then it reads %s', (said, asked, want) => {
    expect(toldOutcome(said, expired, asked, true)).toBe(want);
  });

  it.each([
    ['yes', false],
    ['no idea', true],
    ['still working on it', true],
    ['working on it', true],
    ['it works on my laptop but in CI it fails', true],
    ['i fixed the profile', true],
    ['aws sso login worked', true],
    ['aws cli works fine', true],
    ['yes but only from my laptop', true],
  ] as const)('when "%s" is said (yes-or-no asked: %s), then it reads nothing', (said, asked) => {
    expect(toldOutcome(said, expired, asked, true)).toBeUndefined();
  });

  // Review 36b (R36b-7): a retreat after a failure ("had to give up", "had to roll back") is no step that made the fix
  // take effect: it was read as 'works' and kept as what fixed it.
  it.each([
    'still failing, I had to give up for today',
    'same error. had to roll back the deploy',
    'no luck, had to go home',
    'it still says expired, we had to revert to the old key',
  ])('when "%s" is said, then it reads failing and names no extra step', (said) => {
    expect(toldOutcome(said, { errorCodes: [] }, true, true)).toBe('failing');
    expect(toldExtraStep(said)).toBeUndefined();
  });

  it.each(['the sso login did not help, had to reload the window', 'nothing at first, then i had to open a new terminal', 'had to clear the cache'])(
    'when "%s" is said, then the step that makes the change take effect is named',
    (said) => {
      expect(toldExtraStep(said)).toBeDefined();
    },
  );
});
