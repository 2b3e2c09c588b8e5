/**
 * The same main flows in Socket Mode: the real app dials the WebSocket URL that the fake
 * `apps.connections.open` hands out (with the app-level token) and acks envelopes on it.
 */
import { gatedKeyDirectory } from '../../helpers/fake-slack/gated-key-directory';
import { APP_TOKEN, startSocketHarness, type SocketHarness } from '../../helpers/fake-slack/harness';
import { blockAction, messageEvent, slashCommand } from '../../helpers/fake-slack/payloads';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SECRET_PASTE = `creds:\naws_secret_access_key = ${SECRET}`;
const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('Socket Mode', () => {
  let h: SocketHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when the app starts, then it opens the connection with the app-level token, not the bot token', async () => {
    h = await startSocketHarness();
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.auth).toBe(`Bearer ${APP_TOKEN}`);
    expect(h.fake.socket!.connections).toBe(1);
  });

  test('when /awskey runs a slow lookup, then the envelope is acked with the "Looking up" text before the lookup finishes, and the verdict follows via response_url', async () => {
    const dir = gatedKeyDirectory();
    h = await startSocketHarness({ keyDirectory: dir });
    const responseUrl = h.fake.responseUrl('sock-cmd');
    const ack = await h.envelope('slash_commands', slashCommand({ text: 'AKIAIOSFODNN7EXAMPLE', responseUrl }));
    await dir.started();
    expect(dir.events).toEqual(['lookup-started']);
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Looking up AKIA…MPLE') });
    dir.release();
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/sock-cmd' && Array.isArray(x.body.blocks)), 'the verdict');
    expect(dir.events).toEqual(['lookup-started', 'lookup-finished']);
  });

  test('when an event is retried on the socket (retry_attempt 1), then a secret paste is warned about once, privately', async () => {
    h = await startSocketHarness();
    const body = messageEvent({ text: SECRET_PASTE, eventId: 'EvSOCK1', channel: 'C2' });
    await h.envelope('events_api', body, { retry_attempt: 0, retry_reason: '' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral'), 'the warning');
    await h.envelope('events_api', body, { retry_attempt: 1, retry_reason: 'timeout' });
    // A later event's warning proves the retry was processed (and dropped) before it.
    await h.envelope('events_api', messageEvent({ text: SECRET_PASTE, channel: 'CLATER' }));
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && x.body.channel === 'CLATER'), 'the later warning');
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === 'C2')).toHaveLength(1);
    expect(h.fake.allTraffic()).not.toContain(SECRET);
    expect(h.logs.text()).not.toContain(SECRET);
  });

  test('when a button of an unknown case is clicked, then the envelope is acked and the clicker is told privately', async () => {
    h = await startSocketHarness();
    const responseUrl = h.fake.responseUrl('sock-act');
    const ack = await h.envelope('interactive', blockAction({ actionId: 'awskey:resolve', value: '{"k":"resolve"}', responseUrl, messageTs: '5.000002', threadTs: '5.000001' }));
    expect(ack.envelope_id).toMatch(/interactive/);
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/sock-act'), 'the note');
  });

  test('when an InvalidClientTokenId error is pasted, then the reply goes in a thread under it', async () => {
    h = await startSocketHarness();
    const body = messageEvent({ text: ERROR_PASTE, channel: 'C4' });
    await h.envelope('events_api', body);
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the threaded reply');
    expect(h.fake.callsTo('chat.postMessage')[0]!.body).toMatchObject({ channel: 'C4', thread_ts: (body.event as { ts: string }).ts });
  });
});

describe('Socket Mode case thread', () => {
  test('when a reply in the thread and then a button click arrive on the socket, then each is answered in the same thread', async () => {
    const h = await startSocketHarness();
    try {
      const body = messageEvent({ text: ERROR_PASTE, channel: 'C6' });
      const root = (body.event as { ts: string }).ts;
      await h.envelope('events_api', body);
      await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the first reply');
      const posts = () => h.fake.callsTo('chat.postMessage');
      const afterPaste = posts().length;
      await h.envelope('events_api', messageEvent({ text: 'it works on my laptop, fails only in the CI job', channel: 'C6', thread_ts: root }));
      await h.fake.waitFor(() => posts().length > afterPaste, 'the answer to the thread reply');
      const buttons = posts().flatMap((c) => ((c.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>) ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])));
      const resolve = buttons.find((b) => b.action_id.startsWith('awskey:resolve'))!;
      const afterReply = posts().length;
      await h.envelope('interactive', blockAction({ actionId: resolve.action_id, value: resolve.value, responseUrl: h.fake.responseUrl('s-res'), channel: 'C6', messageTs: '1700000100.000050', threadTs: root }));
      await h.fake.waitFor(() => posts().length > afterReply, 'the summary');
      expect(posts().every((c) => c.body.thread_ts === root)).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
