/**
 * A caller ARN whose role session is named after an EC2 instance id (`assumed-role/<role>/i-0a966426f2028a414`): how
 * an instance profile's credentials appear as the caller (the threads below, both resolved as the pod's own role not
 * delivered). A pod's own role never looks so: web identity sessions are named by the SDK or the caller, and
 * EKS Pod Identity's `eks-<cluster>-<pod>-<uuid>` (AssumeRoleForPodIdentity's AssumedRoleUser, aws-sdk-eksauth
 * types.rb: https://docs.aws.amazon.com/goto/SdkForRubyV3/eks-auth-2023-11-26/AssumedRoleUser). So where the code runs
 * in a pod or a task (rules/causes/role-credentials-unavailable.ts role-unavailable.node-role-in-pod), the identity
 * refused is the node's: the chain fell back to it because the pod's or task's own role was not delivered
 * (oracle-quickstart/oci-micronaut#62, batch 7: "is used for authentication instead of …:role/MuShopServiceIamRole";
 * kubernetes-sigs/external-dns#1222, batch 10: external-dns denied as `assumed-role/eks-worker-…/i-…`).
 * `caller.instance-session`, not a hint: read from the error's own ARN, weighed by its own rules.
 */
import { addSignal } from './draft';
import type { ExtractContext, Extractor } from './types';

/** An assumed-role ARN's role name and an instance-id session name (8 or 17 hex digits, as EC2 ids run). */
export const INSTANCE_SESSION = /:assumed-role\/[\w+=,.@-]{1,64}\/i-[0-9a-f]{8,17}\b/i;

export const extractInstanceSession: Extractor = (ctx: ExtractContext, draft) => {
  if (!ctx.lower.includes('assumed-role/')) return;
  const m = INSTANCE_SESSION.exec(ctx.text);
  // The detail names the role and the instance (no account id): what the evidence shows as the caller refused.
  if (m) addSignal(draft, 'caller.instance-session', ctx.loc(ctx.lineOf(m.index)), m[0].slice(1));
};

export const INSTANCE_SESSION_PATTERNS: RegExp[] = [INSTANCE_SESSION];
