/**
 * QA38 F8: "deploy failing, one sec pasting the error", then the same message edited to hold the error. Over the real Bolt
 * app on loopback against the fake Slack: the edit is answered like the text posted fresh, once (a retry of the edit's
 * delivery and a later edit add nothing); an edit of a message that holds no error stays unanswered.
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { messageEvent } from '../../helpers/fake-slack/payloads';

const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

/** A `message_changed` delivery as Slack sends it: the edited message and the previous one nested. */
function editOf(o: { channel: string; user: string; ts: string; before: string; after: string; eventId: string; threadTs?: string }): Record<string, unknown> {
  const body = messageEvent({ text: '', channel: o.channel, eventId: o.eventId });
  const ts = (body.event as Record<string, unknown>).ts;
  body.event = {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: o.channel,
    channel_type: 'channel',
    ts,
    event_ts: ts,
    message: { type: 'message', user: o.user, text: o.after, ts: o.ts, edited: { user: o.user, ts }, ...(o.threadTs ? { thread_ts: o.threadTs } : {}) },
    previous_message: { type: 'message', user: o.user, text: o.before, ts: o.ts },
  };
  return body;
}

describe('a message edited to hold the error, in Slack', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when a message no case answered is edited to hold an AWS error, then it is answered in its thread once, whatever the retries and later edits', async () => {
    h = await startHarness();
    const root = '1700000300.000001';
    const inThread = () => h!.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CEDIT' && c.body.thread_ts === root);
    const placeholder = 'deploy failing, one sec pasting the error';
    await h.sendEvent({ text: placeholder, user: 'U7', channel: 'CEDIT', ts: root });
    await h.settled();
    expect(inThread()).toHaveLength(0);
    const edit = editOf({ channel: 'CEDIT', user: 'U7', ts: root, before: placeholder, after: `deploy failing:\n\`\`\`${ERROR}\`\`\``, eventId: 'EvEDIT1' });
    await h.sendRawEvent(edit);
    await h.fake.waitFor(() => inThread().length >= 1, 'the answer to the edited message');
    const answered = inThread().length;
    expect(JSON.stringify(inThread().map((c) => c.body))).toMatch(/first four characters/i);
    // Slack's retry of the same delivery, and a later edit of the same message: nothing more.
    await h.sendRawEvent(edit, { retryNum: 1, retryReason: 'http_timeout' });
    await h.sendRawEvent(editOf({ channel: 'CEDIT', user: 'U7', ts: root, before: `deploy failing:\n${ERROR}`, after: `deploy failing (prod):\n${ERROR}`, eventId: 'EvEDIT2' }));
    await h.settled();
    expect(inThread()).toHaveLength(answered);
  });

  test('when a message is edited to words that hold no AWS error, then nothing is posted', async () => {
    h = await startHarness();
    const root = '1700000301.000001';
    await h.sendEvent({ text: 'lunch?', user: 'U8', channel: 'CEDIT2', ts: root });
    await h.sendRawEvent(editOf({ channel: 'CEDIT2', user: 'U8', ts: root, before: 'lunch?', after: 'lunch at 12?', eventId: 'EvEDIT3' }));
    await h.settled();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CEDIT2')).toHaveLength(0);
  });

  test('when an answer in a case thread is edited (ASIA corrected to AKIA), then the edit is read as the correction, once per edit (QA39 F3)', async () => {
    h = await startHarness();
    const root = '1700000302.000001';
    const inThread = () => h!.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CEDIT3' && c.body.thread_ts === root);
    await h.sendEvent({ text: `\`\`\`${ERROR}\`\`\``, user: 'U1', channel: 'CEDIT3', ts: root });
    await h.fake.waitFor(() => inThread().length >= 1, 'the question on the paste');
    const reply = '1700000302.000009';
    await h.sendEvent({ text: 'it starts with ASIA', user: 'U1', channel: 'CEDIT3', ts: reply, thread_ts: root });
    await h.settled();
    const beforeEdit = inThread().length;
    expect(JSON.stringify(inThread().slice(-1).map((c) => c.body))).toMatch(/session token/i);
    const edit = editOf({ channel: 'CEDIT3', user: 'U1', ts: reply, threadTs: root, before: 'it starts with ASIA', after: 'it starts with AKIA (sorry, misread)', eventId: 'EvEDIT4' });
    await h.sendRawEvent(edit);
    await h.fake.waitFor(() => inThread().length > beforeEdit, 'the answer to the corrected reply');
    const afterEdit = inThread().length;
    // Read as the correction: the session-token fix built on "ASIA" is no longer the answer.
    expect(JSON.stringify(inThread().slice(beforeEdit).map((c) => c.body))).not.toMatch(/AWS_SESSION_TOKEN/);
    // Slack's retry of that edit's delivery adds nothing.
    await h.sendRawEvent(edit, { retryNum: 1, retryReason: 'http_timeout' });
    await h.settled();
    expect(inThread()).toHaveLength(afterEdit);
  });
});
