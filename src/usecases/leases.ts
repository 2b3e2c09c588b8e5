/**
 * Leases on the shared store: one holder at a time for a piece of work (an event being answered, an
 * account being scanned, the refresher's leadership), taken over when the holder stops renewing it
 * (the replica died). Built on KeyValueStore.update, so it is atomic on the embedded store and on Redis.
 *
 * A lease can end `done` (the work finished; nobody takes it again until the record expires) or be
 * released (free to take at once). Times come from the caller's clock, so tests control expiry.
 */
import type { Clock, KeyValueStore } from './ports';

export interface LeaseRecord {
  owner: string;
  /** Epoch milliseconds after which another owner may take it; ignored once done. */
  until: number;
  done?: boolean;
  /** How many times the lease was taken (a retry after a crash shows 2). */
  takes: number;
}

export type AcquireResult =
  | { acquired: true; takeover: boolean; record: LeaseRecord }
  | { acquired: false; reason: 'held' | 'done'; record: LeaseRecord };

export interface LeaseOptions {
  /** How long the lease lasts without renewal. */
  ttlMs: number;
  /** How long the record (and a `done` mark) is kept in the store; defaults to a day. */
  keepSeconds?: number;
}

const DEFAULT_KEEP_SECONDS = 24 * 3600;

export class Leases {
  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: Clock,
    private readonly prefix = 'lease:',
  ) {}

  /** Takes the lease when it is free, expired, or already ours; never takes one marked done. */
  async acquire(name: string, owner: string, opts: LeaseOptions): Promise<AcquireResult> {
    const now = this.clock.now().getTime();
    let outcome: AcquireResult | undefined;
    await this.store.update<LeaseRecord>(
      this.prefix + name,
      (cur) => {
        if (cur?.done) {
          outcome = { acquired: false, reason: 'done', record: cur };
          return undefined;
        }
        if (cur && cur.owner !== owner && cur.until > now) {
          outcome = { acquired: false, reason: 'held', record: cur };
          return undefined;
        }
        const record: LeaseRecord = {
          owner,
          until: now + opts.ttlMs,
          takes: cur && cur.owner === owner ? cur.takes : (cur?.takes ?? 0) + 1,
        };
        outcome = { acquired: true, takeover: cur !== undefined && cur.owner !== owner, record };
        return record;
      },
      opts.keepSeconds ?? DEFAULT_KEEP_SECONDS,
    );
    return outcome!;
  }

  /** Extends a lease we hold; false when it was lost (expired and taken by someone else, or done). */
  async renew(name: string, owner: string, opts: LeaseOptions): Promise<boolean> {
    const now = this.clock.now().getTime();
    let ok = false;
    await this.store.update<LeaseRecord>(
      this.prefix + name,
      (cur) => {
        if (!cur || cur.done || cur.owner !== owner) return undefined;
        ok = true;
        return { ...cur, until: now + opts.ttlMs };
      },
      opts.keepSeconds ?? DEFAULT_KEEP_SECONDS,
    );
    return ok;
  }

  /** Marks the work finished: later acquires answer `done` until the record expires. */
  async complete(name: string, owner: string, keepSeconds = DEFAULT_KEEP_SECONDS): Promise<void> {
    await this.store.update<LeaseRecord>(
      this.prefix + name,
      (cur) => ({ owner, until: 0, done: true, takes: cur?.takes ?? 1 }),
      keepSeconds,
    );
  }

  /** Gives the lease back unfinished, so another holder may take it at once. */
  async release(name: string, owner: string): Promise<void> {
    await this.store.update<LeaseRecord>(this.prefix + name, (cur) =>
      cur && !cur.done && cur.owner === owner ? { ...cur, until: 0 } : undefined,
    );
  }

  async read(name: string): Promise<LeaseRecord | undefined> {
    return this.store.get<LeaseRecord>(this.prefix + name);
  }
}
