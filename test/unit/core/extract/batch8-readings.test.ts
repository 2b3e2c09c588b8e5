/**
 * Readings and rules added after classifying the ranking misses of batch 8's tuning half against batches 6 and 7's
 * (classes seen in at least two batches; chosen by leave-one-batch-out, scripts/corpus/rank-cv.ts --table and
 * scripts/corpus/conversation-batches.ts). The sentences are written for the test in the phrasing such threads use,
 * not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-06T00:00:00Z');
const ranking = (text: string): string[] => diagnose(text, { now: NOW }).causes.map((c) => c.id);
/** The leading cause and the ids of its evidence (a ranking test that fails when the reading it needs is gone). */
const leader = (text: string): { id: string; on: string[] } => {
  const top = diagnose(text, { now: NOW }).causes[0]!;
  return { id: top.id, on: top.evidence.map((e) => e.id) };
};

describe('a refusal told only in words, next to talk of the session token', () => {
  it.each([
    'Uploads fail with Access Denied when we use SSO credentials, because the session token is never forwarded to the S3 client.',
    'With temporary credentials the export gets 403 Forbidden from S3: the wrapper passes the access key and secret but omits the session token.',
  ])('when "%s" is written, then the missing session token leads, not a permission', (text) => {
    expect(ranking(text)[0]).toBe('missing-session-token');
  });

  it('when the service\'s own denial text is pasted, then the permission problem still leads', () => {
    const text = [
      'We pass the session token and still get this:',
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/uploader/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::example-bucket/a.txt',
    ].join('\n');
    expect(ranking(text)[0]).toBe('authorization-not-authentication');
  });

  it('when the words only say a session token is in use, then the permission problem still leads', () => {
    expect(ranking('Our uploads to the private S3 bucket get Access Denied, even though the session token is set with the keys.')[0]).toBe('authorization-not-authentication');
  });

  it('when the refusal is told in words with no credential talk, then the permission problem leads', () => {
    expect(ranking('Our uploads to the private S3 bucket get Access Denied since we changed the bucket policy.')[0]).toBe('authorization-not-authentication');
  });
});

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { now: NOW, onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('credentials running out told in words: plain past, progressive, an hour-scale run time', () => {
  it.each([
    'Halfway through the nightly job the AWS session token expired and the sync could not list the bucket anymore.',
    'Our deploys in the pipeline take longer than an hour now, and the credentials we assumed at the start are expiring before the end.',
    'The release workflow fails with an AWS error every time it passes the 1 hour mark while uploading to S3.',
    'The credentials loaded from the instance profile stop working after 6 hours and the reader fails to authenticate.',
  ])('when "%s" is written, then it is read as temporary credentials expiring', (text) => {
    expect(signals(text)).toContain('hint.expired');
  });

  it('when a failure told in words says the token expired after an hour, then expired temporary credentials lead on that reading', () => {
    expect(leader('After an hour the runner fails to authenticate to AWS: the token expired and the queries to Athena stop.')).toEqual({ id: 'temporary-credentials-expired', on: expect.arrayContaining(['temporary-expired.hint-expired']) });
  });

  it.each([
    'The token has not expired, it was issued five minutes ago, and the upload still fails to authenticate.',
    'We retried for an hour and the S3 credentials error is still there.',
    'The key is two hours old and the CLI says the credentials are invalid.',
  ])('when "%s" is written, then no expiry is read', (text) => {
    expect(signals(text)).not.toContain('hint.expired');
  });
});

describe('credentials not found told in words: every negation, paths in the span, an empty credentials file', () => {
  it.each([
    'Inside the container the CLI won’t be able to read the ~/.aws/credentials file we mount, so every AWS call fails.',
    'The uploader does not pick up the credentials from ~/.aws/credentials when it runs under systemd, so the AWS calls fail.',
    'I tried but failed to get the mounted .aws/credentials picked up by the AWS client in the container.',
    'After the login step the ~/.aws/credentials file is empty, so the next AWS command fails.',
  ])('when "%s" is written, then it is read as credentials not found', (text) => {
    expect(signals(text)).toContain('hint.creds-missing');
  });

  it('when a failure told in words says the credentials file is empty, then no credentials found leads', () => {
    expect(ranking('Since the update the tool writes nothing: the ~/.aws/credentials file is empty and the AWS CLI cannot authenticate.')[0]).toBe('no-credentials-found');
  });

  it.each([
    'The credentials file is not empty, it holds both profiles, and the AWS call still fails.',
    'The tool does not read the region from the config file, so the AWS calls go to us-east-1.',
  ])('when "%s" is written, then no missing credentials are read', (text) => {
    expect(signals(text)).not.toContain('hint.creds-missing');
  });
});

describe('environment keys said to be set', () => {
  it.each([
    'With `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` set for the batch jobs, the named profile is never used.',
    'It turned out I had AWS env vars set from an older session, so the profile in the config was ignored.',
  ])('when "%s" is written, then it is read as keys set in the environment', (text) => {
    expect(signals(text)).toContain('hint.env-keys-set');
  });

  it.each([
    'On Windows the tool reads another credentials file when the `%HOME%` environment variable is set.',
    'When the $HOME environment variable is set in Cygwin, the CLI and the login helper disagree on the AWS config path.',
  ])('when "%s" is written, then another variable is set, not the keys', (text) => {
    expect(signals(text)).not.toContain('hint.env-keys-set');
  });
});

describe('the home directory named in words', () => {
  it.each([
    'Under sudo the SDK looks in /root instead of my home directory, so the AWS credentials are not found.',
    'When the service runs as another user its $HOME differs and the AWS call fails to authenticate.',
  ])('when "%s" is written, then it is read as the home directory', (text) => {
    expect(signals(text)).toContain('hint.home-dir');
  });

  it('when a failure told in words names the home directory the SDK looked in, then no credentials found leads on that evidence', () => {
    expect(leader('The job runs as a service user, so the AWS SDK looks for credentials under its home directory and the upload fails to authenticate.')).toEqual({ id: 'no-credentials-found', on: expect.arrayContaining(['no-credentials.home-dir']) });
  });

  it('when the home directory is named beside a rejected key, then the rejected key is not read as missing credentials', () => {
    const text = ['My home directory holds the AWS config.', 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.'].join('\n');
    expect(ranking(text)[0]).not.toBe('no-credentials-found');
  });
});
