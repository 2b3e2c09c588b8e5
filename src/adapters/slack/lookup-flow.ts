/**
 * Running a key lookup on behalf of a Slack user: access check, the lookup itself, metrics, an
 * audit line (who, masked hint, verdict, accounts) and a stored copy for "Share in channel".
 */
import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import { maskKeyId, oddCharsNote, type ParsedKeyHint } from '../../core/key-id';
import type { LookupResult } from '../../core/lookup/types';
import type { AccessDecision } from './access';
import type { ListenerEnv } from './env';

export const SHARE_TTL_SECONDS = 30 * 60; // as long as Slack keeps a response_url usable

export interface SharedLookup {
  result: LookupResult;
  requester: string;
  channel: string;
}

/** Display form of a parsed hint, safe for logs and messages: prefix…last4. */
export function displayHint(h: ParsedKeyHint): string {
  if (h.fullId) return maskKeyId(h.fullId);
  return `${h.prefix ?? ''}…${h.suffix.slice(-4)}`;
}

export const NOT_CONFIGURED_TEXT =
  'Key lookups are not configured on this awskey install, so I cannot check IAM. An admin can enable them by setting `AWSKEY_ACCOUNTS` or `AWSKEY_ACCOUNTS_FILE` (read-only roles in each account). You can still paste the error in a channel where I am and I will help diagnose it.';

export function accountsPhrase(n: number | undefined): string {
  return n === undefined ? 'the configured accounts' : `${n} account${n === 1 ? '' : 's'}`;
}

export async function checkAccess(env: ListenerEnv, client: webApi.WebClient, user: string, channel: string): Promise<AccessDecision> {
  return env.access.check(user, channel, client as unknown as Parameters<ListenerEnv['access']['check']>[2]);
}

export async function runLookup(
  env: ListenerEnv,
  hint: ParsedKeyHint,
  who: { user: string; channel: string },
  onProgress?: (p: { done: number; total: number }) => void,
): Promise<{ result: LookupResult; shareId: string }> {
  if (!env.keyDirectory) throw new Error('lookups are not configured');
  const query = hint.fullId ?? `${hint.prefix ?? ''}${hint.prefix ? '...' : ''}${hint.suffix}`;
  // The query is the folded id: the note on what was folded comes from the hint as the user pasted it.
  const pastedIdNote = oddCharsNote(hint);
  const found = await env.keyDirectory.lookup(query, onProgress ? { onProgress } : undefined);
  const result = pastedIdNote ? { ...found, pastedIdNote } : found;
  env.metrics.lookups.inc({ verdict: result.verdict });
  env.logger.info(
    {
      audit: 'key-lookup',
      user: who.user,
      channel: who.channel,
      hint: displayHint(hint),
      verdict: result.verdict,
      matches: result.matches.length,
      scanned: result.accounts.scanned,
      failed: result.accounts.failed.map((f) => f.accountId),
    },
    'key lookup',
  );
  const shareId = randomUUID();
  await env.kv.set<SharedLookup>(`share:${shareId}`, { result, requester: who.user, channel: who.channel }, SHARE_TTL_SECONDS);
  return { result, shareId };
}
