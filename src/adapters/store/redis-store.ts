/**
 * KeyValueStore on Redis, for several replicas sharing cases, the key index and event de-dupe.
 * `update` is optimistic: read, compute, then a Lua compare-and-set on the SHA-1 of the value read;
 * a conflict re-reads and retries, so a concurrent update from another replica is never lost.
 * Redis being down never hangs a caller: commands fail at once while disconnected (no offline
 * queue), every command has a timeout, and the first connection gives up after a few attempts.
 */
import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { AppError } from '../../errors';
import type { KeyValueStore, Logger } from '../../usecases/ports';
import { createKeyedLock } from './keyed-lock';
import { toJson } from './memory-store';

export interface RedisStoreOptions {
  url: string;
  keyPrefix?: string; // default "awskey:"
  logger?: Logger;
  connectTimeoutMs?: number; // per attempt, default 5000
  connectAttempts?: number; // before the first successful connection, default 3
  commandTimeoutMs?: number; // default 5000
  /** Reconnect attempts after a connection is lost; undefined = keep trying (backoff capped at 2 s). */
  maxReconnectAttempts?: number;
  maxUpdateAttempts?: number; // default 200
}

// ARGV: [sha1 of the value read, or '' when the key was absent], new JSON, ttl ms or '' (keep the ttl).
const CAS_SCRIPT = `
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '' then
  if cur then return 0 end
elseif (not cur) or redis.sha1hex(cur) ~= ARGV[1] then
  return 0
end
if ARGV[3] ~= '' then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
elseif cur then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1
`;

/** The URL without its password, for messages and logs. */
export function displayRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return 'the configured REDIS_URL';
  }
}

const ttlMs = (ttlSeconds?: number) => (ttlSeconds !== undefined && ttlSeconds > 0 ? Math.max(1, Math.round(ttlSeconds * 1000)) : undefined);
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function createRedisStore(opts: RedisStoreOptions): Promise<KeyValueStore> {
  const where = displayRedisUrl(opts.url);
  const prefix = opts.keyPrefix ?? 'awskey:';
  const connectAttempts = opts.connectAttempts ?? 3;
  const maxUpdateAttempts = opts.maxUpdateAttempts ?? 200;
  let everReady = false;
  let lastError: Error | undefined;

  const client = createClient({
    url: opts.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: opts.commandTimeoutMs ?? 5000 },
    socket: {
      connectTimeout: opts.connectTimeoutMs ?? 5000,
      reconnectStrategy: (retries, cause) => {
        const limit = everReady ? opts.maxReconnectAttempts : connectAttempts - 1;
        // A fresh Error, not `cause`: node-redis checks `instanceof Error`, which fails for socket errors
        // created in another realm (as under jest). connect() and pending calls reject with it.
        if (limit !== undefined && retries >= limit) return new Error(cause.message);
        return Math.min(50 * 2 ** retries, 2000) + Math.floor(Math.random() * 50);
      },
    },
  });
  // Without a listener node-redis would throw socket errors as an uncaught 'error' event.
  client.on('error', (err: Error) => {
    if (lastError?.message !== err.message) opts.logger?.warn({ err, redis: where }, 'redis connection problem');
    lastError = err;
  });
  client.on('ready', () => {
    if (everReady && lastError) opts.logger?.info({ redis: where }, 'redis connection restored');
    everReady = true;
    lastError = undefined;
  });

  function unavailable(cause: unknown): string {
    const why = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    return `Redis at ${where} is unavailable (${why}); check REDIS_URL and that the server is running`;
  }
  /** Runs one Redis call, turning client and socket failures into one coded error. */
  async function call<R>(op: () => Promise<R>): Promise<R> {
    try {
      return await op();
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('store-unavailable', unavailable(err));
    }
  }

  try {
    await client.connect();
  } catch (err) {
    client.destroy();
    throw err instanceof AppError ? err : new AppError('store-unavailable', unavailable(err));
  }

  const withKeyLock = createKeyedLock();
  const k = (key: string) => prefix + key;
  const parse = <T>(raw: string | null): T | undefined => (raw === null ? undefined : (JSON.parse(raw) as T));

  return {
    async get<T>(key: string) {
      return parse<T>(await call(() => client.get(k(key))));
    },
    async set<T>(key: string, value: T, ttlSeconds?: number) {
      const json = toJson(value);
      const ms = ttlMs(ttlSeconds);
      await call(() => client.set(k(key), json, ms === undefined ? undefined : { expiration: { type: 'PX', value: ms } }));
    },
    async setIfAbsent<T>(key: string, value: T, ttlSeconds: number) {
      const json = toJson(value);
      const ms = ttlMs(ttlSeconds);
      const reply = await call(() => client.set(k(key), json, { condition: 'NX', ...(ms === undefined ? {} : { expiration: { type: 'PX' as const, value: ms } }) }));
      return reply === 'OK';
    },
    async update<T>(key: string, fn: (current: T | undefined) => T | undefined, ttlSeconds?: number) {
      const ms = ttlMs(ttlSeconds);
      return withKeyLock(key, async () => {
        for (let attempt = 1; ; attempt++) {
          const raw = await call(() => client.get(k(key)));
          const current = parse<T>(raw);
          const next = fn(current);
          if (next === undefined) return current;
          const json = toJson(next);
          const args = [raw === null ? '' : sha1(raw), json, ms === undefined ? '' : String(ms)];
          const stored = await call(() => client.eval(CAS_SCRIPT, { keys: [k(key)], arguments: args }));
          if (stored === 1) return JSON.parse(json) as T;
          if (attempt >= maxUpdateAttempts) {
            throw new AppError('store-unavailable', `update of "${key}" kept conflicting with other writers (${attempt} attempts)`);
          }
          await pause(Math.floor(Math.random() * Math.min(2 * attempt, 20)));
        }
      });
    },
    async delete(key: string) {
      await call(() => client.del(k(key)));
    },
    async close() {
      if (client.isOpen) {
        try {
          await client.close();
          return;
        } catch {
          // fall through: the connection is already broken
        }
      }
      client.destroy();
    },
  };
}
