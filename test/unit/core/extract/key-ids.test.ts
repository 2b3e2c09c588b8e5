import { diagnose } from '../../../../src/core/diagnose';

const keys = (text: string) => diagnose(text).facts.keyIds;

describe('key ids', () => {
  it('when a full new-format key id is pasted, then prefix, last 4, kind and the decoded account are kept, never the id', () => {
    const d = diagnose('AWS_ACCESS_KEY_ID=ASIAQ3EGGQ4X2EXAMPLE');
    expect(d.facts.keyIds).toEqual([expect.objectContaining({ prefix: 'ASIA', last4: 'MPLE', kind: 'temporary', complete: true, accountId: expect.stringMatching(/^\d{12}$/) })]);
    expect(JSON.stringify(d)).not.toContain('ASIAQ3EGGQ4X2EXAMPLE');
  });

  it('when an old-format key id is pasted, then no account is decoded', () => {
    expect(keys('key AKIAIOSFODNN7EXAMPLE')[0]).not.toHaveProperty('accountId');
  });

  it.each([
    ['AKIA...1234', { prefix: 'AKIA', last4: '1234', kind: 'long-term', complete: false }],
    ['ASIA…WXYZ', { prefix: 'ASIA', last4: 'WXYZ', kind: 'temporary' }],
    ['AKIA****ABCD', { prefix: 'AKIA', last4: 'ABCD' }],
    ['access_key     ****************ABCD shared-credentials-file', { prefix: '', last4: 'ABCD', kind: 'unknown' }],
    ['AWS_ACCESS_KEY_ID=LSIAQAAAAAAVNCBMPNSG', { prefix: 'LSIA', kind: 'localstack', accountId: '000000000042' }],
  ])('when "%s" is pasted, then the hint is read', (text, expected) => {
    expect(keys(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('when a secret_key row shows its last 4, then it is not taken for a key id', () => {
    expect(keys('secret_key     ****************wxyz shared-credentials-file')).toEqual([]);
  });

  it.each([
    ['too short', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPL', /length 19/],
    ['digit 0/1/8/9', 'AWS_ACCESS_KEY_ID=AKIAIOSF0DNN7EXAMPLE', /digits 0, 1, 8 or 9/],
    ['lower case', 'AWS_ACCESS_KEY_ID=AKIAiosfODNN7EXAMPLE', /lowercase/],
  ])('when the key id is %s, then the problem is named', (_name, text, problem) => {
    expect(keys(text)[0]!.problems!.join(' ')).toMatch(problem);
  });

  it('when the value in the key id slot is a secret, then it is flagged and nothing of it is kept', () => {
    const d = diagnose('aws_access_key_id = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nAn error occurred (IncompleteSignature) when calling the GetCallerIdentity operation: x');
    expect(d.causes[0]!.id).toBe('malformed-credentials');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('malformed.secret-in-key-slot');
  });

  it('when a mock key id like "test" is set, then it is recorded as a mock key', () => {
    expect(keys('AWS_ACCESS_KEY_ID=test')).toEqual([expect.objectContaining({ kind: 'mock' })]);
  });

  it('when prose contains a word starting with a prefix, then no key id is invented', () => {
    expect(keys('ASIApacificRegion and AKIAsomething')).toEqual([]);
  });
});

describe('key ids masked by hand', () => {
  it.each(['AKIAZGKxxxxxxxxxxx', 'AKIAIOSF****MPLE', 'AKIA...EXAMPLE'])('when a key id is masked as %s, then it is no shape problem and no account is decoded', (id) => {
    const d = diagnose(`[default]\naws_access_key_id=${id}\naws_secret_access_key=aK83fP4v7Lmsly8Yxxxxxxxxxxxxx\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.`);
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('malformed.key-shape');
    expect(d.facts.keyIds.every((k) => k.accountId === undefined)).toBe(true);
  });
});
