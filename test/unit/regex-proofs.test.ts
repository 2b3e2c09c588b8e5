import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proofKey } from '../helpers/regex-proofs';

// The record of regex-safety proofs (test/helpers/regex-proofs.ts) may only spare a pattern proven before in exactly
// its form: any change of source or flags is a new key, proven live.
describe('regex proofs record', () => {
  it('when a pattern or its flags change, then its key changes', () => {
    const k = proofKey('a+b', 'i');
    expect(proofKey('a+b', 'i')).toBe(k);
    expect(proofKey('a+b', '')).not.toBe(k);
    expect(proofKey('a+bc', 'i')).not.toBe(k);
    expect(proofKey('(a+)+b', 'i')).not.toBe(k);
  });

  it('when the record is read, then it names the recheck version installed and holds only keys', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'regex-proofs.json'), 'utf8')) as { recheck: string; safe: Record<string, string[]> };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(file.recheck).toBe((require('recheck/package.json') as { version: string }).version);
    expect(Object.keys(file.safe).sort()).toEqual(['answer-words', 'src']);
    for (const keys of Object.values(file.safe)) for (const k of keys) expect(k).toMatch(/^[0-9a-f]{32}$/);
  });
});
