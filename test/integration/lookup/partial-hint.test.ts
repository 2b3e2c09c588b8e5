/**
 * A partial hint (the last four, as `aws configure list` shows them) can fit several keys: one listed in IAM and
 * another, with the same ending, that CloudTrail shows deleted in another account (QA38 F11). One stand-in for the file.
 */
import { newFormatKeyId } from '../../helpers/fake-aws/ids';
import { accountsSetting, makeKey, makeUser, type FakeAccount, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness, type Harness } from './harness';

const DEV = '313131313131';
const SEC = '424242424242';
const PROD = '535353535353';

const live = makeKey(DEV, { lastUsed: { date: '2026-11-18T08:00:00Z', service: 's3', region: 'eu-west-1' } });
const alone = makeKey(DEV, { lastUsed: { date: '2026-11-19T08:00:00Z', service: 'sts', region: 'us-east-1' } });
/** Another key of another account, ending like `live`. */
const sameEnding = (id: string, account: string, serial: number) => `${newFormatKeyId('AKIA', account, serial).slice(0, 16)}${id.slice(-4)}`;
const goneTwin = sameEnding(live.id, SEC, 7001);
const twinA = makeKey(DEV);
const twinB = makeKey(SEC, { id: sameEnding(twinA.id, SEC, 7002) });
const lone = newFormatKeyId('AKIA', SEC, 7003);

const dev: FakeAccount = { id: DEV, name: 'dev', users: [makeUser('ci-deployer', [live, twinA]), makeUser('solo', [alone])] };
const sec: FakeAccount = {
  id: SEC,
  name: 'sec',
  users: [makeUser('auditor', [twinB])],
  trail: [
    { eventName: 'DeleteAccessKey', eventTime: '2026-11-18T09:00:00Z', accessKeyId: goneTwin, userName: 'old-runner', actorArn: `arn:aws:iam::${SEC}:user/admin` },
    { eventName: 'DeleteAccessKey', eventTime: '2026-11-17T09:00:00Z', accessKeyId: lone, userName: 'retired', actorArn: `arn:aws:iam::${SEC}:user/admin` },
  ],
};
const prod: FakeAccount = { id: PROD, name: 'prod', users: [], denyAssumeRole: true };
const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [dev, sec, prod] };
const CAVEAT = /1 account could not be read, so another key ending the same may be there too/;

describe('lookup by a partial hint that fits a listed key and a deleted one', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(world, { AWSKEY_ACCOUNTS: accountsSetting(world) });
  });
  afterAll(async () => h.close());

  it.each([hintFor(live.id), `****${live.id.slice(-4)}`, live.id.slice(-4)])('when %s fits an active key in dev and a key CloudTrail shows deleted in sec, then the verdict is ambiguous and lists both', async (hint) => {
    const r = await h.directory.lookup(hint);
    expect(r.verdict).toBe('ambiguous');
    expect(r.matches).toEqual([expect.objectContaining({ accountId: DEV, userName: 'ci-deployer', status: 'Active' })]);
    expect(r.deletionEvents).toEqual([expect.objectContaining({ eventName: 'DeleteAccessKey', accountId: SEC, userName: 'old-runner' })]);
    expect(r.explanation).toMatch(/2 keys match .*ci-deployer in dev.*deleted in account 424242424242 on 2026-11-18 \(user old-runner\)/);
    expect(r.explanation).toMatch(CAVEAT);
    expect(r.nextStep).toMatch(/aws configure get aws_access_key_id/);
    expect(JSON.stringify(r)).not.toContain(goneTwin);
  });

  it('when the full id of the listed key is given, then it is not ambiguous', async () => {
    const r = await h.directory.lookup(live.id);
    expect(r.verdict).toBe('active-recently-used');
  });

  it('when a partial hint fits one listed key and no deletion, then the verdict stands and CloudTrail is asked only for deletions, once per account read', async () => {
    for (const account of [DEV, SEC]) for (const key of ['trail', 'trail-deletions']) await h.store.delete(`awskey:lookup:${key}:${account}`);
    const before = h.fake.callsTo('LookupEvents').length;
    const r = await h.directory.lookup(hintFor(alone.id));
    expect(r.verdict).toBe('active-recently-used');
    expect(r.explanation).toMatch(CAVEAT);
    const calls = h.fake.callsTo('LookupEvents').slice(before);
    expect(calls.map((c) => c.accountId).sort()).toEqual([DEV, SEC]);
    expect(calls.map((c) => (JSON.parse(c.params.body!) as { LookupAttributes: unknown }).LookupAttributes)).toEqual([
      [{ AttributeKey: 'EventName', AttributeValue: 'DeleteAccessKey' }],
      [{ AttributeKey: 'EventName', AttributeValue: 'DeleteAccessKey' }],
    ]);
  });

  it('when CloudTrail cannot be read in an account, then a partial-hint verdict says a deleted key ending the same would not show', async () => {
    await h.store.delete(`awskey:lookup:trail-deletions:${SEC}`);
    await h.store.delete(`awskey:lookup:trail:${SEC}`);
    sec.denyCloudTrail = true;
    const r = await h.directory.lookup(hintFor(alone.id)).finally(() => (sec.denyCloudTrail = false));
    expect(r.verdict).toBe('active-recently-used');
    expect(r.accounts.failed).toContainEqual(expect.objectContaining({ accountId: SEC, part: 'cloudtrail' }));
    expect(r.explanation).toMatch(/CloudTrail could not be read in 1 account, so a key ending the same deleted there would not show/);
  });

  it('when CloudTrail does not answer in an account, then a found key is answered within 5 s with that account named', async () => {
    for (const key of ['trail', 'trail-deletions']) await h.store.delete(`awskey:lookup:${key}:${SEC}`);
    sec.hangCloudTrail = true;
    const t = Date.now();
    const r = await h.directory.lookup(hintFor(alone.id)).finally(() => (sec.hangCloudTrail = false));
    expect(Date.now() - t).toBeLessThan(8_000);
    expect(r.verdict).toBe('active-recently-used');
    expect(r.accounts.failed).toContainEqual(expect.objectContaining({ accountId: SEC, part: 'cloudtrail', reason: expect.stringMatching(/no answer within 5s$/) }));
  }, 15_000);

  it('when two listed keys fit a partial hint and an account was not read, then ambiguous says another key may be there', async () => {
    const r = await h.directory.lookup(hintFor(twinA.id));
    expect(r.verdict).toBe('ambiguous');
    expect(r.matches.map((m) => m.accountId).sort()).toEqual([DEV, SEC]);
    expect(r.explanation).toMatch(CAVEAT);
  });

  it('when a partial hint fits only a deleted key and an account was not read, then deleted says another key may be there', async () => {
    const r = await h.directory.lookup(hintFor(lone));
    expect(r.verdict).toBe('deleted');
    expect(r.explanation).toMatch(CAVEAT);
  });
});
