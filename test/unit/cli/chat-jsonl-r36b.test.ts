/**
 * Review 36b's conversation findings left open at stop 36 (R36b-7, -8, -10, -11, -13, -14), played through `chat --jsonl`
 * with the reviewer's own words.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { claudeExpiredAtVerify } from '../../helpers/claude-expired-at-verify';
import { step } from '../../../src/core/conversation/engine';
import { rank } from '../../../src/core/conversation/belief';
import type { CaseState } from '../../../src/core/conversation/types';

describe('chat --jsonl: a past success is not the fix working now (R36b-13)', () => {
  // Batch-21 tuning thread mozilla-docere-33 as QA 36 played it (travis-ci/dpl's S3 provider message).
  async function docere(name: string) {
    const { send } = await jsonlChat(name);
    await send({ text: 'travis deploy on master broke:\nInvalid S3 Access Key Id, Stopping Deploy', user: 'tdsmith' });
    return send;
  }

  it.each([
    'made a new key for the deploy user, before that it worked',
    'put a new key in travis, it worked yesterday',
    'updated the key in travis, it used to work',
  ])('when "%s" is said, then no fix is recorded as working', async (said) => {
    const send = await docere(`r36b13-${said.length}`);
    await send({ text: said, user: 'tdsmith' });
    const r = await send({ command: 'resolve', user: 'tdsmith' });
    expect(r.summary).not.toMatch(/said the failing call works now/);
    expect(r.summary).not.toMatch(/What fixed it\n- Told/);
  });

  it('when the change is said and then that it works now, then it is recorded as working', async () => {
    const send = await docere('r36b13-now');
    await send({ text: 'put a new key in travis, works now', user: 'tdsmith' });
    const r = await send({ command: 'resolve', user: 'tdsmith' });
    expect(r.summary).toMatch(/said the failing call works now/);
  });
});

// botocore's ClientError text for STS's InvalidClientTokenId (boto/botocore botocore/exceptions.py ClientError MSG_TEMPLATE).
const INVALID_TOKEN = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('chat --jsonl: a condition or a question about the session token sets none (R36b-11)', () => {
  it.each(['if i set the session token it works', 'would setting AWS_SESSION_TOKEN help?', 'if we also export AWS_SESSION_TOKEN it works'])(
    'when "%s" is said, then no session token is taken as set',
    async (said) => {
      const { send, session } = await jsonlChat(`r36b11-${said.length}`);
      await send({ text: INVALID_TOKEN });
      await send({ text: said });
      const sc = session.state!.scoring!;
      expect(sc.applied.filter((a) => /token-set|session-token=yes/.test(a.id)).map((a) => a.id)).toEqual([]);
      expect(sc.implied.tokenField).toBeUndefined();
      expect(sc.implied.sessionTokenPresent).toBeUndefined();
    },
  );

  it('when "i set the session token and it still fails" is said, then the token is taken as set', async () => {
    const { send, session } = await jsonlChat('r36b11-set');
    await send({ text: INVALID_TOKEN });
    await send({ text: 'i set the session token and it still fails' });
    expect(session.state!.scoring!.implied.tokenField).toBe('set');
  });
});

describe('chat --jsonl: a reply that mentions a token expiring is no lapse told (R36b-10)', () => {
  const EXPIRED = 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired';
  const lapse = (s: { state?: { scoring?: { applied: Array<{ id: string }> } } }) => s.state!.scoring!.applied.map((a) => a.id).includes('statement:credentials-lapse');

  it.each(['the sso token will expire after 8h but its only been 10 minutes', 'how does token refresh work for sso?', 'the session token expires hourly i think, we use sso'])(
    'when "%s" is said, then the lapse statement is not applied',
    async (said) => {
      const { send, session } = await jsonlChat(`r36b10-${said.length}`);
      await send({ text: EXPIRED });
      await send({ text: said });
      expect(lapse(session)).toBe(false);
    },
  );

  it('when "it runs fine for a few hours then fails, restarting the pod fixes it" is said, then the lapse statement is applied', async () => {
    const { send, session } = await jsonlChat('r36b10-yes');
    await send({ text: EXPIRED });
    await send({ text: 'it runs fine for a few hours then fails, restarting the pod fixes it' });
    expect(lapse(session)).toBe(true);
  });
});

describe('chat --jsonl: a retraction re-opens only what the retracted fact settled (R36b-8)', () => {
  it('when "no wait, not sso" follows an endpoint shown in a paste, then the key prefix is open again and the endpoint question stays answered', async () => {
    const { send, session } = await jsonlChat('r36b8');
    await send({ text: INVALID_TOKEN });
    await send({ text: 'yeah its sso' });
    await send({ text: `$ aws --endpoint-url http://localhost:4566 sts get-caller-identity\n${INVALID_TOKEN}` });
    const answered = () => session.state!.asked.filter((a) => a.answer !== undefined).map((a) => a.id);
    expect(answered()).toEqual(expect.arrayContaining(['key-prefix', 'target']));
    await send({ text: 'no wait, not sso. keys from 1password' });
    expect(answered()).toContain('target');
    expect(answered()).not.toContain('key-prefix');
  });
});

describe('engine: an aside that forwards a new error (R36b-14)', () => {
  // The Slack adapter's overheard thread message (paste-listener.ts): another person, not said to awskey.
  const ctx = { now: new Date('2026-12-01T09:00:00Z'), key: { channel: 'C1', thread: '1.0' } };
  const at = ctx.now.toISOString();
  const aside = (state: CaseState, text: string) => step(state, { kind: 'paste', text, user: 'U2', at, overheard: true }, ctx)!;
  const opened = () => step(undefined, { kind: 'message', text: INVALID_TOKEN, user: 'U1', at, addressed: true }, ctx)!.state;
  const leader = (s: CaseState) => rank(s.scoring!, s.rejected)[0]?.id;
  // botocore's ClientError text for SignatureDoesNotMatch (the STS message as the CLI prints it).
  const SIGNATURE = 'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.';

  it('when a teammate is sent an error that changes the leader, then the thread is told the new leader', () => {
    const before = opened();
    const r = aside(before, `<@U0TEAMMATE> the job log also has this: ${SIGNATURE}`);
    expect(leader(r.state)).not.toBe(leader(before));
    expect(r.replies.some((x) => x.type === 'text' && /^Leading now: \*The secret access key does not match/.test(x.text))).toBe(true);
  });

  it('when a teammate is asked something, then there is still no reply', () => {
    expect(aside(opened(), 'bob can you check the jenkins creds when you have a sec?').replies).toEqual([]);
  });
});

describe('chat --jsonl: "had to set / unset / change …" at the verify step is one more step of a fix that worked (R36b-7)', () => {
  it.each(['that didnt work, had to unset AWS_PROFILE', 'did the sso login, had to set AWS_REGION too', 'needed to change the profile name in the config'])(
    'when "%s" is said, then the cause is not ruled out and the step is what fixed it',
    async (said) => {
      const { send, session } = await claudeExpiredAtVerify(`r36b7-${said.length}`);
      const r = await send({ text: said });
      expect(session.state?.rejected).not.toContain('temporary-credentials-expired');
      expect(r.kind).toBe('resolved');
      expect(r.summary).toMatch(/### What fixed it\n- Told before it was resolved: /);
    },
  );

  it.each(['that didnt work, had to roll back the change', 'still expired, had to give up'])('when "%s" is said, then it is still failing', async (said) => {
    const { send, session } = await claudeExpiredAtVerify(`r36b7-no-${said.length}`);
    await send({ text: said });
    expect(session.state?.rejected).toContain('temporary-credentials-expired');
  });
});
