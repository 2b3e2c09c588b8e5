/**
 * An `@` in a URL's path or query after a host's port (`https://host:443/profile/john@example.com`, a request log's
 * `localhost:8080/api/users?email=jane@example.org`) is an e-mail address in a request, not userinfo: stop 33 left it
 * open, and urlPasswords read `443/profile/john` as a password (a single-label host is no `HOST_LIKE`, and an e-mail's
 * domain after the `@` reads as the host a password comes before). A port then two lower-case path names at least, or a
 * path and a query, stay; the passwords review 33c planted in the same place (a port's digits, then one name or a random
 * piece, or a key with `/`) still go. Review 34b (R34b-1): the skip read every scheme and every host after the `@`, so
 * `postgres://admin:2024/spring/tulips@db…:5432/app` was kept whole; it is now read only in a web URL whose e-mail
 * domain ends the URL or opens its query.
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
/** What follows the e-mail's domain: the URL's end, a file suffix, a query's next parameter (a `/path` is userinfo's shape, R34b-1). */
const after = fc.constantFrom('', '.png', '&page=2', '#top');
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

  // Review 34b (R34b-1): each was kept whole by the skip at bddd8e9f (checked before the fix), and redacted at aa270b29.
  it.each([
    ['postgres://admin:2024/spring/tulips@db.internal.example.com:5432/app', '2024/spring/tulips', '@db.internal.example.com:5432/app'],
    ['mongodb://svc:1234/my/secret@cluster0.example.net/db', '1234/my/secret', '@cluster0.example.net/db'],
    ['redis://default:6379/abc/qwertyuiopzxcv@cache.example.com', '6379/abc/qwertyuiopzxcv', '@cache.example.com'],
    ['https://alice:8080/deploy/prod@jenkins.example.com/job/x', '8080/deploy/prod', '@jenkins.example.com/job/x'],
    ['https://alice:8080/deploy/prod@jenkins.example.com:8443/job/x', '8080/deploy/prod', '@jenkins.example.com:8443/job/x'],
    // Review 34d (R34d-6): a fully qualified host (its root's `.` written) before a path or a port, kept whole at 16a8ae1f.
    ['https://deploy:2024/spring/tulips@api.example.com./v1', '2024/spring/tulips', '@api.example.com./v1'],
    ['https://deploy:2024/spring/tulips@api.example.com.:8443/v1', '2024/spring/tulips', '@api.example.com.:8443/v1'],
    ['https://user.name:2024/Xq7kPm@db.example.com./app', '2024/Xq7kPm', '@db.example.com./app'],
  ])('when %s is pasted (a database, cache or a host with a path after the @), then the password goes', (url, password, host) => {
    const out = redact(`DATABASE_URL=${url}
error: connection refused`).text;
    expect(out).not.toContain(password);
    expect(out).toContain(host);
  });

  it('when an e-mail in a web path ends the URL or a sentence with a full stop, then it stays', () => {
    for (const text of ['see https://host:443/profile/john@example.com.', 'GET https://host:443/profile/john@example.com. 403']) expect(redact(text).text).toBe(text);
  });

  it('when an e-mail in a web path is followed by a /path, then it is redacted (a documented false redaction: userinfo has that shape)', () => {
    const out = redact('GET https://host:443/users/john@example.com/keys 403').text;
    expect(out).not.toContain('443/users/john');
    expect(out).toContain('@example.com/keys');
  });
});
