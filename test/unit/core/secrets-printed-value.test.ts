/**
 * A secret's value printed on the line after the command that printed it (review R34d-2, stop 34): the shape rules read
 * only a key's 40 characters, so a truncated key or a worded password after `echo $AWS_SECRET_ACCESS_KEY` / `printenv
 * DB_PASSWORD` stayed whole and reached the store. Whatever the shell printed there goes; a key id printed the same way
 * is evidence and stays; an empty variable (the next prompt on the printed line) takes nothing.
 * Review R35-1 (stop 35): the shared reader then took only a one-word line, so a passphrase with spaces, `hunter2:` or
 * `MyTokenError` stayed whole; the alphabet here had no space and no `:`, so it could not see that.
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
/** Any printed value: shorter or longer than a key, with the punctuation people put in passwords, spaces and `:`. */
const value = fc
  .tuple(chars(ALNUM, 1, 8), chars([...ALNUM, '/', '+', '-', '!', '#', ' ', ':'], 7, 52))
  .map(([head, rest]) => head + rest);

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

  it.each([
    ['a passphrase', '$ echo $DB_PASSWORD\ncorrect horse battery staple\n$ psql', 'horse'],
    ['cmd’s print of a passphrase', 'C:\\> echo %DB_PASSWORD%\nsecret pass phrase\n', 'pass phrase'],
    ['a value ending in `:`', '$ echo "${DB_PASSWORD}"\nhunter2:\n', 'hunter2'],
    ['a value shaped as an exception’s name', '$ printenv API_TOKEN\nMyTokenError\n', 'MyTokenError'],
    ['words', '$ echo $MY_SECRET\nabc def ghi jkl\n', 'def ghi'],
  ])('when %s is printed (review R35-1), then the whole line goes', (_, text, piece) => {
    const out = redact(text).text;
    expect(out).not.toContain(piece);
    expect(out).toContain('[REDACTED:');
  });

  it('when a key id is printed, or the variable printed nothing, then nothing is taken', () => {
    expect(redact('$ echo $AWS_ACCESS_KEY_ID\nAKIAIOSFODNN7EXAMPLE\n').text).toContain('AKIAIOSFODNN7EXAMPLE');
    expect(redact('$ echo $AWS_SECRET_ACCESS_KEY\n\n$ aws s3 ls').text).toContain('$ aws s3 ls');
  });
});
