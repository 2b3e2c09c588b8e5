/**
 * Secrets the reading of wrapped evidence (a label cut by a wrap, an ARN going on over the next line, a stack frame's
 * `12:34)`) must not keep: the review of s27-redact found each of these kept where 08a5635 redacted it. A line break
 * after a short line ends a name (`image: my-service-image` / `tag: …` is no `etag`), a complete ARN filling a line is no
 * cut (`…:role/deploy` / `token=…`), an ARN cut after its account is followed by its resource type only when `secret:`
 * is glued to its name, and a line and column are a position only glued to a path's last piece.
 */
import { redact } from '../../../src/core/redact';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = `${KEY}x`;
const PASSWORD = 'hunter2hunter2';
const PADDED = (n: number): string => `# ${'z'.repeat(n)} role_arn=arn:aws:iam::123456789012:role/deploy`;
const SECRETS_ARN = 'Resolving aaaaaaaaaaaaaa SecretId arn:aws:secretsmanager:us-east-1:123456789012:';

describe('a secret after evidence read across a line break', () => {
  it.each<[string, string, string]>([
    // a label's letters after a word's last ones (`imag|e` + `TAG`, `servic-image` + `tag`): no cut label
    ['IMAGE= then TAG= on the next line', `IMAGE=registry/app:latest-stable-image\nTAG=${KEY}`, KEY],
    ['image: then tag: on the next line', `image: my-service-image\ntag: ${KEY}`, KEY],
    ['prose ending in "the" then tag:', `docker login uses the\ntag: ${TOKEN}`, TOKEN],
    // a secret's own name cut (`CLIENT_SECRET_HA` / `SH=`) is a secret's name, whatever label its pieces spell
    ['export CLIENT_SECRET_HA / SH=', `export CLIENT_SECRET_HA\nSH=${KEY}`, KEY],
    ['export DEPLOY_KEY_HA / SH=', `export DEPLOY_KEY_HA\nSH=${KEY}`, KEY],
    // a full-width line ending in a complete ARN: the next line's setting is its own (widths 64, 72, 76, 80)
    ...[15, 23, 27, 31].map((n): [string, string, string] => [`a ${n + 49}-wide line ending in a role ARN then token=`, `${PADDED(n)}\ntoken=${TOKEN}`, TOKEN]),
    ...[15, 23, 27, 31].map((n): [string, string, string] => [`a ${n + 49}-wide line ending in a role ARN then token: `, `${PADDED(n)}\ntoken: ${TOKEN}`, TOKEN]),
    // an ARN that may go on in its resource type (`…:function`): a secret's name glued to `:` on the next line is a setting
    ['a 64-wide line ending in a Lambda ARN then token:', `${'x'.repeat(17)} arn:aws:lambda:us-east-1:123456789012:function\ntoken:${KEY}`, KEY],
    // an ARN cut after its account: only `secret:` glued to what follows is its resource type
    ['a Secrets Manager ARN cut after its account then secret=', `${SECRETS_ARN}\nsecret=${PASSWORD}`, PASSWORD],
    ['a Secrets Manager ARN cut after its account then secret = ', `${SECRETS_ARN}\nsecret = ${PASSWORD}`, PASSWORD],
    // a line and column not glued to a path
    ['mysql -p with a ) after it', 'mysql -h db -u admin -p1234:5678) mydb', '1234:5678'],
    ['secret=N:N', 'secret=12:34', '12:34'],
  ])('when %s is pasted, then the secret is redacted', (_name, text, secret) => {
    const r = redact(text);
    expect(r.text).not.toContain(secret);
    expect(r.count).toBeGreaterThan(0);
  });

  it.each<[string, string, string]>([
    // the evidence these readers exist for stays
    ['a Secrets Manager ARN cut after its account, its resource on the next line', `${SECRETS_ARN}\nsecret:prod/db-AbCdEf`, 'secret:prod/db-AbCdEf'],
    ['a stack frame in a file named for a secret', '    at load (/app/SecretConfig:12:34)', 'SecretConfig:12:34)'],
  ])('when %s is pasted, then it stays', (_name, text, evidence) => {
    expect(redact(text).text).toContain(evidence);
  });
});
