/**
 * "Not this" after an AccessDenied: AWS accepted the key, so the next step is about who is calling
 * and where its credentials come from, never the key-prefix question (which tells a long-term key
 * from a temporary one, and matters for the unknown-key errors only). The causes left are the
 * sources that hand the runtime a valid but wrong identity; key problems (a deleted key, a missing
 * token, a skewed clock) make AWS reject the caller, never deny it.
 */
import type { CauseId } from '../../../src/core/taxonomy';
import { jsonlChat } from '../../helpers/jsonl-chat';

const ACCESS_DENIED =
  'Error: reading S3 Bucket (tf-state-ops): AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tf-state-ops" because no resource-based policy allows the s3:ListBucket action';
const BARE_ACCESS_DENIED = '$ aws s3 ls s3://acme-reports\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied';

/** Causes that give a valid but wrong identity, which AWS then denies. */
const SOURCES: CauseId[] = ['wrong-profile', 'env-var-override', 'wrong-account-or-partition', 'role-credentials-unavailable'];

describe('chat --jsonl: "not this" on an AccessDenied', () => {
  it('when the team rejects the authorization fix, then the next step asks where the credentials come from, not the key prefix', async () => {
    const { send } = await jsonlChat('nt1');
    expect((await send({ text: ACCESS_DENIED })).pending?.id).toBe('resource-account');
    expect((await send({ answer: { question: 'resource-account', choice: 'same' } })).fix?.cause).toBe('authorization-not-authentication');
    const next = await send({ text: 'not this' });
    expect(next.pending?.id).not.toBe('key-prefix');
    // Where the credentials come from, asked in words: since the refusal prior (priors.ts, fam.authz) a role not
    // delivered stands beside a wrong profile (about 0.25 each), and "How do these credentials get into the failing
    // runtime?" tells the two apart in one answer, where `aws configure list` (a command, dearer) shows a profile's
    // source but not whether a platform role failed to arrive.
    expect(next.pending).toEqual({ id: 'sign-in', kind: 'question' });
    expect(next.ranking!.slice(0, 2).map((r) => r.cause).sort()).toEqual(['role-credentials-unavailable', 'wrong-profile']);
  });

  it('when the team rejects the authorization fix and asks for the best guess, then it is a credential source that gives a wrong identity, not a key problem', async () => {
    const { send } = await jsonlChat('nt2');
    await send({ text: ACCESS_DENIED });
    await send({ answer: { question: 'resource-account', choice: 'same' } });
    const next = await send({ text: 'not this' });
    expect(SOURCES).toEqual(expect.arrayContaining(next.ranking!.slice(0, 3).map((r) => r.cause)));
    const fix = await send({ command: 'confirm' });
    expect(SOURCES).toContain(fix.fix?.cause);
  });

  it('when an AccessDenied without a caller ARN is rejected as a permissions problem, then the key problems rank far below the credential sources', async () => {
    const { send } = await jsonlChat('nt3');
    await send({ text: BARE_ACCESS_DENIED });
    await send({ text: "I can't run that here" });
    await send({ answer: { question: 'resource-account', choice: 'unknown' } });
    const next = await send({ text: 'not this' });
    const p = (id: CauseId) => next.ranking!.find((r) => r.cause === id)?.p ?? 0;
    for (const key of ['key-deleted-or-inactive', 'missing-session-token', 'clock-skew', 'secret-key-mismatch', 'stale-credentials-after-rotation'] as CauseId[]) {
      expect(p(key)).toBeLessThan(p('wrong-profile') / 3);
    }
    expect(SOURCES).toContain((await send({ command: 'confirm' })).fix?.cause);
  });

  it('when the team rejects the authorization fix and cannot answer, then no question about a key problem (prefix, token, clock, copying, rotation, endpoint) is ever asked', async () => {
    const KEY_ONLY = ['key-prefix', 'session-token', 'clock', 'copied', 'rotation', 'target'];
    for (const opening of [ACCESS_DENIED, BARE_ACCESS_DENIED]) {
      const { send } = await jsonlChat(`nt4-${opening.length}`);
      let reply = await send({ text: opening });
      const asked: string[] = [];
      for (let turn = 0; turn < 12 && reply.phase !== 'resolved'; turn++) {
        if (reply.pending) asked.push(reply.pending.id);
        reply = await send(reply.fix ? { text: 'not this' } : reply.pending?.kind === 'command' ? { text: 'skip' } : { text: 'not sure' });
      }
      expect(asked.filter((id) => KEY_ONLY.includes(id))).toEqual([]);
    }
  });
});
