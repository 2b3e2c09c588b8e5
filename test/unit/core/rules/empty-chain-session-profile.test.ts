/**
 * A credential chain that came up empty beside an SSO or assume-role profile: the tool never took the profile (its
 * SDK cannot read that profile type, or it ignores the profile it was given). Had it read the profile, an expired
 * login would have been reported as such (an SSO token error, ExpiredToken), not as "no providers had credentials".
 * The messages are the SDKs' own (aws-sdk-go v1 aws/credentials/chain_provider.go "NoCredentialProviders: no valid
 * providers in chain"; botocore exceptions.py NoCredentialsError "Unable to locate credentials"; botocore
 * utils.py SSOTokenLoadError / exceptions.py "Error loading SSO Token: Token for {profile} does not exist"); the
 * sentences and profiles are written for the test. Public threads: segmentio/chamber#303, iterate-ch/cyberduck#14027.
 *
 * Deleted with the revert 2113f90d (s35-w21), whose rule s35-rank 6254cf60 then removed another way (the profile type
 * read as an expired session, temporary-expired.session-source, is gone). Restored for the ranking only (R35b-15): the
 * two empty chains are pinned by nothing else; the assertions on the removed evidence id are dropped.
 */
import { ranking } from '../../../helpers/readings';

const SSO_PROFILE = [
  '[profile dev]',
  'sso_start_url = https://example.awsapps.com/start',
  'sso_region = us-east-1',
  'sso_account_id = 111122223333',
  'sso_role_name = Engineer',
].join('\n');

describe('an empty credential chain beside a session profile', () => {
  it.each([
    ['Go v1 with an SSO profile', `We moved to SSO with aws sso login; other tools work.\n$ AWS_PROFILE=dev mytool list\nError: NoCredentialProviders: no valid providers in chain. Deprecated.\n\nour ~/.aws/config:\n${SSO_PROFILE}`],
    ['botocore with an assume-role profile', '[profile dev]\nrole_arn = arn:aws:iam::111122223333:role/dev\nsource_profile = base\n\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials'],
  ])('when %s is pasted, then an empty chain leads, not the session\'s expiry', (_, text) => {
    expect(ranking(text)[0]).toBe('no-credentials-found');
  });

  it('when the SDK read the SSO profile and says its token is missing, then the login still leads', () => {
    const text = `${SSO_PROFILE}\n\nbotocore.exceptions.SSOTokenLoadError: Error loading SSO Token: Token for dev does not exist`;
    expect(ranking(text)[0]).toBe('temporary-credentials-expired');
  });
});
