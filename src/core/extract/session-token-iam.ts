/**
 * Credentials from GetSessionToken sent to IAM. "You cannot call any IAM API operations unless MFA authentication
 * information is included in the request" (STS API Reference, GetSessionToken), and IAM answers such a call as an
 * invalid token (InvalidClientTokenId, "The security token included in the request is invalid": the call is refused,
 * the credentials are fine for other services). Read when the text names GetSessionToken, an IAM call, and no MFA code
 * passed to it (--serial-number / --token-code, SerialNumber / TokenCode).
 */
import { addSignal } from './draft';
import type { Extractor } from './types';

const SESSION_TOKEN_CALL = /\b(?:GetSessionToken|get-session-token|getSessionToken|get_session_token)\b/;
const IAM_CALL = /\baws iam [a-z]|\biam\.amazonaws\.com\b|\bAmazonIdentityManagement\b|\bcalling the (?:Create|Delete|Get|List|Update|Attach|Detach|Put|Tag|Untag|Add|Remove|Simulate)(?:User|Role|Policy|Group|AccessKey|InstanceProfile|LoginProfile|RolePolicy|UserPolicy|Users|Roles|Policies|Groups|AccessKeys|AccountSummary|OpenIDConnectProvider|ServiceLinkedRole|PrincipalPolicy)\w{0,30} operation\b/;
const MFA_PASSED = /--serial-number|--token-code|\bSerialNumber\b|\bTokenCode\b/;

export const SESSION_TOKEN_IAM_PATTERNS: RegExp[] = [SESSION_TOKEN_CALL, IAM_CALL, MFA_PASSED];

export const extractSessionTokenIam: Extractor = (ctx, draft) => {
  if (!ctx.text.includes('ession') || !/iam|identitymanagement/i.test(ctx.text)) return;
  const m = SESSION_TOKEN_CALL.exec(ctx.text);
  if (!m || !IAM_CALL.test(ctx.text) || MFA_PASSED.test(ctx.text)) return;
  addSignal(draft, 'sts.session-token-iam', ctx.loc(ctx.lineOf(m.index)));
};
