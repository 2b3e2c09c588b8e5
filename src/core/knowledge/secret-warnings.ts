/** What to tell someone who pasted a secret: rotate it now, per kind of secret. */
import type { SecretKind } from '../diagnosis';

export const SECRET_WARNINGS: Record<SecretKind, string> = {
  'secret-access-key':
    'You pasted a *secret access key*. I redacted it, but treat it as exposed: rotate it now. ' +
    '1) Create a new key: `aws iam create-access-key --user-name <user>`. 2) Put the new key where the old one was used. ' +
    '3) Deactivate the old one: `aws iam update-access-key --user-name <user> --access-key-id <old key id> --status Inactive`. ' +
    '4) When nothing breaks, delete it: `aws iam delete-access-key --user-name <user> --access-key-id <old key id>`.',
  'session-token':
    'You pasted a *session token*. I redacted it, but it stays valid until it expires. ' +
    'Revoke it now: for a role, IAM console → Roles → <role> → *Revoke active sessions* (attaches `AWSRevokeOlderSessions`); for SSO, sign out and run `aws sso logout`.',
  signature: 'You pasted a request *signature* (a presigned URL or a debug log). I redacted it; if it belongs to a presigned URL, the URL works until it expires, so rotate the key that signed it if the URL grants anything sensitive.',
  'slack-token': 'You pasted a *Slack token*. I redacted it, but treat it as exposed: regenerate it now in your Slack app settings (api.slack.com/apps → your app → OAuth & Permissions / Basic Information).',
  'private-key': 'You pasted a *private key*. I redacted it, but treat it as exposed: replace the key pair now and remove the old public key wherever it is trusted.',
  password: 'You pasted a *password*. I redacted it, but treat it as exposed: change it now.',
  // Most tokens of this kind live until revoked (API and CI tokens, webhook URLs, Vault tokens), and a secret access key
  // cut over two lines can land here too (QA35 N24): no "it expires quickly" that lets an exposed long-term key stay active.
  'other-token':
    'You pasted a *token* (an API, bearer or CI token, a webhook URL, or an EKS `k8s-aws-v1.` token). I redacted it, but treat it as exposed: revoke or regenerate it where it was issued, unless it is a short-lived token that has already expired. ' +
    'If it was an AWS *secret access key* (40 characters, perhaps wrapped over two lines), rotate that key now: create a new one (`aws iam create-access-key --user-name <user>`), put it where the old one was used, then deactivate and delete the old one.',
};

/**
 * The secret of a temporary (ASIA) key cannot be rotated: IAM has no key to replace. The session
 * stays valid until it expires unless its role's active sessions are revoked.
 */
export const TEMPORARY_SECRET_WARNING =
  'You pasted the *secret access key of a temporary (ASIA) session*. I redacted it, but treat the session as exposed: it works until it expires, and it cannot be rotated. ' +
  'Revoke it now: for a role, IAM console → Roles → <role> → *Revoke active sessions* (attaches `AWSRevokeOlderSessions`); for SSO, run `aws sso logout` and sign in again. ' +
  'If the session was made from a long-term key (`aws sts get-session-token`), rotate that key too.';
