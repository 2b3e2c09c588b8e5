/**
 * QA 36's conversation findings, played through `chat --jsonl` with the findings' own inputs.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { interpret } from '../../../src/core/conversation/interpreter';
import { GH_TAG_SESSION_LOG } from '../../helpers/gh-tag-session-log';
import { claudeExpiredAtVerify } from '../../helpers/claude-expired-at-verify';


describe('chat --jsonl: "just show me the fix" inside a sentence (QA 36 F9)', () => {
  it('when "cant run that its a gh runner, just show me the fix" is said, then the fix comes, not the next question', async () => {
    const { send } = await jsonlChat('qa36-f9');
    await send({ text: GH_TAG_SESSION_LOG });
    await send({ text: 'nothing changed in the workflow, someone edited the role trust policy yesterday i think' });
    const r = await send({ text: 'cant run that its a gh runner, just show me the fix' });
    expect(r.kind).toBe('fix');
    expect(r.fix).toBeDefined();
    expect(r.question).toBeUndefined();
  });

  it.each(['cant run that, so show me the fix', 'ok thanks - what\'s the fix?'])('when "%s" is said, then it is the request for the fix', (said) => {
    expect(interpret(said, undefined, []).intent).toBe('fix');
  });

  it.each(["we'll rotate the key and fix it", 'i think the trust policy is the fix', 'dont show me the fix yet, one more thing'])(
    'when "%s" is said, then it asks for no fix',
    (said) => {
      expect(interpret(said, undefined, []).intent).not.toBe('fix');
    },
  );
});

describe('chat --jsonl: a fix that worked with one more step, and a resolve on a weak guess (QA 36 F1)', () => {
  it('when "that didnt work … after i did aws sso login, had to restart claude" is said at the verify step, then the expiry is not ruled out and the restart is what fixed it', async () => {
    const { send, session } = await claudeExpiredAtVerify('qa36-f1');
    const r = await send({ text: 'that didnt work, claude still says expired after i did aws sso login, had to restart claude' });
    expect(session.state?.rejected).not.toContain('temporary-credentials-expired');
    expect(r.kind).toBe('resolved');
    expect(r.summary).toMatch(/\*\*Cause:\*\* Temporary \(STS\/SSO\) credentials expired/);
    expect(r.summary).toMatch(/### What fixed it\n- Told before it was resolved: had to restart claude/);
    const late = await send({ text: 'resolved - restarting claude code after aws sso login picks up the new creds' });
    expect(late.summary).toMatch(/\*\*Cause:\*\* Temporary \(STS\/SSO\) credentials expired/);
    expect(late.summary).not.toMatch(/env-var-override/);
  });

  it.each(['had to restart claude, still says expired', 'that didnt work, still expired'])('when "%s" is said at the verify step, then the cause is ruled out', async (said) => {
    const { send, session } = await claudeExpiredAtVerify(`qa36-f1-${said.length}`);
    await send({ text: said });
    expect(session.state?.rejected).toContain('temporary-credentials-expired');
  });

  it('when the case is resolved on a leader under the clear threshold that nothing backs, then the summary names no cause but the candidates', async () => {
    const { send } = await claudeExpiredAtVerify('qa36-f1-weak');
    await send({ text: 'that didnt work, claude still says expired after i did aws sso login' });
    const r = await send({ text: 'resolved - restarting claude code after aws sso login picks up the new creds' });
    expect(r.summary).toMatch(/\*\*Cause:\*\* not determined \(none confirmed or clearly ahead; the candidates when resolved: [^)]*%/);
    expect(r.summary).not.toMatch(/only the leading guess when resolved, \d+%/);
  });
});

describe("chat --jsonl: a teammate's fact and the told fix reach the summary and the timeline (QA 36 F16)", () => {
  // Batch-21 tuning thread mozilla-docere-33 as QA 36 played it (travis-ci/dpl's S3 provider message).
  async function docere(name: string) {
    const { send } = await jsonlChat(name);
    await send({ text: 'travis deploy on master broke:\nInvalid S3 Access Key Id, Stopping Deploy', user: 'tdsmith' });
    await send({ text: 'no idea, the key is in the travis repo settings, nobody touched it afaik', user: 'tdsmith' });
    return send;
  }

  it('when a teammate says old IAM users were deleted, then the deleted key leads with the fact in their name', async () => {
    const send = await docere('qa36-f16a');
    const r = await send({ text: 'fwiw we deleted a bunch of old iam users last month in the cleanup', user: 'shell1' });
    expect(r.ranking?.[0]?.cause).toBe('key-deleted-or-inactive');
    expect((r.text ?? []).join('\n')).not.toMatch(/nothing in that/);
  });

  it('when the new key is said to be in travis and the build green, then the summary has it as what fixed it, its verification and who said what', async () => {
    const send = await docere('qa36-f16b');
    await send({ text: 'fwiw we deleted a bunch of old iam users last month in the cleanup', user: 'shell1' });
    const told = await send({ text: 'ok made a new key for the deploy user and put it in travis, build is green', user: 'tdsmith' });
    expect((told.text ?? []).join('\n')).not.toMatch(/nothing in that/);
    const r = await send({ command: 'resolve', user: 'tdsmith' });
    const summary = r.summary!;
    expect(summary).toMatch(/### What fixed it\n- Told before it was resolved: ok made a new key for the deploy user and put it in travis, build is green/);
    expect(summary).toMatch(/### Verification\n- [^\n]*tdsmith said the failing call works now \(their word/);
    expect(summary).toMatch(/\| shell1 \| said: The team says IAM users or keys were deleted/);
    expect(summary).toMatch(/\| tdsmith \| the team said the failing call works now \|/);
  });

  it.each([
    'made a new key, works from my laptop',
    'we will make a new key and then it should work',
    'made a new key but the build still fails',
    // Review 36b (R36b-2): a change denied by its subject or object is no change told.
    'nothing changed on our side, works now',
    'no idea, we changed nothing, the build is green again',
  ])('when "%s" is said, then no fix is recorded as working', async (said) => {
    const send = await docere(`qa36-f16-${said.length}`);
    await send({ text: said, user: 'tdsmith' });
    const r = await send({ command: 'resolve', user: 'tdsmith' });
    expect(r.summary).not.toMatch(/said the failing call works now/);
  });
});

describe('chat --jsonl: a retracted "its sso" (QA 36 F21)', () => {
  // botocore's ClientError text for STS's InvalidClientTokenId (boto/botocore botocore/exceptions.py ClientError MSG_TEMPLATE).
  const INVALID_TOKEN = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

  it('when "no wait, not sso. keys from 1password" follows "yeah its sso", then SSO stops shaping the ranking and the key prefix is open again', async () => {
    const { send, session } = await jsonlChat('qa36-f21');
    await send({ text: INVALID_TOKEN });
    const sso = await send({ text: 'yeah its sso' });
    expect(sso.ranking?.slice(0, 3).map((c) => c.cause)).not.toContain('missing-session-token');
    const r = await send({ text: 'no wait, not sso. keys from 1password' });
    expect(r.ranking?.slice(0, 3).map((c) => c.cause)).toContain('missing-session-token');
    expect(session.state?.scoring?.implied.signIn).toBeUndefined();
    expect(session.state?.asked.some((a) => a.id === 'key-prefix')).toBe(false);
    expect((r.text ?? []).join('\n')).not.toMatch(/nothing in that/);
    expect(session.state?.timeline.some((t) => t.event === 'taken back sign-in: sso')).toBe(true);
  });

  it.each(['we dont use sso on the build agents', 'no, the key is not rotated'])('when "%s" follows "yeah its sso", then SSO stands', async (said) => {
    const { send, session } = await jsonlChat(`qa36-f21-${said.length}`);
    await send({ text: INVALID_TOKEN });
    await send({ text: 'yeah its sso' });
    await send({ text: said });
    expect(session.state?.scoring?.implied.signIn).toBe('sso');
  });
});
