/**
 * A line that opens a new key (`region = us-east-1`, `always-auth=true`) after a line that fills a wrap width and ends in
 * a secret is a line of its own (review of stop 30): a credentials file's `aws_secret_access_key = <40>` is 64 wide, and
 * an `.npmrc` `_authToken=` line can be 60. Joined to the secret, the key's name was swallowed into it (evidence lost),
 * or the value read with the name glued to it ended at a password's `&` and let its rest out.
 */
import { evidenceText } from '../../../src/core/conversation/belief';
import { createEgressGuard } from '../../../src/core/egress';
import { redact } from '../../../src/core/redact';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** Pieces of 8 characters of `secret` found in `out`. */
function pieces(out: string, secret: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 8 <= secret.length; i++) if (out.includes(secret.slice(i, i + 8))) found.push(secret.slice(i, i + 8));
  return found;
}

function exits(text: string): string[] {
  const guard = createEgressGuard();
  guard.learn(text);
  return [redact(text).text, evidenceText(text), guard.scrub(text).value];
}

describe('a key line after a full-width line ending in a secret', () => {
  it.each([
    ['a Slack quote as sent (&gt;)', `&gt; aws_secret_access_key = ${KEY}\n&gt; region = us-east-1`],
    ['a quote (> )', `> aws_secret_access_key = ${KEY}\n> region = us-east-1`],
    ['a bare credentials file', `[default]\naws_secret_access_key = ${KEY}\nregion = us-east-1`],
    ['a YAML-style key', `aws_secret_access_key = ${KEY}\nregion: us-east-1`],
  ])('when %s, then the secret is redacted whole and the next key stays readable', (_name, text) => {
    for (const out of exits(text)) {
      expect(pieces(out, KEY)).toEqual([]);
      expect(out).toMatch(/region(?: =|:) us-east-1/);
    }
  });
});

describe("an .npmrc token line exactly 60 wide whose token holds '&', then always-auth=true", () => {
  const tokens = ['Pw0c8vHVsQ&abcdefXYZ1234567', 'Pw0c8vHVsQ&ab!defXYZ1234567', 'Xq7&Lm2pQ9rT4vW8yB3nC6dF1gH'];
  it.each(tokens)('when the token is %s, then no piece of it reaches an exit and always-auth stays', (token) => {
    const text = `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${token}\nalways-auth=true`;
    expect(text.split('\n')[1]).toHaveLength(60);
    for (const out of exits(text)) {
      expect(pieces(out, token)).toEqual([]);
      expect(out).toContain('always-auth=true');
    }
  });
});
