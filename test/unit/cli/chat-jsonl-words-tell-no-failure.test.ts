/**
 * Words said straight to awskey (`chat --jsonl`) open a case only when they tell that something failed: naming
 * credentials, a role or AWS is not enough, and a change's title ("fixed get-aws-config bug") tells a fix made, not a
 * failure met. Such a text gets a short reply that asks what fails, with no ranking and no question chain
 * (src/core/conversation/description.ts). Texts are whole openings of test/fixtures/real-conversations/tuning threads,
 * from several batches (11, 17, 21, 23).
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

const sayOnce = async (text: string) => (await jsonlChat(`words-${text.length}-${text.slice(0, 8)}`)).send({ text });

// Negatives: a change described, a feature requested, a change's title; none tells a failure.
const TELL_NO_FAILURE: [string, string][] = [
  ['agentlang-ai/agentlang.clj#1151 (a fix\'s title, batch 21)', 'fixed get-aws-config bug'],
  ['aws-samples/aws-secure-environment-accelerator#236 (a conventional-commit fix, batch 23)', 'fix(core): Increase assume role duration'],
  ['mitocgroup/deep-microservices-helloworld#75 (a change, batch 23)', 'rotate aws access keys'],
  ['apache/iceberg-rust#530 (a pull request, batch 11)', 'This enables usage of temporary credentials obtained from e.g. aws sts \n\ncloses #528'],
  ['argoproj/argo-cd#10218 (a feature request, batch 23)', '[Feature] Implement option to fetch repository credentials at runtime'],
  [
    'tongwang/s3fs-c#15 (a pull request, batch 21)',
    "Hi,\n\nI've added support for using the credentials from the EC2 Instance metadata so that IAM Roles can be used.\n- added an iam_role= mount option\n- credentials are refreshed 20 minutes before expiry\n\ncheers",
  ],
];

// Credential failures told in words only: each still opens a case.
const TELL_A_FAILURE: [string, string][] = [
  ['awslabs/aws-sdk-rust#665 ("missing", batch 17)', 'Missing Credentials when running in docker'],
  ['aws/aws-sdk-go-v2#2430 ("cannot load", batch 2)', '[BUG] Cannot load SSO provider'],
  ['jenkinsci/ec2-plugin#131 (a fix\'s title that names the failure, batch 9)', 'JENKINS-26854: Fix for not being able to start EC2 slaves after several hours'],
  [
    'predictmobile/aws-sso-credentials-getter#7 ("Profile not found", batch 10)',
    'I\'m trying with this command: `ssocred default ` but it is allways returning "Profile not found", Do I need to do something previously?',
  ],
  [
    'ravsau/aws-labs#5 (S3\'s refusal quoted without its code, batch 23)',
    'Removes: The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256',
  ],
];

describe('chat --jsonl: words that tell no failure open no case', () => {
  it.each(TELL_NO_FAILURE)('when %s is said to awskey, then no case opens and the reply asks what fails', async (_what, text) => {
    const r = await sayOnce(text);
    expect(r.kind).toBe('no-case');
    expect(r.ranking).toBeUndefined();
    expect(r.question).toBeUndefined();
    expect(r.text?.join(' ')).toMatch(/Say what fails, or paste the error it prints\./);
  });

  it.each(TELL_A_FAILURE)('when %s is said to awskey, then a case opens', async (_what, text) => {
    const r = await sayOnce(text);
    expect(r.kind).not.toBe('no-case');
    expect(r.ranking?.length).toBeGreaterThan(0);
  });
});
