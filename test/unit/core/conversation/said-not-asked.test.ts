/**
 * What the reporter's words already say is not asked again, through the real engine (`awskey chat --jsonl`'s
 * code path, the simulated user saying "I don't know" to every question and "not this" to every fix). Each
 * opening is a tuning thread of test/fixtures/real-conversations whose question was asked although the
 * opening said its answer (the eval's redundant questions), or a phrasing of the same class; each comes with
 * its control: the same opening without the sentence gets the question, so the check is not vacuous.
 * Mechanisms: a sentence around a pasted error (statements, not answers), a sentence that names an error
 * code in passing, a description with no error text, a fact shown by a later paste, and the same words
 * typed as the answer to the question.
 */
import { replay, type ConversationCase } from '../../../helpers/sim-user';
import { afterFollowUp, syntheticCase } from '../../../helpers/synthetic-case';
import { interpret } from '../../../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../../../src/core/knowledge';
import type { QuestionProbe } from '../../../../src/core/knowledge/types';

async function asked(c: ConversationCase): Promise<string[]> {
  const r = await replay({ half: 'tuning', file: 'synthetic.json', c });
  return r.turns.map((t) => t.question).filter((q): q is string => q !== undefined);
}

// aws/aws-cli#4298 (tuning, batch 7): a profile that works when named, an old env variable when not. The other
// works-elsewhere phrasings (boto/boto3#2989, hashicorp/terraform-provider-aws#8999, rishabkumar7/devops-qr-code#4)
// are said beside the same error.
const CLI_4298 = (works: string) =>
  [
    'Creating a config file entry as follow :',
    '```',
    '[profile developer]',
    'region = eu-west-1',
    'role = arn:aws:iam::123456789012:role/developer',
    '```',
    'running `aws ec2 describe-instances` without the `--profile` gives me the following error :',
    '```',
    'An error occurred (RequestExpired) when calling the DescribeInstances operation: Request has expired.',
    '```',
    works,
  ].join('\n');

// mezmo/aura#471 (tuning, batch 7): the denial named in the person's own sentence, with whose account it is.
const AURA_471 = (where: string) =>
  `With \`AWS_ACCESS_KEY_ID\`/\`AWS_SECRET_ACCESS_KEY\` set (as in our production deployment, where static keys back the Bedrock LLM calls), a vector store's configured \`profile\` ... the KB client authenticated as the static IAM principal, getting AccessDenied${where}.`;

// spring-attic/spring-cloud-aws#534 (tuning, batch 7): keys in the application's own config file.
const SPRING_534 = (said: string) =>
  [
    'I am trying to use SNS to send a message, however, it gives me ERROR.',
    '```',
    'Resolved [com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [com.amazonaws.auth.EC2ContainerCredentialsProviderWrapper@3d572a77: Unable to load credentials from service endpoint, com.amazonaws.auth.profile.ProfileCredentialsProvider@779e33d4: profile file cannot be null]]',
    '```',
    said,
  ].join('\n');

// pola-rs/polars#15577 (tuning, batch 6): a description, no error text.
const POLARS_15577 = (expire: string) =>
  `I believe that the ObjectStore cache is causing a problem for us with S3 credentials. ${expire}However, it looks like Polars is caching the ObjectStore connections based on the URL, so when we make a scan_parquet call later, we crash with an s3 error.`;

// iterate-ch/cyberduck#18336 (tuning, batch 6): the key's kind said in words, with a token denied, not named.
const CYBERDUCK_18336 = (key: string) =>
  [
    'Login to S3 fails with 403 InvalidClientTokenId: The security token included in the request is invalid.',
    `- Bookmark hostname s3.example.com, ${key}, non-anonymous`,
  ].join('\n');

// dyvenia/viadot#713 (tuning, batch 14): an exception's class named in passing in the person's sentence ("was resulting in
// `CredentialsError`"); diagnose reads such a sentence as an error line, and the class is none of its error codes.
const VIADOT_713 = (said: string) => ['Reading from S3 fails:', '```', 'awswrangler.exceptions.CredentialsError: Unable to locate credentials', '```', said].join('\n');

describe('words that already answer a question: it is not asked', () => {
  it.each<[string, string, (s: string) => string, string]>([
    ['works-elsewhere', 'aws/aws-cli#4298: "… works perfectly again"', CLI_4298, 'adding `--profile developer` to the command works perfectly again.'],
    ['works-elsewhere', 'boto/boto3#2989: "… this works fine"', CLI_4298, "If calling generate_presigned_url in AWS region 'eu-west-1' this works fine."],
    ['works-elsewhere', 'hashicorp/terraform-provider-aws#8999: "my creds are working fine for every other resource"', CLI_4298, 'my creds are working fine for every other resource, even those that are in the same TF file'],
    ['works-elsewhere', 'rishabkumar7/devops-qr-code#4: "I tested … and it worked correctly"', CLI_4298, 'I even tested if my credentials were being passed on correctly by running a python script and it worked correctly'],
    ['resource-account', 'mezmo/aura#471: an error code named in passing ("getting AccessDenied in the external account")', AURA_471, ' in the external account'],
    ['sign-in', 'spring-attic/spring-cloud-aws#534: keys in `application.yml`', SPRING_534, 'Even if I have already given the credentials details in my `application.yml` file.'],
    ['key-prefix', 'pola-rs/polars#15577: credentials set up to expire after 30-40 minutes (a description)', POLARS_15577, 'In our company/AWS setup, our S3 credentials are set up to expire after some period of time (30-40 minutes). '],
    ['key-prefix', 'iterate-ch/cyberduck#18336: "long-term IAM access key (no session token)"', CYBERDUCK_18336, 'long-term IAM access key (no session token)'],
    ['sign-in', 'dyvenia/viadot#713: an exception class named in passing ("… was resulting in `CredentialsError`")', VIADOT_713, 'Fixed AWS environment credentials handling as previously not providing `credentials` or `config_key` was resulting in `CredentialsError`.'],
  ])('%s: %s', async (question, _thread, opening, words) => {
    expect(await asked(syntheticCase(opening(words)))).not.toContain(question);
    // The control: without those words the same opening gets the question.
    expect(await asked(syntheticCase(opening('')))).toContain(question);
  });

  // cloudyr/aws.sqs#9 (tuning, batch 5), concourse/s3-resource#124 (tuning, batch 7): the token set under the tool's own
  // argument name. The session-token question waits for a temporary key (here the answer "ASIA…"), then is not asked.
  it.each([
    ["queue <- create_queue(name = \"q\", key = Sys.getenv('AWS_ACCESS_KEY_ID'), secret = Sys.getenv('AWS_SECRET_ACCESS_KEY'),\n  session_token = Sys.getenv('AWS_SESSION_TOKEN'))"],
    ['aws-credentials-s3: &aws-credentials-s3\n    access_key_id:     ((dev-access-key))\n    session_token:     ((dev-session-token))'],
  ])('session-token: a paste that sets the token under another name (%s)', async (setting) => {
    const error = 'An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.';
    const withAsia = (opening: string) => syntheticCase(opening, { keyPrefix: 'ASIA' });
    expect(await asked(withAsia(`${setting}\n\n${error}`))).not.toContain('session-token');
    expect(await asked(withAsia(error))).toContain('session-token');
  });

  it('a later paste that shows the answer settles the question it answers (an ASIA key in a pasted credentials file)', async () => {
    const opening = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
    const shown = await afterFollowUp(opening, '[default]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(shown.asked).not.toContain('key-prefix');
    expect(shown.understood).toEqual([]); // a paste is evidence, never an answer
    expect((await asked(syntheticCase(opening)))).toContain('key-prefix');
  });
});

describe('the same words typed as the answer to the question asked', () => {
  const open = PROBES.map((p) => p.id);
  it.each([
    ['resource-account', 'getting AccessDenied in the external account', 'other'],
    ['sign-in', 'I have already given the credentials details in my `application.yml` file', 'file'],
    ['sign-in', 'In using an InstanceProfile', 'role'],
    ['sign-in', 'users are assuming a role via their AWS credentials', 'assume-role'],
    ['key-prefix', 'our S3 credentials are set up to expire after some period of time (30-40 minutes)', 'asia'],
    ['key-prefix', 'long-term IAM access key (no session token)', 'akia'],
    ['rotation', 'We have a mechanism for getting new updated credentials', 'rotated'],
    ['rotation', 'Claude Code does not pick up new credentials if they are refreshed', 'rotated'],
    ['works-elsewhere', 'Running the same operation via aws cli works', 'yes'],
    ['works-elsewhere', 'Also confirmed aws default profile works via: sudo -u grafana aws timestream-write list-databases', 'yes'],
  ])('%s: "%s" is %s', (question, words, choice) => {
    expect(interpret(words, probeById(question) as QuestionProbe, open).answer).toEqual({ probeId: question, choiceId: choice });
  });

  it.each([
    // The past, a question, a denial: no answer from these words.
    ['works-elsewhere', 'It was working fine, but suddenly I got an error'],
    ['works-elsewhere', "it doesn't work with the other profile either"],
    ['key-prefix', 'the key has no expiry, it is a temporary setup'],
    ['sign-in', 'assuming the file is read at all'],
    // STS as the service that checks the caller (byteness/aws-vault#377, iterate-ch/cyberduck#18336), not an assumed role.
    ['sign-in', 'Running aws sts get-caller-identity confirms that the incorrect AWS credentials are being used.'],
    ['sign-in', 'Since 9.1.0, S3Session.login() validates credentials with sts:GetCallerIdentity instead of an S3 request.'],
  ])('%s: "%s" states nothing', (question, words) => {
    const said = interpret(words, undefined, open);
    expect(said.stated.filter((s) => s.probeId === question)).toEqual([]);
  });
});
