/**
 * A secret's value printed on the line after the command that printed it (review R34d-2, stop 34): the shape rules read
 * only a key's 40 characters, so a truncated key or a worded password after `echo $AWS_SECRET_ACCESS_KEY` / `printenv
 * DB_PASSWORD` stayed whole and reached the store. Whatever the shell printed there goes; a key id printed the same way
 * is evidence and stays; an empty variable (the next prompt on the printed line) takes nothing.
 */
import fc from 'fast-check';
import { redact } from '../../../src/core/redact';
import { ALNUM, chars } from '../../helpers/secret-shapes';

const RUNS = 300;
const command = fc.constantFrom(
  (name: string) => `$ echo $${name}`,
  (name: string) => `$ echo "\${${name}}"`,
  (name: string) => `$ printenv ${name}`,
  (name: string) => `PS C:\\> $env:${name}`,
  (name: string) => `C:\\> echo %${name}%`,
);
const name = fc.constantFrom('AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'DB_PASSWORD', 'API_TOKEN', 'GITHUB_TOKEN');
/** Any printed value: shorter or longer than a key, with the punctuation people put in passwords. */
const value = chars([...ALNUM, '/', '+', '-', '!', '#'], 8, 60);

describe('a secret printed on the line after its print command', () => {
  it(`when echo/printenv/$env: prints a secret-named variable (${RUNS} generated), then the printed line goes`, () => {
    fc.assert(
      fc.property(command, name, value, (cmd, n, v) => {
        const out = redact(`${cmd(n)}\n${v}\n$ aws s3 ls\nAn error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation`).text;
        expect(out).not.toContain(v);
        expect(out).toContain(n);
        expect(out).toContain('SignatureDoesNotMatch');
      }),
      { numRuns: RUNS },
    );
  });

  it('when the reviewer’s values are printed (a 39-character key, a worded password), then they go', () => {
    expect(redact('$ echo $AWS_SECRET_ACCESS_KEY\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE\n').text).not.toContain('K7MDENG');
    expect(redact('$ printenv DB_PASSWORD\nhunter2-Secret-Value-123\n').text).not.toContain('hunter2');
  });

  it('when a key id is printed, or the variable printed nothing, then nothing is taken', () => {
    expect(redact('$ echo $AWS_ACCESS_KEY_ID\nAKIAIOSFODNN7EXAMPLE\n').text).toContain('AKIAIOSFODNN7EXAMPLE');
    expect(redact('$ echo $AWS_SECRET_ACCESS_KEY\n\n$ aws s3 ls').text).toContain('$ aws s3 ls');
  });
});
