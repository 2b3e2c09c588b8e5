/** The leak scan the real-thread corpus tests run (test/helpers/corpus-hygiene.ts) must itself catch leaks. */
import { PLANTED, leaksIn, scannedText } from '../helpers/corpus-hygiene';

describe('corpus leak scan', () => {
  it('the secret detectors flag planted fakes and pass documentation examples', () => {
    expect(leaksIn('planted', `aws_access_key_id = ${PLANTED.keyId}\naws_secret_access_key = ${PLANTED.secret}\n${PLANTED.token}`)).toHaveLength(3);
    expect(leaksIn('doc', 'AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
  });

  it('the scan sees a key id that follows a JSON line-break escape', () => {
    const raw = JSON.stringify({ pastes: [`first line\n${PLANTED.keyId}`] });
    expect(leaksIn('raw only', raw)).toEqual([]);
    expect(leaksIn('decoded', scannedText({ half: 'tuning', file: 'x', raw, parsed: JSON.parse(raw) }))).toHaveLength(1);
  });
});
