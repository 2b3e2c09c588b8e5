/**
 * Slack app speed on loopback (npm run bench:slack). Prints numbers; asserts nothing.
 *  1. event -> threaded reply latency (p50/p99) for pasted InvalidClientTokenId errors, HTTP mode
 *  2. the same over Socket Mode
 *  3. slash-command ack latency with 50 concurrent /awskey commands whose lookups stay in flight
 *  4. RSS of the real process (`node dist/main.js`, built first) in HTTP mode and in Socket Mode,
 *     idle after start and at its peak under 400 pastes (40 at a time), with AWS accounts
 *     configured and the embedded store: what an operator's container would show.
 * Sections 1-3 run the real app (startApp) in this process against the fake Slack used by the tests.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createLogger } from '../src/adapters/logging/logger';
import { createMemoryStore } from '../src/adapters/store/memory-store';
import { startApp } from '../src/main';
import type { KeyDirectory } from '../src/usecases/ports';
import { fakeAwsEnv } from '../test/helpers/fake-aws/env';
import { startFakeSlack, type RecordedCall } from '../test/helpers/fake-slack/fake-slack';
import { sampleResult } from '../test/helpers/fake-slack/gated-key-directory';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, testConfig } from '../test/helpers/fake-slack/harness';
import { formOf, messageEvent, slashCommand } from '../test/helpers/fake-slack/payloads';
import { FORM, sendSigned } from '../test/helpers/fake-slack/sign';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300);
const CONCURRENT_COMMANDS = 50;
const LOOKUP_MS = 1500;
const PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function report(label: string, ms: number[]): void {
  const s = [...ms].sort((a, b) => a - b);
  console.log(`${label.padEnd(46)} n=${String(s.length).padStart(4)}  p50 ${pct(s, 50).toFixed(2)} ms  p99 ${pct(s, 99).toFixed(2)} ms  max ${s.at(-1)!.toFixed(2)} ms`);
}

/**
 * The 50 concurrent commands come from a worker thread with its own event loop, so the client's
 * own work (fetch, signing) is not counted as the app's ack latency.
 */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const { performance } = require('node:perf_hooks');
(async () => {
  const { url, secret, bodies } = workerData;
  // Warm up: the first fetch in a fresh thread loads undici and opens connections.
  await Promise.all(bodies.map(() => fetch(url.replace('/slack/events', '/healthz')).then((r) => r.text())));
  const ts = String(Math.floor(Date.now() / 1000));
  const signed = bodies.map((b) => ({ b, sig: 'v0=' + createHmac('sha256', secret).update('v0:' + ts + ':' + b).digest('hex') }));
  const out = await Promise.all(signed.map(async ({ b, sig }) => {
    const t0 = performance.now();
    const r = await fetch(url, { method: 'POST', body: b, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': ts, 'x-slack-signature': sig } });
    await r.text();
    if (r.status !== 200) throw new Error('ack failed: ' + r.status);
    return performance.now() - t0;
  }));
  parentPort.postMessage(out);
})().catch((e) => parentPort.postMessage({ error: String(e) }));
`;

function concurrentCommands(url: string, bodies: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOAD_WORKER, { eval: true, workerData: { url, secret: SIGNING_SECRET, bodies } });
    w.once('message', (m: number[] | { error: string }) => {
      void w.terminate();
      if (Array.isArray(m)) resolve(m);
      else reject(new Error(m.error));
    });
    w.once('error', reject);
  });
}

/** A lookup that takes LOOKUP_MS, like a cold multi-account scan (shortened). */
const slowDirectory: KeyDirectory = {
  lookup: (hint) => new Promise((r) => setTimeout(() => r(sampleResult({ hint })), LOOKUP_MS)),
};

function replyWaiter(fake: Awaited<ReturnType<typeof startFakeSlack>>) {
  const waiting = new Map<string, () => void>();
  fake.events.on('call', (c: RecordedCall) => {
    if (c.method !== 'chat.postMessage') return;
    const done = waiting.get(String(c.body.thread_ts));
    if (done) {
      waiting.delete(String(c.body.thread_ts));
      done();
    }
  });
  return (threadTs: string) => new Promise<void>((r) => waiting.set(threadTs, r));
}

/** Time from delivering each pasted error to the threaded reply reaching the fake Slack. */
async function eventLatencies(fake: Awaited<ReturnType<typeof startFakeSlack>>, deliver: (body: Record<string, unknown>) => Promise<void>): Promise<number[]> {
  const replyFor = replyWaiter(fake);
  const latencies: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const body = messageEvent({ text: PASTE, channel: `C${i % 10}` });
    const replied = replyFor((body.event as { ts: string }).ts);
    const t0 = performance.now();
    await deliver(body);
    await replied;
    latencies.push(performance.now() - t0);
  }
  return latencies;
}

async function httpMode(): Promise<void> {
  const fake = await startFakeSlack();
  const logger = createLogger({ level: 'silent' });
  const config = testConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_MODE: 'http', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });
  const app = await startApp(config, { logger, kv: createMemoryStore(), keyDirectory: slowDirectory, accountCount: 20 });
  const url = `http://127.0.0.1:${app.port}/slack/events`;
  global.gc?.();
  const idle = process.memoryUsage().rss;

  report('HTTP: event -> threaded reply', await eventLatencies(fake, async (body) => void (await sendSigned(url, SIGNING_SECRET, JSON.stringify(body), 'application/json'))));

  const single: number[] = [];
  for (let i = 0; i < 50; i++) {
    const body = formOf(slashCommand({ text: 'help', responseUrl: fake.responseUrl(`h${i}`) }));
    const t0 = performance.now();
    await sendSigned(url, SIGNING_SECRET, body, FORM);
    single.push(performance.now() - t0);
  }
  report('HTTP: /awskey help ack, one at a time', single);

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const verdicts = new Set<string>();
  fake.events.on('call', (c: RecordedCall) => {
    if (c.method === 'response' && Array.isArray(c.body.blocks)) verdicts.add(c.path);
  });
  const acks = await concurrentCommands(
    url,
    Array.from({ length: CONCURRENT_COMMANDS }, (_, i) => formOf(slashCommand({ text: 'AKIAIOSFODNN7EXAMPLE', responseUrl: fake.responseUrl(`b${i}`), user: `U${i}` }))),
  );
  const inFlightAtAck = CONCURRENT_COMMANDS - verdicts.size;
  report(`HTTP: /awskey ack, ${CONCURRENT_COMMANDS} concurrent (${inFlightAtAck} lookups in flight)`, acks);
  const t0 = performance.now();
  while (verdicts.size < CONCURRENT_COMMANDS) await new Promise((r) => setTimeout(r, 10));
  console.log(`HTTP: all ${CONCURRENT_COMMANDS} verdicts delivered ${(performance.now() - t0).toFixed(0)} ms after the last ack (lookup takes ${LOOKUP_MS} ms)`);
  clearInterval(sampler);
  console.log(`RSS of this bench process (app + fake Slack + tsx): idle ${mb(idle)}  |  peak under load ${mb(peak)}  |  after ${EVENTS} cases + ${CONCURRENT_COMMANDS} lookups ${mb(process.memoryUsage().rss)}`);
  await app.stop();
  await fake.close();
}

async function socketMode(): Promise<void> {
  const fake = await startFakeSlack({ socketMode: true });
  const logger = createLogger({ level: 'silent' });
  const config = testConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });
  const app = await startApp(config, { logger, kv: createMemoryStore() });
  let n = 0;
  const send = async (body: Record<string, unknown>) =>
    fake.socket!.send({ envelope_id: `bench-${++n}`, type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: body });
  report('Socket Mode: event -> threaded reply', await eventLatencies(fake, send));
  await app.stop();
  await fake.close();
}

const ROOT = join(__dirname, '..');

/** Resident set size of a process, from /proc (Linux). */
function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

const MEMORY_PASTES = 400;
const MEMORY_CONCURRENCY = 40;

/** Starts `node dist/main.js` in one mode, measures RSS idle and at its peak under paste load, stops it with SIGTERM. */
async function processMemory(mode: 'http' | 'socket'): Promise<void> {
  const fake = await startFakeSlack({ socketMode: mode === 'socket' });
  const dir = mkdtempSync(join(tmpdir(), 'awskey-bench-mem-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    AWSKEY_DATA_DIR: join(dir, 'data'),
    // Lookups configured: the key-index refresher starts with the bot, so the SDK clients load at
    // start. AWS is a closed loopback port (no AWS, no instance metadata is ever reached from here):
    // the refresher fails fast and backs off, which is an idle bot's steady state without AWS.
    ...fakeAwsEnv('http://127.0.0.1:9'),
    AWSKEY_ACCOUNTS: 'bench=arn:aws:iam::111122223333:role/awskey-readonly',
    LOG_LEVEL: 'info',
    ...(mode === 'http' ? { SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', HOST: '127.0.0.1' } : { SLACK_APP_TOKEN: APP_TOKEN }),
  };
  const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const ready = mode === 'http' ? /"port":(\d+)/ : /connected to Slack/;
  while (!ready.test(out)) {
    if (child.exitCode !== null) throw new Error(`awskey exited: ${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const url = mode === 'http' ? `http://127.0.0.1:${ready.exec(out)![1]}/slack/events` : '';
  await new Promise((r) => setTimeout(r, 2000)); // settle: start-up garbage collected, timers idle
  const idle = rssOf(child.pid!);

  const replyFor = replyWaiter(fake);
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 20);
  let n = 0;
  const deliverOne = async () => {
    const i = n++;
    const body = messageEvent({ text: PASTE, channel: `CM${i % 20}` });
    const replied = replyFor((body.event as { ts: string }).ts);
    if (mode === 'http') await sendSigned(url, SIGNING_SECRET, JSON.stringify(body), 'application/json');
    else fake.socket!.send({ envelope_id: `mem-${i}`, type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: body });
    await replied;
  };
  await Promise.all(
    Array.from({ length: MEMORY_CONCURRENCY }, async () => {
      while (n < MEMORY_PASTES) await deliverOne();
    }),
  );
  clearInterval(sampler);
  const after = rssOf(child.pid!);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
  const label = mode === 'http' ? 'HTTP mode' : 'Socket Mode';
  console.log(`RSS of node dist/main.js, ${label.padEnd(11)}: idle ${mb(idle)}  |  peak under ${MEMORY_PASTES} pastes (${MEMORY_CONCURRENCY} at a time) ${mb(peak)}  |  after ${mb(after)}`);
}

async function main(): Promise<void> {
  console.log(`awskey Slack bench (node ${process.version}, ${EVENTS} events per mode, loopback)`);
  // BENCH_MEMORY_ONLY=1 skips the latency sections (1-3).
  if (!process.env.BENCH_MEMORY_ONLY) {
    await httpMode();
    await socketMode();
  }
  console.log('building dist/ for the process memory measurement (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  await processMemory('http');
  await processMemory('socket');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
