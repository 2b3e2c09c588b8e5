/**
 * QA37 F11: STS's "No OpenIDConnect provider found in your account" as a pod's log retells it (aws-samples/
 * aws-secret-sidecar-injector#30 and kubernetes/kops#15429 quote it without "your", after a "WebIdentityError" line).
 */
import { diagnose } from '../../../../src/core/diagnose';

describe('QA37 F11: the OIDC provider missing, retold', () => {
  const LOG = 'WebIdentityError: Failed to retrieve credentials.\ncaused by Invalid Identity token: No OpenIDConnect provider found in account';

  it('when the log says no OpenIDConnect provider was found in the account, then it is detected as role credentials unavailable', () => {
    const d = diagnose(LOG);
    expect(d.detected).toBe(true);
    expect(d.causes[0]!.id).toBe('role-credentials-unavailable');
    expect(d.causes[0]!.evidence.some((e) => /oidc-provider-missing/.test(e.text))).toBe(true);
  });

  it('when STS words it in full, then it still reads the same', () => {
    const d = diagnose('An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/ABCDEF');
    expect(d.causes[0]!.id).toBe('role-credentials-unavailable');
  });
});
