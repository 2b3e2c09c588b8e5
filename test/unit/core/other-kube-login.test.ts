/**
 * kubectl's "You must be logged in to the server" (k8s.io/kubectl pkg/cmd/util/helpers.go) on a cluster that logs its
 * users in some other way than IAM is not an AWS credential failure (src/core/extract/other-kube-login.ts; real-negatives
 * tuning batch 2: int128/kubelogin#280, kubernetes/kubernetes#50449). On EKS it is (taxonomy: aws-auth mapping).
 */
import { diagnose } from '../../../src/core/diagnose';

const UNAUTHORIZED = 'error: You must be logged in to the server (Unauthorized)';
const ASKED = 'error: You must be logged in to the server (the server has asked for the client to provide credentials)';

describe("kubectl's Unauthorized and how the cluster logs users in", () => {
  it('when the user logs in through an OIDC plugin and nothing names AWS, then it is not an AWS credential error', () => {
    const d = diagnose(`$ kubectl --user=oidc get nodes\n${UNAUTHORIZED}\n\nAfter the first OIDC login my browser opens and closes and I keep seeing the above error.`);
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: false, top: 'not-aws-credential-error' });
  });

  it("when the API server takes Google's id tokens (--oidc-issuer-url), then it is not an AWS credential error", () => {
    const d = diagnose(`I switched kube-apiserver to --oidc-issuer-url=https://accounts.google.com and now get a 401:\n${ASKED}`);
    expect(d.detected).toBe(false);
  });

  it('when the same OIDC words stand beside EKS (aws eks get-token), then it stays an authorization failure', () => {
    const d = diagnose(`We use OIDC for humans, but the CI role uses aws eks get-token:\n${UNAUTHORIZED}`);
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'authorization-not-authentication' });
  });

  it('when the line stands alone or beside "update kubeconfig", then it stays detected (most such threads are EKS)', () => {
    expect(diagnose(UNAUTHORIZED).detected).toBe(true);
    expect(diagnose(`After running update kubeconfig I'm receiving the error below\n\n${UNAUTHORIZED}`).detected).toBe(true);
  });
});
