/**
 * Readings and rules added after classifying the ranking misses of batch 8's tuning half against batches 6 and 7's
 * (classes seen in at least two batches; chosen by leave-one-batch-out, scripts/corpus/rank-cv.ts --table and
 * scripts/corpus/conversation-batches.ts). The sentences are written for the test in the phrasing such threads use,
 * not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-06T00:00:00Z');
const ranking = (text: string): string[] => diagnose(text, { now: NOW }).causes.map((c) => c.id);

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

  it('when the refusal is told in words with no credential talk, then the permission problem leads', () => {
    expect(ranking('Our uploads to the private S3 bucket get Access Denied since we changed the bucket policy.')[0]).toBe('authorization-not-authentication');
  });
});
