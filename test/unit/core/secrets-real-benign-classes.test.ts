/**
 * The false redactions scripts/corpus/redaction-sweep.ts found in the tuning halves of the three real corpora (stop 33),
 * one class per property: a few hundred generated benign shapes of each are left as they are, and the secret that
 * stands in the same place in the same shape still goes (so no class is kept by dropping its label).
 * Classes: placeholders and masks under a secret's label, references to where the secret lives (code, templates),
 * a message that goes on after a name inside a sentence, Go durations after a token's name, an ARN's resource type and
 * an ARN whose account is masked, a macOS temporary folder's path.
 */
import fc from 'fast-check';
import { redact } from '../../../src/core/redact';

const RUNS = 300;
const LOWER = 'abcdefghijklmnopqrstuvwxyz'.split('');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split('');
const chars = (alphabet: string[], min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));
const word = chars(LOWER, 3, 9);
const camel = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join(''));
/** A secret access key: 40 base64 characters with both cases and a digit or / or +. */
const secretKey = chars(B64, 40, 40).filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9/+]/.test(s));

/** A label of a secret as configs and code write it, with its separator. */
const label = fc.constantFrom('aws_secret_access_key = ', 'AWS_SECRET_ACCESS_KEY=', 'secretAccessKey: ', '"secret_key": "', 'export AWS_SESSION_TOKEN=', '    secret_access_key: ', 'password: ', 'DB_PASSWORD=');

/** The objects code reads settings from, whose subscript cut at its quote (`config[`) is code (detect.ts CALL_HEAD). */
const SETTINGS_OBJECTS = ['env', 'ENV', 'config', 'cfg', 'credentials', 'creds', 'settings', 'secrets', 'options', 'opts'];

const kept = (text: string): void => {
  expect(redact(text).text).toBe(text);
};

describe('benign shapes of the real corpora are not redacted', () => {
  it(`when a secret's label holds a placeholder, a mask or a template reference (${RUNS} generated), then the text stays`, () => {
    const value = fc.oneof(
      fc.tuple(word, word).map(([a, b]) => `<${a} ${b}>`),
      word.map((w) => `<${w.toUpperCase()}>`),
      fc.tuple(word, word).map(([a, b]) => `<${a}|${b}>`),
      fc.constantFrom('REDACTED', 'REMOVED', 'redacted', 'snip', '<REDACTED>'),
      // up to 30: a longer mask line may be read as wrapped and joined with the next (view.ts), an open question
      fc.tuple(fc.constantFrom('x', 'X', 'Y', '*', 'A'), fc.integer({ min: 4, max: 30 })).map(([c, n]) => c.repeat(n)),
      fc.tuple(word, word).map(([a, b]) => `((${a}-${b}))`),
      fc.tuple(word, word).map(([a, b]) => `((env:${a}_${b}))`),
      fc.tuple(word, word).map(([a, b]) => `{{ ${a}.${b} }}`),
      fc.tuple(word, word).map(([a, b]) => `$${a}_${b}`),
    );
    fc.assert(fc.property(label, value, (l, v) => kept(`${l}${v}\nregion = us-east-1`)), { numRuns: RUNS });
  });

  it(`when a secret's label holds code that names where the secret lives (${RUNS} generated), then the text stays`, () => {
    const secretPart = fc.constantFrom('secretAccessKey', 'SecretKey', 'sessionToken', 'SECRET_KEY', 'password', 'clientSecret');
    const value = fc.oneof(
      // three lower-case words with dots (`summer.fall.password`) are a password a person types (review 33b): code joins one part's words
      fc.tuple(camel, camel, secretPart).map(([a, b, s]) => `${a}.${b}.${s}`).filter((v) => /[A-Z_]/.test(v)),
      fc.tuple(camel, secretPart).map(([a, s]) => `${a}.Get${s}().${s}`),
      fc.tuple(camel, camel).map(([a, b]) => `this.${a}.${b};`),
      camel.map((a) => `self.#${a}`),
      fc.tuple(word, word).map(([a, b]) => `${a}_${b}['SecretAccessKey']`),
      word.map((a) => `get(${a}, "token")`),
      fc.constantFrom('secret_key', 'session_token', 'client_secret', 'db_password'),
      // a settings object's subscript (wrangr-awis-19: `secret: config['AWS_SECRET_ACCESS_KEY']` lost `config[`, stop 34)
      fc.tuple(fc.constantFrom(...SETTINGS_OBJECTS), fc.constantFrom("'", '"'), fc.constantFrom('AWS_SECRET_ACCESS_KEY', 'aws_session_token', 'db_password', 'secret'), fc.constantFrom('', ',', ';', ')')).map(([o, q, n, end]) => `${o}[${q}${n}${q}]${end}`),
    );
    // unquoted labels: code stands bare after them
    fc.assert(fc.property(label.filter((l) => !l.endsWith('"')), value, (l, v) => kept(`${l}${v}\n`)), { numRuns: RUNS });
  });

  it(`when a name inside an error sentence is followed by the rest of the message (${RUNS} generated), then the text stays`, () => {
    const sentence = fc.tuple(fc.constantFrom('could not get token', 'failed to load IMDS session token', 'error reading secret', 'unable to refresh password'), word, word).map(([head, a, b]) => `${head}: ${a} ${b}: io error`);
    fc.assert(fc.property(sentence, (s) => kept(`level=error msg="${s}"`)), { numRuns: RUNS });
  });

  it(`when a Go duration follows a token's name (${RUNS} generated), then the text stays`, () => {
    const duration = fc.tuple(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 0, max: 59 })).map(([m, s]) => `${m}m${s}s`);
    fc.assert(fc.property(duration, (d) => kept(`2026/01/02 15:04:05 Using session sts.GetSessionToken:${d} remaining`)), { numRuns: RUNS });
  });

  it(`when an ARN names a secret or an assumed role and its account is masked (${RUNS} generated), then the text stays`, () => {
    const random = chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split(''), 32, 32);
    const arn = fc.oneof(
      fc.tuple(word, word).map(([a, b]) => `arn:aws:secretsmanager:us-east-1:...:secret:${a}-${b}-...`),
      fc.tuple(fc.constantFrom('xxxx', 'XXXXXXXXXXXX', '****', '<account-id>'), word, chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''), 12, 12), random).map(([acct, a, suffix, session]) => `arn:aws:sts::${acct}:assumed-role/${a}-StateMachineExecutionRol-${suffix}/${session}`),
    );
    fc.assert(fc.property(arn, (a) => kept(`User: ${a} is not authorized to perform: lambda:InvokeFunction`)), { numRuns: RUNS });
  });

  it(`when an absolute path holds a macOS temporary folder (${RUNS} generated), then the text stays`, () => {
    const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
    const path = fc.tuple(chars([...alnum, '_'], 2, 2), chars(alnum, 28, 28), word).map(([a, b, w]) => `/var/folders/${a}/${b}0000gn/T/${w}20160415-81844-1x3xbno`);
    fc.assert(fc.property(path, (p) => kept(`bundle exec berks package ${p}\nrake aborted!`)), { numRuns: RUNS });
  });

  it('when a URL gives a host, a port and an `@` in its path, then it is read as no password (the userinfo reader now takes `/`)', () => {
    kept('GET http://localhost:5173/@vite/client 404');
    kept('see https://example.com:8080/users/@me');
  });

  // Review 33 (R33-9): the property below plants only AWS keys, which randomRuns and the key-shape readers catch whatever
  // the label does; it could not fail for the label exemptions. This one plants the passwords people type, in the shapes
  // the exemptions read (a lowercase word, `$`-led, `<`/`((`/`{{`-led, snake words with a secret word, dotted words,
  // `this.` + mixed case), at the places people write them. Before review 33's fixes it failed on each shape.
  it(`when a password a person types stands under a label, in the shapes the exemptions read (${RUNS} generated), then it goes`, () => {
    const upper = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
    const digits = fc.integer({ min: 0, max: 9999 }).map(String);
    // a word in lower case, capitalised, or camel, with or without digits
    const cased = fc.tuple(word, fc.boolean(), fc.option(digits, { nil: '' }), fc.option(word, { nil: '' })).map(([w, up, d, w2]) => `${up ? upper(w) : w}${w2 ? upper(w2) : ''}${d}`);
    const NOT_PASSWORDS = /^(?:none|null|nil|true|false|undefined|redacted|removed|snip|snipped|elided|omitted|expired|missing|invalid|required|empty|unset|absent|blank|revoked|malformed|permission|denied|failed|forbidden|unauthorized|write|read|could|couldn|cannot|unable|error|unknown|test|testing|dummy|foobar|mock|localstack|minioadmin)$/;
    const SECRET_NAMES = /^(?:aws_|db_)?(?:secret_access_key|secret_key|session_token|security_token|access_token|refresh_token|auth_token|client_secret|api_key|private_key|password|pass)$/;
    const password = fc.oneof(
      // a short or long lowercase word (swordfish, tangerine)
      chars(LOWER, 6, 16).filter((w) => !NOT_PASSWORDS.test(w) && !/^(.)\1+$/.test(w)),
      // a short mixed one (Hunter2)
      fc.tuple(word, digits).map(([w, d]) => `${upper(w)}${d}`),
      // `$` first as the symbol a rule asks for
      fc.tuple(word, word, digits).map(([a, b, d]) => `$${a}${upper(b)}${d}`),
      fc.tuple(word, digits).map(([a, d]) => `$${a}${d}x`),
      fc.tuple(word, digits).map(([a, d]) => `$${upper(a)}${d}x`),
      // a template mark first, not closed
      fc.tuple(fc.constantFrom('<', '((', '{{'), word, digits).map(([m, w, d]) => `${m}${upper(w)}${d}`),
      // snake words with a secret word that are no secret's name
      fc.tuple(word, fc.constantFrom('secret', 'password', 'token', 'key'), word).map(([a, s, b]) => `${a}_${s}_${b}`).filter((v) => !SECRET_NAMES.test(v)),
      // dotted words
      fc.tuple(word, word, fc.constantFrom('Password', 'Secret', 'Token')).map(([a, b, s]) => `${upper(a)}.${upper(b)}.${s}`),
      fc.tuple(word, word, digits).map(([a, b, d]) => `${a}.${upper(b)}${d}`),
      // a member-looking one with mixed case and digits
      fc.tuple(word, word, digits).map(([a, b, d]) => `this.${upper(a)}${upper(b)}${d}`),
      fc.tuple(word, digits, word).map(([a, d, b]) => `${upper(a)}${d}(${b}`),
      // review 33b: each part drawn on its own (case, digits or none, any word first), not only the shapes a fix rejects
      fc.tuple(cased, cased).map(([a, b]) => `${a}.${b}`),
      // not a settings object's subscript (`config[`: code, SETTINGS_OBJECTS)
      fc.tuple(cased, fc.constantFrom('(', '[')).map(([a, m]) => `${a}${m}`).filter((v) => v.length >= 5 && !SETTINGS_OBJECTS.includes(v.slice(0, -1))),
      fc.tuple(cased, fc.constantFrom('(', '['), word).map(([a, m, b]) => `${a}${m}${b}`),
      fc.tuple(fc.constantFrom('$env:', '(('), cased, fc.constantFrom('', ')')).map(([m, a, c]) => `${m}${a}${c}`),
    );
    const place = fc.constantFrom(
      (p: string) => `password: ${p}`,
      (p: string) => `DB_PASSWORD=${p}`,
      (p: string) => `my password: ${p} and it still fails`,
      (p: string) => `I tried to get the db password: ${p} and it still fails`,
      (p: string) => `we read the password: ${p} from vault and it fails`,
      (p: string) => `the db password: ${p} was rejected`,
      (p: string) => `client_secret: ${p} and then`,
      (p: string) => `aws_secret_access_key = ${p}\nregion = us-east-1`,
      (p: string) => `"secret_key": "${p}",`,
      (p: string) => `kind: Secret\nstringData:\n  db-pass: |\n    ${p}\n`,
      (p: string) => `Server=db;UID=sa;PWD=${p};`,
    );
    fc.assert(
      fc.property(place, password, (at, p) => {
        expect(redact(at(p)).text).not.toContain(p);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  // A percent-encoded `/` in a URL's password (`%2F`, decoded by the view) stopped the userinfo reader: the key leaked whole.
  it(`when a secret stands where those benign values stood (${RUNS} generated), then it still goes`, () => {
    const place = fc.constantFrom(
      (k: string) => `aws_secret_access_key = ${k}\nregion = us-east-1`,
      (k: string) => `secretAccessKey: ${k},`,
      (k: string) => `could not get token: ${k} expired`,
      (k: string) => `cat /var/log/awslogs.log${k}`,
      (k: string) => `ls /var/folders/_k/pygg7wg52jj3yl3k3ywsc53c0000gn/T/${k}`,
      (k: string) => `curl https://deploy:${encodeURIComponent(k)}@git.example.com/repo.git`,
    );
    fc.assert(
      fc.property(place, secretKey, (at, k) => {
        const text = redact(at(k)).text;
        expect(text).not.toContain(k);
        expect(text).not.toContain(encodeURIComponent(k));
      }),
      { numRuns: RUNS },
    );
  });
});
