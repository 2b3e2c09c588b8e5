/**
 * Readings and rules of stop 25's second ranking pass (s25-rank2), each from a tool's own message (file and version
 * named) or a mechanism seen in two batches, chosen by leave-one-batch-out over tuning batches 1-11
 * (scripts/corpus/rank-cv.ts --table). The texts are written for the test in the shapes such pastes take (the SDKs'
 * messages quoted from their source), not copied from a case.
 */
import { leader, ranking, signals } from '../../../helpers/readings';

describe('an sso_session profile read by an SDK that predates sso-session (its validation names only the start URL and region)', () => {
  // aws/aws-sdk-go aws/session/shared_config.go validateSSOConfiguration (v1.44.59): "profile %q is configured to use SSO
  // but is missing required configuration: %s", keys in the order sso_account_id, sso_region, sso_role_name, sso_start_url.
  const GO_V1_PANIC = 'panic: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url\n\ngoroutine 1 [running]:\ngithub.com/aws/aws-sdk-go/aws/session.Must(...)';
  const GO_V2_IN_TOOL = 'Error: failed to load aws config: profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_start_url';
  // botocore's InvalidConfigError lists them the other way round.
  const BOTOCORE = 'ERROR: InvalidConfigError - The profile "default" is configured to use SSO but is missing required configuration: sso_start_url, sso_region';

  it.each([GO_V1_PANIC, GO_V2_IN_TOOL, BOTOCORE])('when "%s" is pasted, then the sso-session shape is read', (text) => {
    expect(signals(text)).toContain('sso.session-unsupported');
  });

  // Told as a failure, as such pastes come: the bare Go v2 and botocore lines are no detected credential error yet
  // (detection is the catalogue's; this reading only ranks).
  it('when the Go SDK\'s panic is pasted as the error an SSO profile gives, then the role credentials the SDK cannot obtain lead, not a new login', () => {
    const text = `With my SSO profile this is the error I get:\n\n${GO_V1_PANIC}`;
    expect(leader(text)).toEqual({ id: 'role-credentials-unavailable', on: expect.arrayContaining(['role-unavailable.sso-session-unsupported']) });
  });

  it('when the list names the account or the role too, then the profile is really incomplete and this reading stays silent', () => {
    const text = 'profile "dev" is configured to use SSO but is missing required configuration: sso_account_id, sso_region, sso_role_name, sso_start_url';
    expect(signals(text)).not.toContain('sso.session-unsupported');
    expect(signals('profile "dev" is configured to use SSO but is missing required configuration: sso_region, sso_role_name')).not.toContain('sso.session-unsupported');
  });
});

describe('the SSO portal refusing the role (GetRoleCredentials answered ForbiddenException) is no expired login', () => {
  const FORBIDDEN = 'An error occurred (ForbiddenException) when calling the GetRoleCredentials operation: No access';
  // An expired or missing login is answered UnauthorizedException.
  const UNAUTHORIZED = 'An error occurred (UnauthorizedException) when calling the GetRoleCredentials operation: Session token not found or invalid';

  it('when the role is refused with ForbiddenException, then the role the user cannot get leads and a new login is not first', () => {
    const order = ranking(FORBIDDEN);
    expect(order[0]).toBe('role-credentials-unavailable');
    expect(order[0]).not.toBe('temporary-credentials-expired');
  });

  it('when the same call is answered UnauthorizedException, then a new login still leads', () => {
    expect(ranking(UNAUTHORIZED)[0]).toBe('temporary-credentials-expired');
  });
});

describe('a permission refusal told only in words, read by the prose reader as a credential failure (authz.told-permission)', () => {
  it('when the words say a role lacks access because a policy is missing, and no error text is pasted, then the permission leads', () => {
    const text = "I'm having trouble reading secrets with the aws sdk in my container: it throws an error that the service's TaskRole does not have access to get the secret due to a missing IAM policy.";
    expect(leader(text)).toEqual({ id: 'authorization-not-authentication', on: expect.arrayContaining(['authz.told-permission']) });
  });

  it('when an unknown-key error is pasted beside the same words, then the words do not decide', () => {
    const text = 'The role does not have access because of a missing IAM policy, I think.\n' +
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    expect(leader(text).on).not.toContain('authz.told-permission');
  });

  it('when the same paste says a credential is missing, then the permission words describe other credentials and do not decide', () => {
    const text = "Deployed, the platform replaces our AWS_ACCESS_KEY_ID with its own values, which do not grant any AWS permissions. Every request fails because the AWS access key ID setting is missing in the function.";
    expect(signals(text)).toContain('said.credential-missing');
    expect(leader(text).on).not.toContain('authz.told-permission');
  });
});
