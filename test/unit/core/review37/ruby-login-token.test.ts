/**
 * Review 37 R37-11: the Ruby SDK's `aws login` provider raises its own words, read from aws/aws-sdk-ruby
 * gems/aws-sdk-core/lib/aws-sdk-core/login_credentials.rb at fc2877994da1 (LoginCredentials#refresh and
 * #read_cached_token, both `raise Errors::InvalidLoginToken`):
 *   'Login token is invalid and failed to refresh. Please reauthenticate.'
 *   "Failed to load a Login token for login session #{@login_session}. Please reauthenticate."
 * Lower-case "token": the SSO provider's "Token is invalid and failed to refresh." entry does not read them.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { CATALOGUE } from '../../../../src/core/rules/catalogue/index';
import { typed } from '../../../helpers/typed-case';

const REFRESH = "/usr/local/bundle/gems/aws-sdk-core-3.240.0/lib/aws-sdk-core/login_credentials.rb:66:in `refresh': Login token is invalid and failed to refresh. Please reauthenticate. (Aws::Errors::InvalidLoginToken)";
const MISSING = 'Aws::Errors::InvalidLoginToken: Failed to load a Login token for login session arn:aws:iam::123456789012:user/dev. Please reauthenticate.';

describe('R37-11: Ruby\'s `aws login` token', () => {
  it('cites the source it was read from', () => {
    const entry = CATALOGUE.find((e) => e.id === 'ruby.login-token')!;
    expect(entry.source).toEqual({ repo: 'aws/aws-sdk-ruby', path: 'gems/aws-sdk-core/lib/aws-sdk-core/login_credentials.rb', ref: 'fc2877994da1' });
  });

  it.each([
    ['the refresh failed', REFRESH],
    ['no token cache for the login session', MISSING],
  ])('when %s, then it is an expired sign-in read from the catalogue entry', (_name, paste) => {
    const d = diagnose(paste);
    expect(d.detected).toBe(true);
    expect(d.errorCodes).toContain('InvalidLoginToken');
    expect(d.causes[0]!.id).toBe('temporary-credentials-expired');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('catalogue.ruby.login-token');
  });

  it('when the case opens on it, then the fix is `aws login` again, not `aws sso login`', () => {
    const replies = JSON.stringify([...typed([REFRESH]).replies, ...typed([REFRESH, 'show me the fix']).replies].filter((r) => r.type === 'remediation'));
    // The `aws login` playbook replaces the expired session's SSO steps (its meaning names `aws sso login` as not this).
    expect(replies).toContain('"title":"Sign in again with `aws login`');
    expect(replies).toContain('aws login --profile <profile>');
  });
});
