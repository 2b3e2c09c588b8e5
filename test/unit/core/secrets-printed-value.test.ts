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
import { diagnose } from '../../../src/core/diagnose';
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

describe('the next output standing where the print showed nothing (review R35b-12: the blank line was lost)', () => {
  it.each([
    ['an error code', '$ echo $AWS_SECRET_ACCESS_KEY\nAn error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.', 'SignatureDoesNotMatch', 'secret-key-mismatch'],
    ['a message diagnose reads', '$ echo $AWS_SESSION_TOKEN\nUnable to locate credentials. You can configure credentials by running "aws configure".', 'Unable to locate credentials', 'no-credentials-found'],
    ['PowerShell’s error line', 'PS> $env:AWS_SECRET_ACCESS_KEY\naws : An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', 'InvalidClientTokenId', undefined],
  ])('when the line after the print holds %s, then it stays and is diagnosed', (_, text, piece, cause) => {
    expect(redact(text).text).toContain(piece);
    const d = diagnose(text);
    expect(d.detected).toBe(true);
    if (cause) expect(d.causes[0]?.id).toBe(cause);
  });

  it.each([
    // (a timestamp opening the line is a log prefix the wrapper reading takes off first: paste-shape.ts)
    ['a timestamp', '$ echo $DB_PASSWORD\ndb01 ready at 2026-12-07T15:32:31Z for app', 'ready at'],
    ['a bracketed level', '$ printenv API_TOKEN\n[WARN] token refresh skipped for app', 'token refresh skipped'],
  ])('when the line holds %s, then it stays', (_, text, piece) => {
    expect(redact(text).text).toContain(piece);
  });

  it('when the output line is long and holds a key, then only the key goes', () => {
    const text = `$ echo $AWS_SECRET_ACCESS_KEY\nthe deploy job printed its whole environment here and then some more words to make this line long ${'and longer '.repeat(8)}key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end`;
    const out = redact(text).text;
    expect(out).not.toContain('K7MDENG');
    expect(out).toContain('the deploy job printed');
  });
});
