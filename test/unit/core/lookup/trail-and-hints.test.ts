import { describeHint, keyIdMatchesHint, parseKeyHint, type ParsedKeyHint } from '../../../../src/core/key-id';
import { buildIndex, searchIndexes, type AccountIndex } from '../../../../src/core/lookup/key-index';
import { matchTrailRecords, toTrailRecord } from '../../../../src/core/lookup/trail-events';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const hint = (text: string): ParsedKeyHint => {
  const r = parseKeyHint(text);
  if (!r.ok) throw new Error(r.message);
  return r.hint;
};

describe('hints against key ids', () => {
  it.each([
    ['AKIA...MPLE', true],
    ['AKIA…MPLE', true],
    ['****************MPLE', true],
    ['mple', true],
    ['7EXAMPLE', true],
    ['AKIAIOSF...MPLE', true],
    ['AKIAIOSG...MPLE', false],
    ['ASIA...MPLE', false],
    ['AKIA...MPLF', false],
    [KEY, true],
    [`\` ${KEY} \``, true],
  ])('when the hint is %s, then the example key matches: %s', (text, expected) => {
    expect(keyIdMatchesHint(KEY, hint(text))).toBe(expected);
  });

  it('when a hint is shown back, then at most the prefix and last four characters appear', () => {
    expect(describeHint(hint(KEY))).toBe('AKIA…MPLE');
    expect(describeHint(hint('7EXAMPLE'))).toBe('****MPLE');
  });

  it.each(['ABCD...1234', 'AKIA...', 'AKIAIOSFODNN7EXAMPLE...MPLE'])('when the hint %s is given, then it is refused as unreadable', (text) => {
    expect(parseKeyHint(text)).toMatchObject({ ok: false, reason: 'unrecognised' });
  });

  it('when a secret is pasted next to a key id, then the whole input is refused', () => {
    expect(parseKeyHint(`${KEY} wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)).toMatchObject({ ok: false, reason: 'looks-like-secret' });
    expect(parseKeyHint('IQoJb3JpZ2luX2VjEN//////////wEaCXVzLXdlc3QtMiJHMEUCIQDexampletokenexampletoken')).toMatchObject({ ok: false, reason: 'looks-like-secret' });
  });

  it('when indexes are searched, then every account holding a fitting key is returned', () => {
    const index = (accountId: string, ids: string[]): AccountIndex =>
      buildIndex({ accountId, accountName: accountId, builtAt: '2026-11-20T00:00:00Z', users: 1 }, ids.map((id) => ({ accessKeyId: id, userName: 'u', status: 'Active' })));
    const hits = searchIndexes([index('1', [KEY, 'AKIAI44QH8DHBEXAMPLE']), index('2', ['AKIAI44QH8DHBEXAMPLE'])], hint('AKIAI44Q...MPLE'));
    expect(hits.map((h) => h.accountId)).toEqual(['1', '2']);
  });
});

describe('CloudTrail key events', () => {
  const event = (eventName: string, body: unknown) => toTrailRecord('111111111111', eventName, '2026-11-01T00:00:00.000Z', JSON.stringify(body));

  it('when DeleteAccessKey and CreateAccessKey events are read, then the key id comes from request or response', () => {
    expect(event('DeleteAccessKey', { userIdentity: { arn: 'arn:aws:iam::111111111111:user/admin' }, requestParameters: { userName: 'app', accessKeyId: KEY } })).toEqual({
      accountId: '111111111111',
      eventName: 'DeleteAccessKey',
      eventTime: '2026-11-01T00:00:00.000Z',
      accessKeyId: KEY,
      userName: 'app',
      actor: 'arn:aws:iam::111111111111:user/admin',
    });
    expect(event('CreateAccessKey', { requestParameters: { userName: 'app' }, responseElements: { accessKey: { accessKeyId: KEY, userName: 'app', status: 'Active' } } })).toMatchObject({ accessKeyId: KEY, status: 'Active' });
    expect(event('DeleteUser', {})).toBeUndefined();
    expect(toTrailRecord('1', 'DeleteAccessKey', '2026-11-01T00:00:00.000Z', '{not json')).toMatchObject({ eventName: 'DeleteAccessKey' });
  });

  it('when records are matched to a tail hint, then only fitting keys come back, newest first and redacted', () => {
    const records = [
      event('CreateAccessKey', { responseElements: { accessKey: { accessKeyId: KEY } } })!,
      { ...event('DeleteAccessKey', { requestParameters: { accessKeyId: KEY } })!, eventTime: '2026-11-05T00:00:00.000Z' },
      event('DeleteAccessKey', { requestParameters: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE' } })!,
    ];
    const out = matchTrailRecords(records, hint('AKIAIOSF...MPLE'));
    expect(out.map((e) => e.eventName)).toEqual(['DeleteAccessKey', 'CreateAccessKey']);
    expect(JSON.stringify(out)).not.toContain(KEY);
  });
});
