/**
 * Typographic double quotes (“ ” „, from a blog, a word processor or Slack's smart quotes) close a value as `"` does.
 * Stop 33's sweep left one doubtful span: an R `Sys.setenv(… "AWS_SECRET_ACCESS_KEY" = "%accessSecret%”, ”AWS_DEFAULT_REGION" = …)`
 * (real-pastes tuning, cloudyr-aws.s3-315) read its value on over the `”` into the next name and was redacted, though
 * `%accessSecret%` is a reference to where the secret lives. A reference or placeholder so quoted stays, with the
 * names after it; a secret so quoted still goes.
 */
import fc from 'fast-check';
import { findSecrets, redact } from '../../../src/core/redact';
import { awsSecretKey, chars } from '../../helpers/secret-shapes';

const RUNS = 300;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const LOWER = 'abcdefghijklmnopqrstuvwxyz'.split('');
const camel = fc.tuple(chars(LOWER, 3, 8), chars(UPPER, 1, 1), chars(LOWER, 3, 8)).map(([a, b, c]) => `${a}${b}${c}`);
/** A value that names where the secret lives or stands in for it. */
const reference = fc.oneof(
  camel.map((c) => `%${c}%`),
  chars(UPPER, 3, 10).map((u) => `\${${u}_SECRET}`),
  chars(LOWER, 3, 8).map((w) => `<your ${w} key>`),
);
/** A value's quotes as pasted: opened and closed typographically, or opened by `"` and closed by `”`. */
const quotes = fc.constantFrom(['“', '”'], ['"', '”'], ['”', '”'], ['„', '“']);
const name = fc.constantFrom('AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'DB_PASSWORD', 'client_secret');
const nextName = fc.constantFrom('AWS_DEFAULT_REGION', 'AWS_REGION', 'BUCKET_NAME');
const password = chars([...UPPER, ...LOWER, ...'0123456789'.split('')], 14, 24).filter((s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s));

describe('typographic double quotes close a value', () => {
  it(`when a reference under a secret's name is closed by a typographic quote (${RUNS} generated), then it and the next name stay`, () => {
    fc.assert(
      fc.property(name, reference, quotes, nextName, (n, r, [open, close], next) => {
        const text = `Sys.setenv("${n}" = ${open}${r}${close}, ${close}${next}" = "us-east-1")`;
        expect(findSecrets(text)).toEqual([]);
        expect(redact(text).text).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`when a secret is so quoted (${RUNS} generated), then it still goes and the next name stays`, () => {
    fc.assert(
      fc.property(name, fc.oneof(password, awsSecretKey), quotes, nextName, (n, secret, [open, close], next) => {
        const out = redact(`Sys.setenv("${n}" = ${open}${secret}${close}, ${close}${next}" = "us-east-1")`).text;
        expect(out).not.toContain(secret);
        expect(out).toContain(`${next}" = "us-east-1")`);
      }),
      { numRuns: RUNS },
    );
  });
});
