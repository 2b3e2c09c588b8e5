/**
 * At the verify step the outcome is read from the reply's structure (QA 35 N2, N9): awskey asked "did the python script
 * succeed now?", so "yes", "yep works", "yes the script works now" close the case on the team's word (the summary says
 * it is their word, no caller identity from the failing runtime), and "nope same error", "still says expired", "that didnt
 * work, …" rule the cause out as "still failing" does.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// aws-cli's own message (aws/aws-cli awscli/clidriver.py, as the catalogue cites it).
const NO_CREDENTIALS = 'Unable to locate credentials. You can configure credentials by running "aws configure".';
// botocore's ClientError text (boto/botocore botocore/exceptions.py ClientError MSG_TEMPLATE) for STS's ExpiredToken.
const EXPIRED = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.';
const ID = JSON.stringify({ UserId: 'AROAIOSFODNN7EXAMPLE:alice', Account: '123456789012', Arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Dev_abc/alice' }, null, 2);

/** QA 35 N2's flow, up to "did the python script succeed now?". */
async function askedAboutTheScript(name: string) {
  const chat = await jsonlChat(name);
  await chat.send({ text: NO_CREDENTIALS });
  await chat.send({ text: '2, its sso' });
  await chat.send({ text: 'aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it' });
  await chat.send({ command: 'done' });
  const asked = await chat.send({ text: ID });
  expect(asked.text!.join('\n')).toMatch(/did the python script succeed now\?/);
  return chat;
}

describe('chat --jsonl: the answer to the verify question', () => {
  it.each(['yes', 'yep works', 'yes the script works now'])('when "%s" answers "did the python script succeed now?", then the case closes on the team\'s word', async (said) => {
    const { send, session } = await askedAboutTheScript(`vt-${said}`);
    const r = await send({ text: said });
    expect(r.kind).toBe('resolved');
    expect(session.state?.phase).toBe('resolved');
    // Their word is recorded as such: the identity stays "where it was run", the script's success as said by the team.
    expect(r.summary).toMatch(/said the python script works now \(their word: no caller identity from the failing runtime\)/);
    expect(r.summary).toMatch(/where it was run: not said to be the failing runtime/);
    expect(r.summary).not.toMatch(/verified in the failing runtime/);
  });

  it('when "nope same error" answers it, then the cause being verified is ruled out', async () => {
    const { send, session } = await askedAboutTheScript('vt-nope');
    const current = session.state?.scoring?.current;
    const r = await send({ text: 'nope same error' });
    expect(r.kind).not.toBe('resolved');
    expect(session.state?.rejected).toContain(current);
    expect(r.text!.join('\n')).not.toMatch(/nothing in that changes the case/);
  });

  it('when "aws cli works fine" is all the reply says, then the script is not taken as working', async () => {
    const { send, session } = await askedAboutTheScript('vt-cli');
    await send({ text: 'aws cli works fine' });
    expect(session.state?.phase).toBe('verifying');
  });

  // QA 36 F1: "…, had to restart claude" said last tells the fix worked with one more step (chat-jsonl-qa36.test.ts).
  it.each(['still says expired', 'same error', 'that didnt work, claude still says expired after i did aws sso login'])(
    'when "%s" is said at the verify step of an expired-token case, then its cause is ruled out',
    async (said) => {
      const { send, session } = await jsonlChat(`vt-exp-${said.length}`);
      await send({ text: EXPIRED });
      await send({ text: 'just show me the fix' });
      const current = session.state?.scoring?.current;
      expect(current).toBeDefined();
      await send({ command: 'done' });
      expect(session.state?.phase).toBe('verifying');
      const r = await send({ text: said });
      expect(session.state?.rejected).toContain(current);
      expect(r.text!.join('\n')).not.toMatch(/nothing in that changes the case/);
    },
  );

  it('when a bare "yes" is said at the verify step before any yes-or-no question, then it closes nothing', async () => {
    const { send, session } = await jsonlChat('vt-bare');
    await send({ text: EXPIRED });
    await send({ text: 'just show me the fix' });
    await send({ command: 'done' });
    await send({ text: 'yes' });
    expect(session.state?.phase).toBe('verifying');
  });
});
