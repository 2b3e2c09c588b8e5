/**
 * Kubernetes RBAC refusals (src/core/extract/messages.ts msg.k8s-forbidden). On EKS an IAM principal is mapped to a
 * Kubernetes user, and that user's refusal is an AWS authorization question; a service account is the cluster's own
 * identity, so its refusal is a missing Role/RoleBinding whatever cloud the cluster runs on (real-negatives tuning:
 * mikkeloscar/pdb-controller#31, yogeshlonkar/pod-dependency-init-container#1).
 * Message format: k8s.io/apiserver RBAC authorizer, `<resource> is forbidden: User "<name>" cannot <verb> resource …`.
 */
import { diagnose } from '../../../src/core/diagnose';

const forbidden = (user: string): string =>
  `Error from server (Forbidden): pods is forbidden: User "${user}" cannot list resource "pods" in API group "" in the namespace "default"`;

describe('a Kubernetes RBAC refusal', () => {
  it('when the refused user is a service account, then it is not an AWS credential error', () => {
    const d = diagnose(forbidden('system:serviceaccount:kube-system:pdb-controller'));
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: false, top: 'not-aws-credential-error' });
  });

  it('when the refused user is an IAM principal mapped in by EKS, then it is still read as an authorization failure', () => {
    const d = diagnose(forbidden('arn:aws:iam::111122223333:user/alice'));
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'authorization-not-authentication' });
  });

  it('when the refused user is a mapped user name, then it is still read as an authorization failure', () => {
    const d = diagnose(forbidden('kubernetes-admin'));
    expect(d.detected).toBe(true);
  });
});
