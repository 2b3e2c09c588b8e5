/**
 * S3's InvalidToken, "The provided token is malformed or otherwise invalid." (400): a session token WAS sent and S3
 * could not use it. /work/shared/docs/aws-domain.md §1 lists three resolutions: a bad or truncated token, a token that
 * does not match the key, and an opt-in Region the account has not enabled. The ranking keeps the token left over from
 * another key first (its rule stays), and now holds the bad token and the Region in the first three instead of the
 * unknown-key prior's wrong account and profile. The error lines are S3's and botocore's own words; the rest is
 * written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { ranking } from '../../../helpers/readings';

describe("S3's InvalidToken answer", () => {
  it.each([
    'An error occurred (InvalidToken) when calling the ListObjectsV2 operation: The provided token is malformed or otherwise invalid.',
    'InvalidToken: The provided token is malformed or otherwise invalid.\n\tstatus code: 400, request id: 0000000000000000',
    '<Error><Code>InvalidToken</Code><Message>The provided token is malformed or otherwise invalid.</Message></Error>',
  ])('when "%s" is pasted alone, then a malformed token and an unenabled Region are among the first three', (text) => {
    const top = ranking(text).slice(0, 3);
    expect(top[0]).toBe('missing-session-token');
    expect(top).toContain('malformed-credentials');
    expect(top).toContain('region-endpoint');
  });

  it('when the Region is named as an opt-in one, then the Region leads and the token rules step aside', () => {
    const text = [
      'Calling S3 in ap-east-1 (Hong Kong) fails, same keys work in us-east-1:',
      'An error occurred (InvalidToken) when calling the ListObjectsV2 operation: The provided token is malformed or otherwise invalid.',
    ].join('\n');
    expect(ranking(text)[0]).toBe('region-endpoint');
    const ids = diagnose(text).causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect(ids).toContain('region.opt-in');
    expect(ids).not.toContain('malformed.token-invalid');
  });
});
