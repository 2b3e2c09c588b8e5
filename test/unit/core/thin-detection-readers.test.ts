/**
 * General readers for thin reports (titles, a line or two, a browser's network log): a message the catalogue or the
 * message table holds lets the text past diagnose's cheap first look even with no AWS word; a 403 answered by AWS
 * with nothing else in the paste; a drifting clock and a presigned URL told in words. Real titles are quoted from the
 * tuning half of the real-thread corpora; each reader also has ordinary talk that must stay silent.
 */
import { diagnose, mightBeAwsCredentialText } from '../../../src/core/diagnose';

const now = new Date('2026-12-05T12:00:00Z');
const detected = (text: string): boolean => diagnose(text, { now }).detected;

describe('a known message with no AWS word', () => {
  it("when a title is STS's own message (aws-actions/configure-aws-credentials#280), then it passes the first look and is detected", () => {
    expect(mightBeAwsCredentialText('No OpenIDConnect provider found in your account')).toBe(true);
    expect(detected('No OpenIDConnect provider found in your account')).toBe(true);
  });

  it('when only an AWS credential object the word list misses names the credentials, then it passes the first look', () => {
    // `iam_role` is no whole word `iam`; credential-talk's AWS objects read it.
    expect(mightBeAwsCredentialText('the iam_role setting is ignored on the runner')).toBe(true);
    expect(detected('the iam_role setting is ignored on the runner')).toBe(true);
  });

  it('when a chat line holds no message and no AWS word, then the first look still stops it', () => {
    expect(mightBeAwsCredentialText('lunch at noon? the provider of the catering found a new place')).toBe(false);
  });
});

describe('a 403 answered by AWS', () => {
  it.each([
    ['a browser upload to a presigned URL', 'PUT https://my-bucket.s3.amazonaws.com/uploads/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z 403 (Forbidden)'],
    ["a browser console's resource line", 'Failed to load resource: the server responded with a status of 403 (Forbidden) https://my-bucket.s3.amazonaws.com/x.jpg'],
    ["S3's raw answer headers", 'HTTP/1.1 403 Forbidden\nx-amz-request-id: 4442587FB7D0A2F9\nContent-Type: application/xml\nServer: AmazonS3'],
    ["axios's error with the S3 URL", 'Error: Request failed with status code 403\n    url: https://my-bucket.s3.us-east-1.amazonaws.com/file.txt'],
    ['a report in words', 'Getting 403 from S3 when using presigned URL'],
  ])('when %s is pasted, then it is detected as a refusal', (_shape, text) => {
    expect(detected(text)).toBe(true);
  });

  it.each([
    ["another service's 403 on a line that names AWS", 'Error: HTTP 403 from https://api.github.com/repos/x, we deploy to AWS later'],
    ['a 403 that is not an HTTP status', 'I got 403 points in the game, aws summit next week'],
    ['a 403 with no AWS anywhere', 'GET https://example.com/admin 403 (Forbidden)'],
  ])('when %s is pasted, then nothing is detected', (_shape, text) => {
    expect(detected(text)).toBe(false);
  });

  it('when the paste already names the error, then the 403 adds no refusal of its own', () => {
    // An unknown key answered 403 is an authentication failure, not a permissions one.
    const d = diagnose('InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.\n\tstatus code: 403, request id: x', { now });
    expect(d.causes[0]!.id).not.toBe('authorization-not-authentication');
  });
});

describe('a drifting clock, a presigned URL, EC2 metadata and kubectl told in words', () => {
  it.each([
    ['LeastAuthority/leastauthority.com#157', 'SSEC2 clocks can drift by more than 15 minutes, causing errors from S3'],
    ['boto/boto3#2392', 'Pre-signed URL expires after 12 hours'],
    ['aws/aws-sdk-net#1118', 'EC2 Metadata Retrieval throws misleading exception on failure'],
    ['aws/aws-sdk-go#345', "DefaultChainCredentials's EC2RoleProvider not working correctly, plus fix"],
    ['anomalyco/ion#781', 'Inconsistent behavior with aws credentials'],
    ['terraform-aws-modules/terraform-aws-eks#3198', 'Not logged into the server error when running kubectl get nodes after provisioning cluster using the module'],
  ])('when the title is %s, then it is detected, told in words', (_thread, text) => {
    const d = diagnose(text, { now });
    expect({ detected: d.detected, toldInWords: d.toldInWords }).toEqual({ detected: true, toldInWords: true });
  });

  it.each([
    ['a broken clock that is not a drift', 'the wall clock in the office is broken, aws meetup moved to 3pm'],
    ['a clock with no AWS', 'my clock drifts and the build fails'],
    ['a presigned URL that works', 'the presigned URL works fine now, thanks'],
    ['kubectl that works', "I'm not logged in to the server any more and kubectl works fine now, thanks"],
    ['a login page', 'the login page layout is inconsistent on mobile'],
  ])('when %s is said, then nothing is detected', (_what, text) => {
    expect(detected(text)).toBe(false);
  });
});

describe('a temporary key sent without its token, beside a failure told in words', () => {
  const url = 'https://my-bucket.s3.amazonaws.com/k.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=abc';

  it('when a presigned URL with an ASIA key and no token "gives an error", then it is detected and the missing token leads', () => {
    const d = diagnose(`This URL gives me an error: ${url}`, { now });
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'missing-session-token' });
  });

  it.each([
    ['the URL alone', url],
    ['the URL said to work', `Here is the link, works fine now, thanks: ${url}`],
  ])('when %s is pasted, then nothing is detected', (_what, text) => {
    expect(detected(text)).toBe(false);
  });
});
