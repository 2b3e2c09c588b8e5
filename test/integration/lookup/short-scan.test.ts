/**
 * A short scan answers complete (real SDK clients against the local IAM/STS endpoint). A lookup
 * polls a running scan's partial index; a poll that finds the key just before the scan's last page
 * must not turn a small account's answer into "scan still running".
 */
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import type { KeyValueStore } from '../../../src/usecases/ports';
import { scanKeys } from '../../../src/usecases/scan-account';
import { accountsSetting, bulkAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, settableClock, startHarness, type Harness } from './harness';

describe('a lookup of a small account whose scan ends just after a progress poll', () => {
  let h: Harness;
  let release!: () => void;
  let polled!: () => void;
  const polledWithKey = new Promise<void>((r) => (polled = r));
  const account = { ...bulkAccount('656565656565', 'small', 2), denyCredentialReport: true, holdFromUser: { from: 1, release: new Promise<void>((r) => (release = r)) } };
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', maxPageSize: 1, accounts: [account] };
  beforeAll(async () => {
    const clock = settableClock();
    const base = createMemoryStore({ clock });
    // Sees the lookup's progress poll read a checkpoint that holds the first user's key.
    const store: KeyValueStore = {
      ...base,
      get: async <T>(key: string) => {
        const v = await base.get<T>(key);
        if (key === scanKeys.checkpoint(account.id) && ((v as { users?: number } | undefined)?.users ?? 0) >= 1) polled();
        return v;
      },
    };
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_LOOKUP_WAIT_SECONDS: '20', AWSKEY_CLOUDTRAIL: 'off' }, { store, clock });
  });
  afterAll(async () => h.close());

  it('when the last page arrives right after a poll found the key in the scanned part, then the answer is complete', async () => {
    const key = account.users[0]!.keys[0]!;
    const asking = h.directory.lookup(hintFor(key.id));
    // The second user's ListUsers page is held until a progress poll (every 500 ms) has read the
    // first user's key, or for 800 ms: past the first poll, well short of a long scan's few seconds.
    await Promise.race([polledWithKey, asking, new Promise((r) => setTimeout(r, 800))]);
    release();
    const answer = await asking;
    expect(answer.accounts).toEqual({ scanned: 1, failed: [] });
    expect(answer.verdict).toBe('active-unused');
    expect(answer.matches).toEqual([expect.objectContaining({ accountName: 'small', userName: account.users[0]!.name })]);
  });
});

describe('a lookup answered early from one account while another is still being scanned', () => {
  let h: Harness;
  let release!: () => void;
  // 200 users at 40 IAM calls/s: the holder's scan takes a few seconds, well past the 1.5 s after
  // which a lookup answers from a partial index.
  const holder = bulkAccount('676767676767', 'holder', 200);
  const slow = { ...bulkAccount('686868686868', 'slow', 2), holdFromUser: { from: 0, release: new Promise<void>((r) => (release = r)) } };
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', maxPageSize: 50, accounts: [holder, slow] };
  beforeAll(async () => {
    const clock = settableClock();
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_IAM_RATE: '40', AWSKEY_LOOKUP_WAIT_SECONDS: '60', AWSKEY_CLOUDTRAIL: 'off' }, { store: createMemoryStore({ clock }), clock });
  });
  afterAll(async () => h.close());

  it('when the early account finishes before the answer is given, then it is answered whole, not named as still running', async () => {
    const key = holder.users[3]!.keys[0]!;
    const asking = h.directory.lookup(hintFor(key.id));
    // The holder's answer comes from its partial index (its early users hold the key); the slow
    // account is held until the holder's scan has finished, so the lookup is still waiting then.
    while (!(await h.store.get(scanKeys.index(holder.id)))) await new Promise((r) => setTimeout(r, 100));
    release();
    const answer = await asking;
    expect(answer.accounts).toEqual({ scanned: 2, failed: [] });
    expect(answer.matches).toEqual([expect.objectContaining({ accountName: 'holder', userName: holder.users[3]!.name })]);
  });
});
