/**
 * QA35's wrong fixes mended as data (knowledge/playbooks, probes): the fact the paste shows picks the steps that lead.
 * Each input is a tuning-half thread retyped as QA35 typed it (qa35-findings.md), with AWS documentation example keys.
 */
import type { Reply } from '../../../../src/core/conversation/types';
import { sayToAwskey } from '../../../helpers/open-case';
import { Clock, ofType, send } from '../../../helpers/case-script';
import type { CauseId } from '../../../../src/core/taxonomy';
import { diagnose } from '../../../../src/core/diagnose';

/** The fix shown for `text` (after confirming `cause` when the case asks a question first). */
function fixOf(text: string, cause?: CauseId): Extract<Reply, { type: 'remediation' }> {
  let r = sayToAwskey(text);
  if (!r) throw new Error('no case opened');
  if (cause) r = send(r.state, { kind: 'confirm-cause', causeId: cause, user: 'U1', at: '' }, new Clock());
  const fix = ofType(r.replies, 'remediation')[0];
  if (!fix) throw new Error('no fix shown');
  return fix;
}
/** The steps shown first: the `first` playbooks', then a case playbook that is the whole fix, shown as its platform (qa36 F3). */
const leading = (fix: Extract<Reply, { type: 'remediation' }>) =>
  [...(fix.playbooks ?? []).filter((p) => p.first).flatMap((p) => p.steps), ...fix.variants.filter((v) => v.platform === 'any').flatMap((v) => v.steps)]
    .map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`)
    .join('\n');

describe('the region to set (qa35 N6)', () => {
  // Conversations batch 18 (tuning), zalando/postgres-operator#1233: WAL-G with no AWS_REGION in its env dir, the bucket in
  // eu-west-1; fixed by setting AWS_REGION. WAL-G's message: wal-g/wal-g internal/storages/s3/session.go (getAWSRegion).
  const WALG = [
    'postgres@team-cluster-0:~/pgdata/pgroot/data$ envdir "/run/etc/wal-e.d/env" wal-g wal-push pg_wal/000000010000000000000001',
    "ERROR: 2020/11/18 13:02:27.123456 failed to create new session: AWS_REGION is not set and s3:GetBucketLocation failed: AuthorizationHeaderMalformed: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'",
    '\tstatus code: 400, request id: 1234567890ABCDEF, host id: abc',
  ].join('\n');

  it('when WAL-G says AWS_REGION is not set, then the region is read as missing and the first steps set it, not enable opt-in regions', () => {
    expect(diagnose(WALG).facts.regionToSet).toBe('missing');
    const fix = fixOf(WALG);
    expect(fix.causeId).toBe('region-endpoint');
    const first = leading(fix);
    expect(first).toMatch(/AWS_REGION=eu-west-1/);
    expect(first).toMatch(/get-bucket-location/);
    expect(first).not.toMatch(/enable-region|v2Token/);
  });

  // The S3 API reference's AuthorizationHeaderMalformed message: a region set, but not the bucket's (eu-west-1 needs no opt-in).
  it('when S3 says the region is wrong and which one it expects, then the first steps set the bucket\'s region', () => {
    const text = "botocore.exceptions.ClientError: An error occurred (AuthorizationHeaderMalformed) when calling the ListObjects operation: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'";
    expect(diagnose(text).facts.regionToSet).toBe('mismatch');
    const first = leading(fixOf(text));
    expect(first).toMatch(/expecting/);
    expect(first).toMatch(/AWS_REGION=eu-west-1/);
  });

  it('when the failure is an opt-in region\'s, then no "set the region" steps lead', () => {
    const text = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n$ aws sts get-caller-identity --region ap-east-1';
    expect(diagnose(text).facts.regionToSet).toBeUndefined();
  });
});

describe('EKS Pod Identity (qa35 N5)', () => {
  // Conversations batch 20 (tuning), vmware-tanzu/velero-plugin-for-aws on Pod Identity: an SDK older than the agent
  // refuses its address (fixed by a plugin built on a newer SDK). The EKS User Guide's pod-identities.html names the address.
  const VELERO = 'velero backup location unavailable after switching to pod identity:\ntime="2024-01-01T00:00:00Z" level=error msg="Error getting backup store" error="rpc error: code = Unknown desc = operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, failed to load credentials, invalid endpoint host, \\"169.254.170.23\\", only loopback hosts are allowed."';

  it('when Pod Identity\'s agent address is in the error, then its association and SDK steps lead, not IRSA\'s annotation', () => {
    expect(diagnose(VELERO).facts.podIdentity).toBe(true);
    const first = leading(fixOf(VELERO, 'role-credentials-unavailable'));
    expect(first).toMatch(/list-pod-identity-associations/);
    expect(first).toMatch(/boto3 1\.34\.41/);
    expect(first).toMatch(/pods\.eks\.amazonaws\.com/);
    expect(first).not.toMatch(/role-arn\n|AWS_WEB_IDENTITY_TOKEN_FILE|oidc\.issuer/);
  });

  it('when IRSA is shown and Pod Identity is not, then no Pod Identity steps lead', () => {
    const text = 'WebIdentityErr: failed to retrieve credentials\ncaused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token';
    expect(diagnose(text).facts.podIdentity).toBeUndefined();
  });

  // R35b-2: the name denied, asked about, or beside IRSA shown is no Pod Identity met.
  it.each([
    'We use IRSA, not Pod Identity.\nWebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'Should we move to EKS Pod Identity? Currently on IRSA:\nWebIdentityErr: failed to retrieve credentials\ncaused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'We stopped using pod identity last month.\nNoCredentialProviders: no valid providers in chain',
  ])('when "%s" is pasted, then Pod Identity is not read', (text) => {
    expect(diagnose(text).facts.podIdentity).toBeUndefined();
  });

  it('when Pod Identity is named plainly, then it is still read', () => {
    expect(diagnose('We moved the app to EKS Pod Identity yesterday.\nNoCredentialProviders: no valid providers in chain').facts.podIdentity).toBe(true);
  });
});

describe('an S3-compatible store\'s key sent to AWS (qa35 N11)', () => {
  // Real pastes batch 18 (tuning), benbjohnson/litestream#591: a MinIO key sent to AWS, fixed by setting the replica's
  // endpoint. MinIO's own advice (minio/minio discussion 15997): the full endpoint URL, path-style, region us-east-1.
  it('when the team says the key is MinIO\'s, then the fix points the client at the store, not "remove the endpoint"', () => {
    let r = sayToAwskey('litestream replicate fails w/ minio:\ncannot lookup region: InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.\n\tstatus code: 403')!;
    r = send(r.state, { say: 'its minio not aws, running locally in docker compose' }, new Clock());
    r = send(r.state, { kind: 'confirm-cause', causeId: 'wrong-account-or-partition', user: 'U1', at: '' }, new Clock());
    const fix = ofType(r.replies, 'remediation')[0]!;
    const all = JSON.stringify(fix);
    expect(all).toMatch(/MinIO, Ceph and other S3-compatible stores/);
    expect(all).toMatch(/AWS_ENDPOINT_URL=http:\/\/<minio-host>:9000/);
    expect(all).not.toMatch(/remove LocalStack settings/);
  });
});

describe('static keys in the environment of a task that has its role (qa35 N18)', () => {
  // Conversations batch 18 (tuning), aws/aws-sdk-net#3141: a Fargate task whose env held temporary keys beside the
  // task role's endpoint; fixed by removing the keys so the SDK uses the (refreshed) task role.
  const ECS_ENV = [
    'Amazon.S3.AmazonS3Exception: The provided token has expired.',
    " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.",
    'root@ip-10-0-1-23:/app# env | grep AWS',
    'AWS_EXECUTION_ENV=AWS_ECS_FARGATE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/abcd-1234',
    'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE',
    'AWS_REGION=us-east-1',
  ];
  const evidenceIds = (text: string) => diagnose(text).causes.flatMap((c) => c.evidence.map((e) => e.id));

  it('when the env shows both the task role\'s endpoint and static keys, then the keys shadowing the role lead', () => {
    const d = diagnose(ECS_ENV.join('\n'));
    expect(d.causes[0]!.id).toBe('env-var-override');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('env-var-override.shadows-platform-role');
  });

  it('when the same env comes with a Go v2 ExpiredToken (review 36 E-1: a shape of the finding, not its one paste), then the keys shadowing the role lead', () => {
    const go = ['operation error S3: GetObject, https response error StatusCode: 400, RequestID: 1, api error ExpiredToken: The provided token has expired.', 'env | grep AWS', ...ECS_ENV.slice(3)];
    expect(diagnose(go.join('\n')).causes[0]!.id).toBe('env-var-override');
  });

  it('when the env is a Lambda function\'s (its runtime sets the role\'s keys), then no shadowing is read', () => {
    const lambda = ['An error occurred (ExpiredTokenException) when calling the GetObject operation: The security token included in the request is expired', 'AWS_LAMBDA_FUNCTION_NAME=resize', 'AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE'].join('\n');
    expect(evidenceIds(lambda)).not.toContain('env-var-override.shadows-platform-role');
  });

  // R35b-1: a platform named in prose (even denied) is no role shown, and a bad signature is not what shadowing causes.
  it('when ECS/EKS is only named or denied, or the failure is not an expiry, then the error code\'s own cause leads', () => {
    const named = ['Running in an EKS pod', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.'].join('\n');
    expect(diagnose(named).causes[0]!.id).toBe('secret-key-mismatch');
    const denied = ['docker run on my laptop, not ECS', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.'].join('\n');
    expect(diagnose(denied).causes[0]!.id).toBe('temporary-credentials-expired');
    const shownSignature = ['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/abcd-1234', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.'].join('\n');
    expect(evidenceIds(shownSignature)).not.toContain('env-var-override.shadows-platform-role');
    expect(diagnose(shownSignature).causes[0]!.id).toBe('secret-key-mismatch');
  });
});

describe('a container started with docker compose is not an ECS task (qa35 N22)', () => {
  // Conversations batch 19 (tuning), berriai/litellm#9794: fixed by mounting ~/.aws and setting AWS_PROFILE in the service.
  it('when the paste says docker compose, then the first steps mount ~/.aws and set AWS_PROFILE, and no task role is attached first', () => {
    const fix = fixOf('litellm proxy in docker compose cant call bedrock:\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials', 'no-credentials-found');
    const first = leading(fix);
    expect(first).toMatch(/-v ~\/\.aws:\/root\/\.aws:ro/);
    expect(first).toMatch(/AWS_PROFILE/);
    expect(first).not.toMatch(/taskRoleArn/);
  });

  it('when the paste is an ECS task\'s, then the local-container steps are not shown', () => {
    const fix = fixOf('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/abcd-1234\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials', 'no-credentials-found');
    expect((fix.playbooks ?? []).map((p) => p.id)).not.toContain('local-container');
  });

  // R35b-13: a build command names where the image is built; EKS named beside it is where it runs.
  it('when the paste builds an image with docker and says it is deployed to EKS, then the local-container steps are not shown', () => {
    const fix = fixOf('docker build -t app . && docker push; deployed to EKS\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials', 'no-credentials-found');
    expect((fix.playbooks ?? []).map((p) => p.id)).not.toContain('local-container');
  });

  it('when the paste builds an image with docker and names no platform, then the runtime is still the container', () => {
    expect(diagnose('docker build -t app . && docker run app\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials').facts.runtime).toBe('docker');
  });
});

describe('the tool seen is the tool named (qa35 N16)', () => {
  // Conversations batch 18 (tuning), hashicorp/packer#5901. Packer's message: hashicorp/packer-plugin-amazon
  // builder/common/access_config.go (NewNoValidCredentialSourcesError); Terraform's shorter one: hashicorp/aws-sdk-go-base.
  const PACKER = [
    'PS C:\\Users\\hegyre\\ami> packer build ami.json',
    'amazon-ebs output will be in this color.',
    '',
    "Build 'amazon-ebs' errored: No valid credential sources found for AWS Builder. Please see https://www.packer.io/docs/builders/amazon.html#specifying-amazon-credentials for more information on providing credentials for the AWS Builder.",
  ].join('\n');

  it('when Packer\'s message holds Terraform\'s words, then the meaning and the evidence name Packer only', () => {
    const d = diagnose(PACKER);
    expect(d.meaning).toMatch(/Packer/);
    expect(d.meaning).not.toMatch(/Terraform/);
    const ids = d.causes.flatMap((c) => c.evidence.map((e) => e.id));
    expect(ids).toContain('catalogue.packer.no-credential-sources');
    expect(ids).not.toContain('catalogue.tf.no-valid-sources');
  });

  it('when Terraform says it alone, then Terraform\'s reading stays', () => {
    const d = diagnose('Error: No valid credential sources found\n\n  with provider["registry.terraform.io/hashicorp/aws"],');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).toContain('catalogue.tf.no-valid-sources');
    expect(d.meaning).toMatch(/Terraform/);
  });
});

describe('the rotation story told in full (qa35 N21)', () => {
  // Real pastes batch 18 (tuning), mtanda/grafana-aws-athena-datasource#76: the plugin kept the old key after a rotation.
  const open = () => {
    const r = sayToAwskey('grafana athena datasource broke:\nerror querying the database: error executing query: UnrecognizedClientException: The security token included in the request is invalid. status code: 400')!;
    return send(r.state, { say: 'akia' }, new Clock());
  };
  const leader = (said: string) => send(open().state, { say: said }, new Clock()).state.causes[0]?.id ?? '';

  it.each([
    'deleted the old iam user. new key works fine from aws cli',
    'i swapped the key in the datasource settings yesterday and deleted the old iam user. new key works fine from aws cli',
    'i swapped the key in the datasource settings yesterday',
  ])('when the team says "%s", then a consumer holding the old key leads', (said) => {
    expect(leader(said)).toBe('stale-credentials-after-rotation');
  });

  // R35b-3: a question about changing the key tells no rotation.
  it('when the team asks "should I change the key?", then no rotation is read and the rotation does not lead', () => {
    expect(leader('should I change the key?')).not.toBe('stale-credentials-after-rotation');
  });
});

describe('keys in the shared files that a tool does not find (qa35 N17)', () => {
  // Conversations batch 18 (tuning), hashicorp/packer#5901: the profile's keys are in ~/.aws/credentials and the CLI works
  // with them; Packer stopped finding them after an upgrade. `aws configure` would overwrite the working profile.
  it('when aws configure list shows the keys in the shared file, then the first steps select the profile, not re-run aws configure', () => {
    const c = new Clock();
    let r = sayToAwskey("Build 'amazon-ebs' errored: No valid credential sources found for AWS Builder. Please see https://www.packer.io/docs/builders/amazon.html#specifying-amazon-credentials for more information on providing credentials for the AWS Builder.")!;
    r = send(r.state, { paste: '      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                  scaling           manual    --profile\naccess_key     ****************MPLE shared-credentials-file\nsecret_key     ****************EKEY shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config' }, c);
    r = send(r.state, { kind: 'confirm-cause', causeId: 'no-credentials-found', user: 'U1', at: '' }, c);
    const first = leading(ofType(r.replies, 'remediation')[0]!);
    expect(first).toMatch(/AWS_PROFILE=<profile>/);
    expect(first).toMatch(/after upgrading/);
    expect(first).not.toMatch(/^aws configure$/m);
  });
});
