/**
 * QA38 F15: the case's belief keeps only a part of a long paste (its head and tail within the per-input room), so an
 * error in its middle was read by diagnose (the reply's header) but not by the belief, which ranked "Not an AWS
 * credential error 93 %". The lines diagnose read its evidence on are kept too: the chat ranks as diagnose does.
 */
import { step } from '../../../../src/core/conversation/engine';
import { diagnose } from '../../../../src/core/diagnose';
import { rank } from '../../../../src/core/conversation/belief';

const now = new Date('2026-12-07T04:00:00Z');
const key = { channel: 'cli', thread: 'f15' };
const logLines = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `2026-12-07T03:00:00Z INFO worker-${(from + i) % 7} processed batch ${from + i} in ${(from + i) % 300}ms`).join('\n');

function leaderOf(text: string): string | undefined {
  const r = step(undefined, { kind: 'paste', text, user: 'U1', at: now.toISOString(), addressed: true }, { now, key });
  if (!r) return undefined;
  return rank(r.state.scoring!, r.state.rejected)[0]?.id;
}

describe('QA38 F15: a long paste ranks in the chat as diagnose ranks it', () => {
  test.each([
    ['an error without a code (the CLI\'s no-credentials line), 30 K characters into a 60 K log', 'Unable to locate credentials. You can configure credentials by running "aws configure".', 500, 500, 'no-credentials-found'],
    ['ExpiredToken 245 K characters into a 259 K log', 'botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.', 3_800, 200, 'temporary-credentials-expired'],
  ])('when %s is pasted, then the case leads with diagnose\'s cause', (_name, error, before, after, cause) => {
    const text = `${logLines(before)}\n${error}\n${logLines(after, before)}`;
    expect(text.length).toBeGreaterThan(48_000);
    expect(diagnose(text, { now }).causes[0]!.id).toBe(cause);
    expect(leaderOf(text)).toBe(cause);
  });
});
