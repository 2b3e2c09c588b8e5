/**
 * The IAM credential report in an account's scan: it says which users hold a key slot, so
 * ListAccessKeys is skipped for the others, and, when made moments ago and naming every user with
 * its ARN, it stands in for ListUsers too (the scan walks its users instead of IAM's pages).
 */
import type { AccountSpec } from '../core/lookup/accounts';
import { CREDENTIAL_REPORT_MAX_AGE_SECONDS } from '../core/lookup/credential-report';
import type { KeyRows } from '../core/lookup/key-index';
import type { Clock, KeyValueStore, Logger } from './ports';
import type { Checkpoint, Checkpoints } from './scan-checkpoints';
import type { KeyHolders, KeySource } from './scan-source';
import { scanKeys } from './scan-store-keys';

/** A report younger than this leaves no gap worth asking CloudTrail about, and may stand in for ListUsers. */
export const FRESH_REPORT_MS = 5 * 60_000;

export interface ReportDeps {
  source: Pick<KeySource, 'keyHolders' | 'keyEvents'>;
  store: KeyValueStore;
  clock: Clock;
  checkpoints: Checkpoints;
  settings: { credentialReport: boolean; cloudTrail: boolean };
  logger?: Logger;
}

/** Which users' keys a scan lists, from a report it can trust. */
export interface TrustedReport {
  holders: Set<string>;
  known: Set<string>;
  /** Users who got a key after the report was made (CloudTrail). */
  extra: Set<string>;
}

export function createReportPath(deps: ReportDeps) {
  const { source, store, clock, checkpoints, settings, logger } = deps;

  /**
   * The report's key holders, reused while IAM would reuse it (under 4 hours old). `stored` is the
   * write of a new report to the store: the scan goes on without waiting for it (a commit of the
   * embedded store waits for the disk) and awaits it before it ends.
   */
  async function keyHolders(account: AccountSpec, signal: AbortSignal): Promise<{ report?: KeyHolders; stored: Promise<unknown> }> {
    const none = Promise.resolve();
    if (!settings.credentialReport) return { stored: none };
    const cached = await store.get<KeyHolders>(scanKeys.report(account.id));
    const age = cached ? (clock.now().getTime() - Date.parse(cached.generatedAt)) / 1000 : Infinity;
    if (cached && age < CREDENTIAL_REPORT_MAX_AGE_SECONDS) return { report: cached, stored: none };
    const out = await source.keyHolders(account, signal);
    if (!out.ok) {
      logger?.info({ accountId: account.id, reason: out.reason }, 'no credential report: listing every user\'s keys');
      return { stored: none };
    }
    const ttl = Math.max(1, Math.floor(CREDENTIAL_REPORT_MAX_AGE_SECONDS - (clock.now().getTime() - Date.parse(out.value.generatedAt)) / 1000));
    const stored = store.set(scanKeys.report(account.id), out.value, ttl).catch((err: unknown) => {
      logger?.warn({ accountId: account.id, err: err instanceof Error ? err.message : String(err) }, 'credential report not kept in the store');
    });
    return { report: out.value, stored };
  }

  /**
   * Users whose keys must be listed even though the report says they hold none: anyone who got a
   * key after the report was made (CloudTrail CreateAccessKey since then). Undefined when that
   * cannot be known: then the report is not trusted and every user's keys are listed.
   */
  async function createdSince(account: AccountSpec, report: KeyHolders, signal: AbortSignal): Promise<Set<string> | undefined> {
    if (clock.now().getTime() - Date.parse(report.generatedAt) < FRESH_REPORT_MS) return new Set();
    if (!settings.cloudTrail) return undefined;
    const out = await source.keyEvents(account, new Date(Date.parse(report.generatedAt) - 60_000), signal);
    if (!out.ok) return undefined;
    return new Set(out.value.filter((r) => r.eventName === 'CreateAccessKey' && r.userName).map((r) => r.userName!));
  }

  return {
    /** The report (when allowed and available) and whether it can be trusted to skip users. */
    async read(account: AccountSpec, signal: AbortSignal): Promise<{ report?: KeyHolders; trusted?: TrustedReport; stored: Promise<unknown> }> {
      const { report, stored } = await keyHolders(account, signal);
      if (!report) return { stored };
      const extra = await createdSince(account, report, signal);
      return { report, stored, ...(extra ? { trusted: { holders: new Set(report.holders), known: new Set(report.users), extra } } : {}) };
    },

    /**
     * The users to walk instead of ListUsers, or undefined to page through ListUsers. The report
     * stands in for ListUsers only when it names every user with its ARN and was made moments ago
     * (so no user is missing from it), or when the checkpoint being resumed was walking this very
     * report. A checkpoint that walked another report is started again: its position means nothing
     * in another list.
     */
    async walk(accountId: string, cp: Checkpoint, keys: KeyRows, report: KeyHolders | undefined, trusted: boolean): Promise<string[] | undefined> {
      const usable = trusted && report?.listsUsers === true ? report : undefined;
      if (cp.fromReport !== undefined && cp.fromReport !== usable?.generatedAt) {
        await checkpoints.clear(accountId, cp);
        delete cp.fromReport;
        delete cp.pageMarker;
        delete cp.expectedUsers;
        Object.assign(cp, checkpoints.fresh());
        keys.clear();
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
    },
  };
}

/** Whether a user's keys must be listed: always without a trusted report. */
export function needsKeys(trusted: TrustedReport | undefined, name: string): boolean {
  return !trusted || trusted.holders.has(name) || !trusted.known.has(name) || trusted.extra.has(name);
}
