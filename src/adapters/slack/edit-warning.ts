/**
 * An edited message (`message_changed`) that now holds a secret its previous text did not: the
 * editor is warned privately, as a new message with a secret is. The edit opens no case and changes
 * no ranking (edits are not read as pastes); only the warning and a log line with the kinds leave.
 */
import type { webApi } from '@slack/bolt';
import { secretPrints } from '../../core/secrets/prints';
import type { SecretKind } from '../../core/diagnosis';
import type { ListenerEnv } from './env';
import { ALARMING_SECRETS, postReplies, secretWarning, seenInOf } from './post-replies';
import { unescapeSlackText } from './slack-text';

interface EditedMessage {
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  bot_id?: string;
  app_id?: string;
  bot_profile?: unknown;
}

export interface MessageChanged {
  channel?: string;
  /** 'channel', 'group', 'im' or 'mpim': who has seen the edited text. */
  channel_type?: string;
  /** The edit event's own ts: one per edit. */
  ts?: string;
  message?: EditedMessage;
  previous_message?: { text?: string };
}

/** Kinds of the secrets in `after` that `before` did not hold (one secret moved or kept is not new). */
export function addedSecrets(before: string, after: string): SecretKind[] {
  const had = new Set(secretPrints(before).map((p) => p.print));
  const kinds: SecretKind[] = [];
  for (const p of secretPrints(after)) if (!had.has(p.print) && ALARMING_SECRETS.has(p.kind) && !kinds.includes(p.kind)) kinds.push(p.kind);
  return kinds;
}

export async function warnEditedSecret(env: ListenerEnv, client: webApi.WebClient, e: MessageChanged, botUserId: string | undefined): Promise<void> {
  const m = e.message;
  if (!e.channel || !e.ts || !m?.user || !m.ts) return;
  if ((botUserId && m.user === botUserId) || m.bot_id || m.app_id || m.bot_profile) return;
  const kinds = addedSecrets(unescapeSlackText(e.previous_message?.text ?? ''), unescapeSlackText(m.text ?? ''));
  if (kinds.length === 0) return;
  // A redelivered edit is warned once.
  const claimed = await env.claims.claim(`edit:${e.channel}:${e.ts}`);
  if (!claimed.claimed) return;
  try {
    await postReplies(client, { channel: e.channel, thread: m.thread_ts ?? m.ts, user: m.user }, [secretWarning(kinds, seenInOf(e.channel_type))]);
    env.logger.warn({ channel: e.channel, ts: m.ts, kinds }, 'secret added by an edit; editor warned privately');
  } finally {
    await claimed.claim.complete();
  }
}
