/**
 * Readers of classes of phrasing found in the misses of the conversations' tuning batch 9 (stop 23, second wave),
 * each through the real engine (`awskey chat --jsonl`'s code path, the simulated user answering from a truth
 * profile) with a control that fails without the reader.
 */
import { replay, type ConversationCase } from '../../../helpers/sim-user';
import { syntheticCase } from '../../../helpers/synthetic-case';
import { interpret, statementsIn } from '../../../../src/core/conversation/interpreter';
import { step } from '../../../../src/core/conversation/engine';
import { PROBES, probeById } from '../../../../src/core/knowledge';
import type { QuestionProbe } from '../../../../src/core/knowledge/types';
import type { CauseId } from '../../../../src/core/taxonomy';

const OPEN = PROBES.map((p) => p.id);
const T0 = new Date('2026-12-01T09:00:00Z');
/** The questions the real engine takes as answered by the opening's words. */
const statedAtOpening = (text: string): string[] =>
  step(undefined, { kind: 'paste', text, user: 'U1', at: T0.toISOString(), addressed: true }, { now: T0, key: { channel: 'C1', thread: '1.0' } })?.state.scoring?.statedInPastes ?? [];
const withCause = (c: ConversationCase, cause: CauseId): ConversationCase => ({ ...c, cause });

describe('a machine clock said to be wrong, whoever owns it', () => {
  // AFNetworking/AFAmazonS3Manager#68 (tuning, batch 9): a description with no error text.
  const AF_68 = (when: string) => `When I try to upload to s3 ${when}, I am getting error. Upload gets stuck in the middle and I get a time out error.`;

  it('"when my device time is wrong": the clock-skew fix comes first, and the clock is not asked', async () => {
    const r = await replay({ half: 'tuning', file: 'synthetic.json', c: withCause(syntheticCase(AF_68('when my device time is wrong')), 'clock-skew') });
    expect(r.firstFix).toBe('clock-skew');
    expect(r.turns.map((t) => t.question)).not.toContain('clock');
    // The control: the same description without the clock gets another fix first.
    const control = await replay({ half: 'tuning', file: 'synthetic.json', c: withCause(syntheticCase(AF_68('from my phone')), 'clock-skew') });
    expect(control.firstFix).not.toBe('clock-skew');
  });

  it.each([
    ['when my device time is wrong', 'off'],
    ['when time is out of sync, signed requests fail', 'off'],
    ["the phone's date was off", 'off'],
    ['an incorrect system clock', 'off'],
    // Owners the cause-talk reader already took and the clock question did not (one list now, src/core/clock-owners.ts).
    ['an incorrect windows clock', 'off'],
    ['the mac time is 5 minutes behind', 'off'],
    ["my clock isn't synced", 'off'],
    ['the clock was not set correctly', 'off'],
    ['the clock is not in sync', 'off'],
    ['we use NTP and the clock is synced', 'right'],
  ])('"%s" states the clock is %s', (words, choice) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'clock')).toEqual([{ probeId: 'clock', choiceId: choice }]);
  });

  it.each(['it happened at the wrong time', 'the response time is slow', 'the clock was not the problem', 'this time is different'])('"%s" states nothing of the clock', (words) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'clock')).toEqual([]);
  });

  it.each([
    ['not correct', 'off'],
    ["it isn't synced", 'off'],
    ['it is correct', 'right'],
  ])('asked about the clock, "%s" is %s', (words, choice) => {
    expect(interpret(words, probeById('clock') as QuestionProbe, OPEN).answer).toEqual({ probeId: 'clock', choiceId: choice });
  });
});

describe("a CI service's pipeline file named as where the job is set up", () => {
  // travis-ci/travis-ci#3142 (tuning, batch 9): the deploy's keys are Travis's secret variables.
  const TRAVIS_3142 = (said: string) =>
    [
      "Hi guys, I'm trying to deploy my Ember.js app to Amazon S3 using the Travis deploy tool.",
      '```',
      "/home/travis/.rvm/gems/ruby-1.9.3-p551/gems/aws-sdk-v1-1.61.0/lib/aws/core/client.rb:375:in `return_or_raise': Authorization header is invalid -- one and only one ' ' (space) required (AWS::S3::Errors::InvalidArgument)",
      '```',
      said,
    ].join('\n');
  const asked = async (c: ConversationCase) => (await replay({ half: 'tuning', file: 'synthetic.json', c })).turns.map((t) => t.question);

  it('"It might be some bad travis.yml configuration": how the credentials get in is not asked', async () => {
    expect(await asked(syntheticCase(TRAVIS_3142("I'm not sure what's causing this. It might be some bad travis.yml configuration.")))).not.toContain('sign-in');
    // The control: without the sentence the question is asked.
    expect(await asked(syntheticCase(TRAVIS_3142("I'm not sure what's causing this.")))).toContain('sign-in');
  });

  it.each([
    ['the keys are set in .gitlab-ci.yml', 'env'],
    ['our bitbucket-pipelines.yml sets them', 'env'],
  ])('"%s" states sign-in %s', (words, choice) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'sign-in')).toEqual([{ probeId: 'sign-in', choiceId: choice }]);
  });

  it.each(['our .gitlab-ci.yml gets a role through OIDC', 'the buildspec.yml runs with the CodeBuild service role', 'see .github/workflows/deploy.yml'])(
    '"%s" names no secret variables',
    (words) => {
      expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'sign-in' && a.choiceId === 'env')).toEqual([]);
    },
  );
});

describe('an error quoted inline over several lines, then the person goes on in the same line', () => {
  it("no span runs past a blank line: a Ruby backtrace's `require_credentials' does not swallow the next paragraph", () => {
    // aws/aws-sdk-ruby#707 (real-pastes, tuning).
    const paste = [
      'E, [2015-02-15T23:01:16.804771 #39322] ERROR -- : unable to sign request without credentials set (Aws::Errors::MissingCredentialsError)',
      "/usr/local/var/rbenv/versions/2.1.2/lib/ruby/gems/2.1.0/gems/aws-sdk-core-2.0.24/lib/aws-sdk-core/plugins/request_signer.rb:91:in `require_credentials'",
      '',
      "I've triple-checked the `ENV` in both cases: `AWS_ACCESS_KEY` and `AWS_SECRET_ACCESS_KEY` are both set.",
    ].join('\n');
    expect(statedAtOpening(paste)).toContain('sign-in');
    // Nor when the sentence follows the backtrace line directly.
    expect(statedAtOpening(paste.replace('\n\n', '\n'))).toContain('sign-in');
  });

  // rishabkumar7/devops-qr-code#4 (tuning, batch 6) and four more tuning openings of batches 4-6 quote an error or a
  // call in single backticks over a few lines; the words after the closing backtick sit on a line that starts as log
  // output, and that line used to be skipped whole. An unknown-key error as in that thread (it quoted InvalidAccessKeyId):
  // with RequestExpired an expired session leads since stop 28 and the control is no longer asked where it works.
  const OPENING = (after: string) =>
    [
      'My ~/.aws/config has `[profile ops]` with `role_arn = arn:aws:iam::123456789012:role/ops` and `source_profile = base`.',
      'running `aws ec2 describe-instances` without the `--profile` gives me this error `An error occurred (InvalidClientTokenId) when calling the DescribeInstances operation:',
      `INFO:     127.0.0.1:40626 - "POST /describe HTTP/1.1" 500 Internal Server Error\` ${after}`,
    ].join('\n');
  const asked = async (opening: string) => (await replay({ half: 'tuning', file: 'synthetic.json', c: syntheticCase(opening) })).turns.map((t) => t.question);

  it('what the words after the span state is not asked', async () => {
    expect(await asked(OPENING('even when all my credentials are correct. I even tested them by running a python script and it worked correctly.'))).not.toContain('works-elsewhere');
    // The control: the same opening without that sentence gets the question.
    expect(await asked(OPENING('even when all my credentials are correct.'))).toContain('works-elsewhere');
  });
});

describe('what the opening already says, in other words (the askable-but-shown gaps of tuning batches 1-9)', () => {
  // Each phrase is a tuning thread's own words (cited beside it) or one of the same class.
  it.each([
    ['works-elsewhere', 'inconsistent with SDK and aws-cli, both of which have no issue', 'yes'], // aws/aws-cdk#13792 (b9)
    ['works-elsewhere', 'the aws cli has no problems with the same profile', 'yes'],
    ['works-elsewhere', 'I have several other services with near-identical deployments successfully calling AWS APIs', 'yes'], // brendanhay/amazonka#455 (b8)
    ['works-elsewhere', 'This works when deployed.', 'yes'], // aws/aws-sam-cli#3963 (b8)
    ['rotation', 'Even when a refresh service writes new credentials to the file, the connector keeps using the stale cached ones.', 'rotated'], // awslabs/spark-sql-kinesis-connector#85 (b8)
    ['sign-in', "root doesn't have the AWS credential file", 'file'], // ansible-collections/amazon.aws#1654 (b6)
    ['sign-in', 'AWS_SHARED_CREDENTIALS_FILE points to the mounted file', 'file'],
    ['runtime', 'OS: MacOS 12.6', 'laptop'], // thomasmichaelwallace/serverless-better-credentials#13 (b4)
    ['session-token', "Can't assume roles that require MFA because AWS_SESSION_TOKEN not supported.", 'no'], // aws-cloudformation/rain#7 (b9)
    ['session-token', 'the session token is not forwarded by the plugin', 'no'],
  ])('%s: "%s" is %s', (question, words, choice) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === question)).toEqual([{ probeId: question, choiceId: choice }]);
  });

  it.each([
    ['works-elsewhere', 'I have no issue with the docs, the upload fails'],
    ['works-elsewhere', 'It worked when deployed last week, now it fails'],
    ['rotation', 'the service writes logs to the file'],
  ])('%s: "%s" states nothing', (question, words) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === question)).toEqual([]);
  });

  const asked = async (opening: string) => (await replay({ half: 'tuning', file: 'synthetic.json', c: syntheticCase(opening) })).turns.map((t) => t.question);

  it("an issue template's OS field: the engine takes where it runs as said", () => {
    // thomasmichaelwallace/serverless-better-credentials#13 (tuning, batch 4), shortened.
    const opening = (os: string) =>
      `**Describe the bug**\nIt was working fine, but suddenly I got an error saying: \`CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1\`\n\n**Desktop (please complete the following information):**\n${os} - Version 1.1.3`;
    expect(statedAtOpening(opening(' - OS: MacOS 12.6\n'))).toContain('runtime');
    expect(statedAtOpening(opening(''))).not.toContain('runtime');
  });

  it("an issue form's OS heading with its value on the line under it: the engine takes where it runs as said", () => {
    // hashicorp/packer-plugin-amazon#350 (tuning, batch 17), shortened: GitHub issue forms print a field as a heading and its value.
    const opening = (value: string) =>
      `\`\`\`\n2023/03/30 15:56:26 [INFO] (aws): Error: failed to refresh cached credentials, no EC2 IMDS role found\n\`\`\`\n\n### Operating system and Environment details\n\n${value}\n\n### Issue and fix hypothesis\n\nRelated to the SSO profile.`;
    expect(statedAtOpening(opening('Fedora 37 (Workstation)'))).toContain('runtime');
    expect(statedAtOpening(opening('_No response_'))).not.toContain('runtime');
  });

  it('an error quoted inline in a sentence: the words around it are read', async () => {
    const opening = (tail: string) => `Long-running jobs fail with \`The security token included in the request is expired\` after 1-6 hours${tail}.`;
    expect(await asked(opening(' when credentials are loaded from a file (`~/.aws/credentials` or `AWS_SHARED_CREDENTIALS_FILE`)'))).not.toContain('sign-in');
    expect(await asked(opening(''))).toContain('sign-in');
  });
});

describe("an SDK's setting for clock skew named is no statement that this clock is off", () => {
  // awslabs/aws-sdk-rust#1033 (tuning, batch 9): the reporter wonders whether the SDK corrects a skew; the clock was off.
  const RUST_1033 =
    'It looks like some AWS SDKs have flags for a "clock skew", while some "automatically" apply this, like the v3 Javascript API.\n\nI have a feeling that the Rust SDK does not?  I was having issues with a Windows user authenticating, getting persistent `SignatureDoesNotMatch` errors.';

  it('the clock is asked, and a clock found off gets its fix first', async () => {
    const r = await replay({ half: 'tuning', file: 'synthetic.json', c: withCause(syntheticCase(RUST_1033, { clockOff: true }), 'clock-skew') });
    expect(r.turns.map((t) => t.question)).toContain('clock');
    expect(r.firstFix).toBe('clock-skew');
  });

  it.each([
    ['some AWS SDKs have flags for a "clock skew"', []],
    ['the clock skew correction option does not help', []],
    ['there is a clock skew of 10 minutes', [{ probeId: 'clock', choiceId: 'off' }]],
    ['Clock skew detected', [{ probeId: 'clock', choiceId: 'off' }]],
  ])('"%s"', (words, stated) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'clock')).toEqual(stated);
  });
});

describe('AccessDenied, and the opening says which profile was used instead of the one meant', () => {
  // gruntwork-io/terragrunt#2629 (tuning, batch 9): AWS_PROFILE from an .envrc won over the backend's profile.
  const TERRAGRUNT_2629 = (said: string) =>
    [
      'I want to use the `remote_state` block in terragrunt to describe remote state.',
      '',
      "I run `tg init` and get an error message:",
      '',
      '```',
      '│ Error: Failed to load state: AccessDenied: Access Denied',
      '│ 	status code: 403, request id: 07YCJEJH7YT0CB64, host id: wm4T...',
      '```',
      '',
      said,
    ].join('\n');
  const fixOf = async (opening: string) =>
    (await replay({ half: 'tuning', file: 'synthetic.json', c: withCause(syntheticCase(opening, { callerAccountIsResourceAccount: false }), 'env-var-override') })).firstFix;

  it('the credential source is the first fix, not the permissions', async () => {
    const said = 'I peeked a bit, it looks like terragrunt tries to access the state bucket with the credentials in the `foo` profile, not the `default` profile.';
    expect(await fixOf(TERRAGRUNT_2629(said))).toMatch(/^(env-var-override|wrong-profile)$/);
    // The control: without the sentence, whose bucket it is decides, and the permissions fix comes first.
    expect(await fixOf(TERRAGRUNT_2629('I peeked a bit.'))).toBe('authorization-not-authentication');
  });

  it.each([
    ["I'm not the account owner", []],
    ['the bucket is not in the same account', []],
    ['it used the foo profile, not the default profile', [{ probeId: 'resource-account', choiceId: 'wrong-identity' }]],
  ])('"%s"', (words, stated) => {
    expect(statementsIn([words], OPEN).stated.filter((a) => a.probeId === 'resource-account' && a.choiceId === 'wrong-identity')).toEqual(stated);
  });
});
