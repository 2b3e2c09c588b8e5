/**
 * Use case: keep the key index warm without a lookup waiting for IAM.
 *
 * Every replica runs a tick on a schedule. In each tick:
 * - accounts with no index, an index older than the rescan interval, or a failed scan whose retry
 *   is due (backoff) are scanned; each account's scan lease (see scan-account.ts) makes replicas
 *   share that work, one account each at a time, and a dead replica's accounts are taken over;
 * - one leader (a lease in the store) applies CloudTrail's CreateAccessKey / UpdateAccessKey /
 *   DeleteAccessKey events since the last sync to the other indexes (a handful of LookupEvents
 *   calls per account, paced at CloudTrail's 2 requests/s), so changes show up in minutes
 *   between full rescans.
 */
import type { AccountSpec } from '../core/lookup/accounts';
import { applyKeyEvents, scanAgeSeconds } from '../core/lookup/key-index';
import { Leases } from './leases';
import { retryDueAt, storeKeys } from './lookup-access-key';
import type { Clock, KeyValueStore, Logger } from './ports';
import type { AccountScanner, ScanResult } from './scan-account';
import type { KeySource } from './scan-source';

export interface RefreshSettings {
  /** A complete index older than this is rescanned (0: never on a schedule). */
  rescanSeconds: number;
  /** CloudTrail events are applied this often (0: never). */
  trailSyncSeconds: number;
  cloudTrail: boolean;
  /**
   * Accounts this replica scans at once (0: all). Each scan holds its account's lease, so replicas
   * sharing the store pull free accounts until none is left: the accounts spread over their CPUs
   * instead of the first replica to start taking every lease.
   */
  concurrency?: number;
}

export interface RefresherDeps {
  source: Pick<KeySource, 'listAccounts' | 'keyEvents'>;
  scanner: Pick<AccountScanner, 'readIndex' | 'writeIndex' | 'lastFailure'>;
  /** Scans one account (deduplicated with the lookups of this process). */
  scan(account: AccountSpec, signal?: AbortSignal, due?: () => Promise<boolean>): Promise<ScanResult>;
  store: KeyValueStore;
  clock: Clock;
  owner: string;
  settings: RefreshSettings;
  logger?: Logger;
}

export interface TickReport {
  leader: boolean;
  scanned: string[];
  failed: { accountId: string; reason: string }[];
  /** Accounts whose index took CloudTrail events, and how many events were applied. */
  synced: { accountId: string; events: number }[];
  trailFailures: { accountId: string; reason: string }[];
}

const LEADER = 'refresher-leader';
/** CloudTrail delivers events within about 15 minutes; each sync looks back that far again. */
const TRAIL_OVERLAP_MS = 15 * 60_000;

export function createRefresher(deps: RefresherDeps) {
  const { source, scanner, store, clock, owner, settings, logger } = deps;
  const leases = new Leases(store, clock, 'awskey:lookup:lease:');

  async function needsScan(account: AccountSpec): Promise<boolean> {
    const index = await scanner.readIndex(account.id);
    const now = clock.now();
    if (index && !index.partial) return settings.rescanSeconds > 0 && scanAgeSeconds(index, now) >= settings.rescanSeconds;
    const failure = await scanner.lastFailure(account.id);
    return !failure || now.getTime() >= retryDueAt(failure);
  }

  async function syncTrail(account: AccountSpec, signal?: AbortSignal): Promise<{ events: number } | { reason: string } | undefined> {
    const index = await scanner.readIndex(account.id);
    if (!index || index.partial) return undefined;
    const now = clock.now();
    const base = index.syncedAt && index.syncedAt > index.builtAt ? index.syncedAt : index.builtAt;
    const from = Date.parse(base) - TRAIL_OVERLAP_MS;
    const out = await source.keyEvents(account, new Date(from), signal ?? new AbortController().signal);
    if (!out.ok) return { reason: out.reason };
    // Re-read: a rescan may have finished meanwhile (its index is newer than these events' base).
    const current = (await scanner.readIndex(account.id)) ?? index;
    await scanner.writeIndex(applyKeyEvents(current, out.value, now.toISOString()));
    // Lookups cache CloudTrail evidence for a few minutes; these events are newer than that copy.
    if (out.value.length > 0) await store.delete(storeKeys.trail(account.id));
    return { events: out.value.length };
  }

  return {
    /** One round: scans what is due (any replica), CloudTrail sync (the leader only). */
    async tick(signal?: AbortSignal): Promise<TickReport> {
      const report: TickReport = { leader: false, scanned: [], failed: [], synced: [], trailFailures: [] };
      const { accounts } = await source.listAccounts(signal);
      const due: AccountSpec[] = [];
      for (const a of accounts) if (await needsScan(a)) due.push(a);
      // Workers pull the next due account when one finishes; an account another replica holds
      // answers "busy" at once and is skipped (it is due again next round if that replica dies).
      const scans: { a: AccountSpec; out: ScanResult }[] = [];
      const width = settings.concurrency && settings.concurrency > 0 ? Math.min(settings.concurrency, due.length) : due.length;
      let next = 0;
      await Promise.all(
        Array.from({ length: width }, async () => {
          while (next < due.length && !signal?.aborted) {
            const a = due[next++]!;
            // Asked again under the account's lease: another replica may have scanned it since.
            scans.push({ a, out: await deps.scan(a, signal, () => needsScan(a)) });
          }
        }),
      );
      for (const { a, out } of scans) {
        if (out.ok) report.scanned.push(a.id);
        else if (!out.busy) report.failed.push({ accountId: a.id, reason: out.reason });
      }
      const ttlMs = Math.max(60_000, 3 * settings.trailSyncSeconds * 1000);
      report.leader = (await leases.acquire(LEADER, owner, { ttlMs })).acquired;
      if (report.leader && settings.cloudTrail && settings.trailSyncSeconds > 0) {
        const fresh = new Set(report.scanned);
        const results = await Promise.all(accounts.filter((a) => !fresh.has(a.id)).map(async (a) => ({ a, out: await syncTrail(a, signal) })));
        for (const { a, out } of results) {
          if (!out) continue;
          if ('events' in out) report.synced.push({ accountId: a.id, events: out.events });
          else report.trailFailures.push({ accountId: a.id, reason: out.reason });
        }
      }
      if (report.failed.length || report.trailFailures.length) logger?.warn({ failed: report.failed, trailFailures: report.trailFailures }, 'key index refresh: some accounts failed');
      return report;
    },
    /** Gives up leadership at shutdown, so another replica takes over at once. */
    async resign(): Promise<void> {
      await leases.release(LEADER, owner);
    },
  };
}

export type Refresher = ReturnType<typeof createRefresher>;
