/**
 * Scans on every core. One process spends about 0.5-0.8 ms of CPU on each AWS call (signing, the
 * SDK's middleware, XML), so one thread runs out at about 1,500 calls/s: 60-70 accounts at IAM's
 * 20 requests/s each. With enough accounts configured, each account's calls (AssumeRole, ListUsers,
 * ListAccessKeys, the credential report, CloudTrail) go to one of a few worker threads
 * (scan-worker.ts), each with its own SDK clients and per-account buckets; the scan itself
 * (checkpoints, the partial index, every store write) stays in this thread, so the index is written
 * in one place. A worker that dies fails the calls it had in flight (their accounts are reported
 * `incomplete` with the reason, like any failed call) and the next call starts a fresh worker.
 *
 * Default: one worker per core beyond the first (availableParallelism - 1), from
 * MIN_ACCOUNTS_FOR_WORKERS accounts up; this thread keeps an equal share of the accounts. Each
 * worker costs about 40-60 MB of RSS (its own V8 heap and SDK modules), so no more are started
 * than there are cores to run them. AWSKEY_SCAN_THREADS (read by config.ts) overrides the count (0: no workers).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SourceFailure, type KeySource, type Outcome, type ScanCall } from '../../usecases/scan-source';
import type { AccountSpec } from '../../core/lookup/accounts';
import type { ToMain, ToWorker, WireFailure, WorkerMethod, WorkerSetup } from './scan-worker-protocol';

/** Below this many accounts one thread keeps up (about 1.6 % of a core per account at 20 calls/s). */
export const MIN_ACCOUNTS_FOR_WORKERS = 16;
const MAX_THREADS = 8;
/** A worker with nothing to do for this long is stopped (its memory returned); the next scan starts one. */
const IDLE_MS = 120_000;
/**
 * Each worker's V8 heap: it holds SDK clients and answers in flight, never the index (about 20 MB
 * live). Capped so a CPU-starved worker does not let garbage grow its RSS, and so a runaway worker
 * fails its accounts instead of the process.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

export type ThreadedKeySource = KeySource & {
  /** Stops the workers (calls in flight fail as cancelled). */
  close(): Promise<void>;
  /** The running workers (tests stop one to see its accounts reported). */
  workers(): Worker[];
};

/**
 * Worker threads for a process when its settings name none: one per core beyond this thread's. AWSKEY_SCAN_THREADS
 * is read by config.ts only (aws.scanThreads), which key-directory.ts passes as `threads`.
 */
export function scanThreads(): number {
  return Math.min(MAX_THREADS, availableParallelism() - 1);
}

interface Pending {
  call?: ScanCall;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  lastActive: number;
  stopping: boolean;
}

/** The worker's entry: the built .js beside this file, or the .ts source through tsx (tests, benches). */
function startWorker(setup: WorkerSetup): Worker {
  // The environment as this code sees it now (the SDK in the worker reads its credentials and endpoints there).
  const opts = { workerData: setup, env: { ...process.env }, execArgv: [], resourceLimits: WORKER_HEAP };
  if (__filename.endsWith('.ts')) {
    const entry = __filename.replace(/scan-workers\.ts$/, 'scan-worker.ts');
    return new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { ...opts, eval: true });
  }
  return new Worker(__filename.replace(/scan-workers\.js$/, 'scan-worker.js'), opts);
}

const toError = (f: WireFailure): Error => (f.kind ? new SourceFailure(f.reason, f.kind, f.code) : new Error(f.reason));

/**
 * `local` answers everything while fewer than `minAccounts` accounts are configured (or `threads`
 * is 0); beyond that each account's calls go to one worker, the same one every time (its bucket
 * and session live there).
 */
export function withScanWorkers(local: KeySource, setup: WorkerSetup, opts: { threads?: number; minAccounts?: number } = {}): ThreadedKeySource {
  const threads = opts.threads ?? scanThreads();
  const minAccounts = opts.minAccounts ?? MIN_ACCOUNTS_FOR_WORKERS;
  const slots: (Thread | undefined)[] = Array.from({ length: threads }, () => undefined);
  const assigned = new Map<string, number>();
  let accounts = 0;
  let nextId = 1;
  let closed = false;

  const stopped = (slot: number, thread: Thread, why: string) => {
    if (slots[slot] === thread) slots[slot] = undefined;
    const failure = new SourceFailure(why, 'passing');
    for (const p of thread.pending.values()) p.reject(failure);
    thread.pending.clear();
  };

  const thread = (slot: number): Thread => {
    const existing = slots[slot];
    if (existing) return existing;
    const t: Thread = { worker: startWorker(setup), pending: new Map(), lastActive: Date.now(), stopping: false };
    t.worker.unref();
    t.worker.on('message', (m: ToMain) => {
      if (m.type === 'ready') return;
      const p = t.pending.get(m.id);
      if (!p) return;
      if (m.type === 'done') p.resolve(m.value);
      else if (m.type === 'failed') p.reject(toError(m.failure));
      else if (m.type === 'retrying') p.call?.retrying?.(m.reason);
      else p.call?.queued?.(m.waiting);
    });
    t.worker.on('error', (err) => stopped(slot, t, `scan worker failed (${err.name}: ${err.message.split('\n')[0]})`));
    t.worker.on('exit', (code) => stopped(slot, t, t.stopping ? 'scan worker stopped' : `scan worker stopped unexpectedly (exit code ${code})`));
    slots[slot] = t;
    return t;
  };

  // Idle workers are stopped; checked now and then (not per call).
  const idle = setInterval(() => {
    for (const t of slots) {
      if (t && t.pending.size === 0 && Date.now() - t.lastActive > IDLE_MS) {
        t.stopping = true;
        void t.worker.terminate();
      }
    }
  }, IDLE_MS / 4);
  idle.unref();

  /**
   * The worker slot for an account's calls, or undefined: this thread answers. This thread keeps
   * an equal share: it also runs every account's scan, the store and the messages, but a worker's
   * calls cost it GC and message handling too (bench: with a third kept here, this thread used
   * 22 s of CPU and the rest 53 s).
   */
  const route = (account: AccountSpec): number | undefined => {
    if (closed || threads === 0 || accounts < minAccounts) return undefined;
    let slot = assigned.get(account.id);
    if (slot === undefined) assigned.set(account.id, (slot = assigned.size % (threads + 1)));
    return slot < threads ? slot : undefined;
  };

  function remote<T>(slot: number, method: WorkerMethod, account: AccountSpec, arg: unknown, signal: AbortSignal, call?: ScanCall): Promise<T> {
    if (signal.aborted) return Promise.reject(new SourceFailure(`cancelled during ${method}`, 'cancelled'));
    const t = thread(slot);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const settle = () => {
        signal.removeEventListener('abort', onAbort);
        t.pending.delete(id);
        t.lastActive = Date.now();
        if (t.pending.size === 0) t.worker.unref();
      };
      // Answered here at once; the worker is told to stop the call too.
      const onAbort = () => {
        settle();
        t.worker.postMessage({ type: 'abort', id } satisfies ToWorker);
        reject(new SourceFailure(`cancelled during ${method}`, 'cancelled'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      t.pending.set(id, {
        call,
        resolve: (v) => (settle(), resolve(v as T)),
        reject: (e) => (settle(), reject(e)),
      });
      if (t.pending.size === 1) t.worker.ref();
      t.worker.postMessage({ type: 'call', id, method, account, ...(arg !== undefined ? { arg } : {}) } satisfies ToWorker);
    });
  }

  /** An Outcome call: a worker's death is a failed outcome, as any other failure is. */
  const outcome = <T>(slot: number, method: WorkerMethod, account: AccountSpec, arg: unknown, signal: AbortSignal): Promise<Outcome<T>> =>
    remote<Outcome<T>>(slot, method, account, arg, signal).catch((err: unknown) => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }));

  return {
    async listAccounts(signal) {
      const out = await local.listAccounts(signal);
      accounts = out.accounts.length;
      return out;
    },
    connect(account, call) {
      const slot = route(account);
      return slot === undefined ? local.connect(account, call) : remote(slot, 'connect', account, undefined, call.signal, call);
    },
    listUsers(account, marker, call) {
      const slot = route(account);
      return slot === undefined ? local.listUsers(account, marker, call) : remote(slot, 'listUsers', account, marker, call.signal, call);
    },
    listKeys(account, userName, call) {
      const slot = route(account);
      return slot === undefined ? local.listKeys(account, userName, call) : remote(slot, 'listKeys', account, userName, call.signal, call);
    },
    keyHolders(account, signal) {
      const slot = route(account);
      return slot === undefined ? local.keyHolders(account, signal) : outcome(slot, 'keyHolders', account, undefined, signal);
    },
    lastUsed(account, keyId, signal) {
      const slot = route(account);
      return slot === undefined ? local.lastUsed(account, keyId, signal) : outcome(slot, 'lastUsed', account, keyId, signal);
    },
    keyEvents(account, since, signal, eventNames) {
      const slot = route(account);
      return slot === undefined ? local.keyEvents(account, since, signal, eventNames) : outcome(slot, 'keyEvents', account, { since, eventNames }, signal);
    },
    accessKeyAccount: (keyId, signal) => local.accessKeyAccount(keyId, signal),
    workers: () => slots.flatMap((t) => (t ? [t.worker] : [])),
    async close() {
      closed = true;
      clearInterval(idle);
      await Promise.all(
        slots.map(async (t) => {
          if (!t) return;
          t.stopping = true;
          await t.worker.terminate();
        }),
      );
    },
  };
}
