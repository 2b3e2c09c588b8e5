/**
 * A tool or SDK said not to support SSO credentials (src/core/knowledge/statements.ts `sso-not-supported`): the SSO
 * profile gives that chain nothing, so no credentials found leads, though the SSO answer alone lowers it.
 */
import { appliedIds as applied, openedBy as opened } from '../../../helpers/open-case';

describe('a tool said not to support SSO credentials', () => {
  it.each([
    // https://github.com/bazaarvoice/s3-upload-maven-plugin/pull/32 (batch 14), as the author wrote it.
    ['the SDK version named', 'AWS SSO credentials is not supported in Java SDK V1: https://github.com/aws/aws-sdk-java/issues/2434\n\nThis PR adds AWS SDK v2 wrapper to support SSO in AWS profiles.'],
    // https://github.com/aws/aws-msk-iam-auth/pull/20 (batch 12), its description's first sentences.
    ['support added for SSO profiles', '*Description of changes:* \nThis change adds support for AWS Single Sign On (AWS SSO) based config profiles. \nAWS SDK v1 does not support AWS SSO based credentials. The support for that was added only to AWS SDK v2.'],
  ])('when %s, then the statement applies and no credentials found leads', (_, text) => {
    const s = opened(text);
    expect(applied(s)).toContain('statement:sso-not-supported');
    expect(s.causes[0]!.id).toBe('no-credentials-found');
  });

  it.each([
    // Review of s28-conv2: support added to the team's setup (it has SSO), and a question.
    ['support for SSO added to the setup', 'Since we added support for SSO profiles in our aws setup, the cli keeps failing to authenticate'],
    ['the lack of support asked about', 'is sso not supported by the aws terraform provider? it cannot find credentials'],
  ])('when %s, then the statement does not apply', (_, text) => {
    expect(applied(opened(text))).not.toContain('statement:sso-not-supported');
  });

  it('when an SDK cannot load the SSO provider, then the statement does not apply', () => {
    // aws/aws-sdk-go-v2#2430 (batch 2): the SDK's error for a profile without its SSO settings, resolved as a wrong profile.
    expect(applied(opened('[BUG] Cannot load SSO provider'))).not.toContain('statement:sso-not-supported');
  });
});
