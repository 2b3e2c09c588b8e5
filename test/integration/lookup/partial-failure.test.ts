import { newFormatKeyId } from '../../helpers/fake-aws/ids';
import { accountsSetting, bulkAccount, makeKey, makeUser, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness, type Harness } from './harness';

const OK = '121212121212';
const DENIED = '343434343434';
const HANGING = '565656565656';
const found = makeKey(OK, { lastUsed: { date: '2026-11-19T08:00:00Z', service: 'ec2', region: 'us-west-2' } });

describe('lookup when some accounts cannot be scanned', () => {
  let h: Harness;
  const world: FakeWorld = {
    baseAccountId: '999999999999',
    baseKeyId: 'AKIAIOSFODNN7EXAMPLE',
    accounts: [
      { id: OK, name: 'shared', users: [makeUser('svc', [found])] },
      { id: DENIED, name: 'sandbox', users: [], denyAssumeRole: true },
      { id: HANGING, name: 'legacy', users: [makeUser('x', [makeKey(HANGING)])], hang: true },
    ],
  };
  beforeAll(async () => {
    // 2 s: under a loaded test run a healthy account's AssumeRole can take more than 0.5 s.
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '2', AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when nothing matches and accounts failed, then the verdict is incomplete and names each account and why', async () => {
    const r = await h.directory.lookup(`AKIA...${newFormatKeyId('AKIA', OK, 999).slice(-4)}`);
    expect(r.verdict).toBe('incomplete');
    expect(r.accounts.scanned).toBe(1);
    expect(r.accounts.failed).toEqual([
      expect.objectContaining({ accountId: DENIED, accountName: 'sandbox', reason: expect.stringMatching(/^AccessDenied on sts:AssumeRole: User: arn:aws:iam::999999999999:user\/awskey is not authorized/) }),
      // IAM never answers: each call is aborted at its own timeout and retried until the account
      // has made no progress for AWSKEY_ACCOUNT_TIMEOUT_SECONDS.
      expect.objectContaining({ accountId: HANGING, accountName: 'legacy', reason: expect.stringMatching(/^no progress for 2s \(last: iam:\w+ timed out \(no answer within 1s\)\)$/) }),
    ]);
    expect(r.explanation).toContain('sandbox 343434343434');
    expect(r.explanation).toContain('legacy 565656565656 (no progress for 2s');
  });

  it('when the key is in a reachable account, then it is found despite the failures (which are still listed)', async () => {
    const r = await h.directory.lookup(hintFor(found.id));
    expect(r.verdict).toBe('active-recently-used');
    expect(r.accounts.failed.map((f) => f.accountId)).toEqual([DENIED, HANGING]);
  });

  it('when an account failed before, then the next lookup answers at once from the failure record and retries in the background', async () => {
    const calls = h.fake.calls.length;
    const r = await h.directory.lookup(hintFor(found.id));
    expect(r.accounts.failed.find((f) => f.accountId === HANGING)!.reason).toMatch(/retried in the background/);
    // No AssumeRole or IAM call for the failed accounts on the lookup's path (the retry is not due yet).
    expect(h.fake.calls.slice(calls).filter((c) => c.accountId === HANGING || c.params.RoleArn?.includes(DENIED))).toEqual([]);
  });

  it('when a full id decodes to a reachable account, then failures elsewhere do not make it incomplete', async () => {
    const r = await h.directory.lookup(newFormatKeyId('AKIA', OK, 998));
    expect(r).toMatchObject({ verdict: 'not-found', decodedAccountId: OK, accounts: { scanned: 1, failed: [] } });
  });

  it('when no account is configured, then the directory never claims not-found', async () => {
    const d = h.makeDirectory({ AWSKEY_ACCOUNTS: '' });
    const r = await d.lookup(hintFor(found.id));
    expect(r.verdict).toBe('incomplete');
    expect(r.accounts.failed[0]!.reason).toMatch(/AWSKEY_ACCOUNTS/);
  });
});

describe('lookup in an account with more than 1,000 users', () => {
  let h: Harness;
  const big = bulkAccount('787878787878', 'big', 1050);
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [big] };
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_CONCURRENCY: '16', AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when users span two ListUsers pages, then the key of the last user is found', async () => {
    const last = big.users.at(-1)!;
    const r = await h.directory.lookup(hintFor(last.keys[0]!.id));
    expect(r.matches).toEqual([expect.objectContaining({ userName: last.name, accountName: 'big' })]);
    const pages = h.fake.callsTo('ListUsers');
    expect(pages).toHaveLength(2);
    expect(pages[0]!.params.Marker).toBeUndefined();
    expect(pages[1]!.params.Marker).toBeDefined();
    expect(h.fake.callsTo('ListAccessKeys')).toHaveLength(1050);
  });
});

describe('lookup when an account keeps throttling', () => {
  let h: Harness;
  const noisy = bulkAccount('909090909090', 'noisy', 40);
  noisy.throttle = { ListAccessKeys: 10_000 };
  const calm = bulkAccount('808080808080', 'calm', 5);
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [noisy, calm] };
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '2', AWSKEY_ACCOUNT_CONCURRENCY: '4', AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when it makes no progress for the deadline, then that account fails naming the throttling, and the others answer', async () => {
    const r = await h.directory.lookup(hintFor(calm.users[0]!.keys[0]!.id));
    expect(r.verdict).toBe('active-unused');
    expect(r.accounts.failed).toEqual([{ accountId: '909090909090', accountName: 'noisy', reason: 'no progress for 2s (last: throttled on iam:ListAccessKeys after retries (Throttling))' }]);
    // Backoff and the account's own bucket (slowed down by each Throttling) keep the calls few.
    expect(h.fake.callsTo('ListAccessKeys', '909090909090').length).toBeLessThan(40);
  });
});
