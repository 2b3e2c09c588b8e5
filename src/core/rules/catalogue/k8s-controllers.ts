/**
 * Kubernetes controllers that call AWS for the cluster: cert-manager's Route 53 DNS-01 solver checks its
 * issuer's credentials itself before the SDK chain ever runs; External Secrets Operator's AWS provider and Crossplane's
 * provider-aws read the keys from a Kubernetes Secret, or the role from the pod's service account, and say which failed.
 */
import type { CatalogueEntry } from './types';

const CERT_MANAGER = { repo: 'cert-manager/cert-manager', path: 'pkg/issuer/acme/dns/route53/route53.go', ref: '41f0cb17336a (NewDNSProvider; the same words in later releases)' };

const EXTERNAL_DNS = { repo: 'kubernetes-sigs/external-dns', path: 'provider/aws/aws.go', ref: '2bf1bf8af (v0.22.0+)' };
/** Karpenter's controller start-up (its own words around the Go SDK v2's error). */
const KARPENTER = { repo: 'aws/karpenter-provider-aws', path: 'pkg/operator/operator.go', ref: '1d927085d (v1.14.0+; the connectivity check since d39fdb5ce, 2024, the IMDS region since c6d3a9691, 2025)' };
/** Argo Workflows' S3 artifact driver (argoproj/pkg s3, vendored into argo-workflows since the package left pkg). */
const ARGO_S3 = { repo: 'argoproj/pkg', path: 's3/s3.go', ref: '99e8723 (2025-03, the last commit before s3/ moved out in 16755d3)' };
/** Flux's source-controller: a Bucket source (provider aws or generic) checks the bucket with minio-go first. */
const FLUX_BUCKET = { repo: 'fluxcd/source-controller', path: 'internal/controller/bucket_controller.go', ref: '39b711b1 (2026-07)' };
const ESO_AUTH = { repo: 'external-secrets/external-secrets', path: 'providers/v1/aws/auth/auth.go', ref: 'helm-chart-2.9.0@cc5bfbc2234a (pkg/provider/aws/auth/auth.go before the providers/ split)' };
const CROSSPLANE = { repo: 'crossplane-contrib/provider-aws', path: 'pkg/utils/connect/aws/config.go', ref: 'v0.58.0@405d4d48d20c' };
/** Crossplane's provider-aws wraps each credential step's error in its own words (one file, one tool). */
const crossplane = (what: string, message: string, re: RegExp, family: string, causes: CatalogueEntry['causes']): CatalogueEntry => ({
  id: `crossplane-aws.${what}`,
  tool: 'crossplane-provider-aws',
  wrapper: true,
  message,
  re,
  family,
  causes,
  source: CROSSPLANE,
});

export const K8S_CONTROLLERS: CatalogueEntry[] = [
  {
    // No accessKeyID/secret in the issuer and ambient credentials (IRSA, node role) not allowed for it.
    id: 'cert-manager.route53-empty-credentials',
    tool: 'cert-manager',
    wrapper: true,
    message: 'unable to construct route53 provider: empty credentials; perhaps you meant to enable ambient credentials?',
    re: /unable to construct route53 provider: empty credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.4, 'role-credentials-unavailable': 1.0 },
    source: CERT_MANAGER,
  },
  {
    id: 'cert-manager.route53-half-keys',
    tool: 'cert-manager',
    wrapper: true,
    message: 'unable to construct route53 provider: only one of access and secret key was provided',
    re: /unable to construct route53 provider: only one of access and secret key was provided/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.5 },
    source: CERT_MANAGER,
  },
  {
    // The SecretStore's auth.secretRef names a Kubernetes Secret (or a key in it) that cannot be read: the keys never
    // reach the SDK (credsFromSecretRef; the Kubernetes error follows: `secrets "awssm-secret" not found`).
    id: 'external-secrets.key-secret-unreadable',
    tool: 'external-secrets',
    wrapper: true,
    message: 'could not fetch accessKeyID secret: {err} | could not fetch SecretAccessKey secret: {err} | could not fetch SessionToken secret: {err}',
    re: /could not fetch (?:accessKeyID|SecretAccessKey|SessionToken) secret: /,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'malformed-credentials': 0.8 },
    source: ESO_AUTH,
  },
  {
    // auth.jwt names a service account without the eks.amazonaws.com/role-arn annotation: no role for IRSA to assume.
    id: 'external-secrets.service-account-no-role',
    tool: 'external-secrets',
    wrapper: true,
    message: 'an IAM role must be associated with service account {name} (namespace: {namespace})',
    re: /an IAM role must be associated with service account \S{1,253} \(namespace: /,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: ESO_AUTH,
  },
  // The ProviderConfig's Secret holds an INI credentials file without the profile asked for (ini's `section "x" does
  // not exist` follows).
  crossplane('secret-profile-missing', 'cannot get {profile} profile in credentials secret: {err}', /cannot get \S{1,100} profile in credentials secret/, 'fam.profile', { 'wrong-profile': 1.6, 'malformed-credentials': 1.0 }),
  // The Secret's content is not an INI credentials file ([default] / aws_access_key_id = … / aws_secret_access_key = …).
  crossplane('secret-unparsable', 'cannot parse credentials secret: {err}', /cannot parse credentials secret/, 'fam.reported', { 'malformed-credentials': 2.0 }),
  // source: InjectedIdentity: the provider's pod was to get its role from its service account (IRSA) and did not.
  crossplane('pod-service-account', 'cannot use pod service account: {err} | cannot use pod service account to assume role: {err}', /cannot use pod service account(?: to assume role)?: /, 'fam.role', { 'role-credentials-unavailable': 1.8, 'authorization-not-authentication': 0.6 }),
  {
    // external-dns's first Route 53 call each sync; the SDK's error follows and names the fault. Evidence of the
    // tool only: the wrapped error decides the family.
    id: 'external-dns.list-zones',
    tool: 'external-dns',
    wrapper: true,
    message: 'failed to list hosted zones: {error} | failed to list zones, not applying changes: {error}',
    re: /failed to list (?:hosted zones: |zones, not applying changes: |zones: )/,
    context: /route ?53|external-dns|hosted zone/i,
    causes: {},
    source: EXTERNAL_DNS,
  },
  {
    // No AWS_REGION in the controller's pod and IMDS out of reach (hop limit 1 behind IMDSv2, or blocked): the same
    // pod then finds no node role either unless IRSA or Pod Identity gives it one.
    id: 'karpenter.region-from-imds',
    tool: 'karpenter',
    wrapper: true,
    message: 'unable to determine region from IMDS: {error}',
    re: /unable to determine region from IMDS: /,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.4, 'role-credentials-unavailable': 0.8 },
    source: KARPENTER,
  },
  {
    // The controller's first EC2 call at start-up; the SDK's error follows in the "error" field and names the fault.
    // The controller's credentials are its service account's role (IRSA or Pod Identity), hence the small lean.
    id: 'karpenter.ec2-connectivity',
    tool: 'karpenter',
    wrapper: true,
    message: 'ec2 api connectivity check failed',
    re: /ec2 api connectivity check failed/,
    causes: { 'role-credentials-unavailable': 0.5 },
    source: KARPENTER,
  },
  {
    // An evidence line: the artifact repository names no keys secret, no role ARN and not useSDKCreds, so the driver
    // asks minio-go's IAM provider (the node's role or IRSA) and nothing else.
    id: 'argo.minio-iam-role',
    tool: 'argo-workflows',
    wrapper: true,
    message: 'Creating minio client using IAM role',
    re: /Creating minio client using IAM role\b/,
    causes: { 'role-credentials-unavailable': 0.8, 'no-credentials-found': 0.4 },
    source: ARGO_S3,
  },
  {
    // The Bucket source's first call (BucketExists) failed; minio-go's error follows ("Access Denied.", "The Access Key
    // Id you provided does not exist in our records.", or a host not found). Evidence only: the wrapped words decide.
    id: 'flux.bucket-existence',
    tool: 'flux-source-controller',
    wrapper: true,
    message: "failed to confirm existence of '{bucket}' bucket: {error}",
    re: /failed to confirm existence of '[^'\n]{1,100}' bucket: /,
    causes: {},
    source: FLUX_BUCKET,
  },
];
