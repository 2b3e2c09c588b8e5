/**
 * Vendor tokens recognised by their documented prefix, as data. Each entry names where the prefix
 * is documented. A token is redacted by its shape even with no label next to it. A prefix counts only
 * where no letter, digit, `-` or `_` stands before it: `…A-sk-A…` inside an encoded authorization
 * failure message or another URL-safe id is not an OpenAI key (`\b` allowed it after a `-`).
 */
import type { SecretKind } from '../diagnosis';

export interface VendorToken {
  kind: SecretKind;
  /**
   * Literal every match contains (one entry per documented prefix, so no prefix is skipped): the
   * pattern is skipped when the text lacks it. Kept under 7
   * characters (longer ones make V8's includes several times slower) and starting with a letter rarer
   * than the token's own first one, so that the check on a long paste is one quick native scan.
   */
  needle: string;
  re: RegExp;
  source: string;
}

export const VENDOR_TOKENS: VendorToken[] = [
  { kind: 'slack-token', needle: 'xox', re: /(?<![A-Za-z0-9_-])xox[abposre]-[A-Za-z0-9-]{8,250}/g, source: 'https://api.slack.com/concepts/token-types' },
  { kind: 'slack-token', needle: 'xoxe', re: /(?<![A-Za-z0-9_-])xoxe(?:\.xox[bp])?-[A-Za-z0-9-]{8,250}/g, source: 'https://api.slack.com/authentication/rotation' },
  { kind: 'slack-token', needle: 'xapp-', re: /(?<![A-Za-z0-9_-])xapp-[A-Za-z0-9-]{8,250}/g, source: 'https://api.slack.com/concepts/token-types#app-level' },
  { kind: 'other-token', needle: '.slack', re: /(?<![A-Za-z0-9_-])https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]{8,200}/g, source: 'https://api.slack.com/messaging/webhooks' },
  { kind: 'other-token', needle: 'gh', re: /(?<![A-Za-z0-9_-])gh[pousr]_[A-Za-z0-9]{20,255}/g, source: 'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/' },
  { kind: 'other-token', needle: 'b_pat_', re: /(?<![A-Za-z0-9_-])github_pat_[A-Za-z0-9_]{20,255}/g, source: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens' },
  { kind: 'other-token', needle: 'glpat-', re: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,255}/g, source: 'https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes' },
  { kind: 'other-token', needle: 'glptt-', re: /(?<![A-Za-z0-9_-])glptt-[A-Za-z0-9_-]{20,255}/g, source: 'https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes' },
  { kind: 'other-token', needle: 'gldt-', re: /(?<![A-Za-z0-9_-])gldt-[A-Za-z0-9_-]{20,255}/g, source: 'https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes' },
  { kind: 'other-token', needle: 'glrt-', re: /(?<![A-Za-z0-9_-])glrt-[A-Za-z0-9_-]{20,255}/g, source: 'https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes' },
  { kind: 'other-token', needle: 'glcbt-', re: /(?<![A-Za-z0-9_-])glcbt-[A-Za-z0-9_-]{20,255}/g, source: 'https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes' },
  { kind: 'other-token', needle: 'gloas-', re: /(?<![A-Za-z0-9_-])gloas-[A-Za-z0-9_-]{20,255}/g, source: 'https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes' },
  { kind: 'other-token', needle: 'pm_', re: /(?<![A-Za-z0-9_-])npm_[A-Za-z0-9]{36}\b/g, source: 'https://github.blog/2021-09-23-announcing-npms-new-access-token-format/' },
  { kind: 'other-token', needle: 'ypi-', re: /(?<![A-Za-z0-9_-])pypi-[A-Za-z0-9_-]{50,400}/g, source: 'https://pypi.org/help/#apitoken' },
  { kind: 'other-token', needle: 'Iza', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g, source: 'https://cloud.google.com/docs/authentication/api-keys' },
  { kind: 'other-token', needle: '_live_', re: /(?<![A-Za-z0-9_-])(?:sk|rk)_live_[A-Za-z0-9]{16,250}/g, source: 'https://docs.stripe.com/keys' },
  { kind: 'other-token', needle: '_test_', re: /(?<![A-Za-z0-9_-])(?:sk|rk)_test_[A-Za-z0-9]{16,250}/g, source: 'https://docs.stripe.com/keys' },
  { kind: 'other-token', needle: 'G.', re: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/g, source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys' },
  { kind: 'other-token', needle: 'dop_v1', re: /(?<![A-Za-z0-9_-])dop_v1_[a-f0-9]{64}/g, source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/' },
  { kind: 'other-token', needle: 'doo_v1', re: /(?<![A-Za-z0-9_-])doo_v1_[a-f0-9]{64}/g, source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/' },
  { kind: 'other-token', needle: 'dor_v1', re: /(?<![A-Za-z0-9_-])dor_v1_[a-f0-9]{64}/g, source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/' },
  { kind: 'other-token', needle: 'f_', re: /(?<![A-Za-z0-9_-])hf_[A-Za-z0-9]{30,64}/g, source: 'https://huggingface.co/docs/hub/security-tokens' },
  { kind: 'other-token', needle: 'k-', re: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,250}/g, source: 'https://platform.openai.com/docs/api-reference/authentication' },
  { kind: 'other-token', needle: '8s-aws', re: /(?<![A-Za-z0-9_-])k8s-aws-v1\.[A-Za-z0-9_=-]{8,8000}/g, source: 'https://github.com/kubernetes-sigs/aws-iam-authenticator (token.go, v0.6)' },
];

/**
 * A vendor token opening `text` at `at`: it stands alone by its documented shape (nothing of a token before it), so the
 * line it opens is no piece of a value cut at the width before it. Joined onto a line that happened to fill the width
 * (`… took=12ms` / `ghp_…`, `…?secret=<url-encoded key>&x=1` / `ghp_…`) it would read as `12msghp_…`, which no token
 * pattern finds: cut-lines.ts and the secrets' view (view.ts) both ask this before they join.
 */
export const OPENS_VENDOR_TOKEN = new RegExp(VENDOR_TOKENS.map((t) => `(?:${t.re.source})`).join('|'), 'y');
export function opensVendorToken(text: string, at: number): boolean {
  OPENS_VENDOR_TOKEN.lastIndex = at;
  return OPENS_VENDOR_TOKEN.test(text);
}
