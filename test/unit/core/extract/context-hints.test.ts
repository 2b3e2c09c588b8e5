/**
 * Where the code runs (extract/context-hints.ts) is read from words about where it runs, not from the failure line of a
 * provider that tries the metadata service: on a laptop that line is the default chain's last resort failing. Each
 * failure line is the SDK's own text as test/unit/core/catalogue/imds-last-resort.test.ts quotes it (Go v1
 * ec2rolecreds @ v1.55.6, .NET DefaultInstanceProfileAWSCredentials.cs, Kotlin ImdsCredentialsProvider.kt @ v1.5.43);
 * the sentences are written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

const FAILURE_LINES: Array<[string, string]> = [
  ['Go v1 (dial)', 'caused by: Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/": dial tcp 169.254.169.254:80: i/o timeout'],
  ['Go v1 (role)', 'EC2RoleRequestError: no EC2 instance role found'],
  ['Go v2', 'failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, dial tcp 169.254.169.254:80: connect: host is down'],
  ['.NET', 'Exception 2 of 2: Unable to get EC2 instance role from EC2 Instance Metadata Service.'],
  ['.NET (alone)', 'Unable to get EC2 instance role from EC2 Instance Metadata Service.'],
  ['Kotlin', 'Caused by: aws.sdk.kotlin.runtime.auth.credentials.CredentialsProviderException: failed to load instance profile'],
  ['Kotlin (alone)', 'failed to load instance profile'],
];

describe('runtime read from a metadata-service failure line', () => {
  it.each(FAILURE_LINES)('when %s reports the metadata service failing, then no EC2 runtime is read from it', (_sdk, line) => {
    expect(signals(`NoCredentialProviders: no valid providers in chain\n${line}`)).not.toContain('runtime.ec2');
  });

  it.each(FAILURE_LINES)('when %s fails after the person says it runs on an EC2 instance, then the EC2 runtime is read from the words', (_sdk, line) => {
    expect(signals(`I run this on an EC2 instance and it fails with the error below.\n${line}`)).toContain('runtime.ec2');
  });

  it.each([
    'I run this on an EC2 instance and boto3 says: Unable to locate credentials',
    'The instance profile is attached to the instance, yet the call fails.',
    'curl http://169.254.169.254/latest/meta-data/iam/security-credentials/ returns my-app-role',
    'access_key     ****************ABCD      iam-role',
  ])('when "%s" is written, then the code runs on EC2', (text) => {
    expect(signals(text)).toContain('runtime.ec2');
  });
});

describe('static keys unset: set before, unless the chain came up empty once they were unset (review of stop 25)', () => {
  it('when unsetting the keys left no credentials at all, then the empty chain leads, not the environment override', () => {
    const text = 'After I unset the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, aws s3 ls says: Unable to locate credentials. You can configure credentials by running "aws configure".';
    expect(signals(text)).not.toContain('hint.env-keys-set');
    expect(diagnose(text).causes[0]!.id).toBe('no-credentials-found');
  });

  it.each([
    'Terraform kept the wrong AWS account. When I unset the two environment variables, all of a sudden, terraform started to work.',
    'I unset AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the job. That fixed it.',
  ])('when "%s" is written, then the keys are read as set', (text) => {
    expect(signals(text)).toContain('hint.env-keys-set');
  });

  it.each([
    'After unsetting AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY the deploy stops. It says NoCredentialProviders: no valid providers in chain.',
    'I unset the AWS credential environment variables in the pipeline, and now the aws step finds no credentials at all.',
  ])('when "%s" is written (the chain came up empty after unsetting), then the keys are not read as set', (text) => {
    expect(signals(text)).not.toContain('hint.env-keys-set');
  });
});

// hint.creds-missing is not read when SSO is named anywhere (its `unless`, judged on the whole text): judged only once a
// prose line holds the hint's words, it must still see an SSO name on any line, before or after that one.
describe('credentials said missing, beside SSO named', () => {
  const SAID = 'The CLI cannot find my credentials after the upgrade.';
  it('when no SSO is named, then the credentials are said missing', () => {
    expect(signals(SAID)).toContain('hint.creds-missing');
  });
  it.each([
    ['before', `We log in with aws sso login every morning.\n${SAID}`],
    ['after', `${SAID}\nWe log in with aws sso login every morning.`],
  ])('when SSO is named on a line %s it, then they are not', (_where, text) => {
    expect(signals(text)).not.toContain('hint.creds-missing');
  });
});
