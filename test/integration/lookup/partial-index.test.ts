/**
 * The partial index while a scan runs (real SDK clients against the local IAM/STS endpoint): pages an
 * account's scan has checkpointed are searchable at once, whether the scan runs in this process or
 * on another replica. A key found there is answered while the scan goes on; a key that is not there
 * names the part still missing ("N of M users scanned"), never not-found.
 */
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { scanKeys } from '../../../src/usecases/scan-account';
import { accountsSetting, bulkAccount, type FakeAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, settableClock, startHarness, type Harness } from './harness';

const USERS = 300;
const spec = (a: FakeAccount) => ({ id: a.id, name: a.name, roleArn: `arn:aws:iam::${a.id}:role/awskey-read-only` });

describe.each([
  ['in this process', false],
  ['on another replica', true],
])('a lookup while an account is being scanned %s', (_where, elsewhere) => {
  let h: Harness;
  const big = bulkAccount(elsewhere ? '616161616161' : '626262626262', 'big', USERS);
  const small = bulkAccount(elsewhere ? '636363636363' : '646464646464', 'small', 3);
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', maxPageSize: 50, accounts: [big, small] };
  beforeAll(async () => {
    // 40 IAM calls/s: the 300-user account takes about 8 s. Lookups wait at most 2 s (a partial hit answers after
    // 1.5 s), so the lookup past the first checkpointed page (about 1.3 s in) ends near 5 s with about half the users still to scan.
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_IAM_RATE: '40', AWSKEY_ACCOUNT_CONCURRENCY: '4', AWSKEY_LOOKUP_WAIT_SECONDS: '2', AWSKEY_CLOUDTRAIL: 'off' }, { store: createMemoryStore({ clock: settableClock() }) });
    await h.directory.scanAccount(spec(small));
  });
  afterAll(async () => h.close());

  it('when the key is in the pages already scanned, then it is answered while the scan goes on, and a key past them is named as not scanned yet', async () => {
    // The scan runs in the background of `h.directory` (the replica holding the lease).
    const scanning = h.directory.scanAccount(spec(big));
    const asker = elsewhere ? h.makeDirectory({}, { owner: 'replica-b' }) : h.directory;
    const checkpointed = async () => (await h.store.get<{ users: number }>(scanKeys.checkpoint(big.id)))?.users ?? 0;
    while ((await checkpointed()) < 50) await new Promise((r) => setTimeout(r, 50));

    const early = big.users[20]!.keys[0]!;
    const hit = await asker.lookup(hintFor(early.id));
    // Answered before the scan reached the last users of the account.
    expect(h.fake.callsTo('ListAccessKeys', big.id).some((c) => c.params.UserName === big.users[USERS - 1]!.name)).toBe(false);
    expect(hit.verdict).toBe('active-unused');
    expect(hit.matches).toEqual([expect.objectContaining({ accountName: 'big', userName: big.users[20]!.name })]);
    // The credential report said how many users the account has.
    expect(hit.accounts.failed).toEqual([{ accountId: big.id, accountName: 'big', reason: expect.stringMatching(new RegExp(`^scan still running: \\d+ of ${USERS} users scanned so far$`)) }]);
    expect(hit.accounts.scanned).toBe(1);

    const late = await asker.lookup(hintFor(big.users[USERS - 1]!.keys[0]!.id));
    expect(h.fake.callsTo('ListAccessKeys', big.id).some((c) => c.params.UserName === big.users[USERS - 1]!.name)).toBe(false);
    expect(late.verdict).toBe('incomplete');
    expect(late.matches).toEqual([]);
    expect(late.accounts.failed).toEqual([{ accountId: big.id, accountName: 'big', reason: expect.stringMatching(new RegExp(`(scan still running after 2s|being scanned by another replica, awskey-\\d+-\\w+) \\(\\d+ of ${USERS} users scanned so far\\); it goes on in the background`)) }]);
    expect(late.explanation).toMatch(/could not be scanned: big 6\d+ \((scan still running|being scanned by another replica)/);

    expect((await scanning).ok).toBe(true);
    const done = await asker.lookup(hintFor(big.users[USERS - 1]!.keys[0]!.id));
    expect(done).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 2, failed: [] } });
  });
});
