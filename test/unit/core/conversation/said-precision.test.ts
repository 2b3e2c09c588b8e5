/**
 * Issue #9, readings that differ from the truth: what the opening's words answer before a question is asked is held to
 * precision rules (src/core/conversation/read-as-answer.ts `saidIn`), one class of phrasing each, found by
 * `scripts/corpus/said-vs-truth.ts --list` and `said-why.ts` on the conversations' tuning half (45 readings that differed
 * from the truth profile, 15 after). Through the real engine: a misread recorded as `said: <choice>` is never asked, so
 * the eval's misread count cannot see it. Each class has a control that still reads.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';

const now = new Date('2026-12-01T09:00:00Z');
const at = now.toISOString();
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

/** The case after an opening of the error line and the words; nothing answered. */
function opened(words: string): CaseState {
  return step(undefined, { kind: 'paste', text: `${ERROR}\n${words}`, user: 'U01ALICE', at }, { now, key: { channel: 'C1', thread: '1' } })!.state;
}
/** What the case recorded for the question, as `chat --jsonl` shows it: `said: <choice>` for the words' reading. */
const said = (s: CaseState, question: string) => {
  const a = s.asked.find((x) => x.id === question);
  return a?.said ? `said: ${a.answer}` : a?.answer;
};

describe('a variable named is not the variable set', () => {
  it.each([
    ['a profile\'s variable', 'The AWS_PROFILE environment variable points at the staging profile.'],
    ['variables of another kind', 'The service does not get the usual login env vars from systemd.'],
    ['a variable said not to be set', 'In the next step of the job AWS_SESSION_TOKEN is not being set.'],
    ['a supposition', 'If AWS_ACCESS_KEY_ID is set in the environment, the orb ignores the role it was given.'],
  ])('%s: "%s" is no "environment variables" answer', (_why, words) => {
    expect(said(opened(words), 'sign-in')).not.toBe('said: env');
  });

  it('control: keys said to be in environment variables are read so', () => {
    expect(said(opened('Our access keys are exported as environment variables on the build host.'), 'sign-in')).toBe('said: env');
  });
});

describe('"assume" where a platform role is meant', () => {
  it.each([
    ['the compute that holds the role', 'The role attached to our kubernetes deployment can assume two roles in other accounts.'],
    ['an ARN\'s assumed-role segment', 'I see the assumed-role part of the ARN in the error and do not know where it comes from.'],
  ])('%s: "%s" is no script\'s assumed role', (_why, words) => {
    expect(said(opened(words), 'sign-in')).not.toBe('said: assume-role');
  });

  it('control: a script that assumes a role is read so', () => {
    expect(said(opened('We assume the deploy role with aws-vault before each run.'), 'sign-in')).toBe('said: assume-role');
  });
});

describe('where the code runs, not what it names', () => {
  it.each([
    ['a CLI command\'s service', 'Running aws ec2 describe-instances --region eu-west-1 gives the error above from my shell.', 'aws-compute'],
    ['a CLI command\'s service after options', 'We run aws --profile prod --region=eu-west-1 --no-cli-pager ec2 describe-instances from the shell.', 'aws-compute'],
    ['a CLI command\'s one-word operation before an option', 'Running aws ecs wait --cluster prod gives the error above from my shell.', 'aws-compute'],
    ['a link\'s host', 'I followed https://github.com/example/uploader/blob/main/docs/setup.md to set it up.', 'ci'],
    ['an object, not an EC2 instance', 'The uploader gets an instance of the S3 client from its options.', 'aws-compute'],
    ['a word inside an identifier', 'The SDK ignores AWS_CONTAINER_CREDENTIALS_RELATIVE_URI when it loads its config.', 'container'],
  ])('%s: "%s" is not where it runs', (_why, words, notRuntime) => {
    expect(said(opened(words), 'runtime')).not.toBe(`said: ${notRuntime}`);
  });

  it('control: a place named as where it runs is read so', () => {
    expect(said(opened('The job runs on an EC2 instance in our build account.'), 'runtime')).toBe('said: aws-compute');
  });

  it('two places named: where the code runs is the innermost ("I develop on my laptop", then "inside a docker container")', () => {
    expect(said(opened('I develop on my laptop.\nThe tool itself runs inside a docker container started by make.'), 'runtime')).toBe('said: container');
  });
});

describe('a line of code is no statement', () => {
  it('"const AWSMock = require("aws-sdk-mock");" says nothing of a local endpoint', () => {
    expect(said(opened('const AWSMock = require("aws-sdk-mock");'), 'target')).not.toBe('said: local');
  });

  it('control: the same library named in words is read as a local target', () => {
    expect(said(opened('Our tests run against moto on localhost.'), 'target')).toBe('said: local');
  });
});

describe('two sentences that answer one question differently', () => {
  it('the later one is taken: the opening tells the setup first and what was found last', () => {
    const s = opened('I thought the keys came from environment variables set by the CI job.\nIt turns out the tool reads them from the credentials file in the home directory.');
    expect(said(s, 'sign-in')).toBe('said: file');
  });

  it('the last sentence wins even when it repeats an earlier answer (A, B, A gives A)', () => {
    const s = opened('We log in with aws sso login.\nThen I tried the access keys in environment variables.\nIn the end we went back to aws sso login.');
    expect(said(s, 'sign-in')).toBe('said: sso');
  });
});
