/**
 * Issue #9, no redundant question: facts an opening states without the words the readers knew (src/core/knowledge/probes.ts
 * `say`), read unasked (read-as-answer.ts `saidIn`): a clock told by how far its time is from the real one, an opt-in region
 * with the negation before "have", the environment provider named in words. Each has negatives that state nothing.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const reply = (question: string, text: string) => interpret(text, probeById(question), QUESTIONS).answer?.choiceId;
const opening = (question: string, text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === question)?.choiceId;

describe('clock: how far the time is from the real one', () => {
  it('when the reply to the clock question says the time is minutes different from the real one, then it reads off (hashicorp/packer#3140)', () => {
    // Unasked, a sentence that opens with "If" states nothing (read-as-answer.ts NOT_A_STATEMENT); as the reply it answers.
    const text = 'If the localtime of the machine running packer is more than 5 minutes different from the time according to AWS, packer fails.';
    expect(reply('clock', text)).toBe('off');
    expect(opening('clock', text)).toBeUndefined();
  });

  it.each([
    "My server's time is 7 minutes different from AWS.",
    'The build agent was 10 minutes apart from UTC when the upload failed.',
    "The container's time differs from the server time.",
  ])('when an opening says %j, then clock reads off', (text) => {
    expect(opening('clock', text)).toBe('off');
  });

  it.each(['The token is valid for 60 minutes from now.', 'Every region has a different time zone.', 'It takes 5 minutes to fail.'])(
    'when an opening says %j, then clock is not read',
    (text) => {
      expect(opening('clock', text)).toBeUndefined();
    },
  );
});

describe('region enabled: the negation before "have"', () => {
  it('when an opening says the account does not have the opt-in region enabled, then region-enabled reads disabled', () => {
    // hashicorp/terraform-provider-aws#32549
    expect(opening('region-enabled', 'The role should be assumable even if the identity (assuming account) does not have the opt-in region enabled.')).toBe('disabled');
    expect(opening('region-enabled', "We don't have that region enabled yet.")).toBe('disabled');
  });

  it('when an opening says the account has the region enabled, then disabled is not read', () => {
    expect(opening('region-enabled', 'Our account does have the opt-in region enabled.')).not.toBe('disabled');
  });
});

describe('sign-in: environment credentials named in words', () => {
  it('when an opening names environment credentials, then sign-in reads env', () => {
    expect(opening('sign-in', 'Fixed AWS environment credentials handling.')).toBe('env'); // dyvenia/viadot#713's title
    expect(opening('sign-in', 'We use AWS environment credentials in the job.')).toBe('env');
  });

  it('when an opening says the credentials are not from the environment, then env is not read', () => {
    expect(opening('sign-in', 'We are not using environment credentials; they are not from the env at all.')).not.toBe('env');
  });
});

describe('review 17: the readings above, kept to what they say', () => {
  it.each([
    'The server clock is 0 seconds off from UTC, chrony is synced.',
    'The retry waits 5 minutes apart from the first attempt.',
    'Our token lasts 15 minutes different from the default 60.',
  ])('when an opening says %j (no difference, or a span from no clock), then clock does not read off', (text) => {
    expect(opening('clock', text)).not.toBe('off');
  });

  it('when an opening says what holds even if "you" do not have the opt-in region enabled, then disabled is not read (advice, not this account)', () => {
    expect(opening('region-enabled', "Even if you don't have the opt-in region enabled, the global endpoint works.")).toBeUndefined();
  });

  it.each(['Instead of environment credentials, we use SSO.', 'We moved away from environment credentials to SSO.'])(
    'when an opening says %j, then sign-in reads sso (the provider left is not read)',
    (text) => {
      expect(opening('sign-in', text)).toBe('sso');
    },
  );
});
