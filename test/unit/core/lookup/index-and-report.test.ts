import { parseCredentialReport } from '../../../../src/core/lookup/credential-report';
import { applyKeyEvents, buildIndex, keysOf, searchIndexes } from '../../../../src/core/lookup/key-index';
import { pendingKeysFromTrail, type TrailRecord } from '../../../../src/core/lookup/trail-events';
import { parseKeyHint } from '../../../../src/core/key-id';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const OTHER = 'AKIAI44QH8DHBEXAMPLE';
/** Synthetic: the documentation example with its last letter changed (a third distinct key id). */
const CREATED = 'AKIAIOSFODNN7EXAMPL2';
const hint = (text: string) => {
  const p = parseKeyHint(text);
  if (!p.ok) throw new Error(p.message);
  return p.hint;
};

describe('the credential report', () => {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const row = (user: string, k1: [string, string], k2: [string, string]) => `${user},arn:aws:iam::111122223333:user/${user},2024-01-01T00:00:00+00:00,true,N/A,N/A,N/A,false,${k1[0]},${k1[1]},N/A,N/A,N/A,${k2[0]},${k2[1]},N/A,N/A,N/A,false,N/A,false,N/A`;

  it('when users hold active, inactive or no keys, then holders are those with a slot in use (the root line is skipped)', () => {
    const csv = [
      header,
      '<root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,N/A,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
      row('alice', ['true', '2025-01-01T00:00:00+00:00'], ['false', 'N/A']),
      row('bob', ['false', 'N/A'], ['false', 'N/A']),
      row('carol', ['false', 'N/A'], ['false', '2025-02-01T00:00:00+00:00']), // an inactive key in slot 2
    ].join('\n');
    expect(parseCredentialReport(csv)).toEqual({ users: ['alice', 'bob', 'carol'], holders: ['alice', 'carol'], listsUsers: true });
  });

  it('when a row has no ARN or the arn column is missing, then the report is not taken for the list of users', () => {
    const noArn = [header, row('alice', ['true', '2025-01-01T00:00:00+00:00'], ['false', 'N/A']).replace(/,arn:[^,]*,/, ',,')].join('\n');
    expect(parseCredentialReport(noArn)).toMatchObject({ users: ['alice'], holders: ['alice'], listsUsers: false });
    const noColumn = [header.replace('user,arn,', 'user,'), row('bob', ['false', 'N/A'], ['false', 'N/A']).replace(/,arn:[^,]*,/, ',')].join('\n');
    expect(parseCredentialReport(noColumn)).toMatchObject({ users: ['bob'], holders: [], listsUsers: false });
  });

  it('when the text has no access key columns, then it is not taken for a report', () => {
    expect(parseCredentialReport('user,arn\nalice,x')).toBeUndefined();
  });
});

describe('the compact key index and CloudTrail events', () => {
  const index = buildIndex({ accountId: '111122223333', accountName: 'prod', builtAt: '2026-11-20T12:00:00.000Z', users: 2 }, [
    { accessKeyId: KEY, userName: 'alice', status: 'Active', createDate: '2025-03-01T10:00:00.000Z' },
    { accessKeyId: OTHER, userName: 'alice', status: 'Active' },
  ]);

  it('when keys are stored as rows, then user names are kept once and the keys read back unchanged', () => {
    expect(index.names).toEqual(['alice']);
    expect(keysOf(index)).toEqual([
      { accessKeyId: KEY, userName: 'alice', status: 'Active', createDate: '2025-03-01T10:00:00.000Z' },
      { accessKeyId: OTHER, userName: 'alice', status: 'Active' },
    ]);
  });

  it('when Create, Update and Delete events arrive out of order, then they are applied oldest first', () => {
    const created = CREATED;
    const records: TrailRecord[] = [
      { accountId: '111122223333', eventName: 'DeleteAccessKey', eventTime: '2026-11-20T12:05:00Z', accessKeyId: OTHER },
      { accountId: '111122223333', eventName: 'UpdateAccessKey', eventTime: '2026-11-20T12:04:00Z', accessKeyId: KEY, status: 'Inactive' },
      { accountId: '111122223333', eventName: 'CreateAccessKey', eventTime: '2026-11-20T12:03:00Z', accessKeyId: created, userName: 'bob' },
      { accountId: '999999999999', eventName: 'DeleteAccessKey', eventTime: '2026-11-20T12:06:00Z', accessKeyId: KEY },
    ];
    const next = applyKeyEvents(index, records, '2026-11-20T12:10:00.000Z');
    expect(next.syncedAt).toBe('2026-11-20T12:10:00.000Z');
    expect(next.builtAt).toBe(index.builtAt);
    expect(keysOf(next)).toEqual([
      { accessKeyId: KEY, userName: 'alice', status: 'Inactive', createDate: '2025-03-01T10:00:00.000Z' },
      { accessKeyId: created, userName: 'bob', status: 'Active', createDate: '2026-11-20T12:03:00.000Z', pending: true },
    ]);
    expect(searchIndexes([next], hint('AKIA...MPL2'))[0]!.key.pending).toBe(true);
  });

  it('when CloudTrail shows a key created and not deleted, then it is a pending key; a deleted one is not', () => {
    const records: TrailRecord[] = [
      { accountId: '111122223333', eventName: 'CreateAccessKey', eventTime: '2026-11-20T12:03:00Z', accessKeyId: KEY, userName: 'bob' },
      { accountId: '111122223333', eventName: 'CreateAccessKey', eventTime: '2026-11-20T12:03:00Z', accessKeyId: OTHER, userName: 'eve' },
      { accountId: '111122223333', eventName: 'DeleteAccessKey', eventTime: '2026-11-20T12:04:00Z', accessKeyId: OTHER, userName: 'eve' },
    ];
    expect(pendingKeysFromTrail(records, hint('AKIA...MPLE'))).toEqual([
      { accountId: '111122223333', userName: 'bob', accessKeyId: 'AKIA…MPLE', status: 'Active', createDate: '2026-11-20T12:03:00Z', pending: true },
    ]);
  });
});
