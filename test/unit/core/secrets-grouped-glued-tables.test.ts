/**
 * Secrets in shapes that left most of them in view (trial 22's four unfixed leaks): a secret key pasted in
 * blank-separated groups after its name (only the first group went), a password glued to mysql's `-p` or given
 * to `docker login -p`, and a PowerShell `Get-ChildItem env:` table pasted without its `Name  Value` header.
 * Each secret is generated at run time; the evidence next to them (ports, other tools' `-p`, other rows) stays.
 */
import fc from 'fast-check';
import { redact } from '../../../src/core/redact';
import { SecretMaker } from '../../helpers/pasted-shapes';
import { rng } from '../../helpers/synthetic-case';

/** Keys drawn from a seed, as random as real ones (fast-check would shrink a failure to `AAAA…a1+`, which no reader calls random). */
const maker = new SecretMaker(rng(2222));
const awsKey = fc.constantFrom(...Array.from({ length: 200 }, () => maker.awsKey()));
const RUNS = 60;

/** The key cut into groups of the given sizes (they add up to 40), joined by `gap`. */
const inGroups = (key: string, sizes: readonly number[], gap: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) parts.push(key.slice(at, (at += n)));
  return parts.join(gap);
};
const SIZES = fc.constantFrom([10, 10, 10, 10], [8, 8, 8, 8, 8], [8, 10, 10, 12], [9, 9, 9, 9, 4]);

describe('a secret key pasted in blank-separated groups after its name', () => {
  const LABELS = ['secret: ', 'aws_secret_access_key = ', 'SECRET_KEY: "', 'AWS Secret Access Key [None]: ', '"secretAccessKey": "'];
  it.each(LABELS.map((l) => [l]))('when it follows %j, then every group goes, not only the first', (label) => {
    fc.assert(
      fc.property(awsKey, SIZES, fc.constantFrom(' ', '  ', '\t'), (key, sizes, gap) => {
        const text = `${label}${inGroups(key, sizes, gap)}\n\nregion = us-east-1`;
        const r = redact(text);
        for (const group of inGroups(key, sizes, ' ').split(' ')) expect(r.text).not.toContain(group);
        expect(r.text.endsWith('\n\nregion = us-east-1')).toBe(true);
        expect(r.kinds).toEqual(['secret-access-key']);
      }),
      { numRuns: RUNS },
    );
  });

  it('when a secret-named value is followed by words, then only the value goes', () => {
    expect(redact('password: Pw12abcd and then some more words here').text).toBe('password: [REDACTED:password] and then some more words here');
    expect(redact('token: Xy12abcd was Rotated By Ops Team Yesterday Evening').text).toBe('token: [REDACTED:other-token] was Rotated By Ops Team Yesterday Evening');
  });
});
