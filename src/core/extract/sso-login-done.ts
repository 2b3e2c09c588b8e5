/**
 * `aws sso login` shown succeeding earlier in the paste than the SSO failure: "Successfully logged into Start URL: …"
 * (the AWS CLI's own line, aws/aws-cli awscli/customizations/sso/utils.py), then the failing tool's expired or refused
 * SSO token (turbot/steampipe-plugin-github#469: `aws sso login`, then steampipe's Go v2 "refresh cached SSO token
 * failed … InvalidGrantException"; QA 38 F6). People paste the login they just did to show they did it: a fresh login
 * is then not what is missing. The failing tool reads another profile, sso-session, start URL or `sso_region` than the
 * one logged in, or another token cache (another HOME, an SDK too old for `sso-session`). `sso.login-succeeded`,
 * weighed by rules/causes/temporary-credentials-expired.ts and wrong-profile.ts.
 */
import { FAMILIES } from '../rules/families';
import { addSignal } from './draft';
import type { Extractor } from './types';

const LOGGED_IN = /\bSuccessfully logged into Start URL\b/i;
const SSO_FAILURES = new Set(FAMILIES['fam.sso'] ?? []);

export const extractSsoLoginDone: Extractor = (ctx, draft) => {
  if (!ctx.lower.includes('successfully logged into start url')) return;
  const m = LOGGED_IN.exec(ctx.text);
  if (!m) return;
  const line = ctx.lineOf(m.index);
  // Only a login before the failure: one after it is the team trying the fix.
  const failure = draft.signals.find((s) => SSO_FAILURES.has(s.id) && s.at !== undefined && s.at.line > line);
  if (failure) addSignal(draft, 'sso.login-succeeded', ctx.loc(line));
};

export const SSO_LOGIN_DONE_PATTERNS: RegExp[] = [LOGGED_IN];
