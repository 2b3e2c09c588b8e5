/**
 * A case whose errors are all refusals of an authenticated caller is confirmed by the retried call, not by a working
 * identity (conversation/verification.ts deniedOnly). The class a refusal is raised as is reported beside its code
 * (botocore's ClientError, Java's AmazonS3Exception) and is no error of its own.
 */
import { deniedOnly } from '../../../../src/core/conversation/verification';

describe('deniedOnly', () => {
  it('when a refusal comes with the exception class it was raised as, then the case is still a refusal only', () => {
    expect(deniedOnly(['AccessDenied', 'ClientError'])).toBe(true);
    expect(deniedOnly(['AccessDeniedException', 'AmazonS3Exception'])).toBe(true);
  });

  it('when another error stands beside the refusal, or only a class name is known, then it is not', () => {
    expect(deniedOnly(['AccessDenied', 'ExpiredToken', 'ClientError'])).toBe(false);
    expect(deniedOnly(['ClientError'])).toBe(false);
  });
});
