import { decodeAccountId } from '../../../src/core/key-id';
import { oldFormatKeyId, newFormatKeyId } from '../../helpers/fake-aws/ids';
import { accountsSetting, makeKey, makeUser, type FakeAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness, type Harness } from './harness';

const PROD = '111111111111';
const DEV = '222222222222';

const recent = makeKey(PROD, { lastUsed: { date: '2026-11-18T08:00:00Z', service: 's3', region: 'eu-west-1' } });
const unused = makeKey(PROD);
const inactive = makeKey(PROD, { status: 'Inactive', lastUsed: { date: '2026-03-01T08:00:00Z', service: 'sts', region: 'us-east-1' } });
const deletedId = newFormatKeyId('AKIA', PROD, 4000);
const unknownId = newFormatKeyId('AKIA', PROD, 4100);
const ambiguousA = makeKey(PROD);
// Same first 14 and last 4 characters, different middle: both fit "AKIA...<last4>".
const ambiguousB = makeKey(DEV, { id: `${ambiguousA.id.slice(0, 14)}${ambiguousA.id.slice(14, 16) === 'ZZ' ? 'YY' : 'ZZ'}${ambiguousA.id.slice(16)}` });
const legacy = makeKey(DEV, { id: oldFormatKeyId(7) });

const prod: FakeAccount = {
  id: PROD,
  name: 'prod',
  users: [makeUser('deploy-bot', [recent]), makeUser('ci', [unused, ambiguousA]), makeUser('old-app', [inactive])],
  trail: [
    { eventName: 'CreateAccessKey', eventTime: '2026-09-01T10:00:00Z', accessKeyId: deletedId, userName: 'gone-app', actorArn: `arn:aws:iam::${PROD}:user/admin` },
    { eventName: 'DeleteAccessKey', eventTime: '2026-11-10T10:00:00Z', accessKeyId: deletedId, userName: 'gone-app', actorArn: `arn:aws:iam::${PROD}:user/admin` },
    { eventName: 'UpdateAccessKey', eventTime: '2026-10-01T10:00:00Z', accessKeyId: inactive.id, userName: 'old-app', status: 'Inactive', actorArn: `arn:aws:iam::${PROD}:user/admin` },
  ],
};
const dev: FakeAccount = { id: DEV, name: 'dev', users: [makeUser('tester', [ambiguousB]), makeUser('legacy-app', [legacy])], throttle: { ListUsers: 1 } };
const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [prod, dev] };

describe('access key lookup across accounts (real SDK against the local AWS endpoint)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world) });
  });
  afterAll(async () => h.close());

  it('when ListUsers is throttled once, then the SDK retries and the scan completes', async () => {
    const r = await h.directory.lookup(hintFor(recent.id));
    expect(r.accounts).toEqual({ scanned: 2, failed: [] });
    expect(h.fake.callsTo('ListUsers', DEV).map((c) => c.status)).toEqual([400, 200]);
  });

  it('when an active key was used recently, then the verdict says another credential source wins', async () => {
    const r = await h.directory.lookup(hintFor(recent.id));
    expect(r.verdict).toBe('active-recently-used');
    expect(r.matches).toEqual([
      {
        accountId: PROD,
        accountName: 'prod',
        userName: 'deploy-bot',
        accessKeyId: `AKIA…${recent.id.slice(-4)}`,
        status: 'Active',
        createDate: '2025-03-01T10:00:00.000Z',
        lastUsed: { date: '2026-11-18T08:00:00.000Z', service: 's3', region: 'eu-west-1' },
      },
    ]);
    expect(r.nextStep).toMatch(/aws configure list/);
  });

  it('when an active key was never used, then the verdict is active-unused', async () => {
    const r = await h.directory.lookup(`****${unused.id.slice(-4)}`);
    expect(r.verdict).toBe('active-unused');
    expect(r.matches[0]).toMatchObject({ userName: 'ci', status: 'Active', lastUsed: {} });
  });

  it('when the key is deactivated, then the verdict is inactive with the UpdateAccessKey event', async () => {
    const r = await h.directory.lookup(`\`${hintFor(inactive.id)}\``);
    expect(r.verdict).toBe('inactive');
    expect(r.deletionEvents).toEqual([expect.objectContaining({ eventName: 'UpdateAccessKey', status: 'Inactive', accountId: PROD, userName: 'old-app' })]);
  });

  it('when CloudTrail shows DeleteAccessKey for the key, then the verdict is deleted', async () => {
    const r = await h.directory.lookup(hintFor(deletedId));
    expect(r.verdict).toBe('deleted');
    expect(r.matches).toEqual([]);
    expect(r.deletionEvents.map((e) => e.eventName)).toEqual(['DeleteAccessKey', 'CreateAccessKey']);
    expect(r.deletionEvents[0]).toMatchObject({ accountId: PROD, userName: 'gone-app', actor: `arn:aws:iam::${PROD}:user/admin`, eventTime: '2026-11-10T10:00:00.000Z' });
    expect(r.explanation).toContain('2026-11-10');
  });

  it('when no account holds the key and CloudTrail has nothing, then the verdict is not-found after scanning all', async () => {
    const r = await h.directory.lookup(`AKIA…${unknownId.slice(-4)}`);
    expect(r.verdict).toBe('not-found');
    expect(r.accounts).toEqual({ scanned: 2, failed: [] });
  });

  it('when two keys in two accounts fit the hint, then the verdict asks for more characters', async () => {
    const r = await h.directory.lookup(hintFor(ambiguousA.id));
    expect(r.verdict).toBe('ambiguous');
    expect(r.matches.map((m) => m.accountId).sort()).toEqual([PROD, DEV]);
    expect(r.nextStep).toMatch(/more characters/);
    const narrowed = await h.directory.lookup(`${ambiguousB.id.slice(0, 16)}...${ambiguousB.id.slice(-4)}`);
    expect(narrowed.matches.map((m) => m.accountId)).toEqual([DEV]);
  });

  it('when a full new-format id of a scanned account is given, then only its owner is scanned', async () => {
    const before = h.fake.calls.length;
    const r = await h.directory.lookup(recent.id);
    expect(r.decodedAccountId).toBe(PROD);
    expect(r.accounts.scanned).toBe(1);
    expect(r.verdict).toBe('active-recently-used');
    expect(JSON.stringify(r)).not.toContain(recent.id);
    expect(h.fake.calls.slice(before).every((c) => c.accountId === PROD)).toBe(true);
  });

  it('when a full id encodes an account that is not configured, then the verdict is other-account without scanning', async () => {
    const foreign = newFormatKeyId('AKIA', '777777777777', 9);
    const before = h.fake.calls.length;
    const r = await h.directory.lookup(foreign);
    expect(decodeAccountId(foreign)).toBe('777777777777');
    expect(r).toMatchObject({ verdict: 'other-account', decodedAccountId: '777777777777' });
    expect(h.fake.calls.length).toBe(before);
  });

  it('when an old-format full id is given, then sts:GetAccessKeyInfo names the owner', async () => {
    const r = await h.directory.lookup(legacy.id);
    expect(h.fake.callsTo('GetAccessKeyInfo')).toHaveLength(1);
    expect(r).toMatchObject({ decodedAccountId: DEV, verdict: 'active-unused', accounts: { scanned: 1 } });
  });

  it('when a temporary ASIA id is given, then it explains session keys and calls nothing', async () => {
    const before = h.fake.calls.length;
    const r = await h.directory.lookup('ASIA...7A2B');
    expect(r.verdict).toBe('temporary-key');
    expect(r.nextStep).toMatch(/AWS_SESSION_TOKEN/);
    expect(h.fake.calls.length).toBe(before);
  });

  it('when a secret is given, then it is refused and never echoed or audited', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const r = await h.directory.lookup(secret, { actor: 'U123' });
    expect(r).toMatchObject({ verdict: 'invalid-hint', refused: true });
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(JSON.stringify(h.audit)).not.toContain(secret);
  });

  it('when lookups run, then each one is audited with the actor, redacted hint, verdict and accounts', async () => {
    const r = await h.directory.lookup(hintFor(recent.id), { actor: 'U42' });
    const last = h.audit.at(-1)!;
    expect(last).toMatchObject({ actor: 'U42', action: 'aws-key-lookup', detail: { hint: r.hint, verdict: 'active-recently-used', scanned: 2, failed: [] } });
    expect(JSON.stringify(h.audit)).not.toContain(recent.id);
  });

  it('when the index is fresh, then a repeat lookup makes no IAM list calls', async () => {
    const lists = () => h.fake.calls.filter((c) => c.action === 'ListUsers' || c.action === 'ListAccessKeys').length;
    const before = lists();
    const r = await h.directory.lookup(hintFor(unused.id));
    expect(r.verdict).toBe('active-unused');
    expect(lists()).toBe(before);
  });

  it('when the index is stale, then the answer comes from it at once and a background scan refreshes it', async () => {
    const added = makeKey(DEV);
    dev.users.push(makeUser('newcomer', [added]));
    h.clock.advance(h.config.aws.indexMaxAgeSeconds + 60);
    const listUsersBefore = h.fake.callsTo('ListUsers').length;
    const stale = await h.directory.lookup(hintFor(added.id));
    expect(stale.indexAgeSeconds).toBeGreaterThan(h.config.aws.indexMaxAgeSeconds);
    expect(stale.verdict).toBe('not-found');
    expect(stale.notes?.join(' ')).toMatch(/key index \d+ min old; (a rescan is running|use --refresh)/);
    await h.directory.whenIdle();
    expect(h.fake.callsTo('ListUsers').length).toBe(listUsersBefore + 2);
    const fresh = await h.directory.lookup(hintFor(added.id));
    expect(fresh).toMatchObject({ verdict: 'active-unused', indexAgeSeconds: 0, matches: [expect.objectContaining({ userName: 'newcomer' })] });
  });

  it('when --refresh is asked, then every account is rescanned', async () => {
    const before = h.fake.callsTo('ListUsers').length;
    await h.directory.lookup(hintFor(recent.id), { refresh: true });
    expect(h.fake.callsTo('ListUsers').length).toBe(before + 2);
  });

  it('when CloudTrail is denied in an account, then it is named in incomplete with its reason, and the verdict (IAM was fully listed) stays not-found', async () => {
    dev.denyCloudTrail = true;
    await h.store.delete(`awskey:lookup:trail:${DEV}`);
    const r = await h.directory.lookup(`AKIA…${unknownId.slice(-4)}`).finally(() => (dev.denyCloudTrail = false));
    expect(r.verdict).toBe('not-found');
    expect(r.accounts).toEqual({
      scanned: 2,
      failed: [{ accountId: DEV, accountName: 'dev', part: 'cloudtrail', reason: expect.stringMatching(/^no CloudTrail evidence \(its IAM keys were all listed\): AccessDeniedException on cloudtrail:LookupEvents/) }],
    });
    expect(r.explanation).toMatch(/CloudTrail shows no deletion of it in the last 90 days \(CloudTrail could not be read in 1 of them\)/);
  });

  it('when accounts come from AWS Organizations, then each is reached through the named role', async () => {
    const d = h.makeDirectory({ AWSKEY_ACCOUNTS: '', AWSKEY_ORG_ROLE_NAME: 'awskey-read-only' });
    const r = await d.lookup(hintFor(recent.id), { refresh: true });
    expect(h.fake.callsTo('ListAccounts')).toHaveLength(1);
    expect(r).toMatchObject({ verdict: 'active-recently-used', accounts: { scanned: 2, failed: [] } });
  });

  it('when only the per-service endpoint variables are set, then the SDK still reaches the endpoint (nothing is pinned)', async () => {
    const saved = process.env.AWS_ENDPOINT_URL;
    delete process.env.AWS_ENDPOINT_URL;
    Object.assign(process.env, { AWS_ENDPOINT_URL_STS: h.fake.url, AWS_ENDPOINT_URL_IAM: h.fake.url, AWS_ENDPOINT_URL_CLOUDTRAIL: h.fake.url });
    try {
      const before = h.fake.callsTo('AssumeRole').length;
      const r = await h.makeDirectory().lookup(hintFor(recent.id), { refresh: true });
      expect(r.accounts).toEqual({ scanned: 2, failed: [] });
      expect(h.fake.callsTo('AssumeRole').length).toBe(before + 2);
    } finally {
      process.env.AWS_ENDPOINT_URL = saved;
      for (const k of ['AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL_IAM', 'AWS_ENDPOINT_URL_CLOUDTRAIL']) delete process.env[k];
    }
  });
});
