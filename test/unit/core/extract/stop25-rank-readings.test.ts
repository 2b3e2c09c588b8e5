/**
 * Readings and rules of stop 25's ranking work (s25-rank), each a class of phrasing or a tool's documented behaviour, chosen
 * by leave-one-batch-out over tuning batches 1-10 (scripts/corpus/rank-cv.ts --table). The texts are written for the test in
 * the shapes such pastes take (the Go SDKs' own messages quoted from their source), not copied from a case.
 */
import { leader, ranking, signals } from '../../../helpers/readings';

describe('the SSO token file the tool looked for is missing (ssocreds opened ~/.aws/sso/cache/<sha1>.json and failed)', () => {
  // aws/aws-sdk-go aws/credentials/ssocreds/provider.go: loadTokenFile wraps the read error in SSOProviderInvalidToken,
  // "the SSO session has expired or is invalid"; aws-sdk-go-v2 ssocreds: "failed to read cached SSO token file".
  const GO_V1 = 'Error: SSOProviderInvalidToken: the SSO session has expired or is invalid\ncaused by: open /home/dev/.aws/sso/cache/0123456789abcdef0123456789abcdef01234567.json: no such file or directory';
  const GO_V1_WINDOWS = 'Error: failed to refresh cached credentials, the SSO session has expired or is invalid: open C:\\Users\\dev\\.aws\\sso\\cache\\0123456789abcdef0123456789abcdef01234567.json: The system cannot find the file specified.';
  const GO_V2_IN_TOOL = '* Error finding AWS credentials: failed to read cached SSO token file, open /home/dev/.aws/sso/cache/0123456789abcdef0123456789abcdef01234567.json: no such file or directory';

  it.each([GO_V1, GO_V1_WINDOWS, GO_V2_IN_TOOL])('when "%s" is pasted, then the missing token file is read', (text) => {
    expect(signals(text)).toContain('sso.cache-missing');
  });

  it('when the Go v1 SSO error names a missing cache file, then a login comes first and the tool reading another cache key (an sso_session profile it does not support) second', () => {
    const order = ranking(GO_V1);
    expect(order[0]).toBe('temporary-credentials-expired');
    expect(order[1]).toBe('role-credentials-unavailable');
  });

  it('when only a tool\'s own wording carries the missing cache file (no SSO error family read), then a new login still leads', () => {
    expect(leader(GO_V2_IN_TOOL)).toEqual({ id: 'temporary-credentials-expired', on: expect.arrayContaining(['temporary-expired.sso-cache-missing']) });
  });

  it.each([
    // The token expired: the file was read, no open error.
    'Error: SSOProviderInvalidToken: the SSO session has expired or is invalid',
    // The cache directory named without a failed open.
    'I deleted everything under ~/.aws/sso/cache/ and ran aws sso login again.',
  ])('when "%s" is pasted, then no missing token file is read', (text) => {
    expect(signals(text)).not.toContain('sso.cache-missing');
  });
});

describe('static keys said to have been unset as what made it work (they were set, and read before the profile)', () => {
  it.each([
    'Using profiles only works if the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables are not set. When I unset the two environment variables, the tool started to work.',
    'The deploy picked the wrong identity; after I unset AWS_ACCESS_KEY_ID in the shell the assume-role profile was used.',
  ])('when "%s" is written, then the environment keys are read as set', (text) => {
    expect(signals(text)).toContain('hint.env-keys-set');
  });

  it('when the words "are not set" were read as an empty chain but the keys are said to be set, then the environment override leads', () => {
    const text = 'Using profiles only works if the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables are not set. ' +
      'I had the config files set up and the two environment variables set: the aws CLI worked as expected but the build tool did not. When I unset the two environment variables, it started to work.';
    expect(leader(text)).toEqual({ id: 'env-var-override', on: expect.arrayContaining(['env-var-override.keys-set-hint']) });
  });

  it.each([
    // Unset as a state, not an action: nothing was set.
    'The AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables are unset on the runner.',
    'Unable to locate credentials. You can configure credentials by running "aws configure".',
  ])('when "%s" is written, then no environment keys are read as set', (text) => {
    expect(signals(text)).not.toContain('hint.env-keys-set');
  });
});

describe('a signature refused where the signing version is named ("check your key and signing method")', () => {
  const S3_TEXT = "SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.";

  it('when the person names the signature version beside S3\'s signature refusal, then the signing version or region leads the secret', () => {
    const text = `Uploads to the bucket in eu-central-1 fail with ${S3_TEXT}\nIt started after the bucket moved; the client is still created without signature_version='s3v4'.`;
    expect(leader(text)).toEqual({ id: 'region-endpoint', on: expect.arrayContaining(['region.signing-version']) });
  });

  it('when only a debug log names the auth scheme (every request is signed with sigv4), then no signing version is read and the secret leads', () => {
    const text = `2026-11-22 07:53:30,680 - MainThread - botocore.regions - DEBUG - Selecting from endpoint provider's list of auth schemes: "sigv4". User selected auth scheme is: "None"\n${S3_TEXT}`;
    expect(signals(text)).not.toContain('hint.signing-version');
    expect(leader(text).id).toBe('secret-key-mismatch');
  });
});
