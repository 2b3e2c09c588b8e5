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

describe('an sso-session profile its SDK cannot read', () => {
  it.each([
    'Error creating AWS session: profile "my-sso" is configured to use SSO but is missing required configuration: sso_region, sso_start_url',
    'failed to load aws config: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url',
    'panic: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url\n\ngoroutine 1 [running]:\ngithub.com/aws/aws-sdk-go/aws/session.Must(...)',
  ])('when "%s" is pasted, then the role credentials lead and an empty credential chain is among the first three', (text) => {
    const top = ranking(text).slice(0, 3);
    expect(top[0]).toBe('role-credentials-unavailable');
    expect(top).toContain('no-credentials-found');
  });

  it('when the list names the role too (a profile really left incomplete), then the empty chain is not raised by this reading', () => {
    const d = diagnose('profile "dev" is configured to use SSO but is missing required configuration: sso_role_name');
    const noCreds = d.causes.find((c) => c.id === 'no-credentials-found')!;
    expect(noCreds.evidence.map((e) => e.id)).not.toContain('no-credentials.sso-session-unsupported');
  });
});
