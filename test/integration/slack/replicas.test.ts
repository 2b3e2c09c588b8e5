/**
 * Two stateless replicas behind a load balancer share one Redis: the same delivery reaching both
 * is answered once, and a case opened on one continues on the other.
 */
import { createRedisStore } from '../../../src/adapters/store/redis-store';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack/fake-slack';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { testRedisUrl, uniqueTestPrefix } from '../../helpers/test-redis';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const SECRET_PASTE = 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('replicas sharing Redis', () => {
  let fake: FakeSlack;
  let a: Harness;
  let b: Harness;
  const stores: KeyValueStore[] = [];

  beforeAll(async () => {
    const url = testRedisUrl();
    const prefix = uniqueTestPrefix('slack-replicas');
    fake = await startFakeSlack();
    for (let i = 0; i < 2; i++) stores.push(await createRedisStore({ url, keyPrefix: prefix }));
    a = await startHarness({ fake, kv: stores[0] });
    b = await startHarness({ fake, kv: stores[1] });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    for (const s of stores) await s.close();
    await fake?.close();
  });

  test('when both replicas receive the same event (a retry routed elsewhere), then exactly one reply is posted', async () => {
    const { body } = await a.sendEvent({ text: ERROR_PASTE, eventId: 'EvREPLICA1', channel: 'CR1' });
    await b.sendRawEvent(body, { retryNum: 1, retryReason: 'http_timeout' });
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CR1'), 'the reply');
    // Later deliveries to both replicas prove each has finished with (or dropped) the duplicate.
    await b.sendEvent({ text: SECRET_PASTE, channel: 'CR2' });
    await a.sendEvent({ text: SECRET_PASTE, channel: 'CR2A' });
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && x.body.channel === 'CR2'), 'the later warning');
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && x.body.channel === 'CR2A'), 'the later warning on A');
    // A acks before its claim is taken, so either replica may win the claim (B did in a loaded run):
    // exactly one drops the delivery, as done or as still being answered by the other.
    const dropped = /duplicate delivery dropped|delivery still being processed; retry dropped/;
    expect([a, b].filter((h) => dropped.test(h.logs.text()))).toHaveLength(1);
    const threads = new Set(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CR1').map((c) => c.body.thread_ts));
    expect(threads.size).toBe(1);
    const firstBatch = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CR1');
    // One answer = one set of messages; a duplicate would repeat the header message.
    expect(firstBatch.filter((c) => JSON.stringify(c.body.blocks).includes('"header"'))).toHaveLength(1);
  });

  test('when a case opened on one replica gets a thread reply on the other, then the other continues the case', async () => {
    const { body } = await a.sendEvent({ text: ERROR_PASTE, channel: 'CR3' });
    const root = (body.event as { ts: string }).ts;
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CR3'), 'the first reply');
    const before = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CR3').length;
    await b.sendEvent({ text: 'yes it works on my laptop but not in the CI job', channel: 'CR3', thread_ts: root });
    await fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage' && x.body.channel === 'CR3').length > before, 'the continuation');
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CR3').every((c) => c.body.thread_ts === root)).toBe(true);
  });
});
