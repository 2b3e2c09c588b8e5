/**
 * The Slack HTTP policy on its own, with a scripted fetch standing in for the network: what is
 * retried (transient ok:false, 429 after Retry-After, 5xx, timeouts), what is returned at once, and
 * that the caller's own abort is final.
 */
import { createSlackFetch } from '../../../src/adapters/slack/slack-fetch';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

function scripted(answers: Array<Response | 'hang' | Error>) {
  const calls: number[] = [];
  const fetchFn = (async (_input: unknown, init?: RequestInit) => {
    calls.push(calls.length);
    const next = answers.shift() ?? json({ ok: true });
    if (next === 'hang') {
      return new Promise<Response>((_r, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { fetchFn, calls };
}

const waits: number[] = [];
const sleep = async (ms: number) => void waits.push(ms);
const URL_ = 'https://slack.com/api/chat.postMessage';

describe('Slack fetch policy', () => {
  beforeEach(() => (waits.length = 0));

  test('when Slack answers ok:false internal_error twice, then the third attempt is returned', async () => {
    const { fetchFn, calls } = scripted([json({ ok: false, error: 'internal_error' }), json({ ok: false, error: 'service_unavailable' }), json({ ok: true, ts: '1.2' })]);
    const res = await createSlackFetch({ timeoutMs: 1000, retries: 3, fetchFn, sleep })(URL_, { method: 'POST' });
    expect(await res.json()).toEqual({ ok: true, ts: '1.2' });
    expect(calls).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!); // exponential backoff
  });

  test('when the error is final (invalid_blocks), then it is returned at once, body intact', async () => {
    const { fetchFn, calls } = scripted([json({ ok: false, error: 'invalid_blocks' })]);
    const res = await createSlackFetch({ timeoutMs: 1000, retries: 3, fetchFn, sleep })(URL_, { method: 'POST' });
    expect(await res.json()).toEqual({ ok: false, error: 'invalid_blocks' });
    expect(calls).toHaveLength(1);
  });

  test('when retries run out, then the last transient answer is returned for the caller to report', async () => {
    const { fetchFn, calls } = scripted([json({ ok: false, error: 'fatal_error' }), json({ ok: false, error: 'fatal_error' })]);
    const res = await createSlackFetch({ timeoutMs: 1000, retries: 1, fetchFn, sleep })(URL_, { method: 'POST' });
    expect(await res.json()).toEqual({ ok: false, error: 'fatal_error' });
    expect(calls).toHaveLength(2);
  });

  test('when Slack answers 429 with Retry-After, then the retry waits that long', async () => {
    const { fetchFn } = scripted([json({ ok: false, error: 'ratelimited' }, 429, { 'retry-after': '7' })]);
    await createSlackFetch({ timeoutMs: 1000, retries: 2, fetchFn, sleep })(URL_, { method: 'POST' });
    expect(waits).toEqual([7000]);
  });

  test('when an attempt hangs, then it is timed out and retried; a 502 is retried as well', async () => {
    const { fetchFn, calls } = scripted(['hang', new Response('bad gateway', { status: 502 }), json({ ok: true })]);
    const res = await createSlackFetch({ timeoutMs: 50, retries: 3, fetchFn, sleep })(URL_, { method: 'POST' });
    expect(await res.json()).toEqual({ ok: true });
    expect(calls).toHaveLength(3);
  });

  test('when the caller aborts, then the error is final and not retried', async () => {
    const { fetchFn, calls } = scripted(['hang']);
    const controller = new AbortController();
    const pending = createSlackFetch({ timeoutMs: 10_000, retries: 3, fetchFn, sleep })(URL_, { method: 'POST', signal: controller.signal });
    controller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
    expect(calls).toHaveLength(1);
  });

  test('when a response_url answers plain "ok", then it passes through untouched', async () => {
    const { fetchFn } = scripted([new Response('ok', { status: 200, headers: { 'content-type': 'text/plain' } })]);
    const res = await createSlackFetch({ timeoutMs: 1000, retries: 3, fetchFn, sleep })('https://hooks.slack.com/actions/T1/1/x', { method: 'POST' });
    expect(await res.text()).toBe('ok');
  });
});
