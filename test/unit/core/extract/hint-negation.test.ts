/**
 * A topic the person denies or clears is no hint: "I have not rotated the keys", "the clock is fine". The sentences
 * are written for the test (no public thread found with a denial that changed the ranking); each shape is how people
 * answer the usual first questions in the threads of both corpora.
 */
import { diagnose } from '../../../../src/core/diagnose';

const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const evidence = (text: string): string[] => diagnose(`${ERROR}\n${text}`).causes.flatMap((c) => c.evidence.map((e) => e.id));

describe('denied and cleared topics', () => {
  it.each([
    ['a denied rotation', 'I have not rotated the keys recently, they are months old.', 'stale-credentials.rotation-hint'],
    ['a cleared clock', 'The clock is fine, ntp is synced on this box.', 'clock-skew.hint'],
    // hint.sso is read only by its learned context ratio since s35-rank dropped the hand rules that read it.
    ['a denied SSO', 'I am not using SSO, just plain access keys.', 'context.hint.sso'],
  ])('when %s is written, then its hint is not evidence', (_what, text, id) => {
    expect(evidence(text)).not.toContain(id);
  });

  it.each([
    ['a rotation after which it failed', 'It stopped working after we rotated the keys.', 'stale-credentials.rotation-hint'],
    ['"no longer" (not a denial)', 'It no longer works since we rotated the keys.', 'stale-credentials.rotation-hint'],
    ['SSO named as the sign-in', 'We sign in through SSO.', 'context.hint.sso'],
    ['a purpose ("not to contain")', 'It failed until I regenerated the secret key not to contain "+".', 'malformed.mangled-hint'],
  ])('when %s is written, then the hint still counts', (_what, text, id) => {
    expect(evidence(text)).toContain(id);
  });
});
