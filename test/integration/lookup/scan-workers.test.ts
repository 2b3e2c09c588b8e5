/**
 * Scans on worker threads (src/adapters/aws/scan-workers.ts) with the real SDK clients against the
 * fake AWS endpoint: the same index as a scan on one thread, a dead worker's accounts reported as
 * `incomplete` with the reason, and no secret crossing the thread boundary or in any answer.
 */
import type { Worker } from 'node:worker_threads';
import type { AwsKeyDirectory } from '../../../src/adapters/aws/key-directory';
import type { ThreadedKeySource } from '../../../src/adapters/aws/scan-workers';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { scanKeys } from '../../../src/usecases/scan-account';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { accountsSetting, BASE_SECRET, bulkAccount, roleArn, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness, type Harness } from './harness';

const ACCOUNTS = 18; // above MIN_ACCOUNTS_FOR_WORKERS
const ids = Array.from({ length: ACCOUNTS }, (_, i) => String(310000000000 + i * 1111));
const SECRETS = /fake-secret-|fake-session-token-|wJalrXUtnFEMI/;

/** A directory whose scans use `threads` workers (AWSKEY_SCAN_THREADS, read by config.ts like every setting). */
function directoryWith(h: Harness, threads: number, store: KeyValueStore, env: Record<string, string> = {}): AwsKeyDirectory {
  return h.makeDirectory({ AWSKEY_SCAN_THREADS: String(threads), ...env }, { store });
}

const workersOf = (d: AwsKeyDirectory) => (d.source as ThreadedKeySource).workers();

/** Every message a directory's workers send, from the moment they start. */
function recordMessages(d: AwsKeyDirectory): unknown[] {
  const seen = new Set<Worker>();
  const messages: unknown[] = [];
  const poll = setInterval(() => {
    for (const w of workersOf(d)) {
      if (seen.has(w)) continue;
      seen.add(w);
      w.on('message', (m: unknown) => messages.push(m));
    }
  }, 1);
  poll.unref();
  return messages;
}

async function indexes(store: KeyValueStore): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const id of ids) {
    const index = await store.get<{ builtAt?: string }>(scanKeys.index(id));
    out.push(index ? { ...index, builtAt: 'x' } : undefined);
  }
  return out;
}

describe('scans on worker threads', () => {
  let h: Harness;
  const world: FakeWorld = {
    baseAccountId: '999999999999',
    baseKeyId: 'AKIAIOSFODNN7EXAMPLE',
    accounts: ids.map((id, i) => bulkAccount(id, `acct-${i}`, 40, 0.5)),
  };
  const target = world.accounts[ACCOUNTS - 2]!.users[2]!.keys[0]!;
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when many accounts are scanned on workers, then every index and the answer equal a scan on one thread', async () => {
    const single = createMemoryStore({ clock: h.clock });
    const threaded = createMemoryStore({ clock: h.clock });
    const one = directoryWith(h, 0, single);
    const many = directoryWith(h, 2, threaded);
    const messages = recordMessages(many);
    const listed = () => h.fake.callsTo('ListAccessKeys').length;
    const a = await one.lookup(hintFor(target.id));
    const listedOne = listed();
    const b = await many.lookup(hintFor(target.id));
    expect(workersOf(one)).toHaveLength(0);
    expect(workersOf(many)).toHaveLength(2);
    expect(b.accounts.failed).toEqual([]);
    expect(b.verdict).toBe("active-unused");
    expect(b).toEqual(a);
    expect(await indexes(threaded)).toEqual(await indexes(single));
    // The same keys listed, each user once.
    expect(listed() - listedOne).toBe(listedOne);
    // Only plain data crossed: pages and keys, never the sessions' secrets.
    expect(messages.length).toBeGreaterThan(100);
    expect(JSON.stringify(messages)).not.toMatch(SECRETS);
    expect(JSON.stringify(b)).not.toMatch(SECRETS);
    expect(JSON.stringify(messages)).not.toContain(BASE_SECRET);
    // A CloudTrail read crosses to the worker with the event names it asks for (a partial hint's deletions-only read).
    const sent = messages.length;
    const asked = h.fake.callsTo('LookupEvents').length;
    const first = { id: ids[0]!, name: 'acct-0', roleArn: roleArn(ids[0]!) };
    expect(await many.source.keyEvents(first, new Date(Date.now() - 86_400_000), new AbortController().signal, ['DeleteAccessKey'])).toEqual({ ok: true, value: [] });
    expect(messages.length).toBeGreaterThan(sent);
    expect(h.fake.callsTo('LookupEvents').slice(asked).map((c) => c.params.body)).toEqual([expect.stringContaining('"AttributeValue":"DeleteAccessKey"')]);
  });

  it('when a worker dies mid-scan, then its accounts are incomplete with the reason and the others are answered', async () => {
    const store = createMemoryStore({ clock: h.clock });
    // Slow answers so the scan is still running when the worker goes.
    h.fake.world.latencyMs = 50;
    const d = directoryWith(h, 2, store);
    try {
      const lookup = d.lookup(hintFor(target.id));
      while (workersOf(d).length < 2 || h.fake.callsTo('ListAccessKeys').length < 40) await new Promise((r) => setTimeout(r, 5));
      await workersOf(d)[0]!.terminate();
      const r = await lookup;
      expect(r.verdict).not.toBe('not-found');
      const failed = r.accounts.failed;
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.length).toBeLessThan(ACCOUNTS / 2);
      for (const f of failed) expect(f.reason).toMatch(/^scan worker stopped unexpectedly \(exit code \d+\)/);
      expect(r.accounts.scanned + failed.length).toBe(ACCOUNTS);
      expect(JSON.stringify(r)).not.toMatch(SECRETS);
    } finally {
      h.fake.world.latencyMs = 0;
    }
  });
});
