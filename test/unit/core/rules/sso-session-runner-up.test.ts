/**
 * An `sso_session` profile read by an SDK that predates sso-session: aws-sdk-go v1 (aws/session/shared_config.go
 * validateSSOConfiguration, v1.44.59) fails while building its session with "profile %q is configured to use SSO but is
 * missing required configuration: sso_region, sso_start_url". Public threads resolve it as the profile's role
 * credentials never obtained (aws/lightsailctl#26, aws/amazon-ec2-instance-selector#347) or as an empty credential
 * chain (opentofu/opentofu#344): both causes stay in the top three, the role first. The messages are the SDK's own; the
 * sentences are written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { ranking } from '../../../helpers/readings';

const evidenceOf = (d: ReturnType<typeof diagnose>, cause: string) => d.causes.find((c) => c.id === cause)?.evidence.map((e) => e.id) ?? [];

describe('an sso-session profile its SDK cannot read', () => {
  it.each([
    'Error creating AWS session: profile "my-sso" is configured to use SSO but is missing required configuration: sso_region, sso_start_url',
    'failed to load aws config: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url',
    'panic: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url\n\ngoroutine 1 [running]:\ngithub.com/aws/aws-sdk-go/aws/session.Must(...)',
  ])('when "%s" is pasted, then the role credentials lead and the reading keeps an empty credential chain among the first three', (text) => {
    const top = ranking(text).slice(0, 3);
    expect(top[0]).toBe('role-credentials-unavailable');
    expect(top).toContain('no-credentials-found');
    expect(evidenceOf(diagnose(text), 'no-credentials-found')).toContain('no-credentials.sso-session-unsupported');
  });

  it('when the list names the role too (a profile really left incomplete), then the empty chain is raised only for the sso-session list', () => {
    const sessionList = diagnose('profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url');
    const roleList = diagnose('profile "dev" is configured to use SSO but is missing required configuration: sso_role_name');
    expect(evidenceOf(sessionList, 'no-credentials-found')).toContain('no-credentials.sso-session-unsupported');
    expect(evidenceOf(roleList, 'no-credentials-found')).not.toContain('no-credentials.sso-session-unsupported');
  });
});

describe('an SSO token file the tool cannot find, on a laptop signed in through SSO', () => {
  // Go v2's SSO provider wraps the failed open of ~/.aws/sso/cache/<sha1>.json (aws/aws-sdk-go-v2
  // credentials/ssocreds/sso_cached_token.go); on Windows the open error reads "The system cannot find the file
  // specified". Whoever pasted it signs in through SSO on their own machine: that is the situation in which the tool,
  // not the compute, fails to obtain the profile's role credentials, so the shown sign-in does not argue against them.
  const TEXT = [
    'Running terraform on my Windows laptop after aws sso login:',
    'Error: failed to refresh cached credentials, the SSO session has expired or is invalid: open C:\\Users\\me\\.aws\\sso\\cache\\0000000000000000000000000000000000000000.json: The system cannot find the file specified.',
  ].join('\n');

  it('when the token file is missing, then the role credentials the tool could not obtain are among the first three beside a new login', () => {
    const top = ranking(TEXT).slice(0, 3);
    expect(top[0]).toBe('temporary-credentials-expired');
    expect(top).toContain('role-credentials-unavailable');
  });

  it('when an SSO reading names the role, then the shown sign-in no longer counts against it; when none does, it still does', () => {
    const against = (text: string) => diagnose(text).causes.find((c) => c.id === 'role-credentials-unavailable')!
      .evidence.filter((e) => e.polarity === 'against').map((e) => e.id);
    expect(against(TEXT)).not.toContain('shown.sign-in.sso');
    expect(against('Running terraform on my laptop after aws sso login:\nError: the SSO session has expired or is invalid')).toContain('shown.sign-in.sso');
  });

  it('when an access key id is shown beside the missing token file, then the key still counts against the role (only the SSO sign-in and laptop answers are exempt)', () => {
    const text = `aws configure list shows my key id starts AKIA****.\n${TEXT.split('\n')[1]}`;
    const role = diagnose(text).causes.find((c) => c.id === 'role-credentials-unavailable')!;
    expect(role.evidence.map((e) => `${e.id}:${e.polarity}`)).toContain('shown.key-prefix.akia:against');
  });
});
