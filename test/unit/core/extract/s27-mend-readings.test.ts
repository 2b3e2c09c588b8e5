/**
 * Review findings of session 27 outside redaction: an announced expiry is no failure (prose-report.ts FAILING), a
 * web-identity provider named mid-word is a role source (provider-support.ts ROLE_SOURCE), every role source passes the
 * provider prefilter, and an SDK's error line is not the person saying the credentials lapse (diagnose.ts lapseSaid).
 * The texts are written for the test in the shapes such threads take; ids are synthetic.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { signals } from '../../../helpers/readings';

const NOW = new Date('2026-12-06T00:00:00Z');

describe('an expiry announced with its time is not a failure told in words', () => {
  it.each([
    'The AWS credentials for the CI user will expire tonight, the new ones are in 1Password.',
    'When do the AWS credentials expire? I think the session will expire at 5.',
  ])('when "%s" is the whole text, then nothing is detected', (text) => {
    expect(diagnose(text, { now: NOW }).detected).toBe(false);
  });

  it('when the expiry is what breaks the tool (physera/onelogin-aws-cli#22), then it is still a report', () => {
    expect(signals('After an hour the AWS session token will expire. It needs to be refreshed by the tool.')).toContain('prose.credential-report');
  });
});

describe('a web-identity provider named inside an SDK identifier is a role source asked for', () => {
  it.each(['Support stscreds.NewWebIdentityRoleProvider', 'Support AssumeRoleWebIdentityCredentialSource'])('when the title is "%s", then prose.role-source-wanted is read', (title) => {
    expect(signals(`${title}\nOn EKS the AWS client cannot get credentials.`)).toContain('prose.role-source-wanted');
  });
});

describe('every role source passes the provider prefilter', () => {
  it.each([
    'terraform-provider-foo: IAM role temporary credentials are not supported, so the upload fails with AccessDenied against AWS S3',
    'terraform-provider-foo: AWS_CONTAINER_CREDENTIALS_* variables are not supported, so the upload fails with AccessDenied against AWS S3',
  ])('when a tool lacks it ("%s"), then provider.unsupported is read', (text) => {
    let ids: string[] = [];
    diagnose(text, { now: NOW, signalsPastGate: true, onSignals: (s) => (ids = s.map((x) => x.id)) });
    expect(ids).toContain('provider.unsupported');
  });
});

describe("an SDK's error line is not the person saying the credentials lapsed", () => {
  it('when the refresh words stand in an error line, then said.lapse is not read', () => {
    expect(signals('Error retrieving credentials from iam-role: token refresh stopped\nAccessDenied')).not.toContain('said.lapse');
  });

  it('when the person says it under the error, then said.lapse is read', () => {
    expect(signals('Error retrieving credentials from iam-role: AccessDenied\nOur token refresh stopped working yesterday.')).toContain('said.lapse');
  });
});
