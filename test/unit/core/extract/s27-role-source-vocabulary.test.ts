/**
 * One list of role-delivered credential sources for both readers of a source asked for or lacked
 * (extract/provider-support.ts ROLE_SOURCE, read by role-source-wanted.ts too): a source the request reader knew
 * (the instance metadata service, IAM role credentials) is one a tool can be said to lack as well.
 * The texts are written for the test in the shapes such threads take.
 */
import { signals } from '../../../helpers/readings';

describe('one role-source vocabulary for provider.unsupported and prose.role-source-wanted', () => {
  it.each([
    'The exporter does not support IMDSv2, so on EC2 it never gets the credentials and falls back to anonymous.',
    'The plugin has no support for IAM role credentials, so on ECS it ends with no credentials found.',
    'This tool is missing instance metadata support: S3 calls fail on the EC2 host with no credentials found.',
  ])('when a tool is said to lack "%s", then provider.unsupported is read', (text) => {
    expect(signals(text)).toContain('provider.unsupported');
  });

  it('when the support is said to be there already, then nothing is read', () => {
    expect(signals('Support for IMDSv2 was added in v2.3 and the AWS credentials now load on EC2.')).not.toContain('provider.unsupported');
  });

  it('when a title asks for a provider class by its SDK name, then the request is read', () => {
    expect(signals('Support StsAssumeRoleWithWebIdentityCredentialsProvider\nOn EKS the AWS client cannot get credentials.')).toContain('prose.role-source-wanted');
  });
});
