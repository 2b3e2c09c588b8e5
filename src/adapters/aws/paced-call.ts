/**
 * One AWS call the way a scan needs it: paced by the account's bucket, raced against a per-call
 * timeout and the caller's signal (the abort also reaches the SDK's HTTP request), and retried with
 * capped, jittered backoff while it fails for a passing reason (throttling, 5xx, network, a call
 * that did not answer). A denial or a bad request is final at once. Retries go on until the
 * caller's signal ends them: the scan's progress deadline decides when an account has failed, not
 * a count of attempts, so one unlucky call never throws a whole account away.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SourceFailure } from '../../usecases/scan-source';
import type { AwsApiAction } from './api-actions';
import { awsErrorName, describeAwsError, isAbortError, isRetryable, isThrottling } from './aws-errors';
import type { AdaptiveBucket } from './rate-limiter';

export interface CallPolicy {
  /** A call with no answer after this long is aborted and retried. */
  callTimeoutMs: number;
  /** Attempts before giving up when the caller set no deadline of its own (lastUsed, events). */
  maxAttempts: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface CallContext {
  signal: AbortSignal;
  /** Told about every failed attempt that will be retried (the scan keeps the last reason). */
  retrying?: (reason: string) => void;
  /** Retry until the signal aborts instead of stopping after maxAttempts. */
  untilAborted?: boolean;
  /** Told when the call waits for, and gets, one of this process's call slots (CPU, not AWS). */
  queued?: (waiting: boolean) => void;
}

/** Process-wide call slots: the per-call timeout starts only once the call holds one. */
export interface Slots {
  /** A slot at once, or undefined when all are taken. */
  now(): (() => void) | undefined;
  wait(signal: AbortSignal): Promise<() => void>;
}

/** A counting semaphore whose waits honour an abort signal. */
export function createSlots(limit: number): Slots {
  let free = limit;
  const waiters: (() => void)[] = [];
  const release = () => {
    const next = waiters.shift();
    if (next) next();
    else free++;
  };
  return {
    now() {
      if (free <= 0) return undefined;
      free--;
      return release;
    },
    wait(signal) {
      return new Promise((resolve, reject) => {
        const grant = () => {
          signal.removeEventListener('abort', onAbort);
          resolve(release);
        };
        const onAbort = () => {
          const i = waiters.indexOf(grant);
          if (i >= 0) waiters.splice(i, 1);
          reject(signal.reason as Error);
        };
        waiters.push(grant);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

/** A slot from each of `pools` (in order), waiting (and telling `queued`) only when one is full. */
async function takeSlots(pools: Slots[], ctx: CallContext): Promise<() => void> {
  const held: (() => void)[] = [];
  try {
    for (const pool of pools) {
      let release = pool.now();
      if (!release) {
        ctx.queued?.(true);
        try {
          release = await pool.wait(ctx.signal);
        } finally {
          ctx.queued?.(false);
        }
      }
      held.push(release);
    }
  } catch (err) {
    for (const r of held) r();
    throw err;
  }
  return () => {
    for (const r of held) r();
  };
}

class CallTimeout extends Error {
  override readonly name = 'CallTimeout';
}

/** Resolves or rejects with `run`, or rejects as soon as `signal` aborts (whatever `run` does). */
export function raceAbort<T>(run: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    run.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    run.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err as Error);
      },
    );
  });
}

const backoff = (attempt: number, base: number, max: number) => Math.random() * Math.min(max, base * 2 ** Math.min(attempt, 16));

export async function pacedCall<T>(
  action: AwsApiAction,
  bucket: AdaptiveBucket | undefined,
  policy: CallPolicy & { slots?: Slots[] },
  ctx: CallContext,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const base = policy.backoffBaseMs ?? 200;
  const max = policy.backoffMaxMs ?? 5_000;
  for (let attempt = 1; ; attempt++) {
    if (ctx.signal.aborted) throw new SourceFailure(`cancelled during ${action}`, 'cancelled');
    let err: unknown;
    try {
      await bucket?.take(ctx.signal);
      const release = policy.slots ? await takeSlots(policy.slots, ctx) : undefined;
      try {
        await bucket?.dispatch(ctx.signal);
      } catch (e) {
        release?.();
        throw e;
      }
      // One controller per attempt, aborted by the caller's signal or the timeout. (Not
      // AbortSignal.any: on Node 20 every composite stays attached to the long-lived scan signal.)
      const call = new AbortController();
      const onOuter = () => call.abort(ctx.signal.reason);
      ctx.signal.addEventListener('abort', onOuter, { once: true });
      const timer = setTimeout(() => call.abort(new CallTimeout(`no answer within ${Math.round(policy.callTimeoutMs / 100) / 10}s`)), policy.callTimeoutMs);
      try {
        const out = await raceAbort(run(call.signal), call.signal);
        bucket?.succeeded();
        return out;
      } finally {
        clearTimeout(timer);
        ctx.signal.removeEventListener('abort', onOuter);
        release?.();
      }
    } catch (e) {
      err = e;
    }
    if (ctx.signal.aborted) throw new SourceFailure(`cancelled during ${action}`, 'cancelled');
    const timedOut = err instanceof CallTimeout;
    const reason = timedOut ? `${action} timed out (${(err as Error).message})` : describeAwsError(err, action);
    if (isThrottling(err)) bucket?.throttled();
    const passing = timedOut || isRetryable(err) || (isAbortError(err) && !ctx.signal.aborted);
    if (!passing) throw new SourceFailure(reason, 'final', awsErrorName(err));
    if (!ctx.untilAborted && attempt >= policy.maxAttempts) throw new SourceFailure(reason, 'passing', awsErrorName(err));
    ctx.retrying?.(reason);
    try {
      await sleep(backoff(attempt, base, max), undefined, { signal: ctx.signal });
    } catch {
      throw new SourceFailure(`cancelled during ${action}`, 'cancelled');
    }
  }
}
