/**
 * Detection readers added after classifying batch 12's tuning misses against batches 1-11 (scripts/corpus/detect-batches.ts,
 * scripts/corpus/detect12.results.md): a role-delivered credential source asked for (extract/role-source-wanted.ts), EKS
 * Pod Identity as a credential object and AWS objects inside snake_case identifiers (extract/credential-talk.ts). The
 * sentences are written for the test in the shapes such threads use, not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-06T00:00:00Z');
const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { now: NOW, onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('a role-delivered credential source asked for', () => {
  it.each([
    'Support IAM roles for service accounts in the S3 client',
    'Add support for EKS Pod Identity (AWS_CONTAINER_CREDENTIALS_FULL_URI)',
    'Support `WebIdentityTokenFileCredentialsProvider`\n\nWe run the uploader on EKS and the AWS SDK default chain is not used.',
    'Fallback to IAM role credentials when no access key is configured for the aws inventory',
    'feat: support container credentials so the backup job runs on AWS Fargate',
    'The exporter should support IRSA so we can drop the static keys from the helm values.',
    'The sync tool does not support instance profiles on EC2.',
  ])('when "%s" is written, then the failure is detected as role credentials not delivered', (text) => {
    const d = diagnose(text, { now: NOW });
    expect([d.detected, signals(text).includes('prose.role-source-wanted')]).toEqual([true, true]);
    expect(d.causes.slice(0, 3).map((c) => c.id)).toContain('role-credentials-unavailable');
  });

  it.each([
    'The AWS SDK for Java supports IAM roles for service accounts since 2.10.11.',
    'Velero supports IRSA on EKS; see the docs for the annotation.',
  ])('when "%s" states support as a fact, then the request reader stays silent', (text) => {
    expect(signals(text)).not.toContain('prose.role-source-wanted');
  });

  it('when the text shows another AWS error (a throttle), then that error is what it is about', () => {
    const text = 'Support IAM roles for service accounts\n\nAn error occurred (ThrottlingException) when calling the ListObjects operation: Rate exceeded';
    expect(signals(text)).not.toContain('prose.role-source-wanted');
  });

  it('when the request line is code (a values file), then it is not read as words', () => {
    expect(signals('aws:\n  support_irsa = true # support for IRSA')).not.toContain('prose.role-source-wanted');
  });
});

describe('EKS Pod Identity as a credential object', () => {
  it('when a fix names EKS Pod Identity failing, then the failure is detected', () => {
    expect(diagnose('Fix EKS Pod Identity unable to reach its agent by updating the AWS SDK', { now: NOW }).detected).toBe(true);
  });

  it('when "pod identity" fails in a text about another cloud, then nothing is detected', () => {
    expect(diagnose('Azure AD pod identity is unable to get a token for the managed identity', { now: NOW }).detected).toBe(false);
  });
});

describe('AWS objects inside snake_case identifiers', () => {
  it('when a function named for AWS credentials fails with a named profile, then the failure told in words is read', () => {
    const text = "I can call `load_aws_credentials()` with my default profile but it does not work when I pass another profile: `load_aws_credentials('prod')`";
    expect(diagnose(text, { now: NOW }).detected).toBe(true);
  });

  it('when the identifier names no AWS object, then nothing is read', () => {
    const text = "I can call `load_db_settings()` with my default profile but it does not work when I pass another profile: `load_db_settings('prod')`";
    expect(diagnose(text, { now: NOW }).detected).toBe(false);
  });
});

// Stop 34: awslabs/aws-well-architected-labs#747 (batch 12), a CloudFormation status reason copied from the console.
describe('an authorization refusal whose words a copied table cell padded with spaces', () => {
  it.each([
    'CREATE_FAILED | Resource handler   returned message: "User with accountId: 123456789012 is not authorized   to perform CreateLogGroup with Tags (Service: CloudWatchLogs, Status Code:   400, Request ID: 0000)" | AWS::Logs::LogGroup',
    'User: arn:aws:iam::123456789012:user/ci is not  authorized to   perform: s3:PutObject',
  ])('when "%s" is pasted, then the refusal is read and detected', (text) => {
    const d = diagnose(text, { now: NOW });
    expect([d.detected, signals(text).includes('msg.not-authorized'), d.causes[0]!.id]).toEqual([true, true, 'authorization-not-authentication']);
  });

  it('when the words are only near each other in a sentence, then no refusal is read', () => {
    expect(signals('This role is not one we authorized; to perform the upload use the deploy role.')).not.toContain('msg.not-authorized');
  });
});
