/** EKS access from kubectl: aws-iam-authenticator, `aws eks get-token` and the client-go exec plugin. */
import type { CatalogueEntry } from './types';

const K8S = (path: string, ref: string) => ({ repo: 'kubernetes/kubernetes', path: `staging/src/k8s.io/${path}`, ref });
const KUBECTL_HELPERS = K8S('kubectl/pkg/cmd/util/helpers.go', 'd1b5f268b48e');
const EKSCTL = { repo: 'eksctl-io/eksctl', path: 'pkg/eks/api.go', ref: 'v0.230.0+5@99984adb6 (since d463324c4, 2018)' };
const AUTHENTICATOR = (path: string) => ({ repo: 'kubernetes-sigs/aws-iam-authenticator', path, ref: 'v0.7.18+11@81b1daba00d1' });

/** The paste is about EKS (not a self-managed cluster with its own users); kubectl next to AWS words is EKS. */
const EKS_CONTEXT = /\beks\b|aws-iam-authenticator|get-token|arn:aws[a-z-]{0,12}:eks:|\.eks\.amazonaws\.com|aws-auth|access entr|\biam\b|\baws\b|amazon/i;

export const EKS: CatalogueEntry[] = [
  {
    // On EKS the token was signed fine but the principal has no access entry / aws-auth mapping.
    id: 'kubectl.unauthorized-eks',
    tool: 'kubectl',
    wrapper: true,
    message: 'error: You must be logged in to the server (Unauthorized)',
    re: /You must be logged in to the server \((?:Unauthorized|the server has asked for the client to provide credentials)\)/,
    context: EKS_CONTEXT,
    family: 'fam.kubectl',
    causes: { 'authorization-not-authentication': 4.0, 'wrong-profile': 0.8, 'temporary-credentials-expired': 0.4 },
    source: KUBECTL_HELPERS,
  },
  {
    id: 'kubectl.unauthorized',
    tool: 'kubectl',
    wrapper: true,
    message: 'error: You must be logged in to the server (Unauthorized)',
    re: /You must be logged in to the server \((?:Unauthorized|the server has asked for the client to provide credentials)\)/,
    family: 'fam.kubectl',
    // Alone it does not say EKS; the EKS entry above carries the weight when the paste does.
    causes: { 'authorization-not-authentication': 0.6 },
    source: KUBECTL_HELPERS,
  },
  {
    // The credential command itself failed (usually `aws eks get-token` with no or expired AWS credentials).
    id: 'client-go.exec-failed',
    tool: 'kubectl',
    wrapper: true,
    message: 'getting credentials: exec: executable {command} failed with exit code {code}',
    re: /getting credentials: exec: executable [\w./-]{1,80} failed with exit code \d{1,3}/,
    family: 'fam.kubectl',
    causes: { 'temporary-credentials-expired': 1.6, 'no-credentials-found': 1.4, 'wrong-profile': 0.6 },
    source: K8S('client-go/plugin/pkg/client/auth/exec/exec.go', 'cb6ff2d8ce35'),
  },
  {
    id: 'iam-authenticator.no-token',
    tool: 'aws-iam-authenticator',
    wrapper: true,
    message: 'could not get token: {error}',
    re: /could not get token: /,
    family: 'fam.kubectl',
    causes: { 'no-credentials-found': 1.0, 'temporary-credentials-expired': 0.8 },
    source: AUTHENTICATOR('cmd/aws-iam-authenticator/token.go'),
  },
  {
    // The authenticator's server log (EKS control-plane logs): STS accepted the token, but no aws-auth mapping
    // names the principal. kubectl on the client only says "must be logged in".
    id: 'iam-authenticator.not-mapped',
    tool: 'aws-iam-authenticator',
    wrapper: true,
    message: 'level=warning msg="access denied" arn="{arn}" … error="identity is not mapped"',
    re: /identity is not mapped/,
    context: /access denied/i,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 3.0, 'wrong-profile': 0.6 },
    source: AUTHENTICATOR('pkg/errutil/errors.go'),
  },
  {
    // The same server log when STS refused the token's signature: the body names STS's code (expired token,
    // unknown key, a regional endpoint not enabled), which the code rules then read.
    id: 'iam-authenticator.sts-failed',
    tool: 'aws-iam-authenticator',
    wrapper: true,
    message: 'sts getCallerIdentity failed: error from AWS (expected 200, got {status}) on {region} endpoint. Body: {body}',
    re: /sts getCallerIdentity failed: error from AWS \(expected 200, got \d{3}\)/,
    family: 'fam.kubectl',
    causes: { 'temporary-credentials-expired': 0.8, 'region-endpoint': 0.6 },
    source: AUTHENTICATOR('pkg/token/token.go'),
  },
  {
    // checkAuth: eksctl's first call is STS GetCallerIdentity; the SDK's own error follows the colon and names the
    // fault (a network failure there is no credential error), so this line names only the tool.
    id: 'eksctl.sts-check',
    tool: 'eksctl',
    wrapper: true,
    message: 'checking AWS STS access – cannot get role ARN for current session: {sdk error}',
    re: /checking AWS STS access [–-] cannot get role ARN for current session/,
    causes: {},
    source: EKSCTL,
  },
  {
    // NewClusterProvider: neither --region, the profile's region nor AWS_REGION / AWS_DEFAULT_REGION is set.
    id: 'eksctl.region-missing',
    tool: 'eksctl',
    wrapper: true,
    message: 'AWS Region must be set, please set the AWS Region in AWS config file or as environment variable',
    re: /AWS Region must be set, please set the AWS Region in AWS config file/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: EKSCTL,
  },
];
