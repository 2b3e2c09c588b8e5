/**
 * Redis going away and coming back under the real app (HTTP mode, a real redis-server this test
 * stops and starts): /healthz names the store, a new paste is still diagnosed (nothing saved, and the
 * thread is told so; `/awskey diagnose` too) instead of getting an apology, a thread reply, a button and a lookup are
 * told the store is down, and everything works again once Redis is back, without a restart.
 */
import { actionId, encodeButtonValue } from '../../../src/adapters/slack/action-values';
import { createKeyDirectory, type AwsKeyDirectory } from '../../../src/adapters/aws/key-directory';
import { createRedisStore } from '../../../src/adapters/store/redis-store';
import { loadConfig } from '../../../src/config';
import { UNSAVED_NOTE } from '../../../src/usecases/handle-case-input';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { startRedisServer, type RunningRedis } from '../../helpers/redis-server';
import { useFakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws, type FakeAws } from '../../helpers/fake-aws/server';
import { accountsSetting, makeKey, makeUser, type FakeWorld } from '../../helpers/fake-aws/world';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

async function health(h: Harness): Promise<{ status: number; store: unknown }> {
  const res = await fetch(`http://127.0.0.1:${new URL(h.url).port}/healthz`);
  return { status: res.status, store: ((await res.json()) as { store?: unknown }).store };
}

type Block = { type: string };

describe('Redis going away and coming back', () => {
  let redis: RunningRedis | undefined;
  let kv: KeyValueStore | undefined;
  let h: Harness | undefined;
  let aws: FakeAws | undefined;
  let restoreEnv: (() => void) | undefined;
  let directory: AwsKeyDirectory | undefined;
  const key = makeKey('111122223333', { status: 'Inactive' });
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [{ id: '111122223333', name: 'prod', users: [makeUser('ci-deployer', [key])] }] };
  afterAll(async () => {
    await h?.stop();
    await directory?.close();
    await kv?.close().catch(() => undefined);
    await redis?.stop();
    await aws?.close();
    restoreEnv?.();
  });

  test('when Redis stops, then /healthz is 503 naming the store and a new paste is still diagnosed in its thread (saying nothing was saved); when it is back, then cases open again', async () => {
    redis = await startRedisServer();
    kv = await createRedisStore({ url: redis.url, keyPrefix: 'outage:' });
    aws = await startFakeAws(world);
    restoreEnv = useFakeAwsEnv(aws.url);
    const loaded = loadConfig({ AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off', AWSKEY_AWS_RETRY_MODE: 'standard' });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    directory = createKeyDirectory(loaded.config, { store: kv });
    h = await startHarness({ kv, keyDirectory: directory, accountCount: 1 });
    const posts = () => h!.fake.callsTo('chat.postMessage');
    expect(await health(h)).toEqual({ status: 200, store: 'ok' });

    const port = redis.port;
    await redis.stop();
    redis = undefined;
    expect(await health(h)).toEqual({ status: 503, store: 'unreachable' });
    const down = await h.sendEvent({ text: ERROR_PASTE, channel: 'CDOWN' });
    expect(down.status).toBe(200);
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CDOWN'), 'the answer while Redis is down');
    const answer = posts().filter((c) => c.body.channel === 'CDOWN');
    const text = answer.map((c) => `${String(c.body.text)}\n${JSON.stringify(c.body.blocks ?? [])}`).join('\n');
    expect(text).toContain('InvalidClientTokenId');
    expect(text).toContain(UNSAVED_NOTE.slice(0, 40));
    expect(text).not.toMatch(/Sorry, something went wrong/);
    // No button or question that would lead nowhere without a stored case.
    expect(answer.flatMap((c) => (c.body.blocks as Block[] | undefined) ?? []).filter((b) => b.type === 'actions')).toEqual([]);
    const downTs = (down.body.event as { ts: string }).ts;
    expect(answer.every((c) => c.body.thread_ts === downTs)).toBe(true);
    // A reply in that thread (its case cannot be read) and a button click are told the store is down, not "something went wrong".
    const storeDown = /^:warning: I could not finish this: it needs my storage, which is unreachable right now\. Try again in a few minutes; if it lasts, give your awskey admin this reference: `\w{12}`\.$/;
    const before = posts().length;
    await h.sendEvent({ text: `still failing:\n${ERROR_PASTE}`, channel: 'CDOWN', thread_ts: downTs });
    await h.fake.waitFor(() => posts().length > before, 'the answer to a thread reply while Redis is down');
    const toReply = posts().slice(before);
    expect(toReply.map((c) => ({ thread: c.body.thread_ts, text: String(c.body.text) }))).toEqual([{ thread: downTs, text: expect.stringMatching(storeDown) as string }]);
    await h.sendAction({ actionId: actionId('step-done', 0), value: encodeButtonValue({ k: 'step-done' }), messageTs: downTs, threadTs: downTs, channel: 'CDOWN', responseId: 'click' });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/click'), 'the answer to a button click while Redis is down');
    expect(String(h.fake.calls.find((c) => c.path === '/response/click')!.body.text)).toMatch(storeDown);
    // A key lookup keeps its index in the store: it says the store is the problem, not just "something went wrong".
    await h.sendCommand(`AKIA...${key.id.slice(-4)}`, { responseId: 'look' });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/look' && /storage/.test(String(x.body.text))), 'the lookup answer while Redis is down');
    expect(String(h.fake.calls.filter((c) => c.path === '/response/look').at(-1)!.body.text)).toMatch(/^:warning: I could not look AKIA…\w{4} up: it needs my storage, which is unreachable right now/);
    // `/awskey diagnose` opens its own thread: the same answer there.
    expect((await h.sendCommand(`diagnose ${ERROR_PASTE}`, { channel: 'CDIAG', responseId: 'diag' })).status).toBe(200);
    await h.fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage' && x.body.channel === 'CDIAG').length >= 2, 'the diagnose thread');
    const diag = posts().filter((c) => c.body.channel === 'CDIAG' && c.body.thread_ts !== undefined);
    expect(diag.map((c) => String(c.body.text)).join('\n')).toContain(UNSAVED_NOTE.slice(0, 40));
    expect(diag.map((c) => String(c.body.text)).join('\n')).toContain('InvalidClientTokenId');

    redis = await startRedisServer({ port });
    // The client reconnects on its own (backoff up to 2 s): polled, not timed.
    let back = await health(h);
    for (let i = 0; i < 150 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = await health(h);
    }
    expect(back).toEqual({ status: 200, store: 'ok' });
    await h.sendEvent({ text: ERROR_PASTE, channel: 'CBACK' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CBACK'), 'the answer once Redis is back');
    const again = posts().filter((c) => c.body.channel === 'CBACK');
    expect(again.map((c) => String(c.body.text)).join('\n')).not.toContain(UNSAVED_NOTE.slice(0, 40));
    expect(again.flatMap((c) => (c.body.blocks as Block[] | undefined) ?? []).some((b) => b.type === 'actions')).toBe(true);
  }, 60_000);
});
