/** The leak scan the real-thread corpus tests run (test/helpers/corpus-hygiene.ts) must itself catch leaks. */
import { PLANTED, leaksIn, scannedText } from '../helpers/corpus-hygiene';

describe('corpus leak scan', () => {
  it('the secret detectors flag planted fakes and pass documentation examples', () => {
    expect(leaksIn('planted', `aws_access_key_id = ${PLANTED.keyId}\naws_secret_access_key = ${PLANTED.secret}\n${PLANTED.token}`)).toHaveLength(3);
    expect(leaksIn('doc', 'AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
  });

  // Built from the one table of session-token starts: the older FQoD/AQoD tokens were missed by the scan's own list.
  it.each(['IQoJb3JpZ2luX2', 'AgoJb3JpZ2luX2', 'FwoGZXIvYXdz', 'FQoGZXIvYXdz', 'FQoDYXdz', 'AQoDYXdz'])('the scan flags a session token starting %s', (start) => {
    expect(leaksIn('planted', `token: ${start}${'EJr1K7z9Qp2Lm8Wd3Fs7Gh9Jc5Ve8Ua1Yi2Xo4Nb6'}`)).toHaveLength(1);
  });

  it('the scan sees a key id that follows a JSON line-break escape', () => {
    const raw = JSON.stringify({ pastes: [`first line\n${PLANTED.keyId}`] });
    expect(leaksIn('raw only', raw)).toEqual([]);
    expect(leaksIn('decoded', scannedText({ half: 'tuning', file: 'x', raw, parsed: JSON.parse(raw) }))).toHaveLength(1);
  });
});
