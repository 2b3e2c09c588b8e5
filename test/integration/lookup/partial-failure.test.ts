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
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '1', AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when nothing matches and accounts failed, then the verdict is incomplete and names each account and why', async () => {
    const r = await h.directory.lookup(`AKIA...${newFormatKeyId('AKIA', OK, 999).slice(-4)}`);
    expect(r.verdict).toBe('incomplete');
    expect(r.accounts.scanned).toBe(1);
    expect(r.accounts.failed).toEqual([
      expect.objectContaining({ accountId: DENIED, accountName: 'sandbox', reason: expect.stringMatching(/^AccessDenied on sts:AssumeRole: User: arn:aws:iam::999999999999:user\/awskey is not authorized/) }),
      expect.objectContaining({ accountId: HANGING, accountName: 'legacy', reason: 'timed out after 1s' }),
    ]);
    expect(r.explanation).toContain('sandbox 343434343434');
    expect(r.explanation).toContain('legacy 565656565656 (timed out after 1s)');
    expect(h.fake.callsTo('ListUsers', HANGING)).toHaveLength(1);
  });

  it('when the key is in a reachable account, then it is found despite the failures (which are still listed)', async () => {
    const r = await h.directory.lookup(hintFor(found.id));
    expect(r.verdict).toBe('active-recently-used');
    expect(r.accounts.failed.map((f) => f.accountId)).toEqual([DENIED, HANGING]);
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
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_AWS_MAX_ATTEMPTS: '1', AWSKEY_ACCOUNT_CONCURRENCY: '4', AWSKEY_CLOUDTRAIL: 'off' });
  });
  afterAll(async () => h.close());

  it('when retries run out, then that account fails as throttled, its remaining calls stop, and the others answer', async () => {
    const r = await h.directory.lookup(hintFor(calm.users[0]!.keys[0]!.id));
    expect(r.verdict).toBe('active-unused');
    expect(r.accounts.failed).toEqual([{ accountId: '909090909090', accountName: 'noisy', reason: 'throttled on iam:ListAccessKeys after retries (Throttling)' }]);
    expect(h.fake.callsTo('ListAccessKeys', '909090909090').length).toBeLessThan(40);
  });
});
