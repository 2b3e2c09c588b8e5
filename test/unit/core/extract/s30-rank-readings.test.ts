/**
 * Readings changed after classifying the tuning ranking misses of batches 1-15 (scripts/corpus/rank-cv.ts --table,
 * scripts/corpus/rank-stop30.results.md). The sentences are written for the test in the phrasing such threads use,
 * not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('EKS named inside a path or a name is not where the code runs', () => {
  it.each([
    'Error: Unauthorized\n  with module.cluster.kubernetes_config_map.aws_auth,\n  on .terraform/modules/eks/aws_auth.tf line 65',
    'Our stack `prod-eks-k8s` fails on my laptop: NoCredentialProviders: no valid providers in chain',
    'aws s3 cp ./templates s3://my-bucket/quickstart-amazon-eks/ fails with AccessDenied',
    'git clone https://github.com/aws-samples/eks-workshop-v2 and the lab fails with AccessDenied',
    'source = "terraform-aws-modules/eks/aws//modules/eks-managed-node-group" and then eks-managed-node-group fails with AccessDenied',
  ])('when "%s" is pasted, then no EKS runtime is read', (text) => {
    expect(signals(text)).not.toContain('runtime.eks');
  });

  it.each([
    'The job runs on EKS. It fails with NoCredentialProviders: no valid providers in chain',
    'We use the idioms of AWS/EKS and the upload fails with AccessDenied',
    'User: arn:aws:sts::111122223333:assumed-role/eks-demo-NodeInstanceRole-ABC/i-0abc is not authorized to perform: s3:GetObject',
    'External DNS with pod identity in eks\nAccessDenied',
    'InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE',
    // Reviewer's probes (mend, stop 30): a word joined to EKS that says what runs there.
    'Our workers run on EKS-optimized AMI nodes and the upload fails with AccessDenied',
    'We run an EKS-managed node group and the job fails with NoCredentialProviders: no valid providers in chain',
    'The service on EKS/Fargate fails with NoCredentialProviders: no valid providers in chain',
  ])('when "%s" is pasted, then EKS is still where the code runs', (text) => {
    expect(signals(text)).toContain('runtime.eks');
  });
});

describe('a key replaced as a remedy is not a rotation that started the failure', () => {
  it.each([
    'AuthFailure: AWS was not able to validate the provided access credential. I also created new access keys, but same result.',
    'SignatureDoesNotMatch on every upload. Do I need to regenerate the key again?',
    'ExpiredToken: when my credentials expire I have to regenerate them myself.',
  ])('when "%s" is written, then no rotation is read and a stale key does not lead', (text) => {
    expect(signals(text)).not.toContain('hint.rotation');
    expect(diagnose(text).causes[0]!.id).not.toBe('stale-credentials-after-rotation');
  });

  // The reporter's own words still read "new key … still" as rotation talk (cause-talk.ts): only the hint is asserted.
  it('when a new key is told as leaving the same error, then no rotation hint is read', () => {
    expect(signals('InvalidClientTokenId. I generated a new access key and still the same error.')).not.toContain('hint.rotation');
  });

  it.each([
    'After we rotated the access keys the deploy fails with InvalidAccessKeyId.',
    'We created new access keys and deleted the old ones; since then the plugin throws 403 errors.',
  ])('when "%s" is written, then it is still a key rotation', (text) => {
    expect(signals(text)).toContain('hint.rotation');
  });

  // Reviewer's probes (mend, stop 30): "still" told of the failure after the rotation is the stale key's report, not a
  // new key told as making no difference.
  it.each([
    'We rotated the access keys yesterday but the Lambda still fails with InvalidClientTokenId.',
    'We created a new access key and the app still gets SignatureDoesNotMatch',
  ])('when "%s" is written, then the rotation is read and a stale key leads', (text) => {
    expect(signals(text)).toContain('hint.rotation');
    expect(diagnose(text).causes[0]!.id).toBe('stale-credentials-after-rotation');
  });
});
