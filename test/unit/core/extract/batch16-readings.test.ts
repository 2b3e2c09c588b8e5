/**
 * Readings that came of batch 16's tuning misses (issue #10), each quoting the thread or the source it was read from.
 */
import { diagnose } from '../../../../src/core/diagnose';
import type { Signal } from '../../../../src/core/extract/types';

function signalIds(text: string): string[] {
  let ids: string[] = [];
  diagnose(text, { onSignals: (s: readonly Signal[]) => { ids = s.map((x) => x.id); } });
  return ids;
}

const top = (text: string): string => diagnose(text).causes[0]!.id;

// terraform-aws-modules/terraform-aws-autoscaling#296 (batch 2): the module's new default, then the CLI in a container.
const autoscaling = 'variable "metadata_options" {\n  default = {\n    http_endpoint               = "enabled"\n    http_put_response_hop_limit = 1\n    http_tokens                 = "required"\n  }\n}\n\nexecute docker run -it ubuntu bash\ninstall aws-cli\nexecute aws sts assume-role --role-arn "$AWS_WORKER_ROLE_ARN" - it is not working with error\nUnable to locate credentials. You can configure credentials by running "aws configure".';
// ColeMurray/background-agents#1797 (batch 16): a Terraform comment beside the setting.
const comment = 'metadata_options {\n  http_tokens   = "required" # IMDSv2\n  http_endpoint = "enabled"\n  # Two, not one. Everything that reaches AWS here runs in a container on\n  # Docker\'s bridge network, which is one hop further from the metadata\n  # service than the instance itself. At a limit of 1 the app and Litestream\n  # both fail with "no valid providers in chain", which reads like a missing\n  # credential rather than an unreachable one.\n  http_put_response_hop_limit = 2';
// getsops/sops#439 (batch 16): sops's --aws-profile flag was not yet released, so the default identity was denied.
const sops = 'sops -d test-env.secret.sops.yml --aws-profile production\nFailed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  arn:aws:kms:us-east-1:426575684472:key/b09749f5-2a39-4ac6-af5e-da9ca8c06194: FAILED\n    - | Error decrypting key: AccessDeniedException: The ciphertext\n      | refers to a customer master key that does not exist, does\n      | not exist in this region, or you are not allowed to access.\n      | \tstatus code: 400\n\nHowever, `export AWS_PROFILE=production` works just fine.';
// anomalyco/sst#4951 (batch 13): sst's provider profile not used, the chain ended at IMDS.
const sst = 'Full error:\n> ✕  failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded\n\nThe only way I found to fix this was prefixing `AWS_PROFILE` before calling sst.';

describe('the IMDS hop limit shown (extract/imds-hop-limit.ts)', () => {
  it('when the launch setting stands beside an empty chain, then the role not delivered leads', () => {
    expect({ read: signalIds(autoscaling).includes('imds.hop-limit'), tops: [autoscaling, comment].map(top) }).toEqual({
      read: true,
      tops: ['role-credentials-unavailable', 'role-credentials-unavailable'],
    });
  });

  it('when the CLI option, CloudFormation or the words name it, then it is read too', () => {
    const named = [
      'aws ec2 modify-instance-metadata-options --instance-id i-0123 --http-put-response-hop-limit 2',
      'MetadataOptions:\n  HttpTokens: required\n  HttpPutResponseHopLimit: 1',
      'We raised the hop limit and the pods got their credentials.',
    ];
    expect(named.map((t) => signalIds(t).includes('imds.hop-limit'))).toEqual([true, true, true]);
  });

  // Review of s30-paste2: the words alone flipped no credentials found to the role not delivered.
  it.each([
    ['set aside as irrelevant', 'We are on a laptop, not EC2, so the hop limit is irrelevant. Unable to locate credentials. You can configure credentials by running "aws configure".'],
    ["another network's hop limit", 'The IPv6 hop limit on our router was changed last week but that is not related. Unable to locate credentials. You can configure credentials by running "aws configure".'],
  ])('when the words are %s, then they are not read and no credentials found leads', (_how, text) => {
    expect({ read: signalIds(text).includes('imds.hop-limit'), top: top(text) }).toEqual({ read: false, top: 'no-credentials-found' });
  });

  it('when the words stand beside the metadata service, then they are still read', () => {
    expect(signalIds('The IMDS hop limit is 1 and the container gets Unable to locate credentials.')).toContain('imds.hop-limit');
  });

  it('when AWS answered about the key it was sent, then the hop limit does not move the ranking', () => {
    const unknown = `http_put_response_hop_limit = 1\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.`;
    expect(top(unknown)).not.toBe('role-credentials-unavailable');
  });
});

describe('AWS_PROFILE in the environment told as what made it work (extract/profile-env-fix.ts)', () => {
  it('when the variable set is said to work beside a denial or a role error, then the wrong profile leads', () => {
    expect(signalIds(sops)).toContain('profile.env-fix');
    expect(top(sops)).toBe('wrong-profile');
    expect(top(sst)).toBe('wrong-profile');
  });

  it('when a denial stands before "works", then the wrong profile does not overtake the missing permission', () => {
    const denied = 'Setting AWS_PROFILE=prod no longer works: An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied';
    expect(top(denied)).toBe('authorization-not-authentication');
  });

  it("when the variable is said to work, then the rule's text quotes those words, not another signal's", () => {
    const why = diagnose(sops).causes.find((c) => c.id === 'wrong-profile')!.evidence.map((e) => e.text).join(' ');
    expect(why).toContain('said to make it work (export AWS_PROFILE=production works)');
  });

  it('when the fix is named first (serverless/serverless#3899, pulumi/pulumi#19399), then it is read', () => {
    expect(signalIds('WORKAROUND: setting the AWS_PROFILE=cdp environment variable does work as expected.')).toContain('profile.env-fix');
    expect(signalIds('Setting `AWS_PROFILE` in the environment fixes the issue, but the provider should respect the configured profile.')).toContain('profile.env-fix');
  });

  // aws/aws-cli#4298 (batch 7): the flag told as the fix beat keys in the environment.
  it.each([
    ['it is said not to work', 'Setting AWS_PROFILE=prod does not work either.'],
    // Review of s30-paste2: a denial two words before, "no longer", "neither".
    ['it is said to work no longer', 'Setting AWS_PROFILE=prod no longer works.'],
    ['it does not seem to work', "Exporting AWS_PROFILE=prod doesn't seem to work."],
    ['neither way works', 'I tried --profile prod and setting AWS_PROFILE=prod, neither works.'],
    ['it only should have worked', 'I tried setting AWS_PROFILE=prod, which should have fixed it.'],
    ['unsetting it is what worked', 'Unsetting `AWS_PROFILE` fixed this issue.'],
    ['the flag is what worked', 'adding `--profile developer` to the command works perfectly again.'],
  ])('when %s, then nothing is read', (_how, text) => {
    expect(signalIds(text)).not.toContain('profile.env-fix');
  });
});

describe("Go v1's AssumeRoleTokenProviderNotSetError quoted in part (catalogue go1.mfa-token-provider-missing)", () => {
  // elC0mpa/aws-doctor#50 (batch 16) quotes the tail of the message (aws/aws-sdk-go aws/session/credentials.go:
  // "assume role with MFA enabled, but AssumeRoleTokenProvider session option not set.").
  const pr = "This change adds a manual fallback for AWS profiles that require MFA to assume a role, resolving the 'AssumeRoleTokenProvider session option not set' and 'SignatureDoesNotMatch' errors by explicitly signing the AssumeRole request with the source profile's credentials.";

  it('when only the tail of the message is quoted, then the entry reads it and the role leads', () => {
    expect(signalIds(pr)).toContain('cat.go1.mfa-token-provider-missing');
    expect(top(pr)).toBe('role-credentials-unavailable');
  });
});

describe("the Rust SDK's ProviderError wording (catalogue rust.provider-error)", () => {
  it('when the wording stands with no Rust crate named, then it is no AWS credential failure', () => {
    // The same words an app prints about its own stored login (found in public code of every kind).
    expect(diagnose('logger.LogError("An error occurred while loading credentials from disk: {err}", e);').detected).toBe(false);
  });
});
