/**
 * Use case: build one account's key index, the way an organisation-scale scan needs it.
 *
 * - Deadline on progress, not wall time: the account fails only when no call of its scan succeeds
 *   for `stallMs` (or a call is denied). A big account is never failed for being big.
 * - Page-by-page checkpoints in the store (the ListUsers Marker, the position in the page, the keys
 *   found so far in chunks), so a failure, a restart or another replica resumes where it stopped.
 * - A failed scan keeps what it found: a partial index (naming how far it got) is written when the
 *   account has no complete one, and lookups use it.
 * - One lease per account in the store, so replicas sharing Redis split a scan between them and a
 *   replica that dies is taken over (the next holder resumes from its checkpoint).
 * - The credential report (when allowed) skips ListAccessKeys for users that hold no key, and, when
 *   it was made moments ago and names every user with its ARN, ListUsers too (the scan walks the
 *   report's users instead of IAM's pages).
 */
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AccountSpec } from '../core/lookup/accounts';
import { CREDENTIAL_REPORT_MAX_AGE_SECONDS } from '../core/lookup/credential-report';
import { buildIndex, keysOf, toRows, type AccountIndex, type IndexedKey, type KeyRow } from '../core/lookup/key-index';
import { Leases } from './leases';
import type { Clock, KeyValueStore, Logger } from './ports';
import { SourceFailure, type KeyHolders, type KeySource, type ScanCall, type UsersPage } from './scan-source';

export interface ScanSettings {
  /** An account fails when no call of its scan succeeds for this long. */
  stallMs: number;
  /** ListAccessKeys calls in flight per account (the account's bucket paces them). */
  accountConcurrency: number;
  credentialReport: boolean;
  cloudTrail: boolean;
  /** How long an account's scan lease lasts without renewal (a dead replica's accounts are taken over after it). */
  leaseMs?: number;
}

export interface ScannerDeps {
  source: KeySource;
  store: KeyValueStore;
  clock: Clock;
  settings: ScanSettings;
  /** This process, as a lease owner (several replicas share the store). */
  owner: string;
  logger?: Logger;
}

export type ScanResult =
  | { ok: true; index: AccountIndex }
  /** `busy`: another replica holds the account's lease (its result will appear in the store). */
  | { ok: false; reason: string; busy?: boolean; partial?: AccountIndex };

export interface ScanFailureRecord {
  at: string; // ISO
  reason: string;
  /** Consecutive failed scans: the background retry backs off with it. */
  failures: number;
}

const DAY = 86_400;
const INDEX_TTL_SECONDS = 7 * DAY;
const CHECKPOINT_TTL_SECONDS = DAY;
/** ListAccessKeys calls per checkpoint: small enough to lose little on a crash, large enough to write rarely. */
const CHUNK_CALLS = 100;
/** A lease lasts this long without renewal (AWSKEY_SCAN_LEASE_SECONDS); scans renew it as they make progress. */
export const SCAN_LEASE_MS = 30_000;
/** How long a scan waits for the credential report (and the CloudTrail check that goes with it). */
const REPORT_WAIT_MS = 30_000;
const FRESH_REPORT_MS = 5 * 60_000;

export const scanKeys = {
  index: (accountId: string) => `awskey:lookup:index:${accountId}`,
  /** Small record of when the index was built: lets a process reuse its parsed copy of the index. */
  indexStamp: (accountId: string) => `awskey:lookup:index-stamp:${accountId}`,
  checkpoint: (accountId: string) => `awskey:lookup:scan:${accountId}`,
  chunk: (accountId: string, run: string, n: number) => `awskey:lookup:scan:${accountId}:${run}:${n}`,
  failure: (accountId: string) => `awskey:lookup:scan-failure:${accountId}`,
  report: (accountId: string) => `awskey:lookup:credential-report:${accountId}`,
  lease: (accountId: string) => `scan:${accountId}`,
};

interface Checkpoint {
  run: string;
  startedAt: string;
  /** The Marker that fetches the page being worked on (absent: the first page). */
  pageMarker?: string;
  /** Users of that page already done. */
  offset: number;
  chunks: number;
  users: number;
  /** Users in the account when the scan began, when known (the credential report lists them). */
  expectedUsers?: number;
  /** The scan walks the users of this credential report (its generatedAt) instead of ListUsers pages. */
  fromReport?: string;
}

interface Chunk {
  names: string[];
  rows: KeyRow[];
}

/** Aborts when no progress is reported for `ms`, or when `outer` aborts. */
function progressWatch(ms: number, outer?: AbortSignal) {
  const ctl = new AbortController();
  setMaxListeners(0, ctl.signal);
  let stalled = false;
  let holds = 0;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    if (holds > 0) return;
    timer = setTimeout(() => {
      stalled = true;
      ctl.abort(new Error('no progress'));
    }, ms);
  };
  const onOuter = () => ctl.abort(outer!.reason);
  outer?.addEventListener('abort', onOuter, { once: true });
  if (outer?.aborted) ctl.abort(outer.reason);
  arm();
  return {
    signal: ctl.signal,
    progress: arm,
    /** While this process queues a call (its CPU is the limit), the deadline is paused. */
    queued(waiting: boolean) {
      holds += waiting ? 1 : -1;
      if (holds > 0) clearTimeout(timer);
      else if (!ctl.signal.aborted) arm();
    },
    /** Runs work that is not IAM paging (the credential report) with the deadline paused. */
    async paused<T>(work: () => Promise<T>): Promise<T> {
      clearTimeout(timer);
      try {
        return await work();
      } finally {
        if (!ctl.signal.aborted) arm();
      }
    },
    stalled: () => stalled,
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
    },
  };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return out;
}

/** How far a running (or interrupted) scan got: the keys of the users scanned so far. */
export interface ScanProgress {
  /** A partial index of the users scanned so far (searchable at once). */
  index: AccountIndex;
  users: number;
  expectedUsers?: number;
}

/** Chunks already read by one reader (they never change once written), keyed by run and number. */
export type ProgressCache = Map<string, IndexedKey[]>;
/** The last partial index readProgress built for a cache, and the checkpoint it was built from. */
const builtProgress = new WeakMap<ProgressCache, { at: string; progress: ScanProgress }>();

/** "120 of 1000 users scanned" (or "120 users scanned" when the total is not known). */
export function usersScanned(users: number, expected?: number): string {
  return expected !== undefined && expected >= users ? `${users} of ${expected} users scanned` : `${users} users scanned`;
}

export interface AccountScanner {
  /**
   * Scans the account under its lease. `due` is asked again once the lease is held: another replica
   * may have finished the account between the caller's check and the lease (then nothing is scanned).
   */
  scan(account: AccountSpec, opts?: { signal?: AbortSignal; onUsers?: (users: number) => void; due?: () => Promise<boolean> }): Promise<ScanResult>;
  readIndex(accountId: string): Promise<AccountIndex | undefined>;
  writeIndex(index: AccountIndex): Promise<void>;
  lastFailure(accountId: string): Promise<ScanFailureRecord | undefined>;
  /** Whether another owner holds the account's scan lease right now. */
  heldElsewhere(accountId: string): Promise<boolean>;
  /**
   * The keys found so far by a scan of the account that has not finished (running here or on another
   * replica, or interrupted), read from its checkpoint; undefined when there is none.
   */
  readProgress(account: Pick<AccountSpec, 'id' | 'name'>, cache?: ProgressCache): Promise<ScanProgress | undefined>;
}

export function createAccountScanner(deps: ScannerDeps): AccountScanner {
  const { source, store, clock, settings, owner, logger } = deps;
  const leases = new Leases(store, clock, 'awskey:lookup:lease:');
  const lease = { ttlMs: settings.leaseMs ?? SCAN_LEASE_MS, keepSeconds: CHECKPOINT_TTL_SECONDS };
  // Renewed well before it lapses, so a replica under load does not lose a scan it is still making.
  const renewEveryMs = Math.min(5_000, lease.ttlMs / 3);
  // Parsed indexes of this process, reused while the store's stamp says they are current; another
  // replica's refresh changes the stamp. This keeps warm lookups from re-parsing every index.
  const parsed = new Map<string, AccountIndex>();

  async function readIndex(accountId: string): Promise<AccountIndex | undefined> {
    const stamp = await store.get<{ builtAt: string; syncedAt?: string }>(scanKeys.indexStamp(accountId));
    if (!stamp) return undefined;
    const local = parsed.get(accountId);
    if (local && local.builtAt === stamp.builtAt && local.syncedAt === stamp.syncedAt) return local;
    const index = await store.get<AccountIndex>(scanKeys.index(accountId));
    if (index && Array.isArray(index.rows)) parsed.set(accountId, index);
    else return undefined; // an index from an older version (different shape) is rebuilt
    return index;
  }

  async function writeIndex(index: AccountIndex): Promise<void> {
    await store.set(scanKeys.index(index.accountId), index, INDEX_TTL_SECONDS);
    await store.set(scanKeys.indexStamp(index.accountId), { builtAt: index.builtAt, ...(index.syncedAt ? { syncedAt: index.syncedAt } : {}) }, INDEX_TTL_SECONDS);
    parsed.set(index.accountId, index);
  }

  /** The report's key holders, reused while IAM would reuse it (under 4 hours old). */
  async function keyHolders(account: AccountSpec, signal: AbortSignal): Promise<KeyHolders | undefined> {
    if (!settings.credentialReport) return undefined;
    const cached = await store.get<KeyHolders>(scanKeys.report(account.id));
    const age = cached ? (clock.now().getTime() - Date.parse(cached.generatedAt)) / 1000 : Infinity;
    if (cached && age < CREDENTIAL_REPORT_MAX_AGE_SECONDS) return cached;
    const out = await source.keyHolders(account, signal);
    if (!out.ok) {
      logger?.info({ accountId: account.id, reason: out.reason }, 'no credential report: listing every user\'s keys');
      return undefined;
    }
    const ttl = Math.max(1, Math.floor(CREDENTIAL_REPORT_MAX_AGE_SECONDS - (clock.now().getTime() - Date.parse(out.value.generatedAt)) / 1000));
    await store.set(scanKeys.report(account.id), out.value, ttl);
    return out.value;
  }

  /**
   * Users whose keys must be listed even though the report says they hold none: anyone who got a
   * key after the report was made (CloudTrail CreateAccessKey since then). Undefined when that
   * cannot be known: then the report is not trusted and every user's keys are listed.
   */
  async function createdSince(account: AccountSpec, report: KeyHolders, signal: AbortSignal): Promise<Set<string> | undefined> {
    // A report made moments ago (by this scan) leaves no gap worth asking CloudTrail about.
    if (clock.now().getTime() - Date.parse(report.generatedAt) < FRESH_REPORT_MS) return new Set();
    if (!settings.cloudTrail) return undefined;
    const out = await source.keyEvents(account, new Date(Date.parse(report.generatedAt) - 60_000), signal);
    if (!out.ok) return undefined;
    return new Set(out.value.filter((r) => r.eventName === 'CreateAccessKey' && r.userName).map((r) => r.userName!));
  }

  /** The keys of a checkpoint's chunks; undefined when one is gone (the scan finished and cleared them). */
  async function chunkKeys(accountId: string, cp: Checkpoint, cache?: ProgressCache): Promise<IndexedKey[] | undefined> {
    const keys: IndexedKey[] = [];
    for (let n = 0; n < cp.chunks; n++) {
      const id = `${cp.run}:${n}`;
      let got = cache?.get(id);
      if (!got) {
        const chunk = await store.get<Chunk>(scanKeys.chunk(accountId, cp.run, n));
        if (!chunk) return undefined;
        got = keysOf(chunk);
        cache?.set(id, got);
      }
      keys.push(...got);
    }
    return keys;
  }

  function newCheckpoint(): Checkpoint {
    const now = clock.now().toISOString();
    return { run: now.replace(/[^0-9]/g, ''), startedAt: now, offset: 0, chunks: 0, users: 0 };
  }

  async function loadCheckpoint(accountId: string): Promise<{ cp: Checkpoint; keys: IndexedKey[] }> {
    const cp = await store.get<Checkpoint>(scanKeys.checkpoint(accountId));
    const keys = cp && (await chunkKeys(accountId, cp));
    if (cp && keys) return { cp, keys };
    return { cp: newCheckpoint(), keys: [] };
  }

  /**
   * The users to walk instead of ListUsers, or undefined to page through ListUsers. The report
   * stands in for ListUsers only when it names every user with its ARN and was made moments ago
   * (so no user is missing from it), or when the checkpoint being resumed was walking this very
   * report. A checkpoint that walked another report is started again: its position means nothing
   * in another list.
   */
  async function reportWalk(accountId: string, cp: Checkpoint, keys: IndexedKey[], report: KeyHolders | undefined, trusted: boolean): Promise<string[] | undefined> {
    const usable = trusted && report?.listsUsers === true ? report : undefined;
    if (cp.fromReport !== undefined && cp.fromReport !== usable?.generatedAt) {
      await clearCheckpoint(accountId, cp);
      delete cp.fromReport;
      delete cp.pageMarker;
      delete cp.expectedUsers;
      Object.assign(cp, newCheckpoint());
      keys.length = 0;
    }
    if (!usable) return undefined;
    const begun = cp.users > 0 || cp.offset > 0 || cp.pageMarker !== undefined;
    // Either way round: a report "from the future" means the clocks disagree, and then its age is unknown.
    const fresh = Math.abs(clock.now().getTime() - Date.parse(usable.generatedAt)) < FRESH_REPORT_MS;
    if (cp.fromReport === usable.generatedAt || (!begun && fresh)) {
      cp.fromReport = usable.generatedAt;
      return usable.users;
    }
    return undefined;
  }

  async function readProgress(account: Pick<AccountSpec, 'id' | 'name'>, cache?: ProgressCache): Promise<ScanProgress | undefined> {
    const cp = await store.get<Checkpoint>(scanKeys.checkpoint(account.id));
    if (!cp) return undefined;
    // A lookup polls every account's progress twice a second: the partial index is built again
    // only when the checkpoint moved (a chunk is about 100 users, seconds apart), not per poll.
    const at = `${cp.run}:${cp.chunks}:${cp.users}:${cp.expectedUsers ?? ''}`;
    const memo = cache && builtProgress.get(cache);
    if (memo?.at === at) return memo.progress;
    const keys = await chunkKeys(account.id, cp, cache);
    if (!keys) return undefined;
    const reason = `scan still running: ${usersScanned(cp.users, cp.expectedUsers)} so far`;
    const index = buildIndex({ accountId: account.id, accountName: account.name, users: cp.users, builtAt: cp.startedAt, partial: { scannedUsers: cp.users, reason } }, keys);
    const progress = { index, users: cp.users, ...(cp.expectedUsers !== undefined ? { expectedUsers: cp.expectedUsers } : {}) };
    if (cache) builtProgress.set(cache, { at, progress });
    return progress;
  }

  async function clearCheckpoint(accountId: string, cp: Checkpoint): Promise<void> {
    await store.delete(scanKeys.checkpoint(accountId));
    for (let n = 0; n < cp.chunks; n++) await store.delete(scanKeys.chunk(accountId, cp.run, n));
  }

  async function run(account: AccountSpec, outer: AbortSignal | undefined, onUsers?: (users: number) => void): Promise<ScanResult> {
    const watch = progressWatch(settings.stallMs, outer);
    let lastError: string | undefined;
    let lostLease = false;
    // The lease says this replica is alive and on the scan; the progress deadline (not the lease)
    // ends a scan that is stuck. Renewed on a timer, so waiting for the credential report keeps it.
    const renewal = setInterval(() => {
      void leases.renew(scanKeys.lease(account.id), owner, lease).then((ok) => void (lostLease ||= !ok), () => undefined);
    }, renewEveryMs);
    renewal.unref();
    const progress = () => watch.progress();
    const call: ScanCall = { signal: watch.signal, retrying: (reason) => void (lastError = reason), queued: (waiting) => watch.queued(waiting) };
    const { cp, keys } = await loadCheckpoint(account.id);
    let saving: Promise<unknown> = Promise.resolve();
    const meta = () => ({ accountId: account.id, accountName: account.name, users: cp.users });
    try {
      await source.connect(account, call);
      progress();
      // The report has its own time limit: waiting for IAM to generate it is not a stalled scan.
      const reportSignal = AbortSignal.any([watch.signal, AbortSignal.timeout(Math.min(REPORT_WAIT_MS, settings.stallMs))]);
      const report = await watch.paused(() => keyHolders(account, reportSignal));
      const extra = report ? await watch.paused(() => createdSince(account, report, reportSignal)) : undefined;
      const trusted = report && extra ? { holders: new Set(report.holders), known: new Set(report.users), extra } : undefined;
      const needsKeys = (name: string) => !trusted || trusted.holders.has(name) || !trusted.known.has(name) || trusted.extra.has(name);
      const walk = await reportWalk(account.id, cp, keys, report, trusted !== undefined);
      if (report && cp.expectedUsers === undefined) cp.expectedUsers = report.users.length;
      let marker = cp.pageMarker;
      for (;;) {
        // Walking the report: its users are the one page (no ListUsers call, no 1,000-user XML to parse).
        const page: UsersPage = walk ? { users: walk.map((name) => ({ name })) } : await source.listUsers(account, marker, call);
        progress();
        while (cp.offset < page.users.length) {
          if (lostLease) throw new SourceFailure('another replica took the scan over', 'cancelled');
          // A batch ends after CHUNK_CALLS users whose keys are listed (or at the page's end), so
          // users the report skips cost no checkpoint writes.
          let end = cp.offset;
          const listed: string[] = [];
          while (end < page.users.length && listed.length < CHUNK_CALLS) {
            const name = page.users[end++]!.name;
            if (needsKeys(name)) listed.push(name);
          }
          const found = await mapLimit(listed, settings.accountConcurrency, async (name) => {
            const k = await source.listKeys(account, name, call);
            progress();
            return k;
          });
          const chunkKeys = found.flat();
          keys.push(...chunkKeys);
          const n = cp.chunks++;
          cp.users += end - cp.offset;
          cp.offset = end;
          // Checkpoints are written in order behind the scan, not in its way.
          const snapshot = { ...cp };
          saving = saving.then(async () => {
            await store.set(scanKeys.chunk(account.id, cp.run, n), toRows(chunkKeys), CHECKPOINT_TTL_SECONDS);
            await store.set(scanKeys.checkpoint(account.id), snapshot, CHECKPOINT_TTL_SECONDS);
          });
          onUsers?.(cp.users);
        }
        if (!page.marker) break;
        marker = cp.pageMarker = page.marker;
        cp.offset = 0;
        const snapshot = { ...cp };
        saving = saving.then(() => store.set(scanKeys.checkpoint(account.id), snapshot, CHECKPOINT_TTL_SECONDS));
      }
      await saving;
      const index = buildIndex({ ...meta(), builtAt: clock.now().toISOString() }, keys);
      await writeIndex(index);
      await clearCheckpoint(account.id, cp);
      await store.delete(scanKeys.failure(account.id));
      return { ok: true, index };
    } catch (err) {
      const base = err instanceof SourceFailure ? err.reason : err instanceof Error ? err.message : String(err);
      const reason = watch.stalled()
        ? `no progress for ${Math.round(settings.stallMs / 1000)}s${lastError ? ` (last: ${lastError})` : ' (no answer)'}`
        : outer?.aborted
          ? 'cancelled'
          : base;
      await saving.catch(() => undefined);
      // Another replica resumed this scan from its checkpoint: its result, not ours, is the account's.
      if (lostLease) return { ok: false, busy: true, reason: 'another replica took the scan over' };
      const partialReason = cp.users > 0 ? `${reason}; ${usersScanned(cp.users, cp.expectedUsers)}, the rest is missing` : reason;
      const partial = buildIndex({ ...meta(), builtAt: clock.now().toISOString(), partial: { scannedUsers: cp.users, reason } }, keys);
      const existing = await readIndex(account.id);
      if (!existing || existing.partial) await writeIndex(partial);
      if (!outer?.aborted) {
        await store.update<ScanFailureRecord>(scanKeys.failure(account.id), (cur) => ({ at: clock.now().toISOString(), reason: partialReason, failures: (cur?.failures ?? 0) + 1 }), INDEX_TTL_SECONDS);
      }
      return { ok: false, reason: partialReason, partial };
    } finally {
      clearInterval(renewal);
      watch.dispose();
    }
  }

  return {
    readIndex,
    writeIndex,
    lastFailure: (accountId) => store.get<ScanFailureRecord>(scanKeys.failure(accountId)),
    readProgress,
    async heldElsewhere(accountId) {
      const rec = await leases.read(scanKeys.lease(accountId));
      return rec !== undefined && !rec.done && rec.owner !== owner && rec.until > clock.now().getTime();
    },
    async scan(account, opts = {}) {
      const got = await leases.acquire(scanKeys.lease(account.id), owner, lease);
      if (!got.acquired) return { ok: false, busy: true, reason: `being scanned by another replica, ${got.record.owner}` };
      try {
        if (opts.due && !(await opts.due())) return { ok: false, busy: true, reason: 'scanned by another replica meanwhile' };
        return await run(account, opts.signal, opts.onUsers);
      } finally {
        await leases.release(scanKeys.lease(account.id), owner).catch(() => undefined);
      }
    },
  };
}

/** Waits `ms` unless `signal` aborts first (then resolves early, never throws). */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  await sleep(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);
}
