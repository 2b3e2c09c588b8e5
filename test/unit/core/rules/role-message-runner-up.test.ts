/**
 * A role provider's own message whose catalogue entry names an empty credential chain as its runner-up: the role leads
 * and the empty chain stays among the first three, instead of being cancelled by no-credentials.more-specific. The
 * messages are the SDKs' and Cognito's own (catalogue sources: aws-sdk-js v2 lib/credentials/remote_credentials.js,
 * aws-sdk-net DefaultInstanceProfileAWSCredentials, cognitoidentity API_GetId); Cognito identity-pool threads accept
 * either cause (amazon-archives/amazon-cognito-identity-js#14: "I am getting success when enabling 'Enable access to
 * unauthenticated identities' on the federated identity pool", labelled role with no-credentials also acceptable).
 */
import { diagnose } from '../../../../src/core/diagnose';
import { ranking } from '../../../helpers/readings';

describe('a role provider message that names an empty chain as its runner-up', () => {
  it.each([
    'NotAuthorizedException: Unauthenticated access is not supported for this identity pool.',
    'ECSCredentialsProviderFailure: Variable AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI must be set to use AWS.RemoteCredentials.',
    'Unable to get EC2 instance role from EC2 Instance Metadata Service.',
  ])('when "%s" is pasted, then the role leads and no credentials found is among the first three', (text) => {
    const top = ranking(text).slice(0, 3);
    expect(top[0]).toBe('role-credentials-unavailable');
    expect(top).toContain('no-credentials-found');
  });

  it('when a profile message names the empty chain, then the penalty for a more specific error still applies (a wrong profile stays ahead)', () => {
    const d = diagnose('CredentialsProviderError: Could not resolve credentials using profile: [dev] in configuration/credentials file(s).');
    const ids = d.causes.find((c) => c.id === 'no-credentials-found')?.evidence.map((e) => e.id) ?? [];
    expect(ids).toContain('no-credentials.more-specific');
    expect(d.causes[0]!.id).toBe('wrong-profile');
  });
});
