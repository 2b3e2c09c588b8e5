/**
 * Two replicas (two key directories, each with its own connection to a real Redis, its own SDK
 * clients and its own lease owner id) share the accounts of a scan through per-account leases, and
 * one takes over an account whose holder died.
 */
import { createRedisStore } from '../../../src/adapters/store/redis-store';
import { Leases } from '../../../src/usecases/leases';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { scanKeys, SCAN_LEASE_MS } from '../../../src/usecases/scan-account';
import { testRedisUrl, uniqueTestPrefix } from '../../helpers/test-redis';
import { accountsSetting, bulkAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, settableClock, startHarness, type Harness } from './harness';

const ids = ['313131313131', '323232323232', '333333333333', '353535353535', '363636363636', '373737373737'];

describe('replicas sharing Redis split a scan by account', () => {
  let h: Harness;
  const stores: KeyValueStore[] = [];
  const accounts = ids.map((id, i) => bulkAccount(id, `acct-${i}`, 25));
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', latencyMs: 5, accounts };
  const env = { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off', AWSKEY_IAM_RATE: '100' };
  const clock = settableClock();
  beforeAll(async () => {
    const prefix = uniqueTestPrefix('replicas');
    for (let i = 0; i < 3; i++) stores.push(await createRedisStore({ url: testRedisUrl(), keyPrefix: prefix }));
    h = await startHarness(world, env, { store: stores[0], clock });
  });
  afterAll(async () => {
    await h.close();
    for (const s of stores.slice(1)) await s.close();
  });

  it('when both replicas run a refresh round at once, then every account is scanned exactly once and one of them leads', async () => {
    const a = h.makeDirectory({}, { store: stores[1], owner: 'replica-a' });
    const b = h.makeDirectory({}, { store: stores[2], owner: 'replica-b' });
    const [ra, rb] = await Promise.all([a.refreshOnce(), b.refreshOnce()]);
    expect([...ra.scanned, ...rb.scanned].sort()).toEqual([...ids].sort());
    expect(ra.scanned.filter((id) => rb.scanned.includes(id))).toEqual([]);
    for (const id of ids) expect(h.fake.callsTo('ListUsers', id)).toHaveLength(1);
    expect([ra.leader, rb.leader].filter(Boolean)).toHaveLength(1);
    // Either replica answers from the shared index without calling IAM.
    const before = h.fake.calls.length;
    const r = await b.lookup(hintFor(accounts[0]!.users[3]!.keys[0]!.id));
    expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 6, failed: [] } });
    // The key's last use only (plus an AssumeRole when the other replica scanned that account).
    expect(h.fake.calls.slice(before).map((c) => c.action).filter((a) => a !== 'AssumeRole')).toEqual(['GetAccessKeyLastUsed']);
  });

  it('when the replica holding an account dies mid-scan, then another one waits, takes the lease over when it lapses and finishes from the checkpoint', async () => {
    const target = bulkAccount('383838383838', 'orphan', 30);
    world.accounts.push(target);
    const c = h.makeDirectory({ AWSKEY_ACCOUNTS: accountsSetting({ ...world, accounts: [target] }), AWSKEY_LOOKUP_WAIT_SECONDS: '20' }, { store: stores[1], owner: 'replica-c' });
    // A replica took the account's lease and was killed before it wrote anything but the lease.
    const dead = new Leases(stores[2]!, clock, 'awskey:lookup:lease:');
    expect((await dead.acquire(scanKeys.lease(target.id), 'replica-dead', { ttlMs: SCAN_LEASE_MS })).acquired).toBe(true);
    const pending = c.lookup(hintFor(target.users[29]!.keys[0]!.id));
    await new Promise((r) => setTimeout(r, 600));
    expect(h.fake.callsTo('ListUsers', target.id)).toHaveLength(0); // waiting: the lease is held
    clock.advance(SCAN_LEASE_MS / 1000 + 1); // the dead replica never renews
    const r = await pending;
    expect(r.verdict).toBe('active-unused');
    // Answered from the finished index, or from the scan's last checkpoint just before it.
    expect([[], [{ accountId: target.id, accountName: 'orphan', reason: 'scan still running: 30 users scanned so far' }]]).toContainEqual(r.accounts.failed);
    await c.whenIdle();
    expect(await c.lookup(hintFor(target.users[29]!.keys[0]!.id))).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 1, failed: [] } });
    expect(h.fake.callsTo('ListUsers', target.id)).toHaveLength(1);
    expect((await dead.read(scanKeys.lease(target.id)))!.takes).toBe(2);
  });
});

describe('a scan lease is kept while its scan waits', () => {
  let h: Harness;
  const slow = bulkAccount('393939393939', 'slow', 30);
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [slow] };
  const stores: KeyValueStore[] = [];
  beforeAll(async () => {
    const prefix = uniqueTestPrefix('lease-kept');
    for (let i = 0; i < 2; i++) stores.push(await createRedisStore({ url: testRedisUrl(), keyPrefix: prefix }));
    // Real time: leases of 3 s (renewed every second), and a call with no answer is retried after 1 s.
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off', AWSKEY_SCAN_LEASE_SECONDS: '3', AWSKEY_AWS_CALL_TIMEOUT_SECONDS: '1', AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '30' }, { store: stores[0], clock: { now: () => new Date(), advance: () => undefined } });
  });
  afterAll(async () => {
    await h.close();
    await stores[1]!.close();
  });

  it('when no call succeeds for longer than the lease, then the replica still holds it and nobody else scans the account', async () => {
    slow.hangFromUser = 10; // IAM stops answering after the first 10 users, for a while
    const spec = { id: slow.id, name: slow.name, roleArn: `arn:aws:iam::${slow.id}:role/awskey-read-only` };
    const scanning = h.directory.scanAccount(spec);
    while (!h.fake.calls.some((c) => c.action === 'ListAccessKeys' && c.params.UserName === slow.users[10]!.name)) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 4000)); // longer than the lease, with no progress
    const other = h.makeDirectory({}, { store: stores[1], owner: 'replica-other' });
    expect(await other.scanAccount(spec)).toMatchObject({ ok: false, busy: true });
    delete slow.hangFromUser;
    expect((await scanning).ok).toBe(true);
    expect(h.fake.callsTo('ListUsers', slow.id).filter((c) => c.status === 200)).toHaveLength(1);
  });
});
