/**
 * The catalogue's metadata-service strings count as the last link of an empty chain: with nothing saying the
 * code runs on AWS compute, the chain's other failures outrank the instance role (diagnose.ts's IMDS_ONLY).
 * Each paste is an SDK's default chain failing on a laptop, its IMDS line as the catalogue entry quotes it.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { CATALOGUE } from '../../../../src/core/rules/catalogue/index';

const NOW = new Date('2026-12-05T10:00:00Z');

const CHAINS: { sdk: string; entry: string; text: string }[] = [
  {
    sdk: 'Go v1 (aws/aws-sdk-go aws/credentials/ec2rolecreds/ec2_role_provider.go @ v1.55.6)',
    entry: 'go1.ec2-role',
    text: [
      'Error: NoCredentialProviders: no valid providers in chain',
      'caused by: EnvAccessKeyNotFound: AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY not found in environment',
      'SharedCredsLoad: failed to load shared credentials file',
      'caused by: FileNotFoundError: open /home/me/.aws/credentials: no such file or directory',
      'EC2RoleRequestError: no EC2 instance role found',
      'caused by: RequestError: send request failed',
      'caused by: Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/": dial tcp 169.254.169.254:80: i/o timeout',
    ].join('\n'),
  },
  {
    sdk: '.NET (aws/aws-sdk-net DefaultInstanceProfileAWSCredentials.cs @ 60e34bb9557f)',
    entry: 'net.imds-no-role',
    text: [
      'Amazon.Runtime.AmazonClientException: Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors:',
      'Exception 1 of 2: The environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN were not set with AWS credentials.',
      'Exception 2 of 2: Unable to get EC2 instance role from EC2 Instance Metadata Service.',
    ].join('\n'),
  },
  {
    sdk: 'Kotlin (awslabs/aws-sdk-kotlin ImdsCredentialsProvider.kt @ v1.5.43)',
    entry: 'kotlin.imds',
    text: [
      'Exception in thread "main" aws.smithy.kotlin.runtime.identity.IdentityProviderException: No identity could be resolved from the chain: CredentialsProviderChain -> EnvironmentCredentialsProvider -> ProfileCredentialsProvider -> ImdsCredentialsProvider',
      'Caused by: aws.sdk.kotlin.runtime.auth.credentials.CredentialsProviderException: failed to load instance profile',
    ].join('\n'),
  },
];

describe('metadata-service failures as the last resort of an empty chain', () => {
  for (const c of CHAINS) {
    it(`when ${c.sdk}'s chain fails with nothing saying it runs on AWS compute, then the metadata service counts only as the last resort`, () => {
      const d = diagnose(c.text, { now: NOW });
      const role = d.causes.find((x) => x.id === 'role-credentials-unavailable');
      const cited = d.causes.flatMap((x) => x.evidence.map((e) => e.id));
      expect({
        entry: cited.includes(`catalogue.${c.entry}`),
        lastResort: role?.evidence.some((e) => e.id === 'role-unavailable.imds-last-resort') ?? false,
        top: d.causes[0]!.id,
      }).toEqual({ entry: true, lastResort: true, top: 'no-credentials-found' });
    });
  }

  it('when the same Go v1 chain is said to run on an EC2 instance, then the instance role stays first', () => {
    const d = diagnose(`Our deploy job runs on an EC2 instance and fails with:\n${CHAINS[0]!.text}`, { now: NOW });
    expect(d.causes[0]!.id).toBe('role-credentials-unavailable');
  });

  // ex_aws words its metadata failure as a sentence (ex-aws/ex_aws lib/ex_aws/instance_meta.ex @ v2.6.1+49@48785c61191):
  // the line the catalogue reads as that failure names EC2 without saying the code runs there.
  const EX_AWS_IMDS = '** (RuntimeError) Instance Meta Error: {:error, %{reason: :timeout}}\n\nYou tried to access the AWS EC2 instance meta, but it could not be reached.';

  it("when ex_aws's metadata failure sentence names EC2, then the line does not say where the code runs", () => {
    const d = diagnose(EX_AWS_IMDS, { now: NOW });
    expect({ runtime: d.facts.runtime, top: d.causes[0]!.id }).toEqual({ runtime: undefined, top: 'no-credentials-found' });
  });

  it('when the same ex_aws failure is said to come from an EC2 instance, then the runtime is read from that sentence', () => {
    const d = diagnose(`Our Phoenix release runs on an EC2 instance and crashes at boot:\n${EX_AWS_IMDS}`, { now: NOW });
    expect(d.facts.runtime).toBe('ec2');
  });

  it('when the catalogue is read, then the .NET, Java, Kotlin, Go, Rust, CRT and ex_aws metadata-service entries are marked as such', () => {
    const marked = CATALOGUE.filter((e) => e.imds).map((e) => e.id).sort();
    expect(marked).toEqual(['crt.imds-source', 'ex-aws.imds-unreachable', 'go1.ec2-role', 'go2.imds-no-role', 'java1.imds-not-found', 'java2.imds', 'kotlin.imds', 'net.imds-credentials', 'net.imds-no-role', 'rust.imds-unreachable']);
  });
});
