/**
 * Credentials from GetSessionToken sent to IAM. "You cannot call any IAM API operations unless MFA authentication
 * information is included in the request" (STS API Reference, GetSessionToken), and IAM answers such a call as an
 * invalid token (InvalidClientTokenId, "The security token included in the request is invalid": the call is refused,
 * the credentials are fine for other services). Read when the text names GetSessionToken, an IAM call, and no MFA code
 * passed to it (--serial-number / --token-code, SerialNumber / TokenCode).
 *
 * aws-vault makes that call itself: `aws-vault exec <profile>` of an IAM user's profile runs GetSessionToken unless
 * `--no-session` (99designs/aws-vault USAGE.md, "Temporary credentials limitations with STS, IAM", whose example is
 * `aws-vault exec <iam_user_profile> -- aws iam get-user` answered InvalidClientTokenId). Its debug log says so: v4's
 * "Getting new session token for profile %s" (vault/provider.go at 9333fd3), v7's "profile %s: using GetSessionToken %s"
 * with "(with MFA)" when an mfa_serial is set (vault/vault.go at e22aea1). A role profile assumes a role instead, whose
 * credentials IAM takes: its words keep `exec` alone from counting (QA37 F14, 99designs/aws-vault#172).
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

const SESSION_TOKEN_CALL = /\b(?:GetSessionToken|get-session-token|getSessionToken|get_session_token)\b|\bGetting new session token for profile\b/;
/**
 * aws-vault running a command under a session (not `--no-session`, nor its short form `-n`: "cmd.Flag("no-session",
 * "Skip creating STS session with GetSessionToken").Short('n')", 99designs/aws-vault cli/exec.go at 00afdb04), with no
 * role in sight.
 */
const VAULT_EXEC = /\baws-vault (?:--debug )?exec\b(?![^\n]{0,160}(?:--no-session|\s-n\b))/;
/** IAM's answer to such a session: the invalid-token refusal. A policy denial (AccessDenied, "not authorized") is not it (R37-1). */
const TOKEN_REFUSED = /\bInvalidClientTokenId\b|security token included in the request is invalid/i;
/**
 * A caller that is no GetSessionToken session: an assumed role or a federated user (GetSessionToken's caller stays the IAM
 * user, arn:aws:iam::…:user/…), or IAM Identity Center's words (R37-1).
 */
const NOT_A_USER_SESSION = /:assumed-role\/|:federated-user\/|\bAWSReservedSSO_|\bsso_start_url\b|\bsso_session\b/;
const ROLE_WORDS = /\bAssumeRole\b|\bAssuming role\b|\brole_arn\b/;
const IAM_CALL = /\baws iam [a-z]|\biam\.amazonaws\.com\b|\bAmazonIdentityManagement\b|\bcalling the (?:Create|Delete|Get|List|Update|Attach|Detach|Put|Tag|Untag|Add|Remove|Simulate)(?:User|Role|Policy|Group|AccessKey|InstanceProfile|LoginProfile|RolePolicy|UserPolicy|Users|Roles|Policies|Groups|AccessKeys|AccountSummary|OpenIDConnectProvider|ServiceLinkedRole|PrincipalPolicy)\w{0,30} operation\b/;
const MFA_PASSED = /--serial-number|--token-code|\bSerialNumber\b|\bTokenCode\b|\bGetSessionToken \((?:with|chained) MFA\)|\bEnter (?:MFA code|token) for arn:aws/;

export const SESSION_TOKEN_IAM_PATTERNS: RegExp[] = [SESSION_TOKEN_CALL, VAULT_EXEC, ROLE_WORDS, IAM_CALL, MFA_PASSED, TOKEN_REFUSED, NOT_A_USER_SESSION];

export const extractSessionTokenIam: Extractor = (ctx, draft) => {
  const at = sessionTokenToIam(ctx.text);
  if (at !== undefined) addSignal(draft, 'sts.session-token-iam', ctx.loc(ctx.lineOf(at)));
};

/**
 * Where the text shows GetSessionToken credentials (no MFA) sent to IAM and refused as an invalid token: the index of the
 * session's call, or undefined.
 */
export function sessionTokenToIam(text: string): number | undefined {
  if (!text.includes('ession') && !text.includes('aws-vault')) return undefined;
  if (!/iam|identitymanagement/i.test(text) || !IAM_CALL.test(text) || MFA_PASSED.test(text)) return undefined;
  if (!TOKEN_REFUSED.test(text) || NOT_A_USER_SESSION.test(text)) return undefined;
  const m = SESSION_TOKEN_CALL.exec(text) ?? (ROLE_WORDS.test(text) ? null : VAULT_EXEC.exec(text));
  return m?.index;
}
