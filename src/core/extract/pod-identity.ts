/**
 * EKS Pod Identity named or shown: the pod's role comes through the Pod Identity Agent (a node daemon at 169.254.170.23
 * that the SDK reaches through `AWS_CONTAINER_CREDENTIALS_FULL_URI`, calling the `eks-auth` API's
 * AssumeRoleForPodIdentity), granted by an association and a role trusting `pods.eks.amazonaws.com`. IRSA's checks
 * (the service account's role-arn annotation, the projected web identity token, the cluster's OIDC provider in the
 * role's trust) do not apply to it, so its steps lead when this is read (knowledge/playbooks/kubernetes.ts). Sources:
 * EKS User Guide "Learn how EKS Pod Identity grants pods access to AWS services" (pod-identities.html, the agent's
 * address and the association) and "Create IAM role with trust policy required by EKS Pod Identity" (pod-id-role.html).
 */
import { setFact } from './draft';
import type { Extractor } from './types';

/** The agent's link-local address (not ECS's 169.254.170.2), its daemon, its API and service principal, or the name. */
const POD_IDENTITY = /169\.254\.170\.23\b|\beks-pod-identity-agent\b|\bAssumeRoleForPodIdentity\b|\bpods\.eks\.amazonaws\.com\b|\beks-auth\b|\bpod[ _-]?identit(?:y|ies)\b/i;

export const extractPodIdentity: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('169.254.170.23') && !ctx.lower.includes('identit') && !ctx.lower.includes('eks-auth') && !ctx.lower.includes('pods.eks')) return;
  const m = POD_IDENTITY.exec(ctx.text);
  if (m) setFact(draft, 'podIdentity', true, ctx.loc(ctx.lineOf(m.index)));
};

export const POD_IDENTITY_PATTERNS: RegExp[] = [POD_IDENTITY];
