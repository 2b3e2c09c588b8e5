/**
 * Spaces calls at least `intervalMs` apart (CloudTrail LookupEvents allows 2 requests per second
 * per account and region). The mutex only guards the reservation; calls themselves overlap freely.
 */
import { Mutex } from 'async-mutex';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimiter {
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

type Sleep = (ms: number, signal?: AbortSignal) => Promise<unknown>;
const realSleep: Sleep = (ms, signal) => sleep(ms, undefined, signal ? { signal } : undefined);

export function createIntervalLimiter(intervalMs: number, now: () => number = () => performance.now(), wait: Sleep = realSleep): RateLimiter {
  const mutex = new Mutex();
  let next = 0;
  return {
    async schedule(fn, signal) {
      const delay = await mutex.runExclusive(() => {
        const t = now();
        const start = Math.max(t, next);
        next = start + intervalMs;
        return start - t;
      });
      if (delay > 0) await wait(delay, signal);
      return fn();
    },
  };
}

/** One limiter per key (account + region), created on first use. */
export function createKeyedLimiters(intervalMs: number): (key: string) => RateLimiter {
  const limiters = new Map<string, RateLimiter>();
  return (key) => {
    let l = limiters.get(key);
    if (!l) limiters.set(key, (l = createIntervalLimiter(intervalMs)));
    return l;
  };
}
