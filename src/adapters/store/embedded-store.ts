/**
 * The default store: one LMDB file under the data directory, no server to run. LMDB keeps a single
 * write lock across every process that opens the file, so `update` and `setIfAbsent` run their
 * read and write inside one write transaction and cannot lose a concurrent change, from this
 * process or another one on the same file. Values are JSON; each entry carries its own expiry,
 * expired entries are invisible to reads and removed by a periodic sweep.
 */
import fs from 'node:fs';
import path from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { AppError } from '../../errors';
import type { Clock, KeyValueStore, Logger } from '../../usecases/ports';
import { expiryFrom, systemClock } from './expiry';
import { toJson } from './memory-store';

/** What one LMDB record holds: the value and its absolute expiry (epoch ms; null = never). */
interface Envelope {
  e: number | null;
  v: unknown;
}

export interface EmbeddedStoreOptions {
  dataDir: string;
  fileName?: string; // default awskey.mdb
  clock?: Clock;
  logger?: Logger;
  sweepIntervalMs?: number; // default 10 minutes; 0 turns the periodic sweep off
}

export const EMBEDDED_FILE_NAME = 'awskey.mdb';

export type EmbeddedStore = KeyValueStore & {
  readonly path: string;
  /** Removes every expired entry now; returns how many were removed. */
  sweep(): Promise<number>;
};

export function createEmbeddedStore(opts: EmbeddedStoreOptions): EmbeddedStore {
  const clock = opts.clock ?? systemClock;
  const file = path.resolve(opts.dataDir, opts.fileName ?? EMBEDDED_FILE_NAME);
  let db: RootDatabase<Envelope, string>;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = open<Envelope, string>({ path: file, encoding: 'json' });
  } catch (err) {
    throw new AppError('store-unavailable', `cannot open the embedded store at ${file}: ${(err as Error).message} (check AWSKEY_DATA_DIR)`);
  }
  let closed = false;

  const now = () => clock.now().getTime();
  const isLive = (env: Envelope | undefined): env is Envelope => env !== undefined && (env.e === null || env.e > now());
  const envelope = (value: unknown, expiresAt: number | undefined): Envelope => ({ e: expiresAt ?? null, v: JSON.parse(toJson(value)) });
  const guard = () => {
    if (closed) throw new AppError('store-unavailable', `the embedded store at ${file} is closed`);
  };

  /**
   * Runs `body` inside one LMDB write transaction. An exception is carried out of the callback
   * instead of thrown in it, so a failing caller cannot abort writes batched with its own.
   */
  async function inWriteTxn<R>(body: () => R): Promise<R> {
    let failure: { err: unknown } | undefined;
    const result = await db.transaction(() => {
      try {
        return body();
      } catch (err) {
        failure = { err };
        return undefined;
      }
    });
    if (failure) throw failure.err;
    return result as R;
  }

  const sweep = async (): Promise<number> => {
    if (closed) return 0;
    const t = now();
    const expired: string[] = [];
    for (const { key, value } of db.getRange()) if (value && value.e !== null && value.e <= t) expired.push(key);
    if (expired.length === 0) return 0;
    // Re-checked under the write lock: an entry rewritten since the scan is kept.
    return inWriteTxn(() => {
      let removed = 0;
      for (const key of expired) {
        const env = db.get(key);
        if (env !== undefined && !isLive(env)) {
          db.removeSync(key);
          removed += 1;
        }
      }
      return removed;
    });
  };

  const interval = opts.sweepIntervalMs ?? 10 * 60 * 1000;
  const timer =
    interval > 0
      ? setInterval(() => {
          sweep().catch((err: unknown) => opts.logger?.warn({ err, store: file }, 'embedded store sweep failed'));
        }, interval)
      : undefined;
  timer?.unref();

  return {
    path: file,
    sweep,
    async get<T>(key: string) {
      guard();
      const env = db.get(key);
      return isLive(env) ? (env.v as T) : undefined;
    },
    async set<T>(key: string, value: T, ttlSeconds?: number) {
      guard();
      await db.put(key, envelope(value, expiryFrom(now(), ttlSeconds)));
    },
    async setIfAbsent<T>(key: string, value: T, ttlSeconds: number) {
      guard();
      const env = envelope(value, expiryFrom(now(), ttlSeconds));
      return inWriteTxn(() => {
        if (isLive(db.get(key))) return false;
        db.putSync(key, env);
        return true;
      });
    },
    async update<T>(key: string, fn: (current: T | undefined) => T | undefined, ttlSeconds?: number) {
      guard();
      return inWriteTxn(() => {
        const existing = db.get(key);
        const current = isLive(existing) ? (existing.v as T) : undefined;
        const next = fn(current);
        if (next === undefined) return current;
        // Without a ttl the entry keeps the expiry it had (like Redis KEEPTTL).
        const expiresAt = ttlSeconds === undefined ? (isLive(existing) ? (existing.e ?? undefined) : undefined) : expiryFrom(now(), ttlSeconds);
        const env = envelope(next, expiresAt);
        db.putSync(key, env);
        return env.v as T;
      });
    },
    async delete(key: string) {
      guard();
      await db.remove(key);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      await db.close();
    },
  };
}
