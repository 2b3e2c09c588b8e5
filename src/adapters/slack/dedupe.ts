/**
 * Slack delivers at least once: Events API retries (X-Slack-Retry-Num, Socket Mode retry_attempt),
 * several Socket Mode connections, a message arriving as both `message` and `app_mention`. Each
 * delivery is claimed with a lease in the shared store before any listener runs and marked done
 * once its handlers have finished (the reply posted). So, whichever replica receives it:
 *   - a retry of a done delivery is dropped (answered once);
 *   - a retry while the lease is live (still being answered, here or on another replica) is dropped;
 *   - a retry after the lease lapsed (the replica died mid-way, or handed it back at shutdown) is
 *     processed (nothing acked is lost).
 * The lease is renewed while the work runs, so a slow lookup keeps it.
 */
import { randomUUID } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { Leases } from '../../usecases/leases';
import type { Clock, KeyValueStore, Logger } from '../../usecases/ports';

/** How long a done mark is kept: longer than Slack's last retry (~5 minutes after the first delivery). */
export const DONE_KEEP_SECONDS = 3600;

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

export interface Claim {
  /** The work is finished: later deliveries of the same key are dropped. */
  complete(): Promise<void>;
  /** The work is abandoned unfinished: the next delivery may take it at once. */
  release(): Promise<void>;
}

export type ClaimResult = { claimed: true; claim: Claim; takeover: boolean } | { claimed: false; reason: 'held' | 'done' };

export class DeliveryClaims {
  private readonly leases: Leases;
  private readonly open = new Set<Claim>();
  /** This process; each claim adds its own suffix, so a retry reaching the same replica is not "ours". */
  private readonly instance = randomUUID().slice(0, 8);
  private seq = 0;

  constructor(
    kv: KeyValueStore,
    clock: Clock,
    private readonly logger: Logger,
    private readonly leaseMs: number,
  ) {
    this.leases = new Leases(kv, clock, 'delivery:');
  }

  /** Claims `key`; a store failure lets the delivery through (answering twice beats never answering). */
  async claim(key: string): Promise<ClaimResult> {
    const owner = `${this.instance}:${++this.seq}`;
    const opts = { ttlMs: this.leaseMs, keepSeconds: DONE_KEEP_SECONDS };
    let takeover = false;
    try {
      const r = await this.leases.acquire(key, owner, opts);
      if (!r.acquired) return { claimed: false, reason: r.reason };
      takeover = r.takeover;
    } catch (err) {
      this.logger.warn({ err: errText(err) }, 'delivery store unavailable; processing anyway');
      return { claimed: true, claim: { complete: async () => undefined, release: async () => undefined }, takeover };
    }
    const renew = setInterval(() => {
      this.leases.renew(key, owner, opts).then(
        (held) => held || this.logger.warn({ delivery: key }, 'delivery lease lost while processing'),
        (err: unknown) => this.logger.warn({ delivery: key, err: errText(err) }, 'delivery lease renewal failed'),
      );
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    renew.unref();
    let settled = false;
    const settle = async (how: (name: string, who: string) => Promise<void>) => {
      if (settled) return;
      settled = true;
      clearInterval(renew);
      this.open.delete(claim);
      await how(key, owner).catch((err: unknown) => this.logger.warn({ delivery: key, err: errText(err) }, 'could not record the delivery outcome'));
    };
    const claim: Claim = {
      complete: () => settle((k, o) => this.leases.complete(k, o, DONE_KEEP_SECONDS)),
      release: () => settle((k, o) => this.leases.release(k, o)),
    };
    this.open.add(claim);
    return { claimed: true, claim, takeover };
  }

  /** Hands back every unfinished claim (shutdown past its drain deadline): Slack's retry is then processed elsewhere. */
  async releaseAll(): Promise<number> {
    const claims = [...this.open];
    await Promise.all(claims.map((c) => c.release()));
    return claims.length;
  }
}

const errText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function dedupeMiddleware(claims: DeliveryClaims, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = deliveryKey(args.body as unknown as Body);
    if (key === undefined) return void (await args.next());
    const r = await claims.claim(key);
    if (r.claimed) {
      if (r.takeover) logger.info({ delivery: key, retryNum: args.context.retryNum }, 'delivery taken over after its lease lapsed');
      try {
        await args.next();
      } finally {
        await r.claim.complete();
      }
      return;
    }
    const why = r.reason === 'done' ? 'duplicate delivery dropped' : 'delivery still being processed; retry dropped';
    logger.info({ delivery: key, retryNum: args.context.retryNum, retryReason: args.context.retryReason }, why);
    // Commands and interactions still need their ack, or Slack shows an error to the user.
    const ack = (args as unknown as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
  };
}
