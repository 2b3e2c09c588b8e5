/**
 * Health that means something, on the real app: Socket Mode serves /healthz on AWSKEY_HEALTH_PORT
 * with the WebSocket's state and how long since the last event and ping (503 while disconnected),
 * and the container's probe (src/healthcheck.ts) follows it; HTTP mode's /healthz checks the store.
 */
import { spawn } from 'node:child_process';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { healthUrl } from '../../../src/healthcheck';
import { entryArgs } from '../../helpers/built-entry';
import { APP_TOKEN, BOT_TOKEN, startHarness, startSocketHarness, type Harness, type SocketHarness } from '../../helpers/fake-slack/harness';

async function health(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function probe(env: Record<string, string>): Promise<number | null> {
  const child = spawn(process.execPath, entryArgs('healthcheck'), { env: { PATH: process.env.PATH ?? '', ...env }, cwd: __dirname, stdio: 'ignore' });
  return new Promise((r) => child.on('exit', (code) => r(code)));
}

describe('Socket Mode health port', () => {
  let h: SocketHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when the WebSocket is connected, then /healthz is 200 with the time since the last event; when it drops and cannot reconnect, then 503 and the container probe fails', async () => {
    h = await startSocketHarness({ env: { AWSKEY_HEALTH_PORT: '0' } });
    const port = h.running.healthPort!;
    expect(port).toBeGreaterThan(0);
    const up = await health(port);
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ ok: true, mode: 'socket', connected: true, store: 'ok' });
    expect(typeof up.body.secondsSinceLastEvent).toBe('number'); // the hello message
    // The client pings every 5 s; the pong shows up as the heartbeat.
    let beat = up;
    for (let i = 0; i < 80 && typeof beat.body.secondsSinceLastPing !== 'number'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      beat = await health(port);
    }
    expect(beat.body.secondsSinceLastPing).toEqual(expect.any(Number));
    const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, AWSKEY_HEALTH_PORT: String(port) };
    expect(await probe(env)).toBe(0);

    // The network drops and Slack refuses new connections for a while.
    h.fake.on('apps.connections.open', () => ({ ok: false, error: 'service_unavailable' }));
    h.fake.socket!.dropConnections();
    let down = await health(port);
    for (let i = 0; i < 100 && down.status === 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      down = await health(port);
    }
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, connected: false });
    expect(await probe(env)).toBe(1);
  });

  test('when the WebSocket drops, then /healthz says so at once, before the client next dials Slack (seconds later), and 200 again once it is back', async () => {
    h = await startSocketHarness({ env: { AWSKEY_HEALTH_PORT: '0' } });
    const port = h.running.healthPort!;
    expect((await health(port)).body).toMatchObject({ connected: true });
    const opened = h.fake.callsTo('apps.connections.open').length;
    h.fake.socket!.dropConnections();
    let down = await health(port);
    for (let i = 0; i < 60 && down.status === 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
      down = await health(port);
    }
    expect(down.body).toMatchObject({ ok: false, connected: false });
    // The client has not dialled again yet: health followed the socket, not the client's reconnect.
    expect(h.fake.callsTo('apps.connections.open')).toHaveLength(opened);
    await h.fake.waitFor(() => h!.fake.socket!.connections === 2, 'the reconnection');
    let up = await health(port);
    for (let i = 0; i < 40 && up.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      up = await health(port);
    }
    expect(up.body).toMatchObject({ ok: true, connected: true });
  }, 30_000);

  test('when no health port is configured, then none is opened and the container probe says why it cannot check', async () => {
    h = await startSocketHarness();
    expect(h.running.healthPort).toBeUndefined();
    expect(healthUrl({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN })).toEqual({ problem: expect.stringContaining('AWSKEY_HEALTH_PORT') });
    expect(healthUrl({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 's', SLACK_MODE: 'http', PORT: '8080' })).toEqual({ url: 'http://127.0.0.1:8080/healthz' });
  });
});

describe('HTTP mode /healthz', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when the store stops answering, then /healthz is 503 naming the store, and 200 again once it is back', async () => {
    let storeDown = false;
    const mem = createMemoryStore();
    const kv = { ...mem, get: <T>(key: string) => (storeDown ? Promise.reject(new Error('ECONNREFUSED')) : mem.get<T>(key)) };
    h = await startHarness({ kv });
    const port = Number(new URL(h.url).port);
    expect(await health(port)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, mode: 'http', store: 'ok' }) });
    storeDown = true;
    expect(await health(port)).toEqual({ status: 503, body: expect.objectContaining({ ok: false, store: 'unreachable' }) });
    storeDown = false;
    expect((await health(port)).status).toBe(200);
  });
});

describe('the container probe with an incomplete config', () => {
  test('when settings are missing or invalid, then the probe names each of them and prints none of their values', () => {
    const r = healthUrl({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', PORT: 'eighty', LOG_LEVEL: 'loudest', AWSKEY_ACCOUNTS: 'prod=arn:aws:iam::12:role-typo' });
    expect(r.url).toBeUndefined();
    for (const name of ['SLACK_SIGNING_SECRET', 'PORT', 'LOG_LEVEL', 'AWSKEY_ACCOUNTS']) expect(r.problem).toContain(name);
    for (const value of ['eighty', 'loudest', 'role-typo', BOT_TOKEN]) expect(r.problem).not.toContain(value);
  });
});
