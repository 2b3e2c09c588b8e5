import { diagnose } from '../../../src/core/diagnose';

const now = new Date('2026-12-06T00:00:00Z');
const detected = (text: string): boolean => diagnose(text, { now }).detected;

describe('a wrong key used on purpose (aws/aws-sdk-cpp#305) is read one sentence at a time, and only silences a failure told in words', () => {
  it.each([
    [
      'a catalogued error line, with a negated "on purpose"',
      'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.\nI did not change it on purpose, the wrong key must have come from the env',
    ],
    ['"deliberately" in another clause', 'We deliberately rotate keys weekly; since Monday the wrong access key is used and we get InvalidAccessKeyId on every call'],
    [
      '"intentionally" in a question, then an error line',
      'Intentionally left the expired token in ~/.aws/credentials? No. Error: ExpiredToken: The security token included in the request is expired',
    ],
    ['a catalogued error line after a key wrong on purpose', 'I set a bogus access key on purpose.\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.'],
    ['a code on a line of output after a key wrong on purpose', 'We put a dummy key in on purpose for the demo.\n\n<Error><Code>InvalidAccessKeyId</Code></Error>'],
  ])('when %s, then it is detected', (_what, text) => {
    expect(detected(text)).toBe(true);
  });

  it.each([
    ['not a key wrong on purpose', 'I did not use the wrong access key on purpose. GetExceptionName() returns "InvalidAccessKeyId" on every ListBuckets call.'],
    ['never deliberately', 'Never deliberately set an invalid secret key. GetExceptionName() returns "InvalidAccessKeyId" on every ListBuckets call.'],
  ])('when the failure is told in words and the "on purpose" is negated (%s), then it is detected', (_what, text) => {
    expect(detected(text)).toBe(true);
  });

  it('when the wrong key was used on purpose and the failure is told in the same paragraph, then it is not detected', () => {
    const asked =
      'I am invoking S3Client::ListBuckets method with incorrect access key by purpose. I was expecting to get some meaningful error code, but GetError().GetErrorType() returns only S3Errors::UNKNOWN while GetError().GetExceptionName() returns "InvalidAccessKeyId".';
    expect(detected(asked)).toBe(false);
    expect(detected('We deliberately use an invalid access key in this test; the SDK returns "InvalidAccessKeyId" as it should.')).toBe(false);
  });
});
