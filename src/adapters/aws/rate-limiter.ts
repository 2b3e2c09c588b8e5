/**
 * Client-side pacing per account. IAM's documented limits are per account (about 20 requests per
 * second for the list calls awskey makes, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html),
 * CloudTrail LookupEvents allows 2 per second per account and region. Each account gets its own
 * bucket, so one slow or throttling account never slows the others (the SDK's adaptive retry mode
 * keeps one rate per client and sleeps without honouring an abort; awskey does not use it for IAM).
 */
import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimiter {
  schedule<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

type Sleep = (ms: number, signal?: AbortSignal) => Promise<unknown>;
const realSleep: Sleep = (ms, signal) => sleep(ms, undefined, signal ? { signal } : undefined);

export function createIntervalLimiter(intervalMs: number, now: () => number = () => performance.now(), wait: Sleep = realSleep): RateLimiter {
  const bucket = createAdaptiveBucket({ ratePerSecond: 1000 / intervalMs, burst: 1, adaptive: false }, now, wait);
  return {
    async schedule(fn, signal) {
      await bucket.take(signal);
      return fn();
    },
  };
}

export interface BucketSettings {
  /** Starting (and highest) rate. */
  ratePerSecond: number;
  /** Calls that may start back to back after a quiet spell. */
  burst: number;
  /** Lowest rate a throttling account is slowed down to. */
  minRatePerSecond?: number;
  /** False: a fixed rate (CloudTrail's documented limit). */
  adaptive?: boolean;
}

export interface AdaptiveBucket {
  /** Waits for the next slot (GCRA: calls are spaced 1/rate apart, `burst` may start at once). */
  take(signal?: AbortSignal): Promise<void>;
  /**
   * Just before the call goes out: the calls that leave are paced again (at most 3 at once, then
   * 1/rate apart, like `take` with a burst of 3). A call that got its turn from `take` and then waited in this process (the event
   * loop stalled on GC or CPU, or it queued for a call slot) would otherwise leave in a bunch with
   * the others that waited with it, and the scan would then catch up faster than the rate; IAM
   * answers both with Throttling (bench: 195 Throttling answers in one second, after a stall).
   */
  dispatch(signal?: AbortSignal): Promise<void>;
  /** A Throttling answer: slow down multiplicatively. */
  throttled(): void;
  /** A successful call: speed up again, slowly (additively), up to the starting rate. */
  succeeded(): void;
  readonly rate: number;
}

const DECREASE = 0.85;
/** How early (in intervals) a call may leave against the dispatch schedule: jitter never waits, a bunch is spread. */
const DISPATCH_TOLERANCE = 2;
/** Per successful call: from 85 % back to full in about 3 s at IAM's 20 requests/s. */
const INCREASE_PER_CALL = 0.05;

export function createAdaptiveBucket(settings: BucketSettings, now: () => number = () => performance.now(), wait: Sleep = realSleep): AdaptiveBucket {
  const max = settings.ratePerSecond;
  const min = Math.min(max, settings.minRatePerSecond ?? 0.2);
  let rate = max;
  let tat = 0; // theoretical arrival time of the next call
  let outTat = 0; // theoretical time the next call goes out (dispatch, GCRA)
  return {
    get rate() {
      return rate;
    },
    async take(signal) {
      // The slot is claimed synchronously (no await before it), so calls get slots in call order.
      const t = now();
      const interval = 1000 / rate;
      const start = Math.max(t, tat - (settings.burst - 1) * interval);
      tat = Math.max(tat, start) + interval;
      const delay = start - t;
      if (delay > 0) await wait(delay, signal);
      signal?.throwIfAborted();
    },
    async dispatch(signal) {
      const t = now();
      const interval = 1000 / rate;
      const at = Math.max(t, outTat - DISPATCH_TOLERANCE * interval);
      outTat = Math.max(outTat, at) + interval;
      if (at > t) await wait(at - t, signal);
      signal?.throwIfAborted();
    },
    throttled() {
      if (settings.adaptive === false) return;
      rate = Math.max(min, rate * DECREASE);
      // The calls already spaced at the old rate start later too.
      tat = Math.max(tat, now()) + 1000 / rate;
    },
    succeeded() {
      if (settings.adaptive === false) return;
      rate = Math.min(max, rate + INCREASE_PER_CALL);
    },
  };
}

/** One bucket per key (account + service), created on first use. */
export function createKeyedBuckets(settings: BucketSettings): (key: string) => AdaptiveBucket {
  const buckets = new Map<string, AdaptiveBucket>();
  return (key) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = createAdaptiveBucket(settings)));
    return b;
  };
}
