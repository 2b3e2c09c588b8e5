/**
 * At-least-once, answered once, with real processes (src/main.ts) over loopback: replica A acks a
 * paste and is SIGKILLed while posting the reply; Slack's retry of that delivery then reaches
 * replica B. While A was alive a retry was dropped (still being processed); after A's lease lapsed
 * the retry is answered; a further retry is dropped as done. The paste is answered exactly once.
 * Both stores: Redis shared by two replicas, and the embedded store shared through its data dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { poll, startFakeSlack, type FakeSlack, type RecordedCall } from '../../helpers/fake-slack/fake-slack';
import { SIGNING_SECRET } from '../../helpers/fake-slack/harness';
import { httpModeEnv, listeningPort, runMain, stopProc, type Proc } from '../../helpers/fake-slack/main-process';
import { messageEvent } from '../../helpers/fake-slack/payloads';
import { sendSigned } from '../../helpers/fake-slack/sign';
import { testRedisUrl } from '../../helpers/test-redis';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const isHeader = (c: RecordedCall) => JSON.stringify(c.body.blocks ?? []).includes('"header"');

describe.each([
  ['Redis', (): Record<string, string> => ({ REDIS_URL: testRedisUrl() })],
  ['the embedded store', (dir: string): Record<string, string> => ({ AWSKEY_DATA_DIR: join(dir, 'data') })],
])('a replica killed mid-reply, with %s', (_name, storeEnv) => {
  let dir: string;
  let fake: FakeSlack;
  const procs: Proc[] = [];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-crash-'));
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    for (const p of procs.splice(0)) await stopProc(p);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const replica = async () => {
    const p = runMain(httpModeEnv(fake.apiUrl, { LOG_LEVEL: 'info', AWSKEY_DELIVERY_LEASE_SECONDS: '1', ...storeEnv(dir) }), dir);
    procs.push(p);
    return { p, url: `http://127.0.0.1:${await listeningPort(p)}/slack/events` };
  };

  test('when Slack retries the delivery on another replica, then the paste is answered exactly once', async () => {
    const [a, b] = await Promise.all([replica(), replica()]);
    // Replica A's reply never completes: A is mid-processing when it is killed.
    let hang = true;
    const answered: RecordedCall[] = [];
    fake.on('chat.postMessage', (body, call) => {
      if (hang) return new Promise(() => undefined);
      answered.push(call);
      return { ok: true, channel: body.channel, ts: `1700000700.${String(answered.length).padStart(6, '0')}` };
    });
    const unique = `${process.pid}${Date.now().toString(36)}`;
    const channel = `CKILL${unique}`;
    const event = JSON.stringify(messageEvent({ text: ERROR_PASTE, channel, eventId: `EvKILL${unique}` }));

    expect((await sendSigned(a.url, SIGNING_SECRET, event, 'application/json')).status).toBe(200);
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === channel), 'replica A posting its reply');

    // Slack's first retry (A was slow to ack, say) reaches B while A still works on it: dropped.
    expect((await sendSigned(b.url, SIGNING_SECRET, event, 'application/json', { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    await poll(() => b.p.out.join('').includes('delivery still being processed; retry dropped'), 'B dropping the retry');

    a.p.child.kill('SIGKILL');
    await a.p.exited;
    hang = false;
    // A's lease (1 s here, renewed while it worked) lapses; Slack's next retry comes later than that.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await sendSigned(b.url, SIGNING_SECRET, event, 'application/json', { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    await poll(() => answered.some((c) => c.body.channel === channel && isHeader(c)), 'the answer from replica B');
    await poll(() => b.p.out.join('').includes('delivery taken over after its lease lapsed'), 'the takeover log line');

    // Once answered (or while B still posts the rest of the answer), a further retry is dropped.
    const drops = () => (b.p.out.join('').match(/duplicate delivery dropped|retry dropped/g) ?? []).length;
    const before = drops();
    expect((await sendSigned(b.url, SIGNING_SECRET, event, 'application/json', { retryNum: 3, retryReason: 'http_timeout' })).status).toBe(200);
    await poll(() => drops() > before, 'B dropping the last retry');
    await new Promise((r) => setTimeout(r, 300));
    expect(answered.filter((c) => c.body.channel === channel && isHeader(c))).toHaveLength(1);
    // Two processes started and one killed: on 2 loaded cores that takes longer than the default 30 s.
  }, 120_000);
});
