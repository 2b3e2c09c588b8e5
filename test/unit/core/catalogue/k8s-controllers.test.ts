import { checkFamily } from './check-quotes';

const CERT_MANAGER = 'cert-manager/cert-manager pkg/issuer/acme/dns/route53/route53.go @ 41f0cb17336a';
const ESO = 'external-secrets/external-secrets providers/v1/aws/auth/auth.go @ helm-chart-2.9.0@cc5bfbc2234a';
const FLUX = 'fluxcd/source-controller internal/controller/bucket_controller.go @ 39b711b1';
const CROSSPLANE = 'crossplane-contrib/provider-aws pkg/utils/connect/aws/config.go @ v0.58.0@405d4d48d20c';

checkFamily('k8s-controllers', [
  {
    id: 'cert-manager.route53-empty-credentials',
    from: CERT_MANAGER,
    text: 'E0101 10:00:00.000000       1 sync.go:185] cert-manager/challenges "msg"="error instantiating route53 challenge solver" "error"="unable to construct route53 provider: empty credentials; perhaps you meant to enable ambient credentials?"',
    orTop: ['role-credentials-unavailable'],
  },
  {
    id: 'cert-manager.route53-half-keys',
    from: CERT_MANAGER,
    text: 'Error presenting challenge: error instantiating route53 challenge solver: unable to construct route53 provider: only one of access and secret key was provided',
  },
  {
    id: 'external-secrets.key-secret-unreadable',
    from: ESO,
    text: 'SecretStore default/aws-store: unable to create client: could not fetch accessKeyID secret: secrets "awssm-secret" not found',
  },
  {
    id: 'external-secrets.service-account-no-role',
    from: ESO,
    text: 'could not get provider client: an IAM role must be associated with service account external-secrets-sa (namespace: apps)',
  },
  {
    id: 'crossplane-aws.secret-profile-missing',
    from: CROSSPLANE,
    text: 'connect failed: cannot get credentials: cannot get default profile in credentials secret: section "default" does not exist',
    orTop: ['malformed-credentials'],
  },
  {
    id: 'crossplane-aws.secret-unparsable',
    from: CROSSPLANE,
    text: 'cannot initialize the Terraform plugin SDK async external client: cannot parse credentials secret: key-value delimiter not found: AKIAIOSFODNN7EXAMPLE',
  },
  {
    id: 'crossplane-aws.pod-service-account',
    from: CROSSPLANE,
    text: 'Warning  CannotConnectToProvider  connect failed: cannot use pod service account to assume role: failed to retrieve credentials: operation error STS: AssumeRoleWithWebIdentity, WebIdentityErr',
  },
  {
    id: 'external-dns.list-zones',
    from: 'kubernetes-sigs/external-dns provider/aws/aws.go @ 2bf1bf8af (v0.22.0)',
    text: 'time="2024-05-04T10:00:00Z" level=error msg="Failed to do run once: soft error\nfailed to list hosted zones: operation error Route 53: ListHostedZones, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded"',
    top: 'role-credentials-unavailable',
  },
  {
    id: 'karpenter.region-from-imds',
    from: 'aws/karpenter-provider-aws pkg/operator/operator.go @ 1d927085d (v1.14.0)',
    text: 'panic: unable to determine region from IMDS: operation error ec2imds: GetRegion, canceled, context deadline exceeded\n\ngoroutine 1 [running]:\ngithub.com/samber/lo.must({0x2e5a3a0, 0xc000a1e0a0}, {0x0, 0x0, 0x0})',
  },
  {
    id: 'karpenter.ec2-connectivity',
    from: 'aws/karpenter-provider-aws pkg/operator/operator.go @ 1d927085d (v1.14.0)',
    text: '{"level":"ERROR","time":"2024-05-04T10:00:00.000Z","logger":"controller","message":"ec2 api connectivity check failed","commit":"490ef94","error":"operation error EC2: DescribeInstanceTypes, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 2a1b3c4d-0000-4000-8000-000000000000, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity"}',
  },
  {
    id: 'argo.minio-iam-role',
    from: 'argoproj/pkg s3/s3.go @ 99e8723',
    text: 'time="2024-05-04T10:00:00Z" level=info msg="Creating minio client using IAM role"\ntime="2024-05-04T10:00:01Z" level=info msg="Saving file to s3" bucket=my-artifacts endpoint=s3.amazonaws.com key=wf/main.log\ntime="2024-05-04T10:00:02Z" level=error msg="executor error: failed to put file: No IAM roles attached to this EC2 service"',
  },
  {
    id: 'flux.bucket-existence',
    from: FLUX,
    // Evidence only: minio-go's words after it (S3's Access Denied) decide.
    text: "Bucket/flux-system/artifacts reconciliation failed: failed to confirm existence of 'flux-artifacts' bucket: Access Denied.",
    code: 'AccessDenied',
    top: 'authorization-not-authentication',
  },
]);
