/**
 * A second, different error pasted mid-case as "a different thing" is another incident (QA 35 N19): it opens a case of
 * its own, the first kept apart, instead of being merged into the first case's ranking and keeping its fix.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// botocore's ClientError text (boto/botocore botocore/exceptions.py ClientError MSG_TEMPLATE) with STS's and S3's messages.
const EXPIRED = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.';
const SIGNATURE =
  'An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.';
const DENIED = 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';

describe('chat --jsonl: another incident pasted mid-case', () => {
  it('when a different error is pasted as "a different thing on the deploy box", then it opens a new case and the first is kept apart', async () => {
    const { send, session } = await jsonlChat('ai1');
    const first = await send({ text: EXPIRED });
    expect(first.fix?.cause ?? first.ranking![0]!.cause).toBe('temporary-credentials-expired');
    const r = await send({ text: `ok relogged, now a different thing on the deploy box:\n${SIGNATURE}` });
    expect(r.opened).toBe(true);
    expect(r.text!.join('\n')).toMatch(/opens a new case/);
    expect(session.state?.errorCodes).toEqual(['SignatureDoesNotMatch']);
    expect(session.state?.scoring?.texts?.join('\n')).not.toMatch(/ExpiredToken/);
    expect(r.ranking![0]!.cause).not.toBe('temporary-credentials-expired');
    expect(session.state?.earlier).toEqual([expect.objectContaining({ cause: 'temporary-credentials-expired' })]);
    expect(session.state?.earlier![0]!.resolvedAt).toBeUndefined();
    // The first case gets no summary of its own: the new case's summary names it.
    const done = await send({ text: 'resolved - re-entered the secret on the deploy box' });
    expect(done.summary).toMatch(/### Earlier cases in this thread\n- Opened [^\n]*Temporary \(STS\/SSO\) credentials expired[^\n]*left unresolved/);
  });

  it('when the next error of the same incident is pasted as "now I get a new error", then it stays in the case', async () => {
    const { send, session } = await jsonlChat('ai2');
    await send({ text: EXPIRED });
    const r = await send({ text: `relogged, now I get a new error:\n${DENIED}` });
    expect(r.opened).toBeUndefined();
    expect(session.state?.errorCodes).toEqual(expect.arrayContaining(['ExpiredToken', 'AccessDenied']));
  });

  it('when the same error is pasted again from another box, then it stays in the case', async () => {
    const { send, session } = await jsonlChat('ai3');
    await send({ text: EXPIRED });
    const r = await send({ text: `same on a different box:\n${EXPIRED}` });
    expect(r.opened).toBeUndefined();
    expect(session.state?.earlier).toBeUndefined();
  });
});
