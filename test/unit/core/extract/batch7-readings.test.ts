/**
 * Readings added after classifying the ranking misses of batch 7's tuning half against batch 6's (classes seen in both
 * batches only; scripts/corpus/rank-cv.ts --table). The sentences are written for the test in the phrasing such
 * threads use, not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('the lifetime of temporary credentials told in words', () => {
  it.each([
    'The uploader works at first, but after some time when the STS token renews automatically the reads start to fail.',
    'On token expiry the client would not renew it until another call happened.',
    'Long copies break because the worker won’t be able to renew tokens when a transfer takes more than two hours.',
    'Our instance credentials rotate every hour and the presigned links we made earlier stop working.',
    'The exporter never refreshes the session credentials it loaded at start-up.',
  ])('when "%s" is written, then it is read as temporary credentials running out, not as a key rotation', (text) => {
    const ids = signals(text);
    expect(ids).toContain('hint.expired');
    expect(ids).not.toContain('hint.rotation');
    expect(ids).not.toContain('hint.talk-stale-credentials-after-rotation');
  });

  it.each([
    'We rotated the access keys yesterday and the deploy fails since.',
    'After the key rotation the deploy fails with an invalid access key error.',
  ])('when "%s" is written, then it is still a key rotation', (text) => {
    const ids = signals(text);
    expect(ids).toContain('hint.rotation');
    expect(ids).not.toContain('hint.expired');
  });

  it.each([
    'Our CMS has API key rotation set up in AWS, so the SSM client fails to get the parameters due to missing credentials.',
    'Log rotation runs at midnight and the S3 upload fails with a credentials error afterwards.',
    'Password rotation for the database user broke nothing, but the AWS credentials error remains.',
  ])('when "%s" is written, then what rotates is no AWS key', (text) => {
    expect(signals(text)).not.toContain('hint.rotation');
    expect(diagnose(text).causes[0]!.id).not.toBe('stale-credentials-after-rotation');
  });

  it.each([
    'Please refresh the page and try to log the request again.',
    'I cannot refresh the dashboard after the upgrade to the new version.',
    'The token renewal job is configured in the scheduler for every tenant.',
  ])('when "%s" is written, then no lifetime is read', (text) => {
    expect(signals(text)).not.toContain('hint.expired');
  });

  it('when a described failure says the tokens are not renewed on long runs, then an expired session ranks first', () => {
    const text =
      'Our nightly S3 export fails with a credentials error on long runs. It appears the client won’t be able to renew tokens if the job takes more than 2 hours.';
    expect(diagnose(text).causes[0]!.id).toBe('temporary-credentials-expired');
  });

  it('when instance credentials are said to rotate after some time, then an expired session ranks above a key rotation', () => {
    const text =
      'Presigned S3 URLs fail with a credentials error when the job starts late, presumably because EC2 instance credentials rotate after some time, invalidating the security token in the URL.';
    const ids = diagnose(text).causes.map((c) => c.id);
    expect(ids.indexOf('temporary-credentials-expired')).toBeLessThan(ids.indexOf('stale-credentials-after-rotation'));
    expect(ids[0]).toBe('temporary-credentials-expired');
  });
});

describe('credentials not found, told in words', () => {
  it.each([
    'The nightly build fails because the AWS CLI is unable to find the S3 creds.',
    'The Lambda deploy fails with an error about missing AWS credentials.',
    'Our deploy step breaks since no AWS credentials are configured on the new runner.',
  ])('when "%s" is written, then no credentials found leads', (text) => {
    expect(signals(text)).toContain('hint.creds-missing');
    expect(diagnose(text).causes[0]!.id).toBe('no-credentials-found');
  });

  it('when the text names SSO, then a load failure is not read as absent credentials (the SSO session is the source)', () => {
    const text = 'The provider fails to load AWS credentials when the SSO access token cached to disk needs a refresh.';
    expect(signals(text)).not.toContain('hint.creds-missing');
  });

  it.each([
    'We do not have missing credentials; the keys are there and still the call fails.',
    'I added the credentials to the secret store and the job can find them now.',
  ])('when "%s" is written, then nothing is read as missing', (text) => {
    expect(signals(text)).not.toContain('hint.creds-missing');
  });
});
