/**
 * A later statement of an answered question corrects it (QA 34 F14): "ASIA", then "wait no sorry its AKIA" takes the
 * temporary-key reading back, so the fix for a key sent without its session token no longer leads.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// The README's own example.
const INVALID_TOKEN =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('chat --jsonl: a corrected answer', () => {
  it('when the key prefix answered ASIA is corrected to AKIA, then the ASIA reading goes and the session-token cause no longer leads', async () => {
    const { send, session } = await jsonlChat('corr1');
    expect((await send({ text: INVALID_TOKEN })).pending?.id).toBe('key-prefix');
    const asia = await send({ text: 'ASIA' });
    expect(asia.ranking![0]!.cause).toBe('missing-session-token');
    const r = await send({ text: 'wait no sorry its AKIA, i rotated it yesterday' });
    expect(r.ranking![0]!.cause).not.toBe('missing-session-token');
    const p = (id: string) => r.ranking!.find((x) => x.cause === id)?.p ?? 0;
    expect(p('missing-session-token')).toBeLessThan(asia.ranking!.find((x) => x.cause === 'missing-session-token')!.p / 2);
    expect(session.state?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('akia');
    expect(JSON.stringify(r)).not.toMatch(/temporary \(ASIA\) session key/i);
    // The rotation said in the same reply now counts with the long-term key: its fix replaces the session-token one.
    expect(r.fix?.cause).toBe('stale-credentials-after-rotation');
  });
});
