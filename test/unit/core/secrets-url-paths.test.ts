/**
 * An `@` in a URL's path or query after a host's port (`https://host:443/profile/john@example.com`, a request log's
 * `localhost:8080/api/users?email=jane@example.org`) is an e-mail address in a request, not userinfo: stop 33 left it
 * open, and urlPasswords read `443/profile/john` as a password (a single-label host is no `HOST_LIKE`, and an e-mail's
 * domain after the `@` reads as the host a password comes before). A port then two lower-case path names at least, or a
 * path and a query, stay; the passwords review 33c planted in the same place (a port's digits, then one name or a random
 * piece, or a key with `/`) still go.
 */
import fc from 'fast-check';
import { diagnose } from '../../../src/core/diagnose';
import { findSecrets, redact } from '../../../src/core/redact';
import { ALNUM, chars } from '../../helpers/secret-shapes';

const RUNS = 300;
const LOWER = 'abcdefghijklmnopqrstuvwxyz'.split('');
const word = chars(LOWER, 2, 10);
const host = fc.oneof(
  word,
  fc.constantFrom('localhost', '10.0.0.5', '127.0.0.1', 'keycloak', 'api.example.com', 'auth.corp.example.org'),
  fc.tuple(word, word).map(([a, b]) => `${a}.${b}.example.com`),
);
const port = fc.integer({ min: 1, max: 65535 });
const local = fc.oneof(word, fc.tuple(word, word).map(([a, b]) => `${a}.${b}`), fc.tuple(word, fc.integer({ min: 1, max: 99 })).map(([a, n]) => `${a}${n}`));
const domain = fc.constantFrom('example.com', 'example.org', 'corp.example.com', 'mail.example.net');
/** What stands between the port and the `@`: two path names at least, then the e-mail's local part; or a query holding it. */
const pathToAt = fc.oneof(
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), local).map(([ps, l]) => `/${ps.join('/')}/${l}`),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), word, local).map(([ps, name, l]) => `/${ps.join('/')}?${name}=${l}`),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), word, word, local).map(([ps, a, b, l]) => `/${ps.join('/')}?${a}=1&${b}=${l}`),
);
const after = fc.constantFrom('', '/keys', '.png', '&page=2');
const sentence = fc.constantFrom(
  (url: string) => `GET ${url} 403 Forbidden`,
  (url: string) => `curl -s ${url}\nAccessDenied: User is not authorized`,
  (url: string) => `see ${url}.`,
  (url: string) => `{"url": "${url}", "status": 401}`,
);

describe('an e-mail address in a URL path after a port is no password', () => {
  it('when https://host:443/profile/john@example.com is pasted, then it stays and no secret is reported', () => {
    const text = 'GET https://host:443/profile/john@example.com failed with ExpiredToken';
    expect(findSecrets(text)).toEqual([]);
    expect(redact(text).text).toBe(text);
    expect(diagnose(text).secretsFound).toEqual([]);
  });

  it(`when a host, a port and a path or query hold an e-mail address (${RUNS} generated), then the text stays`, () => {
    fc.assert(
      fc.property(fc.constantFrom('http', 'https'), host, port, pathToAt, domain, after, sentence, (scheme, h, p, path, d, tail, at) => {
        const text = at(`${scheme}://${h}:${p}${path}@${d}${tail}`);
        expect(findSecrets(text)).toEqual([]);
        expect(redact(text).text).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`when a password in the same place opens with a port's digits (${RUNS} generated), then it still goes`, () => {
    const password = fc.oneof(
      // one name after the digits: a password, not a path of names
      fc.tuple(port, word).map(([p, w]) => `${p}/${w}`),
      // a random piece, a capital or a digit mixed in
      fc.tuple(port, chars(ALNUM, 12, 30)).filter(([, r]) => /[A-Z]/.test(r) && /[0-9]/.test(r)).map(([p, r]) => `${p}/${r}`),
      fc.tuple(port, word, chars(ALNUM, 12, 30)).filter(([, , r]) => /[A-Z]/.test(r)).map(([p, w, r]) => `${p}/${w}/${r}`),
    );
    fc.assert(
      fc.property(fc.constantFrom('user', 'user.name', 'deploy'), password, sentence, (user, pw, at) => {
        const out = redact(at(`https://${user}:${pw}@db.example.com/x`)).text;
        expect(out).not.toContain(pw);
        expect(out).toContain('@db.example.com/x');
      }),
      { numRuns: RUNS },
    );
  });
});
