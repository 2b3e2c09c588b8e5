/**
 * A fresh credential report stands in for ListUsers: the scan walks the report's users (real SDK
 * clients against the local IAM endpoint, counting the calls there) and builds the same index as
 * the ListUsers listing; a denied report falls back to ListUsers.
 */
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import type { AccountIndex } from '../../../src/core/lookup/key-index';
import { accountsSetting, bulkAccount, type FakeAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, settableClock, startHarness, type Harness } from './harness';

const base = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE' };
const spec = (a: FakeAccount) => ({ id: a.id, name: a.name, roleArn: `arn:aws:iam::${a.id}:role/awskey-read-only` });
/** What a lookup reads of an index (when it was built differs between two scans). */
const records = ({ builtAt: _builtAt, ...rest }: AccountIndex) => rest;

describe('a fresh credential report replaces ListUsers', () => {
  let h: Harness;
  const people = bulkAccount('282828282828', 'people', 250, 0.1); // every 10th user holds keys
  const locked = bulkAccount('292929292929', 'locked', 30, 0.25);
  locked.denyCredentialReport = true;
  // ListUsers pages of 100: the listing takes three pages, the report walk none.
  const world: FakeWorld = { ...base, maxPageSize: 100, accounts: [people, locked] };
  beforeAll(async () => {
    // The fake stamps its report with the real time: the scan's clock agrees, so the report is fresh.
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off' }, { clock: settableClock(Date.now()) });
  });
  afterAll(async () => h.close());

  it('when the report names every user with its ARN, then no ListUsers call is made and the verdict is the same', async () => {
    const r = await h.directory.lookup(hintFor(people.users[240]!.keys[0]!.id));
    expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 2, failed: [] } });
    expect(r.matches).toEqual([expect.objectContaining({ userName: 'user-00240', accountId: people.id })]);
    expect(h.fake.callsTo('GetCredentialReport', people.id)).toHaveLength(1);
    expect(h.fake.callsTo('ListUsers', people.id)).toHaveLength(0);
    expect(h.fake.callsTo('ListAccessKeys', people.id)).toHaveLength(25);
  });

  it('when the report is denied, then the account falls back to listing its users', () => {
    expect(h.fake.callsTo('ListUsers', locked.id).filter((c) => c.status === 200)).toHaveLength(1);
    expect(h.fake.callsTo('ListAccessKeys', locked.id)).toHaveLength(30);
  });

  it('when the same account is scanned by ListUsers, then the index records are identical', async () => {
    const walked = await h.directory.scanAccount(spec(people));
    const listing = h.makeDirectory({ AWSKEY_CREDENTIAL_REPORT: 'off' }, { store: createMemoryStore({ clock: h.clock }), owner: 'lister' });
    const before = h.fake.callsTo('ListUsers', people.id).length;
    const listed = await listing.scanAccount(spec(people));
    expect(h.fake.callsTo('ListUsers', people.id).length - before).toBe(3);
    if (!walked.ok || !listed.ok) throw new Error('both scans should succeed');
    expect(walked.index.users).toBe(250);
    expect(records(walked.index)).toEqual(records(listed.index));
  });

  it('when the report is more than a few minutes old, then users are listed again (one made since may be missing from it)', async () => {
    h.clock.advance(10 * 60);
    const before = h.fake.callsTo('ListUsers', people.id).length;
    const out = await h.directory.scanAccount(spec(people));
    expect(out.ok).toBe(true);
    expect(h.fake.callsTo('ListUsers', people.id).length - before).toBe(3);
  });
});

describe('a scan walking the report checkpoints and resumes like a listing', () => {
  let h: Harness;
  const crowd = bulkAccount('303030303030', 'crowd', 250); // every user holds keys
  const world: FakeWorld = { ...base, accounts: [crowd] };
  beforeAll(async () => {
    crowd.hangFromUser = 150; // keys of the first 150 users are answered, then IAM stops answering
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '2', AWSKEY_CLOUDTRAIL: 'off' }, { clock: settableClock(Date.now()) });
  });
  afterAll(async () => h.close());

  it('when IAM stops answering half way, then the partial index names "N of M users scanned" and the rescan resumes without ListUsers', async () => {
    const late = await h.directory.lookup(hintFor(crowd.users[240]!.keys[0]!.id));
    expect(late.verdict).toBe('incomplete');
    expect(late.accounts.failed).toEqual([expect.objectContaining({ accountId: crowd.id, reason: expect.stringMatching(/^no progress for 2s .*; 100 of 250 users scanned, the rest is missing/) })]);
    delete crowd.hangFromUser;
    const before = h.fake.callsTo('ListAccessKeys', crowd.id).filter((c) => c.status === 200).length;
    const out = await h.directory.scanAccount(spec(crowd));
    expect(out.ok).toBe(true);
    // Users 100..249: the checkpoint's 100 are not listed again.
    const after = h.fake.callsTo('ListAccessKeys', crowd.id).filter((c) => c.status === 200).slice(before);
    expect(after.map((c) => c.params.UserName).sort()[0]).toBe('user-00100');
    expect(new Set(after.map((c) => c.params.UserName)).size).toBe(150);
    expect(h.fake.callsTo('ListUsers', crowd.id)).toHaveLength(0);
    const r = await h.directory.lookup(hintFor(crowd.users[240]!.keys[0]!.id));
    expect(r).toMatchObject({ verdict: 'active-unused', accounts: { scanned: 1, failed: [] } });
  });
});
