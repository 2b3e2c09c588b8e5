/**
 * Use case: look an access key hint up across the configured accounts. Answers from the per-account
 * key index when it can (stale-while-revalidate), scans when it must, adds last use and CloudTrail
 * evidence, decides the verdict in the core, and writes an audit entry. No SDK here: the AWS work is
 * behind the KeySource port.
 */
import { Semaphore } from 'async-mutex';
import { decodeAccountId, describeHint, maskKeyId, parseKeyHint, type ParsedKeyHint } from '../core/key-id';
import type { AccountSpec } from '../core/lookup/accounts';
import { indexAgeSeconds, searchIndexes, type AccountIndex, type IndexHit } from '../core/lookup/key-index';
import { matchTrailRecords, type TrailRecord } from '../core/lookup/trail-events';
import type { AccountFailure, DeletionEvent, KeyMatch, LookupResult } from '../core/lookup/types';
import { decideVerdict, INVALID_HINT_NEXT_STEP } from '../core/lookup/verdict';
import type { AuditLog, Clock, KeyValueStore, Logger } from './ports';

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The AWS side of a lookup (the adapter in src/adapters/aws implements it). */
export interface KeySource {
  listAccounts(signal?: AbortSignal): Promise<{ accounts: AccountSpec[]; failures: AccountFailure[] }>;
  scanAccount(account: AccountSpec, signal: AbortSignal): Promise<Outcome<Omit<AccountIndex, 'builtAt'>>>;
  lastUsed(account: AccountSpec, accessKeyId: string, signal: AbortSignal): Promise<Outcome<KeyMatch['lastUsed']>>;
  keyEvents(account: AccountSpec, since: Date, signal: AbortSignal): Promise<Outcome<TrailRecord[]>>;
  /** Owning account of a full key id through sts:GetAccessKeyInfo. */
  accessKeyAccount(accessKeyId: string, signal: AbortSignal): Promise<Outcome<string>>;
}

export interface LookupSettings {
  accountTimeoutMs: number;
  indexMaxAgeSeconds: number;
  /** Accounts scanned at the same time. */
  accountsInParallel: number;
  cloudTrail: boolean;
  recentDays?: number;
}

export interface LookupDeps {
  source: KeySource;
  store: KeyValueStore;
  clock: Clock;
  settings: LookupSettings;
  audit?: AuditLog;
  logger?: Logger;
}

export interface LookupOptions {
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
  /** Who asked (Slack user id, or the local user for the CLI): for the audit log. */
  actor?: string;
  /** Rescan every account now instead of answering from the index. */
  refresh?: boolean;
}

const NO_ACCOUNTS_REASON = 'no AWS accounts are configured (AWSKEY_ACCOUNTS, AWSKEY_ACCOUNTS_FILE or AWSKEY_ORG_ROLE_NAME)';
const INDEX_TTL_SECONDS = 7 * 86400;
const EVIDENCE_TTL_SECONDS = 300;
const MAX_ENRICHED_MATCHES = 5;
const CLOUDTRAIL_DAYS = 90;
export const storeKeys = {
  index: (accountId: string) => `awskey:lookup:index:${accountId}`,
  /** Small record of when the index was built: lets a process reuse its parsed copy of the index. */
  indexStamp: (accountId: string) => `awskey:lookup:index-stamp:${accountId}`,
  lastUsed: (keyId: string) => `awskey:lookup:last-used:${keyId}`,
  trail: (accountId: string) => `awskey:lookup:trail:${accountId}`,
  keyAccount: (keyId: string) => `awskey:lookup:key-account:${keyId}`,
};

export interface KeyLookup {
  lookup(hint: string, opts?: LookupOptions): Promise<LookupResult>;
  /** Resolves when no background index refresh is running (tests, and the CLI before exit). */
  whenIdle(): Promise<void>;
}

export function createKeyLookup(deps: LookupDeps): KeyLookup {
  const { source, store, clock, settings, logger } = deps;
  const refreshing = new Map<string, Promise<Outcome<AccountIndex>>>();
  // Parsed indexes of this process, reused while the store's stamp says they are current; another
  // replica's refresh changes the stamp. This keeps warm lookups from re-parsing every index.
  const parsed = new Map<string, AccountIndex>();

  async function readIndex(accountId: string): Promise<AccountIndex | undefined> {
    const stamp = await store.get<{ builtAt: string }>(storeKeys.indexStamp(accountId));
    if (!stamp) return undefined;
    const local = parsed.get(accountId);
    if (local && local.builtAt === stamp.builtAt) return local;
    const index = await store.get<AccountIndex>(storeKeys.index(accountId));
    if (index) parsed.set(accountId, index);
    return index;
  }

  async function writeIndex(index: AccountIndex): Promise<void> {
    await store.set(storeKeys.index(index.accountId), index, INDEX_TTL_SECONDS);
    await store.set(storeKeys.indexStamp(index.accountId), { builtAt: index.builtAt }, INDEX_TTL_SECONDS);
    parsed.set(index.accountId, index);
  }

  const withTimeout = (outer: AbortSignal | undefined) => {
    const timeout = AbortSignal.timeout(settings.accountTimeoutMs);
    return { signal: outer ? AbortSignal.any([outer, timeout]) : timeout, timedOut: () => timeout.aborted };
  };
  const timeoutReason = () => `timed out after ${Math.round(settings.accountTimeoutMs / 1000)}s`;

  /** Guards a source call with the per-account timeout; an abort becomes a reason, never a throw. */
  async function bounded<T>(outer: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const t = withTimeout(outer);
    try {
      const out = await run(t.signal);
      if (!out.ok && t.timedOut()) return { ok: false, reason: timeoutReason() };
      return out;
    } catch (err) {
      if (t.timedOut()) return { ok: false, reason: timeoutReason() };
      if (outer?.aborted) return { ok: false, reason: 'cancelled' };
      return { ok: false, reason: err instanceof Error ? err.message : String(err) };
    }
  }

  function scan(account: AccountSpec, outer?: AbortSignal): Promise<Outcome<AccountIndex>> {
    const running = refreshing.get(account.id);
    if (running) return running;
    const job = bounded(outer, (signal) => source.scanAccount(account, signal)).then(async (out): Promise<Outcome<AccountIndex>> => {
      if (!out.ok) return out;
      const index: AccountIndex = { ...out.value, accountName: account.name, builtAt: clock.now().toISOString() };
      await writeIndex(index);
      return { ok: true, value: index };
    });
    const tracked = job.finally(() => refreshing.delete(account.id));
    refreshing.set(account.id, tracked);
    return tracked;
  }

  async function indexFor(account: AccountSpec, opts: LookupOptions): Promise<Outcome<AccountIndex>> {
    if (!opts.refresh) {
      const cached = await readIndex(account.id);
      if (cached) {
        if (indexAgeSeconds(cached, clock.now()) > settings.indexMaxAgeSeconds && !refreshing.has(account.id)) {
          // Stale: answer now, refresh for the next lookup. The background scan has its own timeout.
          void scan(account).then(
            (out) => {
              if (!out.ok) logger?.warn({ accountId: account.id, reason: out.reason }, 'background key index refresh failed');
            },
            (err: unknown) => logger?.error({ accountId: account.id, err }, 'background key index refresh failed'),
          );
        }
        return { ok: true, value: cached };
      }
    }
    return scan(account, opts.signal);
  }

  async function cachedEvidence<T>(key: string, ttl: number, load: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const hit = await store.get<{ v: T }>(key);
    if (hit) return { ok: true, value: hit.v };
    const out = await load();
    if (out.ok) await store.set(key, { v: out.value }, ttl);
    return out;
  }

  async function decodedOwner(hint: ParsedKeyHint, signal?: AbortSignal): Promise<{ accountId?: string; note?: string }> {
    if (!hint.fullId) return {};
    const offline = decodeAccountId(hint.fullId);
    if (offline) return { accountId: offline };
    const out = await cachedEvidence(storeKeys.keyAccount(hint.fullId), INDEX_TTL_SECONDS, () =>
      bounded(signal, (s) => source.accessKeyAccount(hint.fullId!, s)),
    );
    return out.ok ? { accountId: out.value } : { note: `Owning account not available from sts:GetAccessKeyInfo (${out.reason}).` };
  }

  async function enrich(hit: IndexHit, byId: Map<string, AccountSpec>, enrichLastUsed: boolean, signal?: AbortSignal): Promise<{ match: KeyMatch; note?: string }> {
    const base: KeyMatch = {
      accountId: hit.accountId,
      accountName: hit.accountName,
      userName: hit.key.userName,
      accessKeyId: maskKeyId(hit.key.accessKeyId),
      status: hit.key.status,
      ...(hit.key.createDate ? { createDate: hit.key.createDate } : {}),
    };
    const account = byId.get(hit.accountId);
    if (!enrichLastUsed || !account) return { match: base };
    const ttl = Math.min(EVIDENCE_TTL_SECONDS, Math.max(1, settings.indexMaxAgeSeconds));
    const out = await cachedEvidence(storeKeys.lastUsed(hit.key.accessKeyId), ttl, () => bounded(signal, (s) => source.lastUsed(account, hit.key.accessKeyId, s)));
    if (!out.ok) return { match: base, note: `Last use of ${base.accessKeyId} unknown: ${out.reason}.` };
    return { match: { ...base, ...(out.value ? { lastUsed: out.value } : {}) } };
  }

  async function deletionEvidence(accounts: AccountSpec[], hint: ParsedKeyHint, signal?: AbortSignal): Promise<{ events: DeletionEvent[]; notes: string[] }> {
    const since = new Date(clock.now().getTime() - CLOUDTRAIL_DAYS * 86_400_000);
    const results = await Promise.all(
      accounts.map(async (a) => ({ a, out: await cachedEvidence(storeKeys.trail(a.id), EVIDENCE_TTL_SECONDS, () => bounded(signal, (s) => source.keyEvents(a, since, s))) })),
    );
    const records = results.flatMap((r) => (r.out.ok ? r.out.value : []));
    const notes = results.flatMap((r) => (r.out.ok ? [] : [`No CloudTrail evidence from ${r.a.name} (${r.a.id}): ${r.out.reason}.`]));
    return { events: matchTrailRecords(records, hint), notes };
  }

  function finish(result: LookupResult, actor: string | undefined): LookupResult {
    deps.audit?.record({
      at: clock.now().toISOString(),
      actor: actor ?? 'unknown',
      action: 'aws-key-lookup',
      detail: { hint: result.hint, verdict: result.verdict, scanned: result.accounts.scanned, failed: result.accounts.failed.map((f) => f.accountId), matches: result.matches.map((m) => `${m.accountId}/${m.accessKeyId}`) },
    });
    return result;
  }

  return {
    whenIdle: async () => {
      while (refreshing.size > 0) await Promise.allSettled([...refreshing.values()]);
    },

    async lookup(text, opts = {}) {
      const parsed = parseKeyHint(text);
      const empty = { matches: [], accounts: { scanned: 0, failed: [] }, deletionEvents: [], indexAgeSeconds: 0 };
      if (!parsed.ok) {
        const hint = parsed.reason === 'looks-like-secret' ? '[secret refused]' : '[unreadable]';
        return finish({ hint, verdict: 'invalid-hint', ...empty, explanation: parsed.message, nextStep: INVALID_HINT_NEXT_STEP, refused: parsed.reason === 'looks-like-secret' }, opts.actor);
      }
      const hint = parsed.hint;
      const shown = describeHint(hint);
      if (hint.kind === 'temporary') {
        const v = decideVerdict({ hint, matches: [], scanned: 0, failed: [], configuredAccountIds: [], deletionEvents: [], now: clock.now() });
        return finish({ hint: shown, ...empty, ...v }, opts.actor);
      }

      const { accounts: configured, failures: listed } = await source.listAccounts(opts.signal);
      // Nothing to scan must never read as "not found".
      const listFailures = configured.length === 0 && listed.length === 0 ? [{ accountId: '-', reason: NO_ACCOUNTS_REASON }] : listed;
      const notes: string[] = [];
      const owner = await decodedOwner(hint, opts.signal);
      if (owner.note) notes.push(owner.note);
      const ownerConfigured = owner.accountId !== undefined && configured.some((a) => a.id === owner.accountId);
      // A full id whose owner is known needs only that account scanned.
      const targets = ownerConfigured ? configured.filter((a) => a.id === owner.accountId) : owner.accountId !== undefined ? [] : configured;

      const gate = new Semaphore(Math.max(1, settings.accountsInParallel));
      let done = 0;
      const outcomes = await Promise.all(
        targets.map((account) =>
          gate.runExclusive(async () => {
            const out = await indexFor(account, opts);
            opts.onProgress?.({ done: ++done, total: targets.length });
            return { account, out };
          }),
        ),
      );
      const indexes = outcomes.flatMap((o) => (o.out.ok ? [o.out.value] : []));
      const failed: AccountFailure[] = [
        ...listFailures,
        ...outcomes.flatMap((o) => (o.out.ok ? [] : [{ accountId: o.account.id, accountName: o.account.name, reason: o.out.reason }])),
      ];
      const now = clock.now();
      const age = indexes.reduce((max, i) => Math.max(max, indexAgeSeconds(i, now)), 0);

      if (age > settings.indexMaxAgeSeconds) {
        notes.push(`Answered from a key index ${Math.round(age / 60)} min old; a rescan is running in the background (look again shortly, or use --refresh).`);
      }
      const hits = searchIndexes(indexes, hint);
      const byId = new Map(configured.map((a) => [a.id, a] as const));
      const enriched = await Promise.all(hits.map((h) => enrich(h, byId, hits.length <= MAX_ENRICHED_MATCHES, opts.signal)));
      const matches = enriched.map((e) => e.match);
      notes.push(...enriched.flatMap((e) => (e.note ? [e.note] : [])));

      let deletionEvents: DeletionEvent[] = [];
      const wantTrail = settings.cloudTrail && (matches.length === 0 || (matches.length === 1 && matches[0]!.status === 'Inactive'));
      if (wantTrail) {
        const scannedOk = new Set(indexes.map((i) => i.accountId));
        const trailAccounts = matches.length === 1 ? targets.filter((a) => a.id === matches[0]!.accountId) : targets.filter((a) => scannedOk.has(a.id));
        const evidence = await deletionEvidence(trailAccounts, hint, opts.signal);
        deletionEvents = evidence.events;
        notes.push(...evidence.notes);
      }

      const v = decideVerdict({
        hint,
        matches,
        scanned: indexes.length,
        failed,
        configuredAccountIds: configured.map((a) => a.id),
        decodedAccountId: owner.accountId,
        deletionEvents,
        now,
        recentDays: settings.recentDays,
      });
      return finish(
        {
          hint: shown,
          ...v,
          matches,
          accounts: { scanned: indexes.length, failed },
          ...(owner.accountId ? { decodedAccountId: owner.accountId } : {}),
          deletionEvents,
          indexAgeSeconds: age,
          ...(notes.length ? { notes } : {}),
        },
        opts.actor,
      );
    },
  };
}
