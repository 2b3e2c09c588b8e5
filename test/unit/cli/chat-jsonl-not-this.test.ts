/**
 * "Not this" after an AccessDenied: AWS accepted the key, so the next step is about who is calling
 * and where its credentials come from, never the key-prefix question (which tells a long-term key
 * from a temporary one, and matters for the unknown-key errors only).
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

const ACCESS_DENIED =
  'Error: reading S3 Bucket (tf-state-ops): AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tf-state-ops" because no resource-based policy allows the s3:ListBucket action';

describe('chat --jsonl: "not this" on an AccessDenied', () => {
  it('when the team rejects the authorization fix, then the next step asks where the credentials come from, not the key prefix', async () => {
    const { send } = await jsonlChat('nt1');
    expect((await send({ text: ACCESS_DENIED })).pending?.id).toBe('resource-account');
    expect((await send({ answer: { question: 'resource-account', choice: 'same' } })).fix?.cause).toBe('authorization-not-authentication');
    const next = await send({ text: 'not this' });
    expect(next.pending?.id).not.toBe('key-prefix');
    expect(next.pending?.id).toBe('configure-list');
  });
});
