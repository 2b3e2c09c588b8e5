/**
 * Slack delivers at least once: Events API retries (X-Slack-Retry-Num, Socket Mode retry_attempt),
 * several Socket Mode connections, a message arriving as both `message` and `app_mention`. A global
 * middleware claims a key in the shared store (SET NX) before any listener runs, so a delivery is
 * answered once, whichever replica receives it.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { KeyValueStore, Logger } from '../../usecases/ports';

/** Long enough to cover Slack's last retry (~5 minutes after the first delivery). */
export const DEDUPE_TTL_SECONDS = 3600;

type Body = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The identity of one delivery, stable across retries; undefined when the body carries none. */
export function deliveryKey(body: Body): string | undefined {
  const eventId = str(body.event_id);
  if (eventId) return `evt:${eventId}`;
  const event = body.event as Body | undefined;
  if (event && typeof event === 'object') {
    const id = str(event.client_msg_id) ?? (str(event.channel) && str(event.ts) ? `${String(event.channel)}:${String(event.ts)}` : undefined);
    if (id) return `evt:${String(event.type)}:${id}`;
  }
  if (str(body.command) && str(body.trigger_id)) return `cmd:${String(body.trigger_id)}`;
  if (str(body.type) && str(body.trigger_id)) return `int:${String(body.type)}:${String(body.trigger_id)}`;
  return undefined;
}

/** Claim a key once; true for the first claimant. A store failure lets the delivery through. */
export async function claimOnce(kv: KeyValueStore, key: string, logger: Logger): Promise<boolean> {
  try {
    return await kv.setIfAbsent(`dedupe:${key}`, 1, DEDUPE_TTL_SECONDS);
  } catch (err) {
    // Answering twice beats never answering when the store is briefly unreachable.
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'dedupe store unavailable; processing anyway');
    return true;
  }
}

export function dedupeMiddleware(kv: KeyValueStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body as unknown as Body);
    if (key === undefined || (await claimOnce(kv, key, logger))) {
      await args.next();
      return;
    }
    logger.info({ delivery: key, retryNum: args.context.retryNum, retryReason: args.context.retryReason }, 'duplicate delivery dropped');
    // Commands and interactions still need their ack, or Slack shows an error to the user.
    const ack = (args as unknown as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
  };
}
