/**
 * `chat --jsonl` reports verification from the case's structured verification record (the identity a
 * pasted `get-caller-identity` showed and what it proved), never from the wording of the timeline.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';

const identity = (account: string) => JSON.stringify({ UserId: 'AIDAIOSFODNN7EXAMPLE', Account: account, Arn: `arn:aws:iam::${account}:user/deploy` });

const chat = () => jsonlChat('v1');

describe('chat --jsonl verification comes from the case state', () => {
  it('reports a pasted identity that is not the expected one as not-verified, with the identity, then the right one as verified', async () => {
    const { send, session } = await chat();
    expect((await send({ text: PASTES.expiredToken })).kind).toBe('fix');
    await send({ text: 'it should be account 111122223333' });
    expect((await send({ command: 'done' })).verification?.result).toBe('requested');
    const wrong = await send({ text: identity('123456789012') });
    expect(wrong.verification).toEqual({ result: 'not-verified', commands: [], identity: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/deploy' } });
    expect(session.state?.verification).toMatchObject({ outcome: 'not-verified', matched: false });
    const right = await send({ text: identity('111122223333') });
    expect(right).toMatchObject({ kind: 'resolved', verification: { result: 'verified', identity: { account: '111122223333' } } });
    expect(session.state?.verification).toMatchObject({ outcome: 'verified', cause: 'temporary-credentials-expired' });
  });

  it('a "verified" line in the timeline without a verification record is not reported as verified', async () => {
    const { send, session } = await chat();
    await send({ text: PASTES.expiredToken });
    await send({ command: 'done' });
    // The team's own words may contain the word; only the record counts.
    const r = await send({ command: 'resolve', note: 'verified: it works now' });
    expect(session.state?.timeline.some((e) => /verified/.test(e.event))).toBe(true);
    expect(r.kind).toBe('resolved');
    expect(r.verification).toBeUndefined();
  });
});
