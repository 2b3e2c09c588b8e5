/**
 * One reader of a variable printed by a shell (`echo $NAME`, `printenv NAME`, `$env:NAME`, `echo %NAME%`) and its value
 * on the next line, for redaction and for the credential-source reading (stop 35; before, each parsed it on its own).
 * Review R34d-3 (stop 34): the line after the print was read as the value whatever stood there, so `(empty)` after
 * `echo $AWS_ACCESS_KEY_ID` made a malformed key from the environment, `<blank>` after `echo $AWS_SESSION_TOKEN` a token
 * present, and `Traceback` after `echo $AWS_PROFILE` the profile.
 */
import { diagnose } from '../../../src/core/diagnose';
import { printedVariables } from '../../../src/core/printed-variable';
import { redact } from '../../../src/core/redact';

const now = new Date('2026-12-07T00:00:00Z');
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('a variable printed by a shell', () => {
  it.each([
    ['$ echo $AWS_PROFILE\ndev-admin\n', 'AWS_PROFILE', 'dev-admin'],
    ['$ echo "${AWS_REGION}"\neu-west-1', 'AWS_REGION', 'eu-west-1'],
    ['$ printenv AWS_ACCESS_KEY_ID\n  AKIAIOSFODNN7EXAMPLE  \n$ aws s3 ls', 'AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['PS C:\\Users\\bob> $env:AWS_PROFILE\nprod', 'AWS_PROFILE', 'prod'],
    ['C:\\> echo %AWS_PROFILE%\r\nprod\r\n', 'AWS_PROFILE', 'prod'],
  ])('when %j is read, then %s is printed with its value', (text, name, value) => {
    const [p] = printedVariables(text);
    expect(p).toEqual({ name, value, start: text.indexOf(value), word: true });
  });

  it.each([
    ['an empty line', ''],
    ['a marker for an empty print', '(empty)'],
    ['a marker for an empty print', '<blank>'],
    ['a marker for an empty print', 'nothing'],
    ['a marker for an empty print', 'null'],
    ['a marker for an empty print', '[unset]'],
    ['the next prompt', '$'],
    ['the next prompt', 'bob@box:~/src$'],
    ['the next prompt', '>>>'],
    ['the next prompt', 'C:\\Users\\bob>'],
    ['the next prompt with its command', '$ aws sts get-caller-identity'],
    ['the next prompt with its command', 'PS C:\\src> aws s3 ls'],
    ['the next print', 'echo $AWS_REGION'],
    ['the next output’s first line', 'Traceback (most recent call last):'],
    ['the next output’s first word', 'Traceback'],
  ])('when the printed line is %s (%j), then no value is read', (_, line) => {
    expect(printedVariables(`$ echo $AWS_PROFILE\n${line}\n`).filter((p) => p.name === 'AWS_PROFILE')).toEqual([]);
  });

  it.each([
    ['an exception’s name', 'NoCredentialsError'],
    ['a label', 'Error:'],
    ['more than one word', 'correct horse battery staple'],
  ])('when the printed line is %s (%j), then it is read whole but as no clean word (review R35-1)', (_, line) => {
    expect(printedVariables(`$ echo $AWS_PROFILE\n${line}\n`)).toEqual([{ name: 'AWS_PROFILE', value: line, start: 20, word: false }]);
  });

  it('when the printed line is itself the next print, then that print is read', () => {
    expect(printedVariables('$ echo $AWS_SESSION_TOKEN\n$ echo $AWS_PROFILE\nci\n')).toEqual([{ name: 'AWS_PROFILE', value: 'ci', start: 46, word: true }]);
  });
});

describe('the reviewer’s prints (R34d-3), diagnosed', () => {
  it('when `(empty)` follows `echo $AWS_ACCESS_KEY_ID`, then no key and no environment source are read', () => {
    const d = diagnose(`${ERROR}\n$ echo $AWS_ACCESS_KEY_ID\n(empty)\n$ cat ~/.aws/credentials`, { now });
    expect(d.facts.credentialSource).not.toBe('env');
    expect(d.facts.keyIds).toEqual([]);
    expect(d.causes[0]!.id).not.toBe('malformed-credentials');
  });

  it('when an exception’s name follows `echo $AWS_PROFILE`, then it is no profile', () => {
    expect(diagnose(`${ERROR}\n$ echo $AWS_PROFILE\nNoCredentialsError\n`, { now }).facts.profile).toBeUndefined();
  });

  it('when `<blank>` follows `echo $AWS_SESSION_TOKEN`, then no session token is read as present', () => {
    expect(diagnose(`${ERROR}\n$ echo $AWS_SESSION_TOKEN\n<blank>\n`, { now }).facts.sessionTokenPresent).not.toBe(true);
  });

  it('when `Traceback` follows `echo $AWS_PROFILE`, then it is no profile', () => {
    const d = diagnose(`${ERROR}\n$ echo $AWS_PROFILE\nTraceback`, { now });
    expect(d.facts.profile).toBeUndefined();
    expect(d.causes[0]!.id).not.toBe('wrong-profile');
  });

  it.each([
    ['before the next prompt', '\n$ aws s3 ls\n'],
    ['at the paste’s end (a lowercase word after a line is no wrapped sentence here: extract/unwrap.ts)', '\n'],
  ])('when a profile is printed %s, then it is the profile, as `AWS_PROFILE=` would say', (_, after) => {
    expect(diagnose(`${ERROR}\n$ echo $AWS_PROFILE\nstaging${after}`, { now }).facts.profile).toBe('staging');
  });
});

describe('redaction of a printed secret (one reader)', () => {
  it('when a marker or the next output follows a secret’s print, then it stays', () => {
    expect(redact('$ echo $DB_PASSWORD\n(empty)\n').text).toContain('(empty)');
    expect(redact('$ echo $AWS_SECRET_ACCESS_KEY\nTraceback (most recent call last):\n').text).toContain('Traceback (most recent call last):');
  });

  it('when a secret is printed, then it is named as the same name given `=` names it', () => {
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'DB_PASSWORD', 'API_TOKEN']) {
      const printed = redact(`$ echo $${name}\nhunter2-Secret-Value-123\n`).text.split('\n')[1];
      const assigned = /\[REDACTED:[a-z-]+\]/.exec(redact(`export ${name}=hunter2-Secret-Value-123`).text)?.[0];
      expect(printed).toBe(assigned);
    }
  });
});
