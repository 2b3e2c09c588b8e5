/**
 * Kubernetes role delivery other than IRSA: the platform variant's steps (causes/role-credentials-unavailable.ts) are
 * IRSA's annotation, web identity token and OIDC trust, which change nothing for a pod whose role comes through EKS
 * Pod Identity (qa35 N5, velero-plugin-for-aws on Pod Identity: `invalid endpoint host, "169.254.170.23", only
 * loopback hosts are allowed` from an SDK older than the agent): so this playbook replaces them (qa36 F3).
 */
import type { Playbook } from '../types';
import { LINKS, step } from '../shared';

/** EKS User Guide: how Pod Identity works (the agent, the association) and the role it needs. */
const POD_IDENTITY = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html';
const POD_IDENTITY_ASSOCIATION = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-association.html';
const POD_IDENTITY_ROLE = 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html';

export const KUBERNETES_PLAYBOOKS: Playbook[] = [
  {
    id: 'eks-pod-identity',
    title: 'EKS Pod Identity: the association, the agent and an SDK that reads it (not IRSA\'s annotation)',
    causes: ['role-credentials-unavailable', 'no-credentials-found'],
    first: true,
    replaces: true,
    when: [{ fact: 'podIdentity' }],
    steps: [
      step('With Pod Identity the role comes from an association for the pod\'s namespace and service account, delivered by the Pod Identity Agent; no `eks.amazonaws.com/role-arn` annotation or OIDC trust is involved. Check the association, the agent, and that the pod sees the agent\'s address:', 'aws eks list-pod-identity-associations --cluster-name <cluster> --namespace <namespace>\nkubectl get daemonset eks-pod-identity-agent -n kube-system\nkubectl exec <pod> -- env | grep AWS_CONTAINER_CREDENTIALS_FULL_URI'),
      step('The SDK must read the agent\'s credentials (an older one refuses 169.254.170.23, e.g. "only loopback hosts are allowed"): at least Java v2 2.21.30, Java v1 1.12.746, Go v1 1.47.11, boto3 1.34.41, JS v3 3.458.0. Upgrade the SDK, or the tool or plugin image that embeds it.'),
      step('The role must trust the service principal `pods.eks.amazonaws.com` for `sts:AssumeRole` and `sts:TagSession`:', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument'),
    ],
    sources: [POD_IDENTITY, POD_IDENTITY_ASSOCIATION, POD_IDENTITY_ROLE, LINKS.podIdentitySdk],
  },
];
