/**
 * One way to fail: the user gets a short apology with a correlation id, the log gets the same id
 * with the error (scrubbed). Never a raw exception text in Slack. When the store is down, the
 * apology says so (a thread reply, a button, a command alike): trying again later then helps.
 */
import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import { isStoreUnavailable } from '../../errors';
import type { Logger } from '../../usecases/ports';

export function newCorrelationId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 12);
}

/** What the user is told of `err`: that the store is unreachable when it is, else the generic apology. `doing`: what could not be done. */
export function apologyText(correlationId: string, err?: unknown, doing = 'finish this'): string {
  const reference = `give your awskey admin this reference: \`${correlationId}\``;
  if (isStoreUnavailable(err)) return `:warning: I could not ${doing}: it needs my storage, which is unreachable right now. Try again in a few minutes; if it lasts, ${reference}.`;
  return `:sweat_smile: Sorry, something went wrong on my side and I could not ${doing}. If it keeps happening, ${reference}.`;
}

type Body = Record<string, unknown>;

/**
 * Where to apologise, read from any Bolt body: a thread for events, the response_url otherwise. Both
 * go through the hardened Slack fetch (the client's, and `fetchFn`), so the apology is retried too.
 */
export async function apologise(client: webApi.WebClient, body: Body, correlationId: string, logger: Logger, err: unknown, fetchFn: typeof fetch = fetch): Promise<void> {
  const text = apologyText(correlationId, err);
  try {
    const event = body.event as Body | undefined;
    if (event && typeof event.channel === 'string' && typeof event.ts === 'string') {
      const thread = typeof event.thread_ts === 'string' ? event.thread_ts : event.ts;
      await client.chat.postMessage({ channel: event.channel, thread_ts: thread, text });
      return;
    }
    if (typeof body.response_url === 'string') {
      await fetchFn(body.response_url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      });
    }
  } catch (err) {
    logger.error({ correlationId, err: err instanceof Error ? err.message : String(err) }, 'could not deliver the apology');
  }
}

/** Log a failure (message and stack are scrubbed by the logger) under its correlation id. */
export function logFailure(logger: Logger, where: string, err: unknown, correlationId: string): void {
  const e = err instanceof Error ? err : new Error(String(err));
  logger.error({ correlationId, where, err: { type: e.name, message: e.message, stack: e.stack } }, 'request failed');
}
