/**
 * The Slack Web API misbehaving, against the real Bolt app over HTTP: a call that never answers is
 * timed out and retried; an HTTP 200 `ok:false` with a documented-transient error is retried (the
 * reply and the apology alike); a final error is not retried.
 */
import type { RecordedCall } from '../../helpers/fake-slack/fake-slack';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const FAST = { AWSKEY_SLACK_TIMEOUT_SECONDS: '1', AWSKEY_SLACK_RETRIES: '2' };

const isHeader = (c: RecordedCall) => JSON.stringify(c.body.blocks ?? []).includes('"header"');
const okPosts: RecordedCall[] = [];

/** chat.postMessage answered by `first` for the first `n` calls matching `which`, normally afterwards. */
function misbehave(h: Harness, which: (c: RecordedCall) => boolean, n: number, first: () => Promise<Record<string, unknown>>) {
  let left = n;
  let ts = 0;
  h.fake.on('chat.postMessage', async (body, call) => {
    if (which(call) && left > 0) {
      left--;
      return first();
    }
    okPosts.push(call);
    return { ok: true, channel: body.channel, ts: `1700000300.${String(++ts).padStart(6, '0')}` };
  });
}

describe('Slack Web API hardening', () => {
  let h: Harness | undefined;
  let hung: Array<() => void> = [];
  beforeEach(() => {
    okPosts.length = 0;
  });
  afterEach(async () => {
    for (const release of hung) release();
    hung = [];
    await h?.stop();
    h = undefined;
  });

  test('when chat.postMessage never answers, then the call times out and is retried, and the reply is posted', async () => {
    h = await startHarness({ env: FAST });
    misbehave(h, isHeader, 1, () => new Promise((resolve) => hung.push(() => resolve({ ok: false, error: 'too_late' }))));
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CHANG' });
    await h.fake.waitFor(() => okPosts.some((c) => c.body.channel === 'CHANG' && isHeader(c)), 'the reply after the timeout');
    expect(h.fake.callsTo('chat.postMessage').filter(isHeader)).toHaveLength(2); // the hung attempt, then the answered one
    expect(h.logs.text()).toMatch(/"reason":"timeout".*Slack call failed transiently; retrying/);
  });

  test.each(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited'])(
    'when chat.postMessage answers HTTP 200 ok:false %s, then it is retried and the reply is posted once',
    async (error) => {
      h = await startHarness({ env: FAST });
      misbehave(h, isHeader, 1, async () => ({ ok: false, error }));
      await h.sendEvent({ text: ERROR_PASTE, channel: 'CFLAKY' });
      await h.fake.waitFor(() => okPosts.some((c) => c.body.channel === 'CFLAKY' && isHeader(c)), 'the reply after the retry');
      expect(okPosts.filter((c) => c.body.channel === 'CFLAKY' && isHeader(c))).toHaveLength(1);
      expect(h.logs.text()).not.toContain('request failed');
    },
  );

  test('when the reply fails for good and the apology meets internal_error, then the apology is retried and delivered', async () => {
    h = await startHarness({ env: FAST });
    // Replies with blocks fail with a final error; the apology (text only) fails once, transiently.
    let apologyFailures = 1;
    h.fake.on('chat.postMessage', async (body, call) => {
      if (call.body.blocks) return { ok: false, error: 'invalid_blocks' };
      if (apologyFailures-- > 0) return { ok: false, error: 'internal_error' };
      okPosts.push(call);
      return { ok: true, channel: body.channel, ts: '1700000400.000001' };
    });
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CSORRY' });
    await h.fake.waitFor(() => okPosts.some((c) => String(c.body.text).includes('Sorry')), 'the apology');
    // invalid_blocks is final: tried once per reply message, not retried.
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.blocks && isHeader(c))).toHaveLength(1);
  });
});
