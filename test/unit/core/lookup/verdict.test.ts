import { parseKeyHint, type ParsedKeyHint } from '../../../../src/core/key-id';
import type { AccountFailure, DeletionEvent, KeyMatch } from '../../../../src/core/lookup/types';
import { decideVerdict, type VerdictInput } from '../../../../src/core/lookup/verdict';
import { newFormatKeyId } from '../../../helpers/fake-aws/ids';

const NOW = new Date('2026-11-20T12:00:00Z');
const hint = (text: string): ParsedKeyHint => {
  const r = parseKeyHint(text);
  if (!r.ok) throw new Error(r.message);
  return r.hint;
};
const match = (over: Partial<KeyMatch> = {}): KeyMatch => ({ accountId: '111111111111', accountName: 'prod', userName: 'app', accessKeyId: 'AKIA…ABCD', status: 'Active', ...over });
const input = (over: Partial<VerdictInput> = {}): VerdictInput => ({
  hint: hint('AKIA...ABCD'),
  matches: [],
  scanned: 2,
  failed: [],
  configuredAccountIds: ['111111111111', '222222222222'],
  deletionEvents: [],
  now: NOW,
  ...over,
});
const denied: AccountFailure = { accountId: '222222222222', accountName: 'dev', reason: 'AccessDenied on sts:AssumeRole' };
const deletion: DeletionEvent = { accountId: '111111111111', eventName: 'DeleteAccessKey', eventTime: '2026-11-01T00:00:00Z', userName: 'app' };

describe('lookup verdicts', () => {
  it.each<[string, Partial<VerdictInput>, string]>([
    ['an active key used 3 days ago', { matches: [match({ lastUsed: { date: '2026-11-17T00:00:00Z' } })] }, 'active-recently-used'],
    ['an active key used 200 days ago', { matches: [match({ lastUsed: { date: '2026-05-04T00:00:00Z' } })] }, 'active-unused'],
    ['an active key never used', { matches: [match({ lastUsed: {} })] }, 'active-unused'],
    ['an inactive key', { matches: [match({ status: 'Inactive' })] }, 'inactive'],
    ['two matching keys', { matches: [match(), match({ accountId: '222222222222' })] }, 'ambiguous'],
    ['no match, all scanned', {}, 'not-found'],
    ['no match, CloudTrail deletion', { deletionEvents: [deletion] }, 'deleted'],
    ['no match, an UpdateAccessKey event only', { deletionEvents: [{ ...deletion, eventName: 'UpdateAccessKey' }] }, 'not-found'],
    ['no match, one account failed', { failed: [denied] }, 'incomplete'],
    ['no match, failed account but CloudTrail proves deletion', { failed: [denied], deletionEvents: [deletion] }, 'deleted'],
    ['a match while another account failed', { matches: [match({ status: 'Inactive' })], failed: [denied] }, 'inactive'],
    ['decoded owner not configured', { decodedAccountId: '777777777777' }, 'other-account'],
    ['decoded owner scanned, another account failed', { decodedAccountId: '111111111111', failed: [denied] }, 'not-found'],
    ['decoded owner failed', { decodedAccountId: '222222222222', failed: [denied] }, 'incomplete'],
    ['a temporary key', { hint: hint('ASIA...ABCD') }, 'temporary-key'],
  ])('when %s, then the verdict is %s', (_, over, verdict) => {
    expect(decideVerdict(input(over)).verdict).toBe(verdict);
  });

  it('when a full temporary key id encodes an account awskey does not scan, then the answer names it and points at the wrong role or profile', () => {
    const asia = newFormatKeyId('ASIA', '555566667777', 5); // synthetic, generated at run time
    const outside = decideVerdict(input({ hint: hint(asia), decodedAccountId: '555566667777' }));
    expect(outside.verdict).toBe('temporary-key');
    expect(outside.explanation).toContain('issued in account 555566667777, which is not one of the 2 accounts awskey scans');
    expect(outside.nextStep).toMatch(/^If the failing call targets another account than 555566667777, the program assumed the wrong role or profile/);
    const ours = decideVerdict(input({ hint: hint(asia), decodedAccountId: '111111111111' }));
    expect(ours.explanation).toContain('issued in account 111111111111 (one of the accounts awskey scans)');
    expect(ours.nextStep).not.toMatch(/wrong role/);
    expect(decideVerdict(input({ hint: hint('ASIA...ABCD') })).explanation).not.toMatch(/issued in/);
  });

  it('when a partial hint is found while other accounts could not be read, then the answer says another key ending the same may be there; a full id needs no such caveat', () => {
    const partial = decideVerdict(input({ matches: [match({ status: 'Inactive' })], failed: [denied] }));
    expect(partial.verdict).toBe('inactive');
    expect(partial.explanation).toMatch(/1 account could not be read, so another key ending the same may be there too\.$/);
    const full = decideVerdict(input({ hint: hint('AKIAIOSFODNN7EXAMPLE'), matches: [match({ status: 'Inactive' })], failed: [denied] }));
    expect(full.explanation).not.toMatch(/could not be read/);
    expect(decideVerdict(input({ matches: [match({ status: 'Inactive' })] })).explanation).not.toMatch(/could not be read/);
  });

  it('when a partial hint is found deleted in CloudTrail while other accounts could not be read, then the deleted verdict carries the same caveat (QA38 F11)', () => {
    const partial = decideVerdict(input({ deletionEvents: [deletion], failed: [denied] }));
    expect(partial.verdict).toBe('deleted');
    expect(partial.explanation).toMatch(/1 account could not be read, so another key ending the same may be there too\.$/);
    expect(decideVerdict(input({ deletionEvents: [deletion] })).explanation).not.toMatch(/could not be read/);
  });

  it('when a partial hint fits a listed key and another key CloudTrail shows deleted, then it is ambiguous and says what each would mean (QA38 F11)', () => {
    const other = { ...deletion, accountId: '222222222222', userName: 'old-runner', accessKeyId: 'AKIA…ABCD' };
    const active = decideVerdict(input({ matches: [match({ lastUsed: { date: '2026-11-17T00:00:00Z' } })], deletionEvents: [other] }));
    expect(active.verdict).toBe('ambiguous');
    expect(active.explanation).toMatch(/^2 keys match .*app in prod.*deleted in account 222222222222 on 2026-11-01 \(user old-runner\)\. .*the listed key \(then it works, so another credential source wins over it\)/);
    const inactive = decideVerdict(input({ matches: [match({ status: 'Inactive' })], deletionEvents: [other] }));
    expect(inactive).toMatchObject({ verdict: 'ambiguous', explanation: expect.stringContaining('the listed key (then it is Inactive: reactivate or replace it)') });
    // A full id is exact: a deletion CloudTrail shows for it cannot be another key's.
    expect(decideVerdict(input({ hint: hint(newFormatKeyId('AKIA', '111111111111', 5)), matches: [match({ status: 'Inactive' })], deletionEvents: [other] })).verdict).toBe('inactive');
  });

  it('when incomplete, then the explanation names every failed account and why', () => {
    const v = decideVerdict(input({ failed: [denied, { accountId: '333333333333', reason: 'timed out after 60s' }] }));
    expect(v.explanation).toContain('dev 222222222222 (AccessDenied on sts:AssumeRole)');
    expect(v.explanation).toContain('333333333333 (timed out after 60s)');
    expect(v.verdict).toBe('incomplete');
    expect(v.explanation).toContain('may be in one of them');
  });

  it('when 100 accounts could not be scanned, then the explanation names the first three and counts the rest instead of listing all 100', () => {
    const many: AccountFailure[] = Array.from({ length: 100 }, (_, i) => ({ accountId: String(100000000000 + i), accountName: `account-${i + 1}`, reason: 'scan still running after 120s' }));
    const v = decideVerdict(input({ failed: many, configuredAccountIds: many.map((f) => f.accountId), scanned: 0 }));
    expect(v.verdict).toBe('incomplete');
    expect(v.explanation).toContain('account-1 100000000000 (scan still running after 120s)');
    expect(v.explanation).toContain('account-3 ');
    expect(v.explanation).not.toContain('account-4 ');
    expect(v.explanation).toContain('; and 97 more.');
    expect(v.explanation.length).toBeLessThan(500);
  });

  it('when a verdict is given, then it always carries an explanation and a next step', () => {
    const v = decideVerdict(input({ matches: [match({ lastUsed: { date: '2026-11-19T00:00:00Z', service: 's3', region: 'eu-west-1' } })] }));
    expect(v.explanation).toContain('s3, eu-west-1');
    expect(v.nextStep).toMatch(/aws configure list/);
  });

  it('when the window for recent use is narrowed, then an older use is no longer recent', () => {
    const m = [match({ lastUsed: { date: '2026-11-10T00:00:00Z' } })];
    expect(decideVerdict(input({ matches: m })).verdict).toBe('active-recently-used');
    expect(decideVerdict(input({ matches: m, recentDays: 7 })).verdict).toBe('active-unused');
  });
});
