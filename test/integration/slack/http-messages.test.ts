/**
 * Pastes, thread replies, buttons, retries and failures over HTTP against the real Bolt app
 * (startApp) and a fake Slack on loopback.
 */
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { poll, type RecordedCall } from '../../helpers/fake-slack/fake-slack';
import { gatedKeyDirectory } from '../../helpers/fake-slack/gated-key-directory';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR_PASTE =
  '```$ aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.```';
const EXPIRED_PASTE = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SECRET_PASTE = `our deploy fails with this config:\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}`;

type Block = { type: string; elements?: Array<{ action_id?: string; value?: string; text?: { text: string } }> };
const buttonsOf = (c: RecordedCall) => ((c.body.blocks as Block[] | undefined) ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
const nonAuth = (h: Harness) => h.fake.calls.filter((c) => c.method !== 'auth.test');

/** Metrics are counted once a reply is posted, just after the fake Slack has seen it: read once the app has settled. */
async function expectMetric(h: Harness, re: RegExp): Promise<void> {
  await h.settled();
  expect(await h.running.metrics.registry.metrics()).toMatch(re);
}

/**
 * An expired-token case opened by `owner` in `channel`, its fix posted; `say(user, text)` posts a thread reply and returns
 * the texts awskey posted in answer.
 */
async function expiredCaseThread(h: Harness, channel: string, owner: string): Promise<(user: string, text: string) => Promise<string[]>> {
  const { body } = await h.sendEvent({ text: EXPIRED_PASTE, channel, user: owner });
  const root = (body.event as { ts: string }).ts;
  await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === channel), 'the fix');
  const posts = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
  return async (user, text) => {
    const before = posts().length;
    await h.sendEvent({ text, channel, user, thread_ts: root });
    await h.settled();
    return posts().slice(before).map((c) => String(c.body.text));
  };
}

describe('pastes and threads over HTTP', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when ordinary chat is posted, then awskey stays silent', async () => {
    h = await startHarness();
    const r = await h.sendEvent({ text: 'lunch at noon? &lt;3' });
    expect(r.status).toBe(200);
    await h.settled();
    expect(nonAuth(h)).toEqual([]);
  });

  test('when team talk names an error code (a tip, a closed incident) in a channel, then awskey stays silent; the error itself is answered (QA39 F1)', async () => {
    h = await startHarness();
    await h.sendEvent({ text: 'PSA: if you get ExpiredToken just run aws sso login again', channel: 'CTALK' });
    await h.sendEvent({ text: 'fixed the ExpiredToken thing from yesterday, it was the laptop clock', channel: 'CTALK' });
    await h.settled();
    expect(nonAuth(h).filter((c) => c.body.channel === 'CTALK')).toEqual([]);
    await h.sendEvent({ text: EXPIRED_PASTE, channel: 'CTALK' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CTALK'), 'the reply to the error');
  });

  test('when another app posts an error (user + bot_id, or app_id, no subtype), then awskey does not answer it', async () => {
    h = await startHarness();
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CBOT', user: 'U2OTHERBOT', bot_id: 'B2OTHER' });
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CBOT', user: 'U3WORKFLOW', app_id: 'A3OTHER' });
    await h.settled();
    expect(nonAuth(h).filter((c) => c.body.channel === 'CBOT')).toEqual([]);
    // The same paste from a person is answered, so the silence above is the filter, not the paste.
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CBOT' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CBOT'), 'the reply to the person');
  });

  test('when SLACK_BOT_USER_ID and SLACK_BOT_ID are set, then the app starts and answers without calling auth.test', async () => {
    h = await startHarness({ env: { SLACK_BOT_USER_ID: 'UBOT', SLACK_BOT_ID: 'BBOT' } });
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CNOAUTH' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CNOAUTH'), 'the reply');
    expect(h.fake.callsTo('auth.test')).toEqual([]);
  });

  test('when an InvalidClientTokenId error is pasted, then the answer is a threaded Block Kit reply with buttons', async () => {
    h = await startHarness();
    const { body } = await h.sendEvent({ text: ERROR_PASTE, channel: 'C1' });
    const ts = (body.event as { ts: string }).ts;
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the threaded reply');
    const reply = h.fake.callsTo('chat.postMessage')[0]!;
    expect(reply.body).toMatchObject({ channel: 'C1', thread_ts: ts });
    expect(reply.auth).toBe('Bearer xoxb-1-test-bot-token');
    expect(Array.isArray(reply.body.blocks)).toBe(true);
    expect(String(reply.body.text).length).toBeGreaterThan(0);
    expect(JSON.stringify(reply.body)).toMatch(/InvalidClientTokenId|access key/i);
    expect(h.fake.callsTo('chat.postMessage').flatMap(buttonsOf).every((b) => b.action_id!.startsWith('awskey:'))).toBe(true);
    // Metrics are counted once the reply is posted, just after the fake saw it.
    await expectMetric(h, /awskey_cases_opened_total\{cause="[a-z-]+"\} 1/);
  });

  test('when someone replies in the case thread, then the reply is an input to the case and is answered in the same thread', async () => {
    h = await startHarness();
    const { body } = await h.sendEvent({ text: ERROR_PASTE });
    const root = (body.event as { ts: string }).ts;
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the first reply');
    const first = h.fake.callsTo('chat.postMessage').length;
    const configureList = [
      '      Name                    Value             Type    Location',
      '      ----                    -----             ----    --------',
      '   profile                <not set>             None    None',
      'access_key     ****************MPLE              env    ',
      'secret_key     ****************EKEY              env    ',
      '    region                us-east-1      config-file    ~/.aws/config',
    ].join('\n');
    await h.sendEvent({ text: `\`\`\`${configureList}\`\`\``, thread_ts: root });
    await h.fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length > first, 'the answer to the thread reply');
    const later = h.fake.callsTo('chat.postMessage').slice(first);
    expect(later.every((c) => c.body.thread_ts === root)).toBe(true);
  });

  // QA35 N20: a case thread is shared. Words that move nothing and are not said to awskey get no reply, except one
  // reminder per step to the person the case is with; a mention always gets the "noted" (issue #9: never silence).
  test('when teammates chat in the case thread, then only the person the case is with gets one reminder, and a mention always gets one', async () => {
    h = await startHarness();
    const say = await expiredCaseThread(h, 'CCHAT', 'UALICE');

    // Someone else's chatter is theirs: no reply.
    expect(await say('UBOB', 'lunch first, back in 20')).toEqual([]);
    // The person the case is with gets the reminder once, then nothing until something moves the case.
    const reminder = await say('UALICE', 'ok');
    expect(reminder).toHaveLength(1);
    expect(reminder[0]).toMatch(/^Noted, but nothing in that changes the case\. When the steps are done, say "done"/);
    expect(await say('UALICE', 'ok')).toEqual([]);
    expect(await say('UBOB', 'ok')).toEqual([]);
    // Said to awskey: always answered.
    const addressed = await say('UBOB', '<@UBOT> ok?');
    expect(addressed).toHaveLength(1);
    expect(addressed[0]).toMatch(/^Noted, but nothing in that changes the case\./);
  }, 30_000);

  // QA 36 F2: "bob can you check the jenkins creds when you have a sec?" from someone the case is not with moved the
  // ranking by a point (94% -> 93%, a runner-up at 1%) and got "Leading now: …" in the thread.
  test('when someone the case is not with asks a teammate a question in the thread, then awskey does not reply', async () => {
    h = await startHarness();
    const say = await expiredCaseThread(h, 'CASIDE', 'U1');
    expect(await say('U2', 'bob can you check the jenkins creds when you have a sec?')).toEqual([]);
    expect(await say('U2', '<@U0TEAMMATE> did you rotate the jenkins creds?')).toEqual([]);
    // Said to awskey, the same words are answered.
    expect(await say('U2', '<@UBOT> can you check the jenkins creds?')).toHaveLength(1);
  }, 30_000);

  // Review 36b (R36b-6): an aside dropped every reply of its turn, the private secret warning too, and the adapter then
  // logged 'secret pasted; poster warned privately' although nobody was warned.
  test('when someone the case is not with hands a teammate a secret in the thread, then only they are warned, privately', async () => {
    h = await startHarness();
    const say = await expiredCaseThread(h, 'CHAND', 'U1');
    const before = h.fake.callsTo('chat.postEphemeral').length;
    const posted = await say('U2', `<@U0TEAMMATE> here are the creds: aws_access_key_id = AKIAIOSFODNN7EXAMPLE aws_secret_access_key = ${SECRET}`);
    expect(posted).toEqual([]);
    const warnings = h.fake.callsTo('chat.postEphemeral').slice(before);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.body).toMatchObject({ channel: 'CHAND', user: 'U2' });
    expect(String(warnings[0]!.body.text)).toMatch(/rotate/i);
    expect(h.logs.lines.some((l) => l.includes('poster warned privately') && l.includes('"channel":"CHAND"'))).toBe(true);
    expect(h.fake.allTraffic()).not.toContain(SECRET);
  }, 30_000);

  test('when a button is clicked, then the next step is posted in the same thread, and "Resolved" posts the summary', async () => {
    h = await startHarness();
    const { body } = await h.sendEvent({ text: ERROR_PASTE });
    const root = (body.event as { ts: string }).ts;
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && buttonsOf(x).length > 0), 'a reply with buttons');
    const withButtons = h.fake.callsTo('chat.postMessage').find((c) => buttonsOf(c).length > 0)!;
    const first = buttonsOf(withButtons).find((b) => b.action_id !== 'awskey:resolve' && !b.action_id!.startsWith('awskey:resolve'))!;
    const before = h.fake.callsTo('chat.postMessage').length;
    const messageTs = '1700000100.000001';
    await h.sendAction({ actionId: first.action_id!, value: first.value!, messageTs, threadTs: root, messageBlocks: withButtons.body.blocks as unknown[] });
    await h.fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length > before, 'the next step');
    expect(h.fake.callsTo('chat.postMessage').slice(before).every((c) => c.body.thread_ts === root)).toBe(true);
    // The answered question's buttons are retired, so nobody answers it twice.
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.update'), 'the retired buttons');
    const update = h.fake.callsTo('chat.update')[0]!;
    expect(update.body).toMatchObject({ channel: 'C1', ts: messageTs });
    expect(JSON.stringify(update.body.blocks)).not.toContain(first.action_id!);
    expect(JSON.stringify(update.body.blocks)).toContain('<@U1> chose');

    const resolveCount = h.fake.callsTo('chat.postMessage').length;
    await h.sendAction({ actionId: 'awskey:resolve', value: '{"k":"resolve"}', messageTs: '1700000100.000002', threadTs: root });
    await h.fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length > resolveCount, 'the summary');
    const summary = h.fake.callsTo('chat.postMessage').slice(resolveCount);
    expect(summary.every((c) => c.body.thread_ts === root)).toBe(true);
    expect(summary.map((c) => JSON.stringify(c.body)).join('\n')).toMatch(/resolved|summary/i);
    await expectMetric(h, /awskey_cases_resolved_total\{cause="[a-z-]+"\} 1/);
  });

  test('when a button belongs to a case awskey no longer has, then the clicker is told privately', async () => {
    h = await startHarness();
    const r = await h.sendAction({ actionId: 'awskey:resolve', value: '{"k":"resolve"}', messageTs: '1.000001', threadTs: '1.000000', responseId: 'gone' });
    expect(r.status).toBe(200);
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/gone'), 'the note');
    expect(h.fake.calls.find((c) => c.path === '/response/gone')!.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('no longer have this case') });
  });

  test('when a paste holds a secret access key, then only the poster is warned, and the secret is in no outgoing call and no log line', async () => {
    h = await startHarness();
    await h.sendEvent({ text: `${ERROR_PASTE}\n${SECRET_PASTE}`, user: 'U42', channel: 'C5' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral'), 'the private warning');
    const warning = h.fake.callsTo('chat.postEphemeral')[0]!;
    expect(warning.body).toMatchObject({ channel: 'C5', user: 'U42' });
    expect(String(warning.body.text)).toMatch(/secret access key/i);
    expect(String(warning.body.text)).toMatch(/rotate/i);
    await h.settled();
    expect(h.fake.allTraffic()).not.toContain(SECRET);
    expect(h.logs.lines.length).toBeGreaterThan(0);
    expect(h.logs.text()).not.toContain(SECRET);
    expect(h.logs.text()).not.toContain('our deploy fails'); // pasted text is never logged
  });

  test('when Slack retries an event (same event_id, X-Slack-Retry-Num: 1), then it is answered once', async () => {
    h = await startHarness();
    const { body } = await h.sendEvent({ text: SECRET_PASTE, eventId: 'EvRETRY1' });
    const retry = await h.sendRawEvent(body, { retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    await h.settled();
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(1);
    expect(h.logs.text()).toContain('duplicate delivery dropped');
  });

  test('when one message arrives as both a message and an app_mention, then it is answered once', async () => {
    h = await startHarness();
    const ts = '1700000555.000100';
    await h.sendEvent({ text: `<@UBOT> ${SECRET_PASTE}`, ts, eventId: 'EvMSG' });
    await h.sendEvent({ text: `<@UBOT> ${SECRET_PASTE}`, ts, eventId: 'EvMENTION', type: 'app_mention' });
    await h.settled();
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(1);
  });

  test('when a message is an edit, a deletion, a join, a bot post or our own post, then it is ignored', async () => {
    h = await startHarness();
    for (const subtype of ['message_changed', 'message_deleted', 'channel_join', 'bot_message']) await h.sendEvent({ text: SECRET_PASTE, subtype });
    await h.sendEvent({ text: SECRET_PASTE, user: 'UBOT' });
    await h.settled();
    expect(nonAuth(h)).toEqual([]);
  });

  test('when a snippet or text file is shared, then its content is downloaded with the bot token and diagnosed; files on other hosts are not fetched', async () => {
    h = await startHarness();
    const url = h.fake.addFile('T1-F1/download/error.txt', SECRET_PASTE);
    await h.sendEvent({
      text: 'see attached',
      subtype: 'file_share',
      files: [
        { id: 'F1', name: 'error.txt', mimetype: 'text/plain', filetype: 'text', size: SECRET_PASTE.length, url_private_download: url },
        { id: 'F2', name: 'x.txt', mimetype: 'text/plain', filetype: 'text', size: 10, url_private_download: 'https://evil.example.com/x.txt' },
        { id: 'F3', name: 'big.log', mimetype: 'text/plain', filetype: 'text', size: 60 * 1024 * 1024, url_private_download: url }, // over the download cap
      ],
    });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral'), 'the warning about the file content');
    const downloads = h.fake.callsTo('file');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.auth).toBe('Bearer xoxb-1-test-bot-token');
  });

  test('when a log file of almost 1 MB (what Slack makes of a 1 MB paste) is shared, then it is diagnosed like a paste of that size', async () => {
    h = await startHarness();
    const line = '2026-11-22T10:00:00Z INFO worker processed job id=12345 status=ok duration=12ms\n';
    const log = `${line.repeat(Math.floor(990_000 / line.length))}${ERROR_PASTE}\n`;
    const url = h.fake.addFile('T1-F9/download/ci.log', log);
    const { body } = await h.sendEvent({ text: '', subtype: 'file_share', files: [{ id: 'F9', name: 'ci.log', mimetype: 'text/plain', filetype: 'text', size: log.length, url_private_download: url }] });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the threaded answer');
    expect(h.fake.callsTo('chat.postMessage')[0]!.body).toMatchObject({ thread_ts: (body.event as { ts: string }).ts, text: expect.stringContaining('InvalidClientTokenId') });
  });

  test('when a pasted text file cannot be downloaded, then the thread gets a short note naming it and why, instead of silence', async () => {
    h = await startHarness();
    const missing = `${h.fake.origin}/files-pri/T1-F11/download/gone.log`;
    const { body } = await h.sendEvent({ text: '', subtype: 'file_share', channel: 'CGONE', files: [{ id: 'F11', name: 'gone.log', mimetype: 'text/plain', filetype: 'text', size: 2000, url_private_download: missing }] });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CGONE'), 'the note');
    const note = h.fake.callsTo('chat.postMessage').find((c) => c.body.channel === 'CGONE')!;
    expect(note.body.thread_ts).toBe((body.event as { ts: string }).ts);
    expect(String(note.body.text)).toContain('I could not read `gone.log` (Slack answered HTTP 404)');
    expect(h.logs.text()).toContain('pasted file could not be downloaded');
  });

  test('when a message and its file together pass 1 MB and the error is at the end, then the error is still read (head and tail, not the first 1 MB)', async () => {
    h = await startHarness();
    const line = '2026-11-22T10:00:00Z INFO worker processed job id=12345 status=ok duration=12ms\n';
    const text = line.repeat(Math.floor(40_000 / line.length)); // Slack's longest message, as log lines
    const log = `${line.repeat(Math.floor(990_000 / line.length))}${ERROR_PASTE}\n`;
    const url = h.fake.addFile('T1-F10/download/ci.log', log);
    await h.sendEvent({ text, subtype: 'file_share', channel: 'CTAIL', files: [{ id: 'F10', name: 'ci.log', mimetype: 'text/plain', filetype: 'text', size: log.length, url_private_download: url }] });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CTAIL'), 'the threaded answer');
    expect(String(h.fake.callsTo('chat.postMessage').find((c) => c.body.channel === 'CTAIL')!.body.text)).toContain('InvalidClientTokenId');
  });

  test('when a thread_broadcast reply carries a paste, then it is handled in its thread', async () => {
    h = await startHarness();
    await h.sendEvent({ text: SECRET_PASTE, subtype: 'thread_broadcast', thread_ts: '1700000000.000001', channel: 'C3' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral'), 'the warning');
    expect(h.fake.callsTo('chat.postEphemeral')[0]!.body).toMatchObject({ channel: 'C3', thread_ts: '1700000000.000001' });
  });

  test('when the store fails while handling a paste, then the thread gets an apology with a correlation id that is logged', async () => {
    const good = createMemoryStore();
    const broken: KeyValueStore = {
      ...good,
      get: async () => {
        throw new Error('ECONNREFUSED 10.0.0.9:6379');
      },
      update: async () => {
        throw new Error('ECONNREFUSED 10.0.0.9:6379');
      },
    };
    h = await startHarness({ kv: broken });
    await h.sendEvent({ text: 'anyone up for lunch?' });
    const { body } = await h.sendEvent({ text: ERROR_PASTE });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && /Sorry/.test(String(x.body.text))), 'the apology');
    // Both deliveries failed; only the pasted error, which was due an answer, got an apology.
    await poll(() => h!.logs.lines.filter((l) => l.includes('request failed')).length === 2, 'both failures logged');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    const apology = h.fake.callsTo('chat.postMessage').find((c) => /Sorry/.test(String(c.body.text)))!;
    expect(apology.body.thread_ts).toBe((body.event as { ts: string }).ts);
    expect(apology.raw).not.toContain('ECONNREFUSED');
    const id = /`([0-9a-f]{12})`/.exec(String(apology.body.text))![1]!;
    expect(h.logs.lines.some((l) => l.includes(id) && l.includes('ECONNREFUSED'))).toBe(true);
  });

  test('when the store fails while handling a message said to awskey, then it gets an apology too; the same words unaddressed get nothing', async () => {
    const broken: KeyValueStore = {
      ...createMemoryStore(),
      get: async () => {
        throw new Error('ECONNREFUSED 10.0.0.9:6379');
      },
      update: async () => {
        throw new Error('ECONNREFUSED 10.0.0.9:6379');
      },
    };
    h = await startHarness({ kv: broken });
    await h.sendEvent({ text: "our deploy job can't authenticate to AWS since this morning", channel: 'CWORDS' });
    await h.sendEvent({ text: "<@UBOT> our deploy job can't authenticate to AWS since this morning", channel: 'CASKED' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && /Sorry/.test(String(x.body.text))), 'the apology');
    await poll(() => h!.logs.lines.filter((l) => l.includes('request failed')).length === 2, 'both failures logged');
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['CASKED']);
  });

  test('GET /healthz answers 200 and GET /metrics serves Prometheus text', async () => {
    h = await startHarness();
    const base = h.url.replace('/slack/events', '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('# TYPE awskey_command_ack_seconds histogram');
    expect(metrics).toContain('awskey_lookups_total');
  });
});

describe('"Run lookup" from a case thread', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when a paste shows a key id and "Look up" is clicked, then the lookup runs and its result is an input to the case, answered in the thread', async () => {
    const dir = gatedKeyDirectory();
    h = await startHarness({ keyDirectory: dir });
    const paste = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\naws_access_key_id = AKIAIOSFODNN7EXAMPLE';
    const { body } = await h.sendEvent({ text: paste, channel: 'C8' });
    const root = (body.event as { ts: string }).ts;
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && buttonsOf(x).some((b) => b.action_id!.startsWith('awskey:run-lookup'))), 'a Look up button');
    const button = h.fake.callsTo('chat.postMessage').flatMap(buttonsOf).find((b) => b.action_id!.startsWith('awskey:run-lookup'))!;
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.sendAction({ actionId: button.action_id!, value: button.value!, messageTs: '1700000100.000009', threadTs: root, channel: 'C8' });
    await dir.started();
    expect(dir.hints[0]).toMatch(/MPLE$/);
    dir.release();
    await h.fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length > before, 'the case answer to the lookup');
    expect(h.fake.callsTo('chat.postMessage').slice(before).every((c) => c.body.thread_ts === root)).toBe(true);
    expect(h.fake.callsTo('chat.postEphemeral').some((c) => /Looking up/.test(String(c.body.text)))).toBe(true);
    expect(h.fake.allTraffic()).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});
