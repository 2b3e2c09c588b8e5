/**
 * A 2 MB paste is read as its head and tail; a secret in the unread middle still gets its poster a
 * private warning, over the real Bolt app on loopback, and no call, log line or stored byte holds it.
 */
import fc from 'fast-check';
import { createEmbeddedStore } from '../../../src/adapters/store/embedded-store';
import { startHarness } from '../../helpers/fake-slack/harness';
import { leakedPieces, SHAPES } from '../../helpers/secret-shapes';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { filesUnder } from '../../helpers/stored-bytes';
import { join } from 'node:path';

const LINE = '2024-01-01T00:00:00Z INFO request ok path=/v1/items status=200 took=12ms\n';
const HALF = LINE.repeat(Math.ceil(1_000_000 / LINE.length));
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('a secret in the unread middle of a 2 MB Slack paste', () => {
  test.each([
    ['labelled', true],
    ['wrapped-token', true],
    ['vendor-token', false],
    ['worded-label-pieces', true],
  ])('when a %s secret sits in the middle (error in the tail: %s), then its poster is warned privately and nothing holds it', async (shape, withError) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'awskey-middle-'));
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    const h = await startHarness({ kv });
    try {
      const planted = fc.sample(SHAPES[shape]!, { numRuns: 1, seed: 5 })[0]!;
      const text = `${HALF}${planted.text}\n${HALF}${withError ? ERROR : 'that was the whole log'}\n`;
      expect(text.length).toBeGreaterThan(2_000_000);
      const r = await h.sendEvent({ text, user: 'UPASTE', channel: 'CBIG' });
      expect(r.status).toBe(200);
      await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && x.body.user === 'UPASTE'), 'the private warning');
      const warning = h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === 'UPASTE');
      expect(warning).toHaveLength(1);
      // A key is rotated; a session token is revoked. Since stop 38 a long paste's middle error is read with the lines around
      // it (input-window.ts), so a wrapped token beside its own error line is read, recognised, and told to be revoked.
      expect(JSON.stringify(warning[0]!.body)).toMatch(/\brotate\b|Revoke it now/);
      // Everything the app sent or stored, minus the request we made (the fake records Slack API calls only).
      expect(leakedPieces(h.fake.allTraffic(), planted.secrets)).toEqual([]);
      expect(leakedPieces(h.logs.text(), planted.secrets)).toEqual([]);
      expect(leakedPieces(filesUnder(dataDir), planted.secrets)).toEqual([]);
    } finally {
      await h.stop();
      await kv.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
