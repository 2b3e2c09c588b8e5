/**
 * Trial 22: every shape in test/helpers/pasted-shapes.ts (credentials files, env dumps, STS and
 * export-credentials JSON, docker -e, Kubernetes Secrets with base64 data, container env name/value
 * lists, ECS task definitions, Terraform, .NET, Java, presigned URLs as Slack escapes them, keys
 * URL-encoded once and twice, JSON inside JSON, zero-width and look-alike letters, split keys, code
 * blocks, SSM and Secrets Manager commands …) through the real exits, each with evidence beside it:
 *   - the CLI as processes at LOG_LEVEL=debug: `diagnose --jsonl`, `diagnose --json` on a 2 MB file with
 *     the pastes at its head, middle and end, on a binary file, and `chat` with an embedded store;
 *   - the Slack app over HTTP at LOG_LEVEL=trace (Bolt logs request bodies), with the embedded store and
 *     with real Redis: pastes as messages (Slack's rich_text blocks beside the text), thread replies and
 *     shared files, then the thread resolved (its summary); `/awskey diagnose <paste>`; Socket Mode;
 *   - fault exits: the Slack Web API failing every post, a store whose errors echo what they were given,
 *     a crash inside event handling whose error message holds the raw request, a 2 MB shared log and a
 *     binary file, and a real process SIGKILLed mid-reply whose delivery another process then answers.
 * No 16-character piece of any planted secret may appear in any output, log line, metric or stored byte;
 * every poster is warned privately; the evidence (ARN, request ids, HostId / x-amz-id-2) survives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { createEmbeddedStore } from '../../src/adapters/store/embedded-store';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { createRedisStore } from '../../src/adapters/store/redis-store';
import type { KeyValueStore } from '../../src/usecases/ports';
import { startHarness, startSocketHarness, SIGNING_SECRET, type Harness } from '../helpers/fake-slack/harness';
import { startFakeSlack, poll, type FakeSlack, type RecordedCall } from '../helpers/fake-slack/fake-slack';
import { httpModeEnv, listeningPort, runMain, stopProc, type Proc } from '../helpers/fake-slack/main-process';
import { messageEvent } from '../helpers/fake-slack/payloads';
import { sendSigned } from '../helpers/fake-slack/sign';
import { shapedPastes, type ShapedPaste } from '../helpers/pasted-shapes';
import { runCli } from '../helpers/run-cli';
import { leakedPieces } from '../helpers/secret-shapes';
import { filesUnder } from '../helpers/stored-bytes';
import { richTextBlocks } from '../helpers/rich-text';
import { testRedisUrl, uniqueTestPrefix } from '../helpers/test-redis';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

function expectNoLeak(where: string, output: string, pastes: readonly ShapedPaste[]): void {
  const leaked = leakedPieces(output, pastes.flatMap((p) => p.secrets));
  if (leaked.length === 0) return;
  const culprits = pastes.filter((p) => p.secrets.some((s) => leaked.some((piece) => s.includes(piece)))).map((p) => p.shape);
  throw new Error(`${where}: ${leaked.length} piece(s) of planted secrets leaked, from: ${[...new Set(culprits)].join('; ')}`);
}

/** Slack's rich_text block for a message: the text cut into elements where a style would change. */
function richText(text: string): unknown[] {
  const cut = Math.floor(text.length / 3);
  return richTextBlocks(
    [
      [text.slice(0, cut), undefined],
      [text.slice(cut, 2 * cut), 'code'],
      [text.slice(2 * cut), undefined],
    ],
    'b1',
  );
}

/** A 2 MB log with the pastes at its head, in its middle and at its end. */
function bigLog(pastes: readonly ShapedPaste[]): string {
  const line = (i: number) => `2026-12-06T01:00:${String(i % 60).padStart(2, '0')}Z INFO worker-${i % 7} processed batch ${i} in 12 ms\n`;
  const filler = (from: number, bytes: number) => {
    const out: string[] = [];
    let n = 0;
    for (let i = from; n < bytes; i++) {
      const l = line(i);
      out.push(l);
      n += l.length;
    }
    return out.join('');
  };
  const third = Math.ceil(pastes.length / 3);
  const [head, middle, tail] = [pastes.slice(0, third), pastes.slice(third, 2 * third), pastes.slice(2 * third)].map((ps) => ps.map((p) => p.text).join('\n'));
  return `${head}\n${filler(0, 1_000_000)}${middle}\n${filler(50_000, 1_000_000)}${tail}\n${ERROR_PASTE}\n`;
}

/** Binary bytes (NULs, a PNG header) with the pastes inside. */
function binaryWith(pastes: readonly ShapedPaste[]): Buffer {
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 131) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), noise, Buffer.from(pastes.map((p) => p.text).join('\n')), noise]);
}

const cliEnv = { LOG_LEVEL: 'debug' };

describe('trial 22: pasted shapes through the CLI as processes (LOG_LEVEL=debug)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-shapes-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when every shape (5 seeds) goes through diagnose --jsonl, then no output holds a piece and every line names the secrets found', async () => {
    const pastes = [1, 2, 3, 4, 5].flatMap((seed) => shapedPastes(seed));
    const r = await runCli(['diagnose', '--jsonl'], { stdin: `${pastes.map((p, i) => JSON.stringify({ id: i, text: p.text })).join('\n')}\n`, env: cliEnv });
    expect(r.code).toBe(0);
    expectNoLeak('diagnose --jsonl', `${r.stdout}\n${r.stderr}`, pastes);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; secretsFound: string[] });
    expect(lines).toHaveLength(pastes.length);
    const silent = lines.filter((l) => l.secretsFound.length === 0).map((l) => pastes[l.id]!.shape);
    expect(silent).toEqual([]);
  }, 120_000);

  it('when a 2 MB log holds the shapes at its head, middle and end, or a binary file holds them, then diagnose --json leaks no piece', async () => {
    const pastes = shapedPastes(6);
    const big = join(dir, 'big.log');
    writeFileSync(big, bigLog(pastes));
    const r = await runCli(['diagnose', '--json', big], { env: cliEnv });
    expect(r.code).toBe(0);
    expectNoLeak('diagnose --json of a 2 MB log', `${r.stdout}\n${r.stderr}`, pastes);
    const found = (JSON.parse(r.stdout) as { secretsFound: string[] }).secretsFound;
    expect(found).toEqual(expect.arrayContaining(['secret-access-key', 'session-token', 'password']));

    const bin = join(dir, 'paste.bin');
    writeFileSync(bin, binaryWith(pastes));
    const b = await runCli(['diagnose', '--json', bin], { env: cliEnv });
    expectNoLeak('diagnose --json of a binary file', `${b.stdout}\n${b.stderr}`, pastes);
  }, 120_000);

  it('when every shape is pasted into awskey chat with an embedded store, then neither its output nor its files hold a piece', async () => {
    const pastes = shapedPastes(7);
    const dataDir = join(dir, 'chat');
    const script = `${pastes.map((p) => p.text.replace(/\n{2,}/g, '\n')).join('\n\n')}\n\nquit\n`;
    const r = await runCli(['chat', '--data-dir', dataDir, '--session', 's22'], { stdin: script, env: cliEnv });
    expect(r.code).toBe(0);
    expectNoLeak('chat output', `${r.stdout}\n${r.stderr}`, pastes);
    expectNoLeak('chat store files', filesUnder(dataDir), pastes);
  }, 120_000);
});

const TRACE = { LOG_LEVEL: 'trace' };
const ephemeralsTo = (h: Harness, user: string) => h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === user);

/** Posts each paste (as a message with blocks, a thread reply or a shared file), resolves the first thread, and waits for every warning. */
async function pasteAll(h: Harness, pastes: readonly ShapedPaste[], channel: string): Promise<string[]> {
  const root = '1700002200.000001';
  const users: string[] = [];
  for (const [i, p] of pastes.entries()) {
    const user = `UP${i}`;
    users.push(user);
    const inThread = i % 3 === 1 ? { thread_ts: root } : {};
    if (i % 3 === 2) {
      const url = h.fake.addFile(`T1-F${i}/download/paste-${i}.txt`, p.text);
      await h.sendEvent({ text: 'see the attached log', user, channel, subtype: 'file_share', files: [{ id: `F${i}`, name: `paste-${i}.txt`, mimetype: 'text/plain', filetype: 'text', size: p.text.length, url_private_download: url }] });
    } else {
      const body = messageEvent({ text: p.text, user, channel, ...inThread, ts: i === 0 ? root : undefined });
      (body.event as Record<string, unknown>).blocks = richText(p.text);
      await h.sendRawEvent(body);
    }
  }
  await h.settled();
  expect(users.filter((user) => ephemeralsTo(h, user).length === 0)).toEqual([]);
  // The thread is resolved: its summary is an exit too.
  expect(h.fake.callsTo('chat.postMessage').some((x) => x.body.thread_ts === root)).toBe(true);
  const before = h.fake.callsTo('chat.postMessage').length;
  await h.sendAction({ actionId: 'awskey:resolve', value: '{"k":"resolve"}', messageTs: '1700002200.000900', threadTs: root, channel });
  await h.settled();
  expect(h.fake.callsTo('chat.postMessage').length).toBeGreaterThan(before);
  return users;
}

function expectEvidenceIn(where: string, text: string, pastes: readonly ShapedPaste[]): void {
  // The ARN and request ids of every paste the store keeps (the ones that opened or joined a case).
  const missing = pastes.flatMap((p) => p.evidence.filter((e) => !text.includes(e)).map((e) => `${p.shape}: ${e.slice(0, 24)}…`));
  expect({ where, missing }).toEqual({ where, missing: [] });
}

describe('trial 22: pasted shapes through the Slack app (LOG_LEVEL=trace)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-shapes-slack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function throughSlack(kv: KeyValueStore, seed: number, stored: () => Promise<string>): Promise<void> {
    const h = await startHarness({ kv, env: TRACE });
    try {
      const pastes = shapedPastes(seed);
      await pasteAll(h, pastes, 'CSHAPES');
      expectNoLeak('Slack Web API calls', h.fake.allTraffic(), pastes);
      expectNoLeak('log lines', h.logs.text(), pastes);
      expectNoLeak('metrics', await h.running.metrics.registry.metrics(), pastes);
      const bytes = await stored();
      expectNoLeak('stored bytes', bytes, pastes);
      expectEvidenceIn('stored bytes', bytes, pastes);
    } finally {
      await h.stop();
    }
  }

  it('when every shape is pasted with the embedded store, then no call, log line, metric or stored byte holds a piece, every poster is warned, and the evidence is kept', async () => {
    const dataDir = join(dir, 'embedded');
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    try {
      await throughSlack(kv, 21, async () => filesUnder(dataDir));
    } finally {
      await kv.close();
    }
  }, 120_000);

  it('when every shape is pasted with Redis, then no call, log line, metric or stored value (every key) holds a piece, and the evidence is kept', async () => {
    const prefix = uniqueTestPrefix('shapes');
    const kv = await createRedisStore({ url: testRedisUrl(), keyPrefix: prefix });
    const raw = createClient({ url: testRedisUrl() });
    await raw.connect();
    try {
      await throughSlack(kv, 22, async () => {
        const keys = await raw.keys(`${prefix}*`);
        const values = await Promise.all(keys.map(async (k) => ((await raw.type(k)) === 'string' ? raw.get(k) : JSON.stringify(await raw.sendCommand(['DUMP', k])))));
        return `${keys.join('\n')}\n${values.join('\n')}`;
      });
    } finally {
      await raw.quit();
      await kv.close();
    }
  }, 120_000);
});

describe('trial 22: pasted shapes through /awskey diagnose and Socket Mode (LOG_LEVEL=trace)', () => {
  it('when every shape is given to /awskey diagnose, then no call (response_url bodies included) or log line holds a piece, and each user is warned', async () => {
    const h = await startHarness({ env: TRACE });
    try {
      const pastes = shapedPastes(51);
      for (const [i, p] of pastes.entries()) {
        const ack = await h.sendCommand(`diagnose ${p.text}`, { responseId: `shape${i}`, channel: `CCMD${i}`, user: `UD${i}` });
        expectNoLeak('the command acknowledgement', ack.text, pastes);
      }
      await h.settled();
      const warned = (i: number) => h.fake.calls.some((x) => (x.method === 'chat.postEphemeral' && x.body.user === `UD${i}`) || (x.path === `/response/shape${i}` && /rotate|secret/i.test(x.raw)));
      expect([...pastes.keys()].filter((i) => !warned(i))).toEqual([]);
      expectNoLeak('Slack calls', h.fake.allTraffic(), pastes);
      expectNoLeak('log lines', h.logs.text(), pastes);
    } finally {
      await h.stop();
    }
  }, 120_000);

  it('when every shape arrives over Socket Mode, then no frame sent back, call or log line holds a piece', async () => {
    const h = await startSocketHarness({ env: TRACE });
    try {
      const pastes = shapedPastes(52);
      const acks: unknown[] = [];
      for (const [i, p] of pastes.entries()) {
        const body = messageEvent({ text: p.text, user: `UK${i}`, channel: 'CSOCK' });
        (body.event as Record<string, unknown>).blocks = richText(p.text);
        acks.push(await h.envelope('events_api', body));
      }
      await h.settled();
      expect([...pastes.keys()].filter((i) => !h.fake.callsTo('chat.postEphemeral').some((x) => x.body.user === `UK${i}`))).toEqual([]);
      expectNoLeak('Socket Mode acks', JSON.stringify(acks), pastes);
      expectNoLeak('Slack calls', h.fake.allTraffic(), pastes);
      expectNoLeak('log lines', h.logs.text(), pastes);
    } finally {
      await h.stop();
    }
  }, 120_000);
});

describe('trial 22: pasted shapes through the fault exits (LOG_LEVEL=trace)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('when the Slack Web API fails every post and every warning, then the error logs hold no piece', async () => {
    h = await startHarness({ env: { ...TRACE, AWSKEY_SLACK_RETRIES: '0' } });
    for (const method of ['chat.postMessage', 'chat.postEphemeral']) h.fake.on(method, async () => ({ ok: false, error: 'fatal_error' }));
    const pastes = shapedPastes(31);
    for (const [i, p] of pastes.entries()) await h.sendEvent({ text: p.text, user: `UF${i}`, channel: 'CFAIL' });
    await h.settled();
    expect(h.fake.callsTo('chat.postEphemeral').length).toBeGreaterThanOrEqual(pastes.length);
    expect(h.logs.text()).toMatch(/fatal_error/);
    expectNoLeak('calls to a failing Web API', h.fake.allTraffic(), pastes);
    expectNoLeak('log lines', h.logs.text(), pastes);
  }, 120_000);

  it('when the store fails with errors that echo what they were given, then the apology and the logs hold no piece', async () => {
    const good = createMemoryStore();
    const echo = (what: string, value: unknown) => new Error(`ERR ${what} failed for ${JSON.stringify(value).slice(0, 4000)}`);
    const broken: KeyValueStore = {
      ...good,
      async set(key, value) {
        throw echo('SET', { key, value });
      },
      async update(key, fn) {
        throw echo('UPDATE', { key, next: fn(undefined) });
      },
    };
    h = await startHarness({ kv: broken, env: TRACE });
    const pastes = shapedPastes(32);
    for (const [i, p] of pastes.entries()) await h.sendEvent({ text: `${p.text}\n${ERROR_PASTE}`, user: `US${i}`, channel: 'CSTORE' });
    await h.settled();
    expect(h.logs.lines.filter((l) => l.includes('ERR ')).length).toBeGreaterThanOrEqual(pastes.length);
    expectNoLeak('Slack calls while the store fails', h.fake.allTraffic(), pastes);
    expectNoLeak('log lines', h.logs.text(), pastes);
  }, 120_000);

  it('when handling crashes with the raw request in the error message, then the apology and the logs hold no piece', async () => {
    h = await startHarness({ env: TRACE });
    h.running.app.use(async ({ body }) => {
      throw new Error(`handler crashed on ${JSON.stringify(body)}`);
    });
    const pastes = shapedPastes(33);
    for (const [i, p] of pastes.entries()) await h.sendEvent({ text: `${p.text}\n${ERROR_PASTE}`, user: `UC${i}`, channel: 'CCRASH' });
    await h.settled();
    expect(h.logs.lines.filter((l) => l.includes('handler crashed')).length).toBeGreaterThanOrEqual(pastes.length);
    expectNoLeak('Slack calls after crashes', h.fake.allTraffic(), pastes);
    expectNoLeak('log lines', h.logs.text(), pastes);
  }, 120_000);

  it('when a 2 MB log and a binary file holding every shape are shared, then no call, log line or stored byte holds a piece and the poster is warned', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'awskey-shapes-big-'));
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    h = await startHarness({ kv, env: TRACE });
    const pastes = shapedPastes(34);
    const big = h.fake.addFile('T1-FBIG/download/big.log', bigLog(pastes));
    const bin = h.fake.addFile('T1-FBIN/download/paste.bin', binaryWith(pastes));
    await h.sendEvent({
      text: 'logs attached',
      user: 'UBIG',
      channel: 'CBIG',
      subtype: 'file_share',
      files: [
        { id: 'FBIG', name: 'big.log', mimetype: 'text/plain', filetype: 'text', size: 2_000_000, url_private_download: big },
        { id: 'FBIN', name: 'paste.bin', mimetype: 'text/plain', filetype: 'text', size: 9000, url_private_download: bin },
      ],
    });
    await h.settled();
    expect(ephemeralsTo(h, 'UBIG').length).toBeGreaterThan(0);
    expectNoLeak('Slack calls', h.fake.allTraffic(), pastes);
    expectNoLeak('log lines', h.logs.text(), pastes);
    await h.stop();
    h = undefined;
    await kv.close();
    expectNoLeak('stored bytes', filesUnder(dataDir), pastes);
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});

describe('trial 22: a real process killed mid-reply (embedded store, LOG_LEVEL=trace)', () => {
  let dir: string;
  let fake: FakeSlack;
  const procs: Proc[] = [];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-shapes-kill-'));
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    for (const p of procs.splice(0)) await stopProc(p);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the process is SIGKILLed while posting and another answers the retry, then neither process output nor the data dir holds a piece', async () => {
    const env = httpModeEnv(fake.apiUrl, { LOG_LEVEL: 'trace', AWSKEY_DELIVERY_LEASE_SECONDS: '1', AWSKEY_DATA_DIR: join(dir, 'data') });
    const start = async () => {
      const p = runMain(env, dir);
      procs.push(p);
      return { p, url: `http://127.0.0.1:${await listeningPort(p)}/slack/events` };
    };
    const pastes = shapedPastes(41);
    let hang = true;
    const answered: RecordedCall[] = [];
    fake.on('chat.postMessage', (body, call) => {
      if (hang) return new Promise(() => undefined);
      answered.push(call);
      return { ok: true, channel: body.channel, ts: `1700002700.${String(answered.length).padStart(6, '0')}` };
    });
    const a = await start();
    const event = JSON.stringify(messageEvent({ text: `${pastes.map((p) => p.text).join('\n')}\n${ERROR_PASTE}`, channel: 'CKILL', eventId: `EvKILL22${process.pid}` }));
    expect((await sendSigned(a.url, SIGNING_SECRET, event, 'application/json')).status).toBe(200);
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CKILL'), 'the first process posting its reply');
    a.p.child.kill('SIGKILL');
    await a.p.exited;
    hang = false;
    const b = await start();
    await new Promise((r) => setTimeout(r, 1500));
    expect((await sendSigned(b.url, SIGNING_SECRET, event, 'application/json', { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    await poll(() => answered.some((c) => c.body.channel === 'CKILL'), 'the answer from the second process');
    await stopProc(b.p);
    for (const p of [a.p, b.p]) expectNoLeak('process stdout and stderr', `${p.out.join('')}\n${p.err.join('')}`, pastes);
    expectNoLeak('Slack calls', fake.allTraffic(), pastes);
    expectNoLeak('the data dir', filesUnder(join(dir, 'data')), pastes);
  }, 120_000);
});
