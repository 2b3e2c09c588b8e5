/**
 * EKS Pod Identity named or shown: the pod's role comes through the Pod Identity Agent (a node daemon at 169.254.170.23
 * that the SDK reaches through `AWS_CONTAINER_CREDENTIALS_FULL_URI`, calling the `eks-auth` API's
 * AssumeRoleForPodIdentity), granted by an association and a role trusting `pods.eks.amazonaws.com`. IRSA's checks
 * (the service account's role-arn annotation, the projected web identity token, the cluster's OIDC provider in the
 * role's trust) do not apply to it, so its steps lead when this is read (knowledge/playbooks/kubernetes.ts). Sources:
 * EKS User Guide "Learn how EKS Pod Identity grants pods access to AWS services" (pod-identities.html, the agent's
 * address and the association) and "Create IAM role with trust policy required by EKS Pod Identity" (pod-id-role.html).
 */
import { allMatches } from '../all-matches';
import { clauseBefore, deniedBefore, leftBefore } from '../says';
import { firstMatches, liveFilter } from './anchors';
import { setFact } from './draft';
import type { Extractor } from './types';

/** Shown: the agent's link-local address (not ECS's 169.254.170.2), its daemon, its API and its service principal. */
const SHOWN = /169\.254\.170\.23\b|\beks-pod-identity-agent\b|\bAssumeRoleForPodIdentity\b|\bpods\.eks\.amazonaws\.com\b/i;
/** SHOWN's first match, searched on the lines that hold one of its words only ('identit' lets most pastes through the gate below). */
const firstShown = firstMatches([SHOWN]);
/** Named: the API's or the feature's name, which people also name to deny or ask about it. */
const NAMED = /\beks-auth\b|\bpod[ _-]?identit(?:y|ies)\b/gi;
/** IRSA shown: the service account's role annotation or the web identity call. */
const IRSA_SHOWN = /\beks\.amazonaws\.com\/role-arn\b|\bAssumeRoleWithWebIdentity\b/i;
const namedOrIrsaLive = liveFilter([NAMED, IRSA_SHOWN]);
/** The rest of a match's sentence, to its end mark: a question ends it with '?'. */
const SENTENCE_END = /[.?!\n]/;

/**
 * A name counts when it is not denied or left right before it ("We use IRSA, not Pod Identity": says.ts's readings,
 * as the other fact readers use them), not asked about ("Should we move to EKS Pod Identity?"), and IRSA is not shown
 * in the same text (R35b-2).
 */
function named(text: string, lower: string): number | undefined {
  // Both tests read the whole text at every position: only where their words are (a GetCallerIdentity holds 'identit').
  const [namedLive, irsaLive] = namedOrIrsaLive(lower);
  if (!namedLive || (irsaLive! && IRSA_SHOWN.test(text))) return undefined;
  for (const m of allMatches(NAMED, text)) {
    const clause = clauseBefore(text, m.index);
    if (deniedBefore(clause) || leftBefore(clause)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 300);
    const end = SENTENCE_END.exec(after);
    if (end?.[0] === '?') continue;
    return m.index;
  }
  return undefined;
}

export const extractPodIdentity: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('169.254.170.23') && !ctx.lower.includes('identit') && !ctx.lower.includes('eks-auth') && !ctx.lower.includes('pods.eks')) return;
  const at = firstShown(ctx.text, ctx.lower)[0]?.index ?? named(ctx.text, ctx.lower);
  if (at !== undefined) setFact(draft, 'podIdentity', true, ctx.loc(ctx.lineOf(at)));
};

export const POD_IDENTITY_PATTERNS: RegExp[] = [SHOWN, NAMED, IRSA_SHOWN];
