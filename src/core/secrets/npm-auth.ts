/**
 * npm's `_auth`: the registry's basic-auth string, base64 of `username:password` (npm/cli
 * docs/content/configuring-npm/npmrc.md, "Auth related configuration": "The settings `_auth`, `_authToken`, `username`
 * and `_password` must all be scoped to a specific registry", npm/cli#5378). Its name holds no secret word, so the named
 * readers left `_auth=ZGVwbG95Ol…` whole (its siblings `_authToken` and `_password` are read by their words). Read in an
 * `.npmrc` line (`_auth=…`, `//registry.example.com/:_auth = "…"`), as npm's environment variable (`npm_config__auth=…`,
 * `NPM_CONFIG__AUTH=…`: npm reads any `npm_config_*` variable, npm/cli docs/content/using-npm/config.md "Environment
 * Variables", and an `env` dump pastes it), in a printed JSON or YAML config (`"_auth": "…"`, `_auth: …`), and in
 * `npm config set [//registry/:]_auth …` / `npm set …`. The value is base64, or the raw `user:password` people put there by
 * mistake (review R34b-2). `_authToken` is no `_auth`: a separator must follow the name.
 */
import type { SecretSpan } from './detect';

const NPM_AUTH = /(?:(?<![A-Za-z0-9.-])(?:npm_config_)?_auth["']?[ \t]{0,4}[=:][ \t]{0,4}|(?:npm|config)[ \t]{1,4}set[ \t]{1,4}(?:[^\s:]{0,200}:)?_auth[ \t]{1,4})["']?([A-Za-z0-9+/]{8,4000}={0,2}(?![A-Za-z0-9+/=_:-])|[^\s"':]{1,200}:[^\s"']{1,200})/gi;
/** Any spelling of the name (`_auth`, `NPM_CONFIG__AUTH`): the cheap test before the reader runs. */
const AUTH_NAME = /_auth/i;

/** The base64 (or raw `user:password`) value after npm's `_auth` name; `skip` says a value is a placeholder or mask (notASecret). */
export function npmAuthValues(text: string, out: SecretSpan[], skip: (value: string) => boolean): void {
  if (!AUTH_NAME.test(text)) return;
  NPM_AUTH.lastIndex = 0;
  for (let m = NPM_AUTH.exec(text); m; m = NPM_AUTH.exec(text)) {
    const value = m[1]!;
    if (skip(value)) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - value.length, end, kind: 'password' });
  }
}

/** Every regex this module runs, for the ReDoS check. */
export const NPM_AUTH_PATTERNS: RegExp[] = [NPM_AUTH, AUTH_NAME];
