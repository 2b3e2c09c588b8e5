/**
 * In-process KeyValueStore: tests and single-shot CLI runs. Values are kept as JSON text so callers
 * get the same copy semantics (and the same failures on non-JSON values) as the durable stores.
 */
import type { Clock, KeyValueStore } from '../../usecases/ports';
import { expiryFrom, systemClock } from './expiry';
import { guardValue } from '../egress/guard';

interface Entry {
  json: string;
  expiresAt?: number; // epoch ms
}

export function createMemoryStore(opts: { clock?: Clock } = {}): KeyValueStore & { size(): number } {
  const clock = opts.clock ?? systemClock;
  const entries = new Map<string, Entry>();
  let closed = false;

  const now = () => clock.now().getTime();
  const live = (key: string): Entry | undefined => {
    const e = entries.get(key);
    if (e === undefined) return undefined;
    if (e.expiresAt !== undefined && e.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };
  let writes = 0;
  const write = <T>(key: string, value: T, expiresAt: number | undefined) => {
    entries.set(key, { json: toJson(value), expiresAt });
    // Markers that are written once and never read again would otherwise pile up.
    if (++writes % 100 === 0) for (const k of [...entries.keys()]) live(k);
  };
  const open = () => {
    if (closed) throw new Error('memory store is closed');
  };

  return {
    async get<T>(key: string) {
      open();
      const e = live(key);
      return e === undefined ? undefined : (JSON.parse(e.json) as T);
    },
    async set<T>(key: string, value: T, ttlSeconds?: number) {
      open();
      write(key, value, expiryFrom(now(), ttlSeconds));
    },
    async setIfAbsent<T>(key: string, value: T, ttlSeconds: number) {
      open();
      if (live(key) !== undefined) return false;
      write(key, value, expiryFrom(now(), ttlSeconds));
      return true;
    },
    // Synchronous between the read and the write, so no other caller can interleave.
    async update<T>(key: string, fn: (current: T | undefined) => T | undefined, ttlSeconds?: number) {
      open();
      const e = live(key);
      const current = e === undefined ? undefined : (JSON.parse(e.json) as T);
      const next = fn(current);
      if (next === undefined) return current;
      // Without a ttl the entry keeps the expiry it had (like Redis KEEPTTL).
      write(key, next, ttlSeconds === undefined ? e?.expiresAt : expiryFrom(now(), ttlSeconds));
      return JSON.parse(entries.get(key)!.json) as T; // the stored copy, as the durable stores return it
    },
    async delete(key: string) {
      open();
      entries.delete(key);
    },
    async close() {
      closed = true;
      entries.clear();
    },
    size: () => {
      for (const k of [...entries.keys()]) live(k);
      return entries.size;
    },
  };
}

export function toJson(value: unknown): string {
  // Every store (memory, embedded, Redis) serialises here: the egress guard sees each write.
  const json = JSON.stringify(guardValue('store', value));
  if (json === undefined) throw new TypeError('store values must be JSON-serialisable (got undefined or a function)');
  return json;
}
