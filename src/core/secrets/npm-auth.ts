/**
 * npm's `_auth`: the registry's basic-auth string, base64 of `username:password` (npm/cli
 * docs/content/configuring-npm/npmrc.md, "Auth related configuration": "The settings `_auth`, `_authToken`, `username`
 * and `_password` must all be scoped to a specific registry", npm/cli#5378). Its name holds no secret word, so the named
 * readers left `_auth=ZGVwbG95Ol…` whole (its siblings `_authToken` and `_password` are read by their words). Read in an
 * `.npmrc` line (`_auth=…`, `//registry.example.com/:_auth = "…"`) and in `npm config set _auth …`.
 */
import type { SecretSpan } from './detect';

const NPM_AUTH = /(?<![A-Za-z0-9_.-])_auth(?:[ \t]{0,4}=[ \t]{0,4}|(?<=config[ \t]{1,4}set[ \t]{1,4}_auth)[ \t]{1,4})["']?([A-Za-z0-9+/]{8,4000}={0,2})(?![A-Za-z0-9+/=_-])/g;

/** The base64 value after npm's `_auth` name; `skip` says a value is a placeholder or mask (notASecret). */
export function npmAuthValues(text: string, out: SecretSpan[], skip: (value: string) => boolean): void {
  if (!text.includes('_auth')) return;
  NPM_AUTH.lastIndex = 0;
  for (let m = NPM_AUTH.exec(text); m; m = NPM_AUTH.exec(text)) {
    const value = m[1]!;
    if (skip(value)) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - value.length, end, kind: 'password' });
  }
}

/** Every regex this module runs, for the ReDoS check. */
export const NPM_AUTH_PATTERNS: RegExp[] = [NPM_AUTH];
