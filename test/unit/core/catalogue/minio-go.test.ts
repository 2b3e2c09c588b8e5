import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';

const MINIO = (path: string) => `minio/minio-go ${path} @ e9f656c5c1d1 (v7.3.0+)`;

const MC = 'minio/mc cmd/alias-set.go @ 77f82e18';

checkFamily('minio-go', [
  {
    id: 'mc.alias-credentials',
    from: MC,
    // Evidence only: S3's words after it decide (a key id not in its records).
    text: '$ mc alias set s3 https://s3.amazonaws.com AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nmc: <ERROR> Unable to initialize new alias from the provided credentials. The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    top: 'secret-key-mismatch',
  },
  {
    id: 'mc.invalid-key-shape',
    from: MC,
    text: '$ mc alias set s3 https://s3.amazonaws.com "" ""\nmc: <ERROR> Invalid access key ``.',
  },
  {
    id: 'minio-go.access-denied',
    from: MINIO('api-error-response.go'),
    text: '$ restic -r s3:s3.amazonaws.com/my-backups snapshots\nFatal: unable to open config file: Stat: Access Denied.\nIs there a repository at the following location?\ns3:s3.amazonaws.com/my-backups',
    code: 'AccessDenied',
  },
  {
    id: 'minio-go.region-mismatch',
    from: MINIO('api-error-response.go'),
    text: 'level=error ts=2024-01-01T00:00:00Z caller=main.go:130 err="create bucket client: Region does not match, expecting region ‘eu-west-1’."',
    code: 'InvalidRegion',
  },
  {
    id: 'minio-go.imds-no-role',
    from: MINIO('pkg/credentials/iam_aws.go'),
    text: 'level=error msg="failed to upload block" err="upload: No IAM roles attached to this EC2 service"',
  },
  {
    id: 'minio-go.pod-identity-token',
    from: MINIO('pkg/credentials/iam_aws.go'),
    text: 'err="getEKSPodIdentityCredentials: failed to read token file:open /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token: no such file or directory"',
  },
  {
    id: 'minio-go.partial-profile',
    from: MINIO('pkg/credentials/file_aws_credentials.go'),
    text: 'mc: <ERROR> Unable to initialize new alias. profile has partial static credentials: aws_access_key_id and aws_secret_access_key must both be set',
  },
  {
    id: 'minio-go.sso-expired',
    from: MINIO('pkg/credentials/file_aws_credentials.go'),
    text: 'Fatal: unable to open repository: cached SSO token is expired, refresh it with `aws sso login`',
  },
  {
    id: 'objstore.half-keys',
    from: 'thanos-io/objstore providers/s3/s3.go @ 8897e65984a3',
    text: 'level=error ts=2024-01-01T00:00:00Z caller=main.go:135 err="create bucket client: no s3 secret_key specified while access_key is present in config file; either both should be present in config or envvars/IAM should be used."',
  },
]);

describe('minio-go: Access Denied. outside object storage', () => {
  it('when a Windows tool says Access Denied. with no bucket or S3 in the text, then it is not an AWS credential error', () => {
    expect(diagnose('ERROR: OpenProcess: Access Denied.\nTry running as administrator.', { now: new Date('2026-12-05T10:00:00Z') }).detected).toBe(false);
  });
});
