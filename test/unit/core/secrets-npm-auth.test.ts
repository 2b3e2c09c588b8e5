/**
 * npm's `_auth` (base64 of `username:password`, npm/cli docs/content/configuring-npm/npmrc.md "Auth related
 * configuration", npm/cli#5378) was left whole: its name holds no secret word. Found at stop 34 while following
 * secrets-containers-more's `.npmrc` note. The value goes in an `.npmrc` line, scoped or not, quoted or not, and in
 * `npm config set _auth …`; npm's other settings, a reference and prose about the setting stay.
 */
import fc from 'fast-check';
import { findSecrets, redact } from '../../../src/core/redact';
import { ALNUM, chars } from '../../helpers/secret-shapes';

const RUNS = 300;
const LOWER = 'abcdefghijklmnopqrstuvwxyz'.split('');
/** `username:password` in base64, as npm writes `_auth`. */
const basicAuth = fc
  .tuple(chars(LOWER, 3, 12), chars([...ALNUM, '!', '#', '%'], 8, 24))
  .map(([user, password]) => Buffer.from(`${user}:${password}`).toString('base64'));
const place = fc.constantFrom(
  (v: string) => `registry=https://registry.example.com/\n_auth=${v}\nalways-auth=true`,
  (v: string) => `//registry.example.com/npm/:_auth = "${v}"\nemail=dev@example.com`,
  (v: string) => `@corp:registry=https://npm.corp.example.com/\n//npm.corp.example.com/:_auth=${v}`,
  (v: string) => `$ npm config set _auth ${v}\nnpm ERR! code E401`,
  // Review 34b (R34b-2): each left whole at bddd8e9f (checked before the fix). npm reads any npm_config_* variable
  // (npm/cli docs/content/using-npm/config.md, "Environment Variables"); `npm set` is `npm config set`'s alias.
  (v: string) => `$ env | grep -i npm\nnpm_config__auth=${v}\nnpm_config_registry=https://registry.example.com/`,
  (v: string) => `NPM_CONFIG__AUTH=${v}`,
  (v: string) => `{\n  "_auth": "${v}",\n  "registry": "https://registry.example.com/"\n}`,
  (v: string) => `npmrc:\n  _auth: ${v}\n  always-auth: true`,
  (v: string) => `$ npm config set //registry.example.com/:_auth ${v}`,
  (v: string) => `npm set _auth ${v}`,
);

describe("npm's _auth", () => {
  it(`when an .npmrc or npm config set holds _auth (${RUNS} generated), then its value goes`, () => {
    fc.assert(
      fc.property(place, basicAuth, (at, v) => {
        const out = redact(at(v)).text;
        expect(out).not.toContain(v);
        expect(out.toLowerCase()).toContain('_auth');
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['_auth=deploy:hunter2hunter', 'deploy:hunter2hunter'],
    ['//registry.example.com/:_auth="ci-bot:Xq7pLm2RtZ9"', 'ci-bot:Xq7pLm2RtZ9'],
  ])('when _auth holds a raw user:password (%s, review R34b-2), then it goes', (text, secret) => {
    expect(redact(text).text).not.toContain(secret);
  });

  it.each([
    '_authToken is what npm wants now',
    'if (!opts._auth) return',
    'always-auth=true\nregistry=https://registry.example.com/',
    '_auth=${NPM_AUTH}',
    '//registry.example.com/:_auth=xxxxxxxxxxxxxxxx',
    'npm WARN config the _auth setting is deprecated, use _authToken',
    'strict-ssl=false\nauth-type=legacy',
  ])('when npm text holds no _auth value (%s), then it stays', (text) => {
    expect(findSecrets(text)).toEqual([]);
    expect(redact(text).text).toBe(text);
  });
});
