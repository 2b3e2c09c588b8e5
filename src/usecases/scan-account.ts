/**
 * Use case: build one account's key index, the way an organisation-scale scan needs it.
 *
 * - Deadline on progress, not wall time (progress-watch.ts): the account fails only when no call
 *   of its scan succeeds for `stallMs` (or a call is denied). A big account is never failed for being big.
 * - Page-by-page checkpoints in the store (scan-checkpoints.ts), so a failure, a restart or another
 *   replica resumes where it stopped.
 * - A failed scan keeps what it found: a partial index (naming how far it got) is written when the
 *   account has no complete one, and lookups use it.
 * - One lease per account in the store, so replicas sharing Redis split a scan between them and a
 *   replica that dies is taken over (the next holder resumes from its checkpoint).
 * - The credential report (scan-report.ts) skips ListAccessKeys for users that hold no key, and
 *   ListUsers too when it was made moments ago.
 */
import type { AccountSpec } from '../core/lookup/accounts';
import { type AccountIndex, type IndexedKey } from '../core/lookup/key-index';
import { Leases } from './leases';
import { mapLimit } from './pause';
import type { Clock, KeyValueStore, Logger } from './ports';
import { progressWatch } from './progress-watch';
import { CHECKPOINT_TTL_SECONDS, createCheckpoints, usersScanned, type ProgressCache, type ScanProgress } from './scan-checkpoints';
import { createReportPath, needsKeys } from './scan-report';
import { SourceFailure, type KeySource, type ScanCall, type UsersPage } from './scan-source';
import { scanKeys } from './scan-store-keys';


/** Why a scan ended when awskey stopped under it (shutdown, or the CLI exiting): said to whoever asked, and kept as the account's last failure. */
const STOPPING = 'not finished: awskey was stopping (look the key up again)';
/** The abort reason every stopping closer passes; a scan recognises it by identity. */
export const STOPPING_REASON = new Error(STOPPING);
export { scanKeys } from './scan-store-keys';
export { usersScanned, type ProgressCache, type ScanProgress } from './scan-checkpoints';

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

const INDEX_TTL_SECONDS = 7 * 86_400;
/** ListAccessKeys calls per checkpoint: small enough to lose little on a crash, large enough to write rarely. */
const CHUNK_CALLS = 100;
/** A lease lasts this long without renewal (AWSKEY_SCAN_LEASE_SECONDS); scans renew it as they make progress. */
export const SCAN_LEASE_MS = 30_000;
/** How long a scan waits for the credential report (and the CloudTrail check that goes with it). */
const REPORT_WAIT_MS = 30_000;

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
  const checkpoints = createCheckpoints(store, clock);
  const reports = createReportPath({ source, store, clock, checkpoints, settings, logger });
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

  /** The index, then its stamp: issued together (one commit on the embedded store, in order on Redis). */
  async function writeIndex(index: AccountIndex): Promise<void> {
    const stamp = { builtAt: index.builtAt, ...(index.syncedAt ? { syncedAt: index.syncedAt } : {}) };
    await Promise.all([store.set(scanKeys.index(index.accountId), index, INDEX_TTL_SECONDS), store.set(scanKeys.indexStamp(index.accountId), stamp, INDEX_TTL_SECONDS)]);
    parsed.set(index.accountId, index);
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
    const { cp, keys } = await checkpoints.load(account.id);
    // Store writes run behind the scan, in order, and are awaited before it ends.
    let saving: Promise<unknown> = Promise.resolve();
    const meta = () => ({ accountId: account.id, accountName: account.name, users: cp.users });
    try {
      await source.connect(account, call);
      progress();
      // The report has its own time limit: waiting for IAM to generate it is not a stalled scan.
      const reportSignal = AbortSignal.any([watch.signal, AbortSignal.timeout(Math.min(REPORT_WAIT_MS, settings.stallMs))]);
      const { report, trusted, stored } = await watch.paused(() => reports.read(account, reportSignal));
      saving = stored;
      const walk = await reports.walk(account.id, cp, keys, report, trusted !== undefined);
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
            if (needsKeys(trusted, name)) listed.push(name);
          }
          const found = await mapLimit(listed, settings.accountConcurrency, async (name) => {
            const k = await source.listKeys(account, name, call);
            progress();
            return k;
          });
          const chunkKeys: IndexedKey[] = found.flat();
          keys.add(chunkKeys);
          const n = cp.chunks++;
          cp.users += end - cp.offset;
          cp.offset = end;
          const snapshot = { ...cp };
          saving = saving.then(() => checkpoints.saveChunk(account.id, snapshot, n, chunkKeys));
          onUsers?.(cp.users);
        }
        if (!page.marker) break;
        marker = cp.pageMarker = page.marker;
        cp.offset = 0;
        const snapshot = { ...cp };
        saving = saving.then(() => checkpoints.save(account.id, snapshot));
      }
      await saving;
      const index: AccountIndex = { ...meta(), builtAt: clock.now().toISOString(), names: keys.names, rows: keys.rows };
      // The index, the checkpoint's removal and the failure's are issued at once (one commit).
      await Promise.all([writeIndex(index), checkpoints.clear(account.id, cp), store.delete(scanKeys.failure(account.id))]);
      return { ok: true, index };
    } catch (err) {
      const base = err instanceof SourceFailure ? err.reason : err instanceof Error ? err.message : String(err);
      const reason = watch.stalled()
        ? `no progress for ${Math.round(settings.stallMs / 1000)}s${lastError ? ` (last: ${lastError})` : ' (no answer)'}`
        : outer?.aborted
          ? outer.reason === STOPPING_REASON
            ? STOPPING
            : 'cancelled'
          : base;
      await saving.catch(() => undefined);
      // Another replica resumed this scan from its checkpoint: its result, not ours, is the account's.
      if (lostLease) return { ok: false, busy: true, reason: 'another replica took the scan over' };
      const partialReason = cp.users > 0 ? `${reason}; ${usersScanned(cp.users, cp.expectedUsers)}, the rest is missing` : reason;
      const partial: AccountIndex = { ...meta(), builtAt: clock.now().toISOString(), partial: { scannedUsers: cp.users, reason }, names: keys.names, rows: keys.rows };
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
    readProgress: (account, cache) => checkpoints.readProgress(account, cache),
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
