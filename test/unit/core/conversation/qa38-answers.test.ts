/**
 * QA38: answers given the way people give them (F9, F18, F2, F14, F10, F19), each message typed through the engine as
 * `chat` does, or through `chat --jsonl`'s own code. The Slack side of F18 is test/integration/slack/qa38-answers.test.ts.
 */
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { applied, typed } from '../../../helpers/typed-case';
import { jsonlChat } from '../../../helpers/jsonl-chat';
import { T0 } from '../../../helpers/case-script';
import { readText } from '../../../../src/core/conversation/reply-reading';
import { diagnose } from '../../../../src/core/diagnose';
import type { Facts } from '../../../../src/core/diagnosis';
import { probeById } from '../../../../src/core/knowledge';

const UNKNOWN_KEY = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const answerOf = (s: CaseState, id: string) => s.asked.find((a) => a.id === id)?.answer;
const leader = (s: CaseState) => s.causes[0]?.id;
const textOf = (replies: Reply[]) => JSON.stringify(replies);

describe('QA38 F9: the output of the command the key-prefix question gives is its answer', () => {
  it.each([
    ['bash, with its prompt', '$ echo ${AWS_ACCESS_KEY_ID:0:4}\nASIA', 'asia'],
    ['bash, no prompt', 'echo ${AWS_ACCESS_KEY_ID:0:4}\nASIA', 'asia'],
    ['PowerShell, with its prompt', 'PS C:\\Users\\me> $env:AWS_ACCESS_KEY_ID.Substring(0,4)\nASIA', 'asia'],
    ['a profile, through cut', '$ aws configure get aws_access_key_id --profile dev | cut -c1-4\nAKIA', 'akia'],
    ["zsh's mark of a missing newline", 'echo $AWS_ACCESS_KEY_ID | head -c 4\nASIA%', 'asia'],
    ['a prompt line after the output', 'bob@box:~$ echo ${AWS_ACCESS_KEY_ID:0:4}\nASIA\nbob@box:~$', 'asia'],
  ])('when the team pastes the command and what it printed (%s), then that is the key prefix', (_, paste, prefix) => {
    const { state, replies } = typed([UNKNOWN_KEY, paste]);
    expect(answerOf(state, 'key-prefix')).toBe(prefix);
    expect(textOf(replies)).not.toContain('nothing in that answers the question');
    // The command line is awskey's own words: `--profile dev` in it is no evidence that a profile is the cause.
    expect(applied(state).filter((id) => id.startsWith('observe:') || id.startsWith('statement:'))).toEqual([]);
  });

  it('when the printed ASIA answers, then the case moves as the typed ASIA does', () => {
    expect(typed([UNKNOWN_KEY, '$ echo ${AWS_ACCESS_KEY_ID:0:4}\nASIA']).state.causes).toEqual(typed([UNKNOWN_KEY, 'ASIA']).state.causes);
  });

  it('when a command prints something that is no key prefix, then the paste is evidence as before, not an answer', () => {
    const { state } = typed([UNKNOWN_KEY, '$ echo $AWS_PROFILE\nprod']);
    expect(answerOf(state, 'key-prefix')).toBeUndefined();
  });

  it('when the command printed more than one line, then it is a paste, not an answer', () => {
    const { state } = typed([UNKNOWN_KEY, '$ env | grep AWS_ACCESS\nAWS_ACCESS_KEY_ID=ASIA\nAWS_REGION=us-east-1']);
    expect(state.asked.find((a) => a.id === 'key-prefix')?.answer).not.toBe('asia');
  });
});

describe('QA38 F18: an answer sent again for a closed question replaces the earlier one', () => {
  it('when `--jsonl` answers key-prefix asia after AKIA, then the ranking is the one ASIA alone gives, and `understood` says what was corrected', async () => {
    const corrected = await jsonlChat('f18-corrected');
    await corrected.send({ text: UNKNOWN_KEY });
    await corrected.send({ text: 'AKIA' });
    const r = await corrected.send({ answer: { question: 'key-prefix', choice: 'asia' } });
    const direct = await jsonlChat('f18-direct');
    await direct.send({ text: UNKNOWN_KEY });
    const d = await direct.send({ answer: { question: 'key-prefix', choice: 'asia' } });
    expect(r.ranking?.[0]).toEqual(d.ranking?.[0]);
    expect(r.ranking?.[0]?.cause).toBe('missing-session-token');
    expect(r.understood).toEqual([{ question: 'key-prefix', answer: 'corrected: akia -> asia' }]);
  });

  it('when the correction is in words, then `understood` says so the same way', async () => {
    const c = await jsonlChat('f18-words');
    await c.send({ text: UNKNOWN_KEY });
    await c.send({ text: 'AKIA' });
    const r = await c.send({ text: 'sorry, I misread: it starts with ASIA' });
    expect(r.understood).toEqual([{ question: 'key-prefix', answer: 'corrected: akia -> asia' }]);
    expect(leader(c.session.state!)).toBe('missing-session-token');
  });
});

describe('QA38 F2: a choice number inside a short sentence, and "no wait, …" as a correction', () => {
  // After AKIA the pending question is the endpoint (target), five choices.
  const afterAkia = (reply: string) => typed([UNKNOWN_KEY, '1', reply]);
  it.each(["it's 2", 'sorry, 2', 'the 2nd one', "I'd say 2", "sorry it's 2", 'ok, 2.', 'its 2!'])('when the reply is %j, then it answers the pending question with choice 2', (reply) => {
    const { state, replies } = afterAkia(reply);
    expect(state.pending?.id).not.toBe('target');
    expect(answerOf(state, 'target')).toBe(typed([UNKNOWN_KEY, '1', '2']).state.asked.find((a) => a.id === 'target')?.answer);
    expect(textOf(replies)).not.toContain('Type a number');
  });

  it.each(["it's 2 minutes behind", 'I guess 2', "it's 2 or 3", 'sorry, 2 of them'])('when the number is no choice (%j), then it is not read as one', (reply) => {
    expect(answerOf(afterAkia(reply).state, 'target')).toBeUndefined();
  });

  it.each(['no wait, it starts with ASIA', 'no wait, key starts with ASIA', 'no, wait: it starts with ASIA'])('when the reply is %j after AKIA, then ASIA replaces AKIA', (reply) => {
    const { state } = afterAkia(reply);
    expect(answerOf(state, 'key-prefix')).toBe('asia');
    expect(leader(state)).toBe('missing-session-token');
  });

  it('when "no wait, …" asks rather than tells ("no wait, is it ASIA?"), then AKIA stands', () => {
    expect(answerOf(afterAkia('no wait, is it ASIA?').state, 'key-prefix')).toBe('akia');
  });
});

describe('QA38 F14: "which account owns the resource?" answered with the account number', () => {
  const DENIED =
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/deployer is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::prod-artifacts/app.zip" because no resource-based policy allows the s3:PutObject action';
  it('is asked after this error (the premise of the finding)', () => {
    expect(typed([DENIED]).state.pending?.id).toBe('resource-account');
  });
  it.each(['bucket lives in our prod account 111122223333', 'prod, 111122223333', 'the bucket is in 1111-2222-3333', "it's in account 1111 2222 3333", '111122223333'])(
    'when the reply is %j (not the caller\'s 123456789012), then the resource is in another account',
    (reply) => {
      const { state, replies } = typed([DENIED, reply]);
      expect(answerOf(state, 'resource-account')).toBe('other');
      expect(textOf(replies)).not.toContain('nothing in that answers the question');
    },
  );
  it.each(['the bucket is in 123456789012', 'same one, 1234-5678-9012'])("when the reply names the caller's own account (%j), then it is the same account", (reply) => {
    expect(answerOf(typed([DENIED, reply]).state, 'resource-account')).toBe('same');
  });
  it.each(['not in 111122223333', 'either 111122223333 or 444455556666'])('when the number is denied or one of two (%j), then it answers nothing', (reply) => {
    expect(answerOf(typed([DENIED, reply]).state, 'resource-account')).toBeUndefined();
  });
});

describe('QA38 F10: a pasted `date -u` is a reading of the clock against the time the message arrived', () => {
  // typed() sends every message at T0 = 2026-11-22T09:00:00Z.
  const SIGNATURE = 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.';
  it.each([
    ['`date -u`, 32 minutes behind', '$ date -u\nSun Nov 22 08:28:00 UTC 2026'],
    ['en_US coreutils, 32 minutes behind', 'Sun Nov 22 08:28:00 AM UTC 2026'],
    ['`date -Iseconds`, 20 minutes ahead', 'date -Iseconds\n2026-11-22T09:20:00+00:00'],
    ['PowerShell, 32 minutes behind', 'PS C:\\> (Get-Date).ToUniversalTime()\nSunday, November 22, 2026 8:28:00 AM'],
  ])('when the reading is far off (%s), then the clock is off, the difference is said and clock skew is the runner-up', (_, reading) => {
    // The fix for the secret is on screen at once (SignatureDoesNotMatch): the reading counts as the clock question's
    // "off" said, with that choice's weight (a clock checked against a time service).
    const { state, replies } = typed([SIGNATURE, reading]);
    expect(applied(state)).toContain('statement:clock=off');
    expect(state.causes.slice(0, 2).map((c) => c.id)).toContain('clock-skew');
    expect(textOf(replies)).toMatch(/That clock reads \d+ min (behind|ahead of) the time your message arrived, more than the five minutes AWS allows/);
  });

  it('when the reading is within a minute, then the clock is right and clock skew falls', () => {
    const before = typed([SIGNATURE]).state.causes.find((c) => c.id === 'clock-skew')!.score;
    const { state, replies } = typed([SIGNATURE, '$ date -u\nSun Nov 22 08:59:40 UTC 2026']);
    expect(applied(state)).toContain('statement:clock=right');
    expect(state.causes.find((c) => c.id === 'clock-skew')!.score).toBeLessThan(before);
    expect(textOf(replies)).toContain('That clock reads 20 s behind the time your message arrived, so the clock is right.');
  });

  it('when the clock question is on screen, then the reading is its answer', () => {
    const text = '$ date -u\nSun Nov 22 08:28:00 UTC 2026';
    const r = readText(text, diagnose(text, { now: new Date(T0) }), { pending: probeById('clock'), open: [], facts: {} as Facts, now: new Date(T0), read: () => ({ stated: [], statements: [] }) });
    expect(r.words.answer).toEqual({ probeId: 'clock', choiceId: 'off' });
  });

  it.each([
    ['a local zone abbreviation, ambiguous', '$ date\nSun Nov 22 00:28:00 PST 2026'],
    ['a date line inside a log', '$ ./deploy.sh\nSun Nov 22 08:28:00 UTC 2026\nuploading build'],
    ['a date years away (copied from an old log)', '$ date -u\nSun Nov 22 08:28:00 UTC 2019'],
  ])('when the text is no reading of the clock now (%s), then no clock answer is recorded', (_, text) => {
    expect(applied(typed([SIGNATURE, text]).state).filter((id) => id.includes('clock='))).toEqual([]);
  });
});

describe('QA38 F19: a key prefix typed with look-alike letters is read as lookup reads a key id', () => {
  it.each([
    ['Cyrillic А', 'АSIА', 'Cyrillic look-alike (U+0410)'],
    ['full-width letters', 'ＡＳＩＡ', 'full-width (U+FF21)'],
    ['Greek Α in a sentence', 'it starts with ΑSIA', 'Greek look-alike (U+0391)'],
  ])('when the prefix is typed with %s, then it answers the question and the reply names the odd character', (_, reply, named) => {
    const { state, replies } = typed([UNKNOWN_KEY, reply]);
    expect(answerOf(state, 'key-prefix')).toBe('asia');
    expect(leader(state)).toBe('missing-session-token');
    expect(textOf(replies)).toContain(`character 1 is a ${named}`);
    expect(textOf(replies)).toContain('that character is itself a likely cause');
  });

  it('when the reply is words of another script, then they are left as typed (nothing folded, nothing said of look-alikes)', () => {
    const { replies } = typed([UNKNOWN_KEY, 'да, не знаю']);
    expect(textOf(replies)).not.toContain('look-alike');
  });
});
