/**
 * The private warning for a secret in text that opened no case (a bare secret, chatter after a
 * resolved case). Inside a case the engine warns its poster (core/conversation/secret-warnings.ts);
 * outside one nobody did, so the terminal chat and `chat --jsonl` said "no AWS error found" and
 * nothing about the secret, while `awskey diagnose` and Slack warn about the same text.
 */
import type { Reply } from '../../core/conversation/types';
import { secretWarningText } from '../../core/conversation/secret-warnings';
import { FULL_KEY_ID, kindOfPrefix } from '../../core/key-id';
import { findSecrets, redactFound } from '../../core/redact';

export function uncasedSecretWarning(text: string): Extract<Reply, { type: 'warning' }> | undefined {
  const kinds = redactFound(text, findSecrets(text)).kinds;
  if (kinds.length === 0) return undefined;
  const keyKinds = [...text.matchAll(FULL_KEY_ID)].map((m) => kindOfPrefix(m[1]!));
  return { type: 'warning', private: true, text: secretWarningText(kinds, keyKinds) };
}
