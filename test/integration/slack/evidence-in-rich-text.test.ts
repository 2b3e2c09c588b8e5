/**
 * Evidence written the way people write it in Slack, over the real Bolt app on loopback: an S3 HostId and
 * x-amz-id-2 given after a blank, "is" or a line break, in `code` or *bold* marks, with the message's
 * rich_text blocks cut where the style changes (the value in its own code element, as Slack sends it).
 * The poster gets no "rotate it" warning, the stored case keeps the ids, and the egress guard blocks
 * nothing. Found by trial 22: the value, cut from its label in the blocks, read as a random secret.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '../../../src/adapters/store/embedded-store';
import { startHarness } from '../../helpers/fake-slack/harness';
import { messageEvent } from '../../helpers/fake-slack/payloads';
import { richTextBlocks, type RichTextStyle } from '../../helpers/rich-text';
import { SecretMaker } from '../../helpers/pasted-shapes';
import { rng } from '../../helpers/synthetic-case';
import { filesUnder } from '../../helpers/stored-bytes';

const ERROR_LINE = 'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied';

/** A message as Slack sends it: `parts` are [text, style] pairs; the event's text marks code with backticks. */
function styled(parts: Array<[string, RichTextStyle]>, o: { user: string; channel: string; ts: string }): Record<string, unknown> {
  const text = parts.map(([t, s]) => (s === 'code' ? `\`${t}\`` : s === 'bold' ? `*${t}*` : t)).join('');
  const body = messageEvent({ text, ...o });
  (body.event as Record<string, unknown>).blocks = richTextBlocks(parts);
  return body;
}

describe('evidence in Slack formatting and rich_text blocks', () => {
  test('when a HostId and an x-amz-id-2 are pasted in code style after their names, then no warning, the case keeps them and the guard blocks nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'awskey-richtext-'));
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    const h = await startHarness({ kv });
    try {
      const m = new SecretMaker(rng(2212));
      const [hostId, id2, extended] = [`${m.b64(72)}=`, `${m.b64(76)}`, `${m.b64(56)}=`];
      const bodies = [
        styled([[`${ERROR_LINE}\nHostId: `, undefined], [hostId, 'code'], ['\n', undefined]], { user: 'UEV', channel: 'CEV', ts: '1700003300.000001' }),
        styled([[`${ERROR_LINE}\nthe x-amz-id-2 is `, undefined], [id2, 'code']], { user: 'UEV', channel: 'CEV', ts: '1700003300.000002' }),
        styled([['Extended Request ID', 'bold'], ['\n', undefined], [extended, undefined], [`\n${ERROR_LINE}`, undefined]], { user: 'UEV', channel: 'CEV', ts: '1700003300.000003' }),
      ];
      for (const b of bodies) await h.sendRawEvent(b);
      await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CEV').length >= bodies.length, 'a reply to every paste');
      // A later paste's warning proves the earlier ones were handled.
      await h.sendEvent({ text: `marker aws_secret_access_key = ${m.awsKey()}`, user: 'UMARK', channel: 'CMARK' });
      await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && x.body.user === 'UMARK'), 'the marker warning');

      expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === 'UEV')).toEqual([]);
      const stored = filesUnder(dataDir);
      expect([hostId, id2, extended].filter((id) => !stored.includes(id))).toEqual([]);
      expect(await h.running.metrics.registry.metrics()).not.toMatch(/awskey_egress_blocked_total\{[^}]*\} [1-9]/);
      expect(h.fake.allTraffic()).not.toContain('REDACTED:egress');
    } finally {
      await h.stop();
      await kv.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
