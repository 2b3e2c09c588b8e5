/**
 * Use case: look an access key hint up across the configured accounts. Answers from the per-account
 * key index when it can (stale-while-revalidate), scans when it must, adds last use and CloudTrail
 * evidence, decides the verdict in the core, and writes an audit entry. No SDK here: the AWS work is
 * behind the KeySource port.
 */
import { Semaphore } from 'async-mutex';
import { setMaxListeners } from 'node:events';
import { decodeAccountId, describeHint, keyIdMatchesHint, maskKeyId, oddCharsNote, parseKeyHint, type ParsedKeyHint } from '../core/key-id';
import type { AccountSpec } from '../core/lookup/accounts';
import { indexAgeSeconds, searchIndexes, type AccountIndex, type IndexHit } from '../core/lookup/key-index';
import { matchTrailRecords, pendingKeysFromTrail, type KeyEventName, type TrailRecord } from '../core/lookup/trail-events';
import type { AccountFailure, DeletionEvent, KeyMatch, LookupResult } from '../core/lookup/types';
import { decideVerdict, INVALID_HINT_NEXT_STEP } from '../core/lookup/verdict';
import type { AuditLog, Clock, KeyValueStore, Logger } from './ports';
import { pause } from './pause';
import { createAccountScanner, STOPPING_REASON, usersScanned, type AccountScanner, type ProgressCache, type ScanFailureRecord, type ScanResult } from './scan-account';
import type { KeySource, Outcome } from './scan-source';

export type { KeySource, Outcome } from './scan-source';

export interface LookupSettings {
  /** An account fails when no call of its scan succeeds for this long (progress deadline). */
  accountTimeoutMs: number;
  indexMaxAgeSeconds: number;
  /** Accounts scanned at the same time (0: all at once; each account is paced by its own budget). */
  accountsInParallel: number;
  /** ListAccessKeys calls in flight per account. */
  accountConcurrency?: number;
  cloudTrail: boolean;
  credentialReport?: boolean;
  /** How long a lookup waits for running scans before answering with what it has. */
  lookupWaitMs?: number;
  /** How long an account's scan lease lasts without renewal. */
  scanLeaseMs?: number;
  /**
   * Start scans in the background for stale indexes and due retries (the bot). A one-shot CLI
   * process turns this off: it would stop them at exit; the bot's refresher or --refresh does it.
   */
  backgroundScans?: boolean;
  recentDays?: number;
}

export interface LookupDeps {
  source: KeySource;
  store: KeyValueStore;
  clock: Clock;
  settings: LookupSettings;
  audit?: AuditLog;
  logger?: Logger;
  /** This process as a lease owner (replicas sharing Redis); a random id by default. */
  owner?: string;
  /** Share a scanner with the refresher. */
  scanner?: AccountScanner;
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
/**
 * How long a lookup that found its key waits for an account's deletions (one LookupEvents query, under a second when
 * CloudTrail answers): past it the account is named as not read, rather than holding a found key's answer for the
 * whole account deadline (60 s by default).
 */
const DELETIONS_WAIT_MS = 5_000;
const DEFAULT_LOOKUP_WAIT_MS = 120_000;
/** How often a lookup looks at the store while another replica scans an account it needs. */
const REPLICA_POLL_MS = 250;
/** How often a lookup searches the pages a running scan has checkpointed (every 100 users listed). */
const PROGRESS_POLL_MS = 500;
/**
 * A lookup answers from a running scan's partial index only after waiting this long: a short scan
 * (a small account) answers complete instead of racing a poll that lands just before its last page.
 */
const PARTIAL_ANSWER_AFTER_MS = 1_500;
export const storeKeys = {
  lastUsed: (keyId: string) => `awskey:lookup:last-used:${keyId}`,
  trail: (accountId: string) => `awskey:lookup:trail:${accountId}`,
  /** Only the account's DeleteAccessKey events (what a partial hint with a listed key needs). */
  trailDeletions: (accountId: string) => `awskey:lookup:trail-deletions:${accountId}`,
  keyAccount: (keyId: string) => `awskey:lookup:key-account:${keyId}`,
};

/** When a failed account's scan is retried (in the background): 30 s, doubling, at most an hour. */
export function retryDueAt(failure: ScanFailureRecord): number {
  return Date.parse(failure.at) + Math.min(3600_000, 30_000 * 2 ** Math.min(10, Math.max(0, failure.failures - 1)));
}

export interface KeyLookup {
  lookup(hint: string, opts?: LookupOptions): Promise<LookupResult>;
  readonly scanner: AccountScanner;
  /** This process as a lease owner. */
  readonly owner: string;
  /** Scans one account now (the refresher; deduplicated with lookups in this process). */
  scanAccount(account: AccountSpec, signal?: AbortSignal, due?: () => Promise<boolean>): Promise<ScanResult>;
  /** Resolves when no background index refresh is running (tests, and the CLI before exit). */
  whenIdle(): Promise<void>;
  /** Stops background scans (their checkpoints stay in the store for the next run). */
  close(): Promise<void>;
}

interface AccountAnswer {
  account: AccountSpec;
  index?: AccountIndex;
  failure?: string;
}

export function createKeyLookup(deps: LookupDeps): KeyLookup {
  const { source, store, clock, settings, logger } = deps;
  const owner = deps.owner ?? `awskey-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const scanner =
    deps.scanner ??
    createAccountScanner({
      source,
      store,
      clock,
      owner,
      logger,
      settings: { stallMs: settings.accountTimeoutMs, accountConcurrency: settings.accountConcurrency ?? 8, credentialReport: settings.credentialReport ?? true, cloudTrail: settings.cloudTrail, ...(settings.scanLeaseMs ? { leaseMs: settings.scanLeaseMs } : {}) },
    });
  const running = new Map<string, Promise<ScanResult>>();
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per account being scanned

  /** One scan per account in this process at a time; it runs to its end even when a lookup stops waiting. */
  function scan(account: AccountSpec, signal?: AbortSignal, due?: () => Promise<boolean>): Promise<ScanResult> {
    const current = running.get(account.id);
    if (current) return current;
    const job = scanner
      .scan(account, { signal: signal ? AbortSignal.any([signal, closing.signal]) : closing.signal, ...(due ? { due } : {}) })
      .catch((err: unknown): ScanResult => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }))
      .finally(() => running.delete(account.id));
    running.set(account.id, job);
    return job;
  }

  function background(account: AccountSpec, why: string): void {
    if (settings.backgroundScans === false || running.has(account.id)) return;
    void scan(account).then((out) => {
      if (!out.ok && !out.busy) logger?.warn({ accountId: account.id, reason: out.reason, why }, 'background key index scan failed');
    });
  }

  /** Guards an evidence call with the account deadline (or a shorter `waitMs`); an abort becomes a reason, never a throw. */
  async function bounded<T>(outer: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<Outcome<T>>, waitMs = settings.accountTimeoutMs): Promise<Outcome<T>> {
    const timeoutReason = () => `no answer within ${Math.round(waitMs / 1000)}s`;
    const timeout = AbortSignal.timeout(waitMs);
    const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
    try {
      const out = await run(signal);
      if (!out.ok && timeout.aborted) return { ok: false, reason: timeoutReason() };
      return out;
    } catch (err) {
      if (timeout.aborted) return { ok: false, reason: timeoutReason() };
      if (outer?.aborted) return { ok: false, reason: 'cancelled' };
      return { ok: false, reason: err instanceof Error ? err.message : String(err) };
    }
  }

  const failedAnswer = (account: AccountSpec, index: AccountIndex | undefined, reason: string): AccountAnswer => ({ account, ...(index ? { index } : {}), failure: reason });

  /** What a finished (or failed) scan gives a lookup. */
  const fromScan = (account: AccountSpec, out: ScanResult): AccountAnswer =>
    out.ok ? { account, index: out.index } : failedAnswer(account, out.partial, out.reason);

  /**
   * Waits for a scan (ours, or another replica's through the store) until `deadline`; a scan still
   * running then goes on in the background and the account is named as not finished yet. Pages the
   * scan has done are searchable meanwhile: a hit there answers for the account at once, with the
   * part still missing named.
   */
  async function awaitScan(account: AccountSpec, deadline: number, opts: LookupOptions, hint: ParsedKeyHint): Promise<AccountAnswer> {
    const since = clock.now().toISOString();
    const started = Date.now();
    const seen: ProgressCache = { match: (keyId) => keyIdMatchesHint(keyId, hint), chunks: new Map() };
    const progress = () => scanner.readProgress(account, seen).catch(() => undefined);
    const partialHit = async (): Promise<AccountAnswer | undefined> => {
      if (Date.now() - started < PARTIAL_ANSWER_AFTER_MS) return undefined;
      const p = await progress();
      // Every user scanned (by the report's count): only the index write is left, so wait for it.
      if (!p || (p.expectedUsers !== undefined && p.users >= p.expectedUsers)) return undefined;
      return searchIndexes([p.index], hint).length > 0 ? failedAnswer(account, p.index, p.index.partial!.reason) : undefined;
    };
    /** The account as far as it got when the lookup stops waiting: its scanned part, the rest named. */
    const notYet = async (why: string): Promise<AccountAnswer> => {
      const p = await progress();
      const index = p?.index ?? (await scanner.readIndex(account.id));
      const got = p ? ` (${usersScanned(p.users, p.expectedUsers)} so far)` : index?.partial ? ` (${index.partial.scannedUsers} users so far)` : '';
      // A one-shot process (the CLI) stops its scans when it exits; their checkpoints stay for the next lookup.
      const then = settings.backgroundScans === false ? 'its progress is kept and the next lookup resumes it' : 'it goes on in the background, look again shortly';
      return failedAnswer(account, index, `${why}${got}; ${then}`);
    };
    const waiting = () => Date.now() < deadline && !opts.signal?.aborted;
    // One signal ends this lookup's timers when it stops waiting: they must not keep a CLI process alive.
    const stopWaiting = new AbortController();
    const waitSignal = opts.signal ? AbortSignal.any([opts.signal, stopWaiting.signal]) : stopWaiting.signal;
    try {
      for (;;) {
        const job = scan(account, opts.signal);
        let out: ScanResult | undefined;
        while (!out && waiting()) {
          out = await Promise.race([job, pause(Math.max(0, Math.min(PROGRESS_POLL_MS, deadline - Date.now())), waitSignal).then(() => undefined)]);
          if (!out) {
            const hit = await partialHit();
            if (hit) return hit;
          }
        }
        if (out && (out.ok || !out.busy)) return fromScan(account, out);
        if (!out) return await notYet(`scan still running after ${Math.round((Date.now() - started) / 1000)}s`);
        // Another replica holds the account: wait for its index or failure in the store, or take over
        // when its lease lapses (the replica died; its checkpoint is resumed).
        while (waiting()) {
          await pause(REPLICA_POLL_MS, waitSignal);
          const index = await scanner.readIndex(account.id);
          if (index && !index.partial && index.builtAt >= since) return { account, index };
          const failure = await scanner.lastFailure(account.id);
          if (failure && failure.at >= since) return failedAnswer(account, index, failure.reason);
          const hit = await partialHit();
          if (hit) return hit;
          if (!(await scanner.heldElsewhere(account.id))) break;
        }
        if (!waiting()) return await notYet(out.ok ? 'scanned elsewhere; no result yet' : out.reason);
      }
    } finally {
      stopWaiting.abort();
    }
  }

  /**
   * The account's whole index when the scan behind a partial answer has finished since (a whole index is
   * stamped when its scan ends, a partial one when its scan began), else the answer as it was.
   */
  async function finishedSince(answer: AccountAnswer): Promise<AccountAnswer> {
    const index = await scanner.readIndex(answer.account.id).catch(() => undefined);
    return index && !index.partial && index.builtAt >= answer.index!.builtAt ? { account: answer.account, index } : answer;
  }

  async function answerFor(account: AccountSpec, deadline: number, opts: LookupOptions, hint: ParsedKeyHint): Promise<AccountAnswer> {
    if (opts.refresh) return awaitScan(account, deadline, opts, hint);
    const index = await scanner.readIndex(account.id);
    if (index && !index.partial) {
      if (indexAgeSeconds(index, clock.now()) > settings.indexMaxAgeSeconds) background(account, 'stale index');
      return { account, index };
    }
    // A failed account is retried in the background with backoff, never on the lookup's path. A one-shot process
    // (the CLI) has no background: it scans the failed account again on each run, in parallel with the others and
    // within this lookup's one deadline, so a fixed setup answers on the next run and an organization that still
    // fails costs one wait, not one per account (review 35b R35b-4; serving the stored failure until a backoff was
    // due kept a fixed setup's old failure, QA35 N12).
    const failure = await scanner.lastFailure(account.id);
    if (failure && settings.backgroundScans !== false) {
      if (clock.now().getTime() >= retryDueAt(failure)) background(account, 'retry after failure');
      return failedAnswer(account, index, `${failure.reason} (last scan ${failure.at.slice(0, 19)}Z; retried in the background)`);
    }
    return awaitScan(account, deadline, opts, hint);
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
      ...(hit.key.pending ? { pending: true } : {}),
    };
    const account = byId.get(hit.accountId);
    if (!enrichLastUsed || !account) return { match: base };
    const ttl = Math.min(EVIDENCE_TTL_SECONDS, Math.max(1, settings.indexMaxAgeSeconds));
    const out = await cachedEvidence(storeKeys.lastUsed(hit.key.accessKeyId), ttl, () => bounded(signal, (s) => source.lastUsed(account, hit.key.accessKeyId, s)));
    // A key known only from CloudTrail that IAM does not answer for yet stays "pending", without a note.
    if (!out.ok) return hit.key.pending ? { match: base } : { match: base, note: `Last use of ${base.accessKeyId} unknown: ${out.reason}.` };
    // IAM answered for it: the key is listed now, whatever CloudTrail said first.
    const { pending: _known, ...listed } = base;
    return { match: { ...listed, ...(out.value ? { lastUsed: out.value } : {}) } };
  }

  /**
   * An account's CloudTrail key events: all of them, or (`deletionsOnly`) its DeleteAccessKey events alone, one paced
   * LookupEvents query instead of three (2 per second per account), answered from the whole read when it is cached.
   */
  async function trailRecords(account: AccountSpec, since: Date, deletionsOnly: boolean, signal?: AbortSignal): Promise<Outcome<TrailRecord[]>> {
    const load = (names?: readonly KeyEventName[], waitMs?: number) => () => bounded(signal, (s) => source.keyEvents(account, since, s, names), waitMs);
    if (!deletionsOnly) return cachedEvidence(storeKeys.trail(account.id), EVIDENCE_TTL_SECONDS, load());
    const whole = await store.get<{ v: TrailRecord[] }>(storeKeys.trail(account.id));
    if (whole) return { ok: true, value: whole.v };
    return cachedEvidence(storeKeys.trailDeletions(account.id), EVIDENCE_TTL_SECONDS, load(['DeleteAccessKey'], Math.min(settings.accountTimeoutMs, DELETIONS_WAIT_MS)));
  }

  /**
   * CloudTrail's key events in `accounts` (all of them in `whole`, deletions alone elsewhere), read in parallel, each
   * bounded by the account deadline; events of `listed` keys' deletions are left out (the index lists them). An account
   * whose CloudTrail cannot be read is named with its reason (its IAM part stands).
   */
  async function deletionEvidence(
    accounts: AccountSpec[],
    hint: ParsedKeyHint,
    opts: { whole: (a: AccountSpec) => boolean; listed?: Set<string>; signal?: AbortSignal },
  ): Promise<{ events: DeletionEvent[]; failures: AccountFailure[]; pending: Omit<KeyMatch, 'accountName'>[] }> {
    const since = new Date(clock.now().getTime() - CLOUDTRAIL_DAYS * 86_400_000);
    const results = await Promise.all(accounts.map(async (a) => ({ a, out: await trailRecords(a, since, !opts.whole(a), opts.signal) })));
    const listed = opts.listed ?? new Set<string>();
    const records = results.flatMap((r) => (r.out.ok ? r.out.value : [])).filter((r) => !(r.eventName === 'DeleteAccessKey' && listed.has(r.accessKeyId ?? '')));
    const failures = results.flatMap((r): AccountFailure[] =>
      r.out.ok ? [] : [{ accountId: r.a.id, accountName: r.a.name, part: 'cloudtrail', reason: `no CloudTrail evidence (its IAM keys were all listed): ${r.out.reason}` }],
    );
    return { events: matchTrailRecords(records, hint), failures, pending: pendingKeysFromTrail(records, hint) };
  }

  function finish(answer: LookupResult, actor: string | undefined, hint?: ParsedKeyHint): LookupResult {
    const pastedIdNote = hint && oddCharsNote(hint);
    const result = pastedIdNote ? { ...answer, pastedIdNote } : answer;
    deps.audit?.record({
      at: clock.now().toISOString(),
      actor: actor ?? 'unknown',
      action: 'aws-key-lookup',
      detail: { hint: result.hint, verdict: result.verdict, scanned: result.accounts.scanned, failed: result.accounts.failed.map((f) => f.accountId), matches: result.matches.map((m) => `${m.accountId}/${m.accessKeyId}`) },
    });
    return result;
  }

  return {
    scanner,
    owner,
    scanAccount: (account, signal, due) => scan(account, signal, due),
    whenIdle: async () => {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
    async close() {
      closing.abort(STOPPING_REASON);
      while (running.size > 0) await Promise.allSettled([...running.values()]);
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
        // Nothing to scan, but a full new-format id names the account that issued the session.
        const issuer = hint.fullId ? decodeAccountId(hint.fullId) : undefined;
        const configuredAccountIds = issuer ? ((await source.listAccounts(opts.signal).catch(() => undefined))?.accounts.map((a) => a.id) ?? []) : [];
        const v = decideVerdict({ hint, matches: [], scanned: 0, failed: [], configuredAccountIds, decodedAccountId: issuer, deletionEvents: [], now: clock.now() });
        return finish({ hint: shown, ...empty, ...(issuer ? { decodedAccountId: issuer } : {}), ...v }, opts.actor, hint);
      }

      const deadline = Date.now() + (settings.lookupWaitMs ?? DEFAULT_LOOKUP_WAIT_MS);
      const { accounts: configured, failures: listed } = await source.listAccounts(opts.signal);
      // Nothing to scan must never read as "not found".
      const listFailures = configured.length === 0 && listed.length === 0 ? [{ accountId: '-', reason: NO_ACCOUNTS_REASON }] : listed;
      const notes: string[] = [];
      const owner = await decodedOwner(hint, opts.signal);
      if (owner.note) notes.push(owner.note);
      const ownerConfigured = owner.accountId !== undefined && configured.some((a) => a.id === owner.accountId);
      // A full id whose owner is known needs only that account scanned.
      const targets = ownerConfigured ? configured.filter((a) => a.id === owner.accountId) : owner.accountId !== undefined ? [] : configured;

      const gate = new Semaphore(settings.accountsInParallel > 0 ? settings.accountsInParallel : Math.max(1, targets.length));
      let done = 0;
      const answered = await Promise.all(
        targets.map((account) =>
          gate.runExclusive(async () => {
            const answer = await answerFor(account, deadline, opts, hint);
            opts.onProgress?.({ done: ++done, total: targets.length });
            return answer;
          }),
        ),
      );
      // An account answered early from its partial index (a hit while its scan ran) may have finished
      // while the others were awaited: then its whole index answers, and it is not named unfinished.
      const outcomes = await Promise.all(answered.map((o) => (o.index?.partial ? finishedSince(o) : o)));
      const indexes = outcomes.flatMap((o) => (o.index ? [o.index] : []));
      const complete = indexes.filter((i) => !i.partial);
      const failed: AccountFailure[] = [...listFailures, ...outcomes.flatMap((o) => (o.failure ? [{ accountId: o.account.id, accountName: o.account.name, reason: o.failure }] : []))];
      const now = clock.now();
      const age = complete.reduce((max, i) => Math.max(max, indexAgeSeconds(i, now)), 0);

      if (age > settings.indexMaxAgeSeconds) {
        const next = settings.backgroundScans === false ? 'use --refresh to rescan now' : 'a rescan is running in the background (look again shortly, or use --refresh)';
        notes.push(`Answered from a key index ${Math.round(age / 60)} min old; ${next}.`);
      }
      const hits = searchIndexes(indexes, hint);
      const byId = new Map(configured.map((a) => [a.id, a] as const));
      const scannedOk = new Set(indexes.map((i) => i.accountId));
      const read = targets.filter((a) => scannedOk.has(a.id));
      const inactive = hits.length === 1 && hits[0]!.key.status === 'Inactive' ? hits[0]!.accountId : undefined;
      // Nothing listed: every account read, whole. One key listed: its deactivation (UpdateAccessKey) in its account when
      // Inactive, and for a partial hint the deletions of other keys ending the same in every account read (QA38 F11:
      // "AKIA...AITT" fit a working key in dev and a key deleted in sec). Several listed: ambiguous already.
      const trailAccounts = !settings.cloudTrail || hits.length > 1 ? [] : hits.length === 0 || !hint.fullId ? read : read.filter((a) => a.id === inactive);
      // Last use and CloudTrail are asked at once: a lookup waits for the slower, not for both in turn.
      const [enriched, evidence] = await Promise.all([
        Promise.all(hits.map((h) => enrich(h, byId, hits.length <= MAX_ENRICHED_MATCHES, opts.signal))),
        trailAccounts.length > 0
          ? deletionEvidence(trailAccounts, hint, { whole: (a) => hits.length === 0 || a.id === inactive, listed: new Set(hits.map((h) => h.key.accessKeyId)), signal: opts.signal })
          : undefined,
      ]);
      const matches = enriched.map((e) => e.match);
      notes.push(...enriched.flatMap((e) => (e.note ? [e.note] : [])));
      const deletionEvents: DeletionEvent[] = evidence?.events ?? [];
      if (evidence) {
        // An account already named (its IAM part failed) is not named twice.
        const named = new Set(failed.map((f) => f.accountId));
        failed.push(...evidence.failures.filter((f) => !named.has(f.accountId)));
        // IAM is eventually consistent: a key created seconds ago may be in CloudTrail before ListAccessKeys shows it.
        if (matches.length === 0) {
          for (const p of evidence.pending) matches.push({ ...p, accountName: byId.get(p.accountId)?.name ?? p.accountId });
        }
      }

      const v = decideVerdict({
        hint,
        matches,
        scanned: complete.length,
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
          accounts: { scanned: complete.length, failed },
          ...(owner.accountId ? { decodedAccountId: owner.accountId } : {}),
          deletionEvents,
          indexAgeSeconds: age,
          ...(notes.length ? { notes } : {}),
        },
        opts.actor,
        hint,
      );
    },
  };
}
