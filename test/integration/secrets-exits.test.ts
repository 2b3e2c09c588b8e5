/**
 * Secrets never leave, whatever their shape, through the real exits: `awskey diagnose --jsonl`
 * and `--json` and `awskey chat` as processes (stdout, stderr and the embedded store's file), and
 * the Slack app over HTTP with the embedded store and with real Redis (every outgoing call, every
 * log line, every stored byte). Any 16-character piece of a planted secret is a failure. Most
 * pastes run through one --jsonl process; fewer through the slower exits.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createClient } from 'redis';
import { createEmbeddedStore } from '../../src/adapters/store/embedded-store';
import { createRedisStore } from '../../src/adapters/store/redis-store';
import type { KeyValueStore } from '../../src/usecases/ports';
import { startHarness } from '../helpers/fake-slack/harness';
import { runCli } from '../helpers/run-cli';
import { leakedPieces, plantedPaste, type Planted } from '../helpers/secret-shapes';
import { testRedisUrl, uniqueTestPrefix } from '../helpers/test-redis';

const THROUGH_JSONL = 2000;
const THROUGH_JSON = 3;
const THROUGH_CHAT = 30;
const THROUGH_SLACK = 30; // per store

/** Generated with a fixed seed so that a failure can be replayed; the secrets are still random-looking. */
const sample = (n: number, seed: number): Planted[] => fc.sample(plantedPaste, { numRuns: n, seed });
let counted = 0;

const run = (args: string[], stdin: string) => runCli(args, { stdin, env: { LOG_LEVEL: 'warn' } });

function filesUnder(dir: string): string {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? filesUnder(p) : readFileSync(p).toString('latin1')))
    .join('\n');
}

function expectNoLeak(where: string, output: string, pastes: readonly Planted[]): void {
  const secrets = pastes.flatMap((p) => p.secrets);
  const leaked = leakedPieces(output, secrets);
  if (leaked.length === 0) return;
  const culprit = pastes.find((p) => p.secrets.some((s) => leaked.some((piece) => s.includes(piece))));
  throw new Error(`${where}: ${leaked.length} piece(s) of planted secrets leaked, e.g. from a ${culprit?.shapes.join('+')} paste: ${JSON.stringify(culprit?.text)}`);
}

describe(`secrets through the real exits (${THROUGH_JSONL} via --jsonl, ${THROUGH_JSON} via --json, ${THROUGH_CHAT} via chat, ${THROUGH_SLACK * 2} via Slack HTTP with the embedded store and Redis)`, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-secrets-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`secrets-exits: ${counted} generated pastes checked through processes and HTTP\n`);
  });

  it(`when ${THROUGH_JSONL} pastes go through one diagnose --jsonl process, then stdout and stderr hold no piece of any`, async () => {
    const pastes = sample(THROUGH_JSONL, 11);
    const input = pastes.map((p, i) => JSON.stringify({ id: i, text: p.text })).join('\n');
    const r = await run(['diagnose', '--jsonl'], `${input}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(THROUGH_JSONL);
    expectNoLeak('diagnose --jsonl', `${r.stdout}\n${r.stderr}`, pastes);
    counted += pastes.length;
  }, 120_000);

  it(`when ${THROUGH_JSON} pastes go through diagnose --json, then stdout and stderr hold no piece`, async () => {
    for (const p of sample(THROUGH_JSON, 12)) {
      const r = await run(['diagnose', '--json'], p.text);
      expect(r.code).toBe(0);
      expectNoLeak('diagnose --json', `${r.stdout}\n${r.stderr}`, [p]);
      counted++;
    }
  }, 120_000);

  it(`when ${THROUGH_CHAT} pastes go through awskey chat with an embedded store, then neither its output nor the store file holds a piece`, async () => {
    const pastes = sample(THROUGH_CHAT, 13);
    const dataDir = join(dir, 'chat');
    const script = `${pastes.map((p) => p.text.replace(/\n{2,}/g, '\n')).join('\n\n')}\n\nquit\n`;
    const r = await run(['chat', '--data-dir', dataDir, '--session', 's1'], script);
    expect(r.code).toBe(0);
    expectNoLeak('chat output', `${r.stdout}\n${r.stderr}`, pastes);
    expectNoLeak('embedded store file', filesUnder(dataDir), pastes);
    counted += pastes.length;
  }, 120_000);

  async function throughSlack(kv: KeyValueStore, pastes: Planted[], stored: () => Promise<string>): Promise<void> {
    const h = await startHarness({ kv });
    try {
      const root = '1700000200.000001';
      for (const [i, p] of pastes.entries()) {
        // Half open cases of their own, half join one thread, from different people.
        await h.sendEvent({ text: p.text, user: `U${i % 5}`, channel: 'CS', ...(i % 2 === 0 ? {} : { thread_ts: root }), ts: i === 0 ? root : undefined });
      }
      // A marker after the pastes: its warning proves every earlier event was handled.
      await h.sendEvent({ text: 'marker aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', user: 'UMARK', channel: 'CMARK' });
      await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral' && x.body.user === 'UMARK'), 'the marker warning');
      expectNoLeak('Slack Web API calls', h.fake.allTraffic(), pastes);
      expectNoLeak('log lines', h.logs.text(), pastes);
      expectNoLeak('metrics', await h.running.metrics.registry.metrics(), pastes);
      expectNoLeak('store', await stored(), pastes);
      counted += pastes.length;
    } finally {
      await h.stop();
    }
  }

  it(`when ${THROUGH_SLACK} pastes reach the Slack app over HTTP with the embedded store, then no call, log line or stored byte holds a piece`, async () => {
    const dataDir = join(dir, 'slack');
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    await throughSlack(kv, sample(THROUGH_SLACK, 14), async () => filesUnder(dataDir));
    await kv.close();
  }, 120_000);

  it(`when ${THROUGH_SLACK} pastes reach the Slack app over HTTP with Redis, then no call, log line or stored value holds a piece`, async () => {
    const prefix = uniqueTestPrefix('secrets');
    const kv = await createRedisStore({ url: testRedisUrl(), keyPrefix: prefix });
    const raw = createClient({ url: testRedisUrl() });
    await raw.connect();
    try {
      await throughSlack(kv, sample(THROUGH_SLACK, 15), async () => {
        const keys = await raw.keys(`${prefix}*`);
        expect(keys.length).toBeGreaterThan(0);
        const values = await Promise.all(keys.map((k) => raw.get(k)));
        return `${keys.join('\n')}\n${values.join('\n')}`;
      });
    } finally {
      await raw.quit();
      await kv.close();
    }
  }, 120_000);
});
