/**
 * Issue #9, "understand people": the answer words by class (src/core/knowledge/probes.ts), each class read the same
 * way as a reply to the question on screen (interpreter.ts `interpret`) and in an opening nobody asked anything of
 * (read-as-answer.ts `saidIn`), with the negations and doubts that must read as no answer. The classes come from the
 * SDKs' and the CLI's documentation (config settings, provider names) and the products people name, not from one
 * thread's string.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);

/** The choice a reply to `question` gives, or undefined. */
const reply = (question: string, text: string) => interpret(text, probeById(question), QUESTIONS).answer?.choiceId;
/** The choice an opening gives `question` before it is asked, or undefined. */
const opening = (question: string, text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === question)?.choiceId;

describe('how the credentials get in (sign-in), by class', () => {
  it.each([
    // A profile's own settings (SDKs and Tools reference guide): the setting names the source, the file is only where it is written.
    ['the profile in ~/.aws/config has credential_process = aws-vault export dev --format=json', 'assume-role'],
    ['our profile uses sso_start_url and sso_region from the config file', 'sso'],
    ['the profile sets role_arn with source_profile = base in the config file', 'assume-role'],
    // The SDKs' providers by name.
    ['we build the client with fromIni({ profile: "dev" })', 'file'],
    ['the app uses fromEnv() for the credentials', 'env'],
    ['the credentials come from new AWS.CognitoIdentityCredentials for the identity pool', 'role'],
    ['the credentials come from fromContainerMetadata in the task', 'role'],
    // The platform's role by its owner's name.
    ["the pod uses the node's IAM role for its credentials", 'role'],
    // Named profiles.
    ['we use the default profile for the credentials', 'file'],
  ])('when the words are %j, then they read as %s in a reply and in an opening', (text, choice) => {
    expect(reply('sign-in', text)).toBe(choice);
    expect(opening('sign-in', text)).toBe(choice);
  });

  it.each([
    ['I exported them in my shell', 'env'],
    ['from the env', 'env'],
    ['they are in my .zshrc', 'env'],
    ["Sandrine's ECS task", 'role'],
    ["it's running in a pod", 'role'],
  ])('when the reply to "how do these credentials get in?" is %j, then it reads as %s', (text, choice) => {
    expect(reply('sign-in', text)).toBe(choice);
  });

  it('when an opening names a .env file in passing ("a static key exposed via .env files"), then it answers nothing (answer words only)', () => {
    expect(opening('sign-in', 'Therefore we cannot create a static key for the credentials that is exposed via .env files.')).toBeUndefined();
  });

  it('when a config snippet names credential_process beside the credentials file, then the file is not the answer (control: the file alone is)', () => {
    expect(opening('sign-in', 'The SDK would not pick up the credential_process field in the credentials file.')).toBe('assume-role');
    expect(opening('sign-in', 'The SDK reads the keys from the credentials file.')).toBe('file');
  });

  it('when the opening says the key is temporary (ASIA) and kept in the credentials file, then the source is the assumed-role choice, not the file (control: without the key kind, the file)', () => {
    const file = 'We keep the keys in the credentials file.';
    expect(opening('sign-in', `${file} The access key id starts with ASIA.`)).toBe('assume-role');
    expect(opening('sign-in', file)).toBe('file');
  });

  it('when AWS_SESSION_TOKEN is named beside Lambda (whose runtime sets it from the execution role), then it is no env answer (control: without Lambda it is)', () => {
    expect(opening('sign-in', 'In AWS Lambda the library does not pass AWS_SESSION_TOKEN with the keys.')).not.toBe('env');
    expect(opening('sign-in', 'The library does not pass AWS_SESSION_TOKEN with the keys.')).toBe('env');
  });

  it('when "a role to assume" is prose, then it is an assumed role; GitHub\'s `role-to-assume` input is the platform\'s OIDC role', () => {
    expect(opening('sign-in', 'In AWS, create a role to assume.')).toBe('assume-role');
    expect(opening('sign-in', 'The workflow sets role-to-assume for the credentials.')).toBe('role');
  });

  it.each([
    ["we're not using SSO", undefined],
    ['not sure if it is SSO', 'unknown'],
    ['maybe the default profile', undefined],
    ['not from the env', undefined],
  ])('when the reply is a negation or a doubt (%j), then it does not read as a choice', (text, choice) => {
    expect(reply('sign-in', text)).toBe(choice);
  });

  it.each([
    'We are not sure if the credentials come from SSO.',
    'Maybe the credentials come from the default profile.',
    'You can configure credentials by running "aws configure".',
    'If you use the default profile for the credentials it should work.',
  ])('when an opening doubts the setup or advises "you" (%j), then it answers nothing', (text) => {
    expect(opening('sign-in', text)).toBeUndefined();
  });

  it('when an opening doubts the cause but names the setup ("It might be some bad travis.yml configuration"), then the setup still reads', () => {
    expect(opening('sign-in', 'It might be some bad travis.yml configuration for the credentials.')).toBe('env');
  });

  it('when the doubt is an aside in parentheses, then the statement around it still reads (control: the doubt in the clause itself)', () => {
    expect(opening('sign-in', 'We use the default profile for the credentials (maybe related to the kernel?).')).toBe('file');
    expect(opening('sign-in', 'Maybe we use the default profile for the credentials.')).toBeUndefined();
  });
});

describe('where it runs (runtime), by product name', () => {
  it.each([
    ['it fails in Azure DevOps', 'ci'],
    ['the job runs on Atlantis', 'ci'],
    ['it fails under sam local start-api', 'container'],
    ['we run a compose file for the services', 'container'],
    ['it fails in the pods after the deploy', 'kubernetes'],
    ['it runs on OpenShift', 'kubernetes'],
    ['it fails on Elastic Beanstalk', 'aws-compute'],
    ['it fails on my MacBook', 'laptop'],
  ])('when the words are %j, then they read as %s in a reply and in an opening', (text, choice) => {
    expect(reply('runtime', text)).toBe(choice);
    expect(opening('runtime', text)).toBe(choice);
  });

  it('when two places are named in one sentence as alternatives ("AWS Lambda/ECS"), then the sentence names no place', () => {
    expect(opening('runtime', 'It fails for AWS Lambda/ECS where you can use the session token.')).toBeUndefined();
  });

  it('when a shell prompt holds a host name ("alice@MacBook-Pro"), then it is no laptop (control: "my MacBook" is)', () => {
    expect(reply('runtime', 'alice@MacBook-Pro ~ % aws s3 ls')).toBeUndefined();
  });
});

describe('the key, its token and its history, by class', () => {
  it.each([
    ['key-prefix', 'we use STS credentials from a script', 'asia'],
    ['key-prefix', 'the keys and session token expire in every one hour', 'asia'],
    ['session-token', 'I exported the session token too', 'yes'],
    ['session-token', 'we never set a token', 'no'],
    ['session-token', 'just the access key and secret', 'no'],
    ['rotation', 'the old access key was revoked yesterday', 'disabled'],
    ['rotation', 'nobody touched the key', 'nothing'],
  ])('when the reply to %s is %j, then it reads as %s', (question, text, choice) => {
    expect(reply(question, text)).toBe(choice);
  });

  it.each([
    ['session-token', "I didn't export the session token"],
    ['rotation', 'maybe the key was rotated'],
    ['key-prefix', 'not sure, maybe ASIA'],
  ])('when the reply to %s denies or doubts (%j), then it is not the positive choice', (question, text) => {
    expect(reply(question, text)).not.toBe(question === 'session-token' ? 'yes' : question === 'rotation' ? 'rotated' : 'asia');
  });

  it('when the opening states that the session token was exported with the keys, then the session-token question is answered before it is asked', () => {
    expect(opening('session-token', 'We exported the session token with the keys.')).toBe('yes');
  });
});

describe('the clock and other places, by class', () => {
  it.each([
    ['NTP was not running on the box', 'off'],
    ['chronyd is disabled on the build agent', 'off'],
    ['NTP is running and synced', 'right'],
  ])('when the words are %j, then the clock reads as %s in a reply and in an opening (a negation inside the words is no "right")', (text, choice) => {
    expect(reply('clock', text)).toBe(choice);
    expect(opening('clock', text)).toBe(choice);
  });

  it.each([
    ['I can list the bucket from the CLI', 'yes'],
    ['we can access S3 with boto3 on the laptop', 'yes'],
  ])('when the words are %j, then works-elsewhere reads as %s in a reply and in an opening', (text, choice) => {
    expect(reply('works-elsewhere', text)).toBe(choice);
    expect(opening('works-elsewhere', text)).toBe(choice);
  });

  it('when the person cannot do it from the other place ("I can\'t list the bucket from the CLI"), then it is no yes', () => {
    expect(reply('works-elsewhere', "I can't list the bucket from the CLI either")).not.toBe('yes');
    expect(opening('works-elsewhere', "I can't list the bucket from the CLI either.")).not.toBe('yes');
  });

  it.each([
    // Working got somewhere else, or able to now (stop 32): the same keys do the job under another condition.
    ['I had it working with the python client', 'yes'],
    ["we've got this working on the old cluster", 'yes'],
    ['with the keys exported I am able to list the buckets', 'yes'],
    ['From a plain shell we are able to upload to the bucket.', 'yes'],
    ['On the EC2 host I can get credentials', 'yes'],
    // Failing only under one condition, or fine on the person's own machine.
    ['The upload only fails inside the container.', 'yes'],
    ['It happens only when we use the assumed role.', 'yes'],
    ['Locally there is no problem with the same keys.', 'yes'],
    ['We see no issues when running locally.', 'yes'],
    ['From the build host it runs without errors.', 'yes'],
    ['The same keys succeed from my laptop.', 'yes'],
  ])('when the words are %j, then works-elsewhere reads as %s in a reply and in an opening', (text, choice) => {
    expect(reply('works-elsewhere', text)).toBe(choice);
    expect(opening('works-elsewhere', text)).toBe(choice);
  });

  it.each([
    // The past before it broke, a wish, a question, a denial: no yes.
    'I was able to upload files before the key rotation.',
    'I want to make sure I am able to read the bucket from the pod.',
    'Am I able to use the SSO profile from the container?',
    "I'm not able to list the bucket anywhere.",
    'I had it working until yesterday.',
    'It only fails sometimes.',
    'The deploy used to run without errors before the rotation.',
  ])('when the words are %j, then works-elsewhere reads no yes in an opening', (text) => {
    expect(opening('works-elsewhere', text)).not.toBe('yes');
  });

  it.each([
    // A wish or an expectation, a success that ended, a hypothetical, a doc's claim, a step that succeeds before the call
    // that fails (the review of stop 32's merges, finding 4): the yes words stand in them, yet nothing works elsewhere.
    'It should succeed from my laptop, but it does not.',
    'It no longer runs without errors.',
    'If I had it working with the python client I would not ask.',
    'Ideally the job runs without errors from the pipeline.',
    'According to the README, the command runs without errors when the keys are set.',
    'I can get credentials from IMDS, but the call still fails.',
  ])('when the words are %j, then works-elsewhere reads no yes in a reply or in an opening', (text) => {
    expect(reply('works-elsewhere', text)).not.toBe('yes');
    expect(opening('works-elsewhere', text)).not.toBe('yes');
  });

  it('when a reply asks what to do if it only fails in one place, then it is no yes (control: said as a fact, it is)', () => {
    expect(reply('works-elsewhere', 'If it only fails in the container, what should I check')).not.toBe('yes');
    expect(reply('works-elsewhere', 'It only fails in the container.')).toBe('yes');
  });

  it('when the success elsewhere comes before "but it still fails" or a conditional of its own, then the yes stays (the place after "fails", "works fine if")', () => {
    expect(reply('works-elsewhere', 'It works on my laptop but still fails on the runner.')).toBe('yes');
    expect(opening('works-elsewhere', 'It works on my laptop, but it does not in the container.')).toBe('yes');
    expect(opening('works-elsewhere', 'From my laptop it runs without errors if I export the keys.')).toBe('yes');
  });

  it('when a reply opens with "no issues" or "no problems", then it is a success told, not a no', () => {
    expect(reply('works-elsewhere', 'No issues when running locally.')).toBe('yes');
    expect(reply('clock', 'No problems with the clock as far as I can see')).not.toBe('off');
    expect(reply('works-elsewhere', 'No, errors everywhere')).toBe('no');
  });

  it('when the words say it is fine locally, then the failing runtime is not read as the laptop', () => {
    expect(opening('runtime', 'Locally there is no problem, the deploy fails.')).not.toBe('laptop');
    expect(opening('runtime', 'No errors when running locally.')).not.toBe('laptop');
    expect(opening('runtime', 'From my laptop it runs without errors.')).not.toBe('laptop');
  });
});
