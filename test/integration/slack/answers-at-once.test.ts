/**
 * QA38 F16: two people answer the same question at once. The first answer moves the case on and the next question is
 * posted; the second, written before that question existed, must not answer it. Over the real Bolt app on loopback
 * against the fake Slack: a different answer is said as a disagreement, a bare number never jumps to the next question.
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const tsAt = (ms: number, seq: number) => `${Math.floor(ms / 1000)}.${String(seq).padStart(6, '0')}`;

describe('two answers to one question, in Slack', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when a second person\'s answer to the key-prefix question arrives after the next question was posted, then it is told as a disagreement and not taken for the next question', async () => {
    h = await startHarness();
    const start = Date.now();
    const root = tsAt(start - 5_000, 1);
    const inThread = () => h!.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CBOTH' && c.body.thread_ts === root);
    const said = (from: number) => JSON.stringify(inThread().slice(from).map((c) => c.body));
    await h.sendEvent({ text: ERROR_PASTE, user: 'U7', channel: 'CBOTH', ts: root });
    await h.fake.waitFor(() => inThread().length >= 1, 'the first answer');
    expect(said(0)).toMatch(/first four characters/i);
    // Both written once the question is on screen; U1's arrives first and is answered with the next question.
    const written = Date.now();
    const u1 = tsAt(written, 200);
    const u2 = tsAt(written, 201);
    let before = inThread().length;
    // Slack's ts counts whole seconds: the next question must be asked more than a second after both were written.
    await new Promise((r) => setTimeout(r, 2_100));
    await h.sendEvent({ text: '1', user: 'U1', channel: 'CBOTH', thread_ts: root, ts: u1 });
    await h.fake.waitFor(() => inThread().length > before, 'the next question');
    expect(said(before)).toMatch(/Which AWS endpoint/);
    before = inThread().length;
    await h.sendEvent({ text: '2', user: 'U2', channel: 'CBOTH', thread_ts: root, ts: u2 });
    await h.fake.waitFor(() => inThread().length > before, 'the reply to the second answer');
    const reply = said(before);
    expect(reply).toMatch(/Two answers to one question: that one was written for .*before the question above was asked/);
    expect(reply).toMatch(/The answer taken first, from another person, was \*AKIA.*you said \*ASIA/);
    expect(reply).not.toMatch(/opt-in region|Enable the region|Region or STS endpoint/i);
  });
});
