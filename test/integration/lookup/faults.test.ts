/**
 * Faults around an organisation-wide lookup, with the real SDK clients against the local endpoint:
 * AssumeRole denied, STS hanging, IAM hanging, an account at 0.5 requests/s, CloudTrail denied and
 * Organizations throttled. Each is named with its reason; the healthy account still answers; the
 * verdict is never not-found while an account that could hold the key is unscanned.
 */
import { accountsSetting, bulkAccount, makeKey, makeUser, type FakeWorld } from '../../helpers/fake-aws/world';
import { hintFor, startHarness, type Harness } from './harness';

describe('lookup across an organisation with faults', () => {
  let h: Harness;
  const healthy = makeKey('414141414141');
  const world: FakeWorld = {
    baseAccountId: '999999999999',
    baseKeyId: 'AKIAIOSFODNN7EXAMPLE',
    throttleOrganizations: 1000,
    accounts: [
      { id: '414141414141', name: 'healthy', users: [makeUser('app', [healthy])] },
      { id: '424242424242', name: 'denied', users: [], denyAssumeRole: true },
      { id: '434343434343', name: 'sts-hangs', users: [], hangSts: true },
      { id: '444444444444', name: 'iam-hangs', users: [makeUser('x', [makeKey('444444444444')])], hang: true },
      { ...bulkAccount('454545454545', 'crawling', 30), iamRatePerSecond: 0.5 },
      { id: '464646464646', name: 'no-trail', users: [makeUser('y', [makeKey('464646464646')])], denyCloudTrail: true },
    ],
  };
  beforeAll(async () => {
    h = await startHarness(world, {
      AWSKEY_ACCOUNTS: accountsSetting(world),
      AWSKEY_ORG_ROLE_NAME: 'awskey-read-only',
      AWSKEY_AWS_MAX_ATTEMPTS: '2',
      AWSKEY_ACCOUNT_TIMEOUT_SECONDS: '1',
      AWSKEY_LOOKUP_WAIT_SECONDS: '3',
      AWSKEY_CREDENTIAL_REPORT: 'off',
    });
  });
  afterAll(async () => h.close());

  it('when nothing matches, then the verdict is incomplete and each failing part is named with its reason', async () => {
    const r = await h.directory.lookup('AKIA...ZZZZ');
    expect(r.verdict).toBe('incomplete');
    const reasons = Object.fromEntries(r.accounts.failed.filter((f) => !f.part).map((f) => [f.accountName ?? f.accountId, f.reason]));
    expect(reasons).toEqual({
      organization: expect.stringMatching(/^throttled on organizations:ListAccounts after retries \(TooManyRequestsException\)/),
      denied: expect.stringMatching(/^AccessDenied on sts:AssumeRole/),
      'sts-hangs': expect.stringMatching(/^no progress for 1s \(last: sts:AssumeRole timed out/),
      'iam-hangs': expect.stringMatching(/^no progress for 1s \(last: iam:ListUsers timed out/),
      crawling: expect.stringMatching(/^(no progress for 1s \(last: throttled on iam:ListAccessKeys|scan still running after 3s)/),
    });
    expect(r.accounts.scanned).toBe(2);
    // CloudTrail denied is named in `incomplete` too, as the part that is missing (its IAM keys were listed).
    const trail = r.accounts.failed.filter((f) => f.part === 'cloudtrail');
    expect(trail).toContainEqual({ accountId: '464646464646', accountName: 'no-trail', part: 'cloudtrail', reason: expect.stringMatching(/^no CloudTrail evidence \(its IAM keys were all listed\): AccessDeniedException on cloudtrail:LookupEvents/) });
    // An account whose IAM part failed is named once, for that.
    expect(trail.map((f) => f.accountName)).not.toEqual(expect.arrayContaining(['denied']));
  });

  it('when the key is in the healthy account, then it is found while the failures are listed', async () => {
    const r = await h.directory.lookup(hintFor(healthy.id));
    expect(r.verdict).toBe('active-unused');
    expect(r.matches).toEqual([expect.objectContaining({ accountName: 'healthy', userName: 'app' })]);
    // A partial hint with a listed key asks CloudTrail for deletions of other keys ending the same: the denied one is named.
    expect(r.accounts.failed.map((f) => f.accountName ?? f.accountId).sort()).toEqual(['crawling', 'denied', 'iam-hangs', 'no-trail', 'organization', 'sts-hangs']);
  });
});
