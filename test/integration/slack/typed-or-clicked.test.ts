/**
 * The same "Noted." in Slack and in the terminal, each in its own words: in Slack, over the real Bolt
 * app on loopback, the choices are buttons, so the reply says a choice can be clicked (the terminal
 * chat says to type a number instead: test/integration/chat-oncall.test.ts).
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('how to answer a question, in Slack', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when chatter in a case thread answers nothing, then the "Noted." reply says to reply with a number or click a choice', async () => {
    h = await startHarness();
    const root = '1700000200.000001';
    const inThread = () => h!.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CTYPED' && c.body.thread_ts === root);
    await h.sendEvent({ text: ERROR_PASTE, user: 'UASK', channel: 'CTYPED', ts: root });
    await h.fake.waitFor(() => inThread().length >= 1, 'the first answer');
    const before = inThread().length;
    await h.sendEvent({ text: 'ok thanks', user: 'UASK', channel: 'CTYPED', thread_ts: root, ts: '1700000200.000002' });
    await h.fake.waitFor(() => inThread().length > before, 'the reply to the chatter');
    const said = JSON.stringify(inThread().slice(before).map((c) => c.body));
    expect(said).toMatch(/Noted, but nothing in that answers the question\. Reply with a number from 1 to \d+, click a choice, or answer in words\./);
  });
});
