/**
 * kubectl's "error: You must be logged in to the server (Unauthorized)" (k8s.io/kubectl pkg/cmd/util/helpers.go) is the
 * API server refusing whatever credential kubectl sent. On EKS that is an IAM identity with no access entry / aws-auth
 * mapping (catalogue/eks.ts); on a cluster that logs its users in another way it says nothing about AWS. Real-negatives
 * tuning, batch 2: int128/kubelogin#280 (`kubectl --user=oidc`, an OIDC login plugin) and kubernetes/kubernetes#50449
 * (kube-apiserver `--oidc-issuer-url=https://accounts.google.com`), neither naming AWS.
 */

/**
 * A way into a cluster other than IAM: an OIDC login (kube-apiserver's --oidc-* flags, kubelogin, Dex, Keycloak), another
 * cloud's cluster or login, a client certificate. A bare line, or one beside a Terraform module and "update kubeconfig"
 * (terraform-aws-modules/terraform-aws-eks#3198), names none and stays an EKS reading.
 */
export const OTHER_KUBE_LOGIN =
  /\boidc\b|\bkubelogin\b|\bid[-_ ]token\b|\bdex\b|\bkeycloak\b|\bgoogle\b|\bgcloud\b|\bgke\b|\bazure\b|\baks\b|\bopenshift\b|\boc login\b|\brancher\b|\bpinniped\b|\bclient[-_ ]certificate\b/i;

/** The signals a bare kubectl Unauthorized raises (not `cat.kubectl.unauthorized-eks`, which needs EKS words). */
const BARE_KUBECTL = new Set(['msg.kubectl-unauthorized', 'code.Unauthorized', 'cat.kubectl.unauthorized']);

/**
 * The detection rests on kubectl's Unauthorized alone, and the text names another way of logging in to the cluster and
 * nothing of AWS (`mentionsAws`, passed in: it decides what counts as an AWS word for every veto alike).
 */
export function otherKubeLoginOnly(detecting: readonly string[], text: string, mentionsAws: (t: string) => boolean): boolean {
  return detecting.includes('msg.kubectl-unauthorized') && detecting.every((id) => BARE_KUBECTL.has(id)) && OTHER_KUBE_LOGIN.test(text) && !mentionsAws(text);
}

export const OTHER_KUBE_LOGIN_PATTERNS: RegExp[] = [OTHER_KUBE_LOGIN];
