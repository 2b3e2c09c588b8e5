/**
 * Warnings for everyone, over the real Bolt app on loopback: every poster of a secret in a thread
 * is warned privately, once per secret, for every kind, even when the thread's first message
 * already held a secret and the later one hides its secret behind a zero-width or look-alike letter,
 * and whoever adds a secret by editing a message.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createEmbeddedStore } from '../../../src/adapters/store/embedded-store';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { messageEvent } from '../../helpers/fake-slack/payloads';
import { leakedPieces, SHAPES, type Planted } from '../../helpers/secret-shapes';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

/** Generated at run time, never committed. */
function randomSecret(): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 37; i++) s += a[Math.floor(Math.random() * a.length)];
  return `${s}/x9`;
}

const ephemeralsTo = (h: Harness, user: string) => h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === user);

describe('private warnings for every poster of a secret', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when a second and a third person post secrets in a thread whose first message held one, then each is warned once per secret', async () => {
    h = await startHarness();
    const first = randomSecret();
    const second = randomSecret();
    const root = '1700000100.000001';
    await h.sendEvent({ text: `${ERROR_PASTE}\naws_secret_access_key = ${first}`, user: 'UFIRST', channel: 'CW', ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UFIRST').length === 1, 'the first warning');

    // A zero-width space and a Cyrillic "а" inside the second person's key.
    const hidden = `${second.slice(0, 12)}\u200b${second.slice(12, 20)}\u0430${second.slice(21)}`;
    await h.sendEvent({ text: `mine fails too:\nAWS_SECRET_ACCESS_KEY=${hidden}`, user: 'USECOND', channel: 'CW', thread_ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'USECOND').length === 1, 'the second poster warning');
    expect(ephemeralsTo(h, 'USECOND')[0]!.body).toMatchObject({ channel: 'CW', thread_ts: root });

    // Another kind from a third person: a GitHub token.
    await h.sendEvent({ text: `and my CI uses GITHUB_TOKEN=ghp_${randomSecret().replace(/[^A-Za-z0-9]/g, '')}`, user: 'UTHIRD', channel: 'CW', thread_ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UTHIRD').length === 1, 'the third poster warning');

    // The same secret again from the second person: no second warning; a new one: a new warning.
    await h.sendEvent({ text: `again AWS_SECRET_ACCESS_KEY=${hidden}`, user: 'USECOND', channel: 'CW', thread_ts: root });
    await h.sendEvent({ text: `sorry, this one: aws_secret_access_key=${randomSecret()}`, user: 'USECOND', channel: 'CW', thread_ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'USECOND').length >= 2, 'the warning about the new secret');
    // A later event's warning proves the earlier ones were processed.
    await h.sendEvent({ text: `marker aws_secret_access_key = ${randomSecret()}`, user: 'UMARK', channel: 'CSETTLE' });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UMARK').length === 1, 'the marker warning');
    expect(ephemeralsTo(h, 'USECOND')).toHaveLength(2);
    expect(ephemeralsTo(h, 'UFIRST')).toHaveLength(1);

    const traffic = h.fake.allTraffic();
    for (const s of [first, second]) for (let i = 0; i + 16 <= s.length; i += 4) expect(traffic).not.toContain(s.slice(i, i + 16));
  });
});

/** A `message_changed` event as Slack sends it: the edited message and the previous one nested. */
function editEvent(o: { channel: string; user: string; ts: string; before: string; after: string; thread_ts?: string; bot_id?: string }): Record<string, unknown> {
  const body = messageEvent({ text: '', channel: o.channel });
  const event = body.event as Record<string, unknown>;
  const thread = o.thread_ts ? { thread_ts: o.thread_ts } : {};
  const author = { user: o.user, ...(o.bot_id ? { bot_id: o.bot_id } : {}) };
  body.event = {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: o.channel,
    channel_type: 'channel',
    ts: event.ts,
    event_ts: event.ts,
    message: { type: 'message', ...author, text: o.after, ts: o.ts, ...thread, edited: { user: o.user, ts: event.ts } },
    previous_message: { type: 'message', ...author, text: o.before, ts: o.ts, ...thread },
  };
  return body;
}

describe('private warnings for a secret added by an edit', () => {
  let h: Harness | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('when messages are edited to hold a secret of each shape, then each editor is warned once, privately, in the thread; nothing is opened, repeated or stored', async () => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-edit-'));
    const kv = createEmbeddedStore({ dataDir: dir, sweepIntervalMs: 0 });
    h = await startHarness({ kv });
    const planted: Planted[] = Object.values(SHAPES).map((shape, i) => fc.sample(shape, { numRuns: 1, seed: 40 + i })[0]!);
    const tsOf = (i: number) => `1700000300.${String(i + 1).padStart(6, '0')}`;
    for (const [i, p] of planted.entries()) {
      const edit = { channel: 'CE', user: `UE${i}`, ts: tsOf(i), ...(i % 2 ? { thread_ts: '1700000299.000001' } : {}) };
      await h.sendRawEvent(editEvent({ ...edit, before: 'this fails for me, any idea?', after: `this fails for me:\n${p.text}` }));
      await h.fake.waitFor(() => ephemeralsTo(h!, `UE${i}`).length > 0, `the warning for a ${p.shapes[0]} edit`);
      // Edited again without a new secret: no second warning.
      await h.sendRawEvent(editEvent({ ...edit, before: `this fails for me:\n${p.text}`, after: `this fails for me (fixed typo):\n${p.text}` }));
    }
    // Another app's edit is not warned.
    await h.sendRawEvent(editEvent({ channel: 'CE', user: 'UAPP', bot_id: 'B9', ts: '1700000301.000001', before: 'x', after: planted[0]!.text }));
    // A marker after the edits: its warning proves every earlier event was handled.
    await h.sendEvent({ text: 'marker aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', user: 'UMARK', channel: 'CMARK' });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UMARK').length === 1, 'the marker warning');

    for (const [i, p] of planted.entries()) {
      const warnings = ephemeralsTo(h, `UE${i}`);
      expect({ shape: p.shapes[0], warnings: warnings.length }).toEqual({ shape: p.shapes[0], warnings: 1 });
      expect(warnings[0]!.body).toMatchObject({ channel: 'CE', thread_ts: i % 2 ? '1700000299.000001' : tsOf(i) });
      expect(String(warnings[0]!.body.text)).toMatch(/Only you can see this note/);
    }
    expect(ephemeralsTo(h, 'UAPP')).toEqual([]);
    // An edit opens no case: nothing public in the edits' channel.
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CE')).toEqual([]);
    expect(h.logs.text()).toMatch(/secret added by an edit/);

    const secrets = planted.flatMap((p) => p.secrets);
    expect(leakedPieces(h.fake.allTraffic(), secrets)).toEqual([]);
    expect(leakedPieces(h.logs.text(), secrets)).toEqual([]);
    await h.stop();
    h = undefined;
    await kv.close();
    const stored = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath ?? e.path, e.name)).toString('latin1'))
      .join('\n');
    expect(leakedPieces(stored, secrets)).toEqual([]);
  });
});
