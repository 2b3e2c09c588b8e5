/**
 * Organisation-scale behaviour with the real SDK clients against the local IAM/STS/CloudTrail
 * endpoint: checkpoint/resume, progress deadlines, the credential report, CloudTrail incremental
 * refresh, and the refresher's leases. Small accounts and short deadlines; timings are in the bench.
 */
import { scanKeys } from '../../../src/usecases/scan-account';
import { newFormatKeyId } from '../../helpers/fake-aws/ids';
import { accountsSetting, bulkAccount, makeKey, makeUser, type FakeAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness, type Harness } from './harness';

const base = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE' };
const spec = (a: FakeAccount) => ({ id: a.id, name: a.name, roleArn: `arn:aws:iam::${a.id}:role/awskey-read-only` });

describe('a scan that stops half way resumes from its checkpoint', () => {
  let h: Harness;
  const big = bulkAccount('212121212121', 'big', 250);
  const world: FakeWorld = { ...base, maxPageSize: 100, accounts: [big] };
  beforeAll(async () => {
    // Two pages of 100 users are answered, then IAM stops answering.
    big.hangFromUser = 200;
    // 2 s: under a loaded test run the answered pages' calls can take more than 0.5 s.
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '2', AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off' });
  });
  afterAll(async () => h.close());

  it('when IAM stops answering after two pages, then the partial index answers for the users it has and names what is missing', async () => {
    // While the scan runs, a key in the pages already scanned is answered at once, the rest named.
    const early = await h.directory.lookup(hintFor(big.users[50]!.keys[0]!.id));
    expect(early.matches).toEqual([expect.objectContaining({ userName: 'user-00050' })]);
    expect(early.accounts.failed).toEqual([expect.objectContaining({ accountId: big.id, reason: expect.stringMatching(/^scan still running: (100|200) users scanned so far$/) })]);
    const late = await h.directory.lookup(hintFor(big.users[240]!.keys[0]!.id));
    expect(late.verdict).toBe('incomplete'); // never not-found while users are unscanned
    expect(late.accounts.failed).toEqual([expect.objectContaining({ accountId: big.id, reason: expect.stringMatching(/^no progress for 2s .*; 200 users scanned, the rest is missing/) })]);
    // Once failed, the partial index still answers for the users it has, at once.
    const again = await h.directory.lookup(hintFor(big.users[150]!.keys[0]!.id));
    expect(again.matches).toEqual([expect.objectContaining({ userName: 'user-00150' })]);
    expect(again.accounts.failed).toEqual([expect.objectContaining({ accountId: big.id, reason: expect.stringMatching(/200 users scanned, the rest is missing .*retried in the background/) })]);
  });

  it('when the account answers again, then the next scan starts at the checkpoint instead of the first page', async () => {
    delete big.hangFromUser;
    const before = h.fake.calls.length;
    const out = await h.directory.scanAccount(spec(big));
    expect(out.ok).toBe(true);
    const calls = h.fake.calls.slice(before);
    const pages = calls.filter((c) => c.action === 'ListUsers');
    expect(pages[0]!.params.Marker).toBeDefined(); // the third page, not the first
    expect(new Set(calls.filter((c) => c.action === 'ListAccessKeys').map((c) => c.params.UserName)).size).toBe(50);
    const r = await h.directory.lookup(hintFor(big.users[240]!.keys[0]!.id));
    expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 1, failed: [] } });
    expect(await h.store.get(scanKeys.checkpoint(big.id))).toBeUndefined();
  });
});

describe('deadlines are on progress, not on wall time', () => {
  let h: Harness;
  const steady = bulkAccount('232323232323', 'steady', 100);
  steady.iamRatePerSecond = 20;
  const world: FakeWorld = { ...base, accounts: [steady] };
  beforeAll(async () => {
    // 100 users at 20 requests/s take about 5 s: two and a half times the 2 s deadline.
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '2', AWSKEY_IAM_RATE: '20', AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off' });
  });
  afterAll(async () => h.close());

  it('when an account takes several times the deadline but keeps answering, then it is scanned completely', async () => {
    const r = await h.directory.lookup(hintFor(steady.users[99]!.keys[0]!.id));
    expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 1, failed: [] } });
    expect(h.fake.callsTo('ListAccessKeys', steady.id).filter((c) => c.status === 200)).toHaveLength(100);
  });
});

describe('calls that waited together in this process do not leave together', () => {
  let h: Harness;
  const busy = bulkAccount('282828282828', 'busy', 60);
  busy.iamRatePerSecond = 20; // the fake's bucket: 5 calls of burst, as a quarter second of the rate
  const world: FakeWorld = { ...base, accounts: [busy] };
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '5', AWSKEY_IAM_RATE: '20', AWSKEY_CLOUDTRAIL: 'off', AWSKEY_CREDENTIAL_REPORT: 'off' });
  });
  afterAll(async () => h.close());

  it('when the event loop stalls mid-scan (GC, a busy CPU), then the calls whose turn came meanwhile are spread out, not sent in a bunch IAM throttles', async () => {
    // A 600 ms stall a second in: the account's next calls (8 in flight, 50 ms apart) all come due during it.
    let resumed = 0;
    const stall = setTimeout(() => {
      const until = performance.now() + 600;
      while (performance.now() < until);
      resumed = performance.now();
    }, 1000);
    try {
      const r = await h.directory.lookup(hintFor(busy.users[59]!.keys[0]!.id));
      expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 1, failed: [] } });
    } finally {
      clearTimeout(stall);
    }
    expect(resumed).toBeGreaterThan(0);
    // The fake runs in this process: its arrival times are on this clock. A bunch is every call that
    // came due in the stall (8 in flight, and the catch-up after them: 12 measured without the
    // dispatch step); spaced, 3 leave at once and then one per 50 ms (a few more arrive together
    // when a loaded machine delays the timers).
    const after = h.fake.callsTo('ListAccessKeys', busy.id).filter((c) => c.at >= resumed && c.at < resumed + 1000).map((c) => c.at);
    const mostIn100ms = Math.max(...after.map((t) => after.filter((u) => u >= t && u < t + 100).length));
    expect(mostIn100ms).toBeLessThan(8);
    expect(h.fake.callsTo('ListAccessKeys', busy.id).filter((c) => c.status === 400 && c.at >= resumed && c.at < resumed + 1000)).toHaveLength(0);
  });
});

describe('the credential report saves ListAccessKeys calls', () => {
  let h: Harness;
  const people = bulkAccount('242424242424', 'people', 40, 0.1); // users 0, 10, 20, 30 hold keys
  const locked = bulkAccount('252525252525', 'locked', 12, 0.25);
  locked.denyCredentialReport = true;
  const world: FakeWorld = { ...base, accounts: [people, locked] };
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when the report says who holds keys, then only those users are listed; when it is denied, every user is', async () => {
    const r = await h.directory.lookup(hintFor(people.users[30]!.keys[0]!.id));
    expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 2, failed: [] } });
    expect(h.fake.callsTo('GetCredentialReport', people.id)).toHaveLength(1);
    // In any order: calls paced together may leave in either order.
    expect(h.fake.callsTo('ListAccessKeys', people.id).map((c) => c.params.UserName).sort()).toEqual(['user-00000', 'user-00010', 'user-00020', 'user-00030']);
    expect(h.fake.callsTo('ListAccessKeys', locked.id)).toHaveLength(12);
  });
});

describe('a credential report from earlier is reused, with CloudTrail covering the keys made since', () => {
  let h: Harness;
  const team = bulkAccount('262626262626', 'team', 20, 0.5); // even users hold keys
  const newcomerKey = makeKey(team.id, { createDate: '2026-11-20T11:00:00Z' });
  team.users[1]!.keys.push(newcomerKey); // user-00001 had no key when the report was made
  team.trail = [{ eventName: 'CreateAccessKey', eventTime: '2026-11-20T11:00:00Z', accessKeyId: newcomerKey.id, userName: 'user-00001' }];
  const world: FakeWorld = { ...base, accounts: [team] };
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world) });
    const users = team.users.map((u) => u.name);
    await h.store.set(scanKeys.report(team.id), { generatedAt: '2026-11-20T09:00:00Z', users, holders: users.filter((_, i) => i % 2 === 0) });
  });
  afterAll(async () => h.close());

  it('when a user got a key after the report, then CloudTrail puts that user on the list and the key is found', async () => {
    const r = await h.directory.lookup(hintFor(newcomerKey.id));
    expect(r.matches).toEqual([expect.objectContaining({ userName: 'user-00001', status: 'Active' })]);
    expect(h.fake.callsTo('GenerateCredentialReport')).toHaveLength(0); // under 4 hours old: reused
    expect(h.fake.callsTo('ListUsers')).toHaveLength(1); // not made moments ago: users are listed, not taken from the report
    expect(h.fake.callsTo('ListAccessKeys').map((c) => c.params.UserName).sort()).toEqual([...team.users.filter((_, i) => i % 2 === 0).map((u) => u.name), 'user-00001'].sort());
  });
});

describe('the refresher applies CloudTrail events between scans', () => {
  let h: Harness;
  const keep = makeKey('272727272727');
  const doomed = makeKey('272727272727');
  const paused = makeKey('272727272727');
  const acct: FakeAccount = { id: '272727272727', name: 'apps', users: [makeUser('api', [keep, doomed]), makeUser('batch', [paused])], trail: [] };
  const fresh = newFormatKeyId('AKIA', acct.id, 7001);
  const world: FakeWorld = { ...base, accounts: [acct] };
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world) });
    await h.directory.lookup(hintFor(keep.id)); // builds the index
  });
  afterAll(async () => h.close());

  it('when a key was just created and IAM does not list it yet, then the lookup reports it as new, not missing', async () => {
    acct.trail!.push({ eventName: 'CreateAccessKey', eventTime: '2026-11-20T12:00:20Z', accessKeyId: fresh, userName: 'batch' });
    h.clock.advance(30);
    const r = await h.directory.lookup(hintFor(fresh));
    expect(r.verdict).toBe('active-unused');
    expect(r.matches).toEqual([expect.objectContaining({ userName: 'batch', pending: true })]);
    expect(r.explanation).toMatch(/IAM does not list it yet/);
  });

  it('when keys were deleted and deactivated, then one refresh round applies the events without an IAM scan', async () => {
    acct.users[0]!.keys = [keep];
    acct.users[1]!.keys = [{ ...paused, status: 'Inactive' }];
    acct.trail!.push(
      { eventName: 'DeleteAccessKey', eventTime: '2026-11-20T12:00:40Z', accessKeyId: doomed.id, userName: 'api' },
      { eventName: 'UpdateAccessKey', eventTime: '2026-11-20T12:00:41Z', accessKeyId: paused.id, userName: 'batch', status: 'Inactive' },
    );
    h.clock.advance(60);
    const before = h.fake.calls.length;
    const round = await h.directory.refreshOnce();
    expect(round).toMatchObject({ leader: true, scanned: [], failed: [], synced: [{ accountId: acct.id, events: 3 }] });
    expect(h.fake.calls.slice(before).map((c) => c.action)).toEqual(['LookupEvents', 'LookupEvents', 'LookupEvents']);
    const index = (await h.store.get<{ rows: [string, number, number, number, number][] }>(scanKeys.index(acct.id)))!;
    const rows = new Map(index.rows.map((r) => [r[0], r] as const));
    expect(rows.has(doomed.id)).toBe(false);
    expect(rows.get(paused.id)![2]).toBe(0); // Inactive
    expect(rows.get(fresh)![4]).toBe(1); // pending: seen in CloudTrail, not listed by IAM yet
    expect((await h.directory.lookup(hintFor(paused.id))).verdict).toBe('inactive');
    expect((await h.directory.lookup(hintFor(doomed.id))).verdict).toBe('deleted');
  });
});
