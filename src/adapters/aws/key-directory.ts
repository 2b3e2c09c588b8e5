/**
 * The KeyDirectory port for the Slack `/awskey` command and `awskey lookup`: wires the AWS key
 * source, the store (key index cache), the clock and the audit log into the lookup use case.
 */
import { setMaxListeners } from 'node:events';
import type { Config } from '../../config';
import { createKeyLookup, type KeyLookup, type LookupOptions } from '../../usecases/lookup-access-key';
import { createRefresher, type TickReport } from '../../usecases/refresh-key-index';
import type { KeySource } from '../../usecases/scan-source';
import type { AuditLog, Clock, KeyDirectory, KeyValueStore, Logger } from '../../usecases/ports';
import { pause } from '../../usecases/pause';
import { STOPPING_REASON } from '../../usecases/scan-account';
import { createAuditLog } from '../logging/audit-log';
import { createAwsClients, type AwsClients } from './clients';
import { createAwsKeySource, tuningFrom, type SourceTuning } from './key-source';
import { withScanWorkers } from './scan-workers';

export interface KeyDirectoryDeps {
  store: KeyValueStore;
  clock?: Clock;
  /** Where every lookup is recorded; defaults to the audit log on `logger`. */
  audit?: AuditLog;
  logger?: Logger;
  /** Prebuilt clients (tests and benchmarks share or count them); made from config otherwise. */
  clients?: AwsClients;
  readFile?: (path: string) => string;
  /** This process as a lease owner when replicas share the store (a random id by default). */
  owner?: string;
  /** False for a one-shot process (the CLI): no background scans that exit would cut short. */
  backgroundScans?: boolean;
  /** Adapter tuning (tests shorten the credential report's polling). */
  tuning?: Partial<SourceTuning>;
}

export type AwsKeyDirectory = KeyDirectory &
  Pick<KeyLookup, 'whenIdle' | 'scanAccount'> & {
    /** The accounts to scan and the source behind them (for the background refresher). */
    source: KeySource;
    lookup(hint: string, opts?: LookupOptions): ReturnType<KeyLookup['lookup']>;
    /** One refresher round now (tests, benchmarks). */
    refreshOnce(signal?: AbortSignal): Promise<TickReport>;
    /**
     * Starts the background refresher (the bot): a round at once, then every
     * min(AWSKEY_TRAIL_SYNC_SECONDS, 60) seconds. Stopped by close().
     */
    startRefresher(): void;
    /** Stops the refresher and background scans (checkpoints stay) and releases the SDK clients (not the store: the caller owns it). */
    close(): Promise<void>;
  };

const systemClock: Clock = { now: () => new Date() };

/** Throws AppError('config') when the accounts settings are invalid (bad ARN, unreadable file). */
export function createKeyDirectory(config: Pick<Config, 'aws'>, deps: KeyDirectoryDeps): AwsKeyDirectory {
  const aws = config.aws;
  const clientSettings = { region: aws.region, maxAttempts: aws.maxAttempts ?? 6, retryMode: aws.retryMode ?? 'adaptive' } as const;
  const clients = deps.clients ?? createAwsClients(clientSettings);
  const tuning = { ...tuningFrom(aws), ...deps.tuning };
  // Many accounts: their AWS calls run on worker threads (scan-workers.ts); given clients stay in use.
  const source = withScanWorkers(createAwsKeySource(aws, clients, { readFile: deps.readFile, tuning }), { aws, clients: clientSettings, tuning }, deps.clients ? { threads: 0 } : aws.scanThreads !== undefined ? { threads: aws.scanThreads } : {});
  const lookup = createKeyLookup({
    source,
    store: deps.store,
    clock: deps.clock ?? systemClock,
    audit: deps.audit ?? (deps.logger ? createAuditLog(deps.logger) : undefined),
    logger: deps.logger,
    owner: deps.owner,
    settings: {
      accountTimeoutMs: aws.accountTimeoutMs,
      indexMaxAgeSeconds: aws.indexMaxAgeSeconds,
      accountsInParallel: aws.scanConcurrency,
      accountConcurrency: aws.accountConcurrency,
      cloudTrail: aws.cloudTrail,
      credentialReport: aws.credentialReport ?? true,
      lookupWaitMs: aws.lookupWaitMs,
      scanLeaseMs: aws.scanLeaseMs,
      backgroundScans: deps.backgroundScans,
      recentDays: aws.recentUseDays,
    },
  });
  const refresher = createRefresher({
    source,
    scanner: lookup.scanner,
    scan: (account, signal, due) => lookup.scanAccount(account, signal, due),
    store: deps.store,
    clock: deps.clock ?? systemClock,
    owner: lookup.owner,
    logger: deps.logger,
    settings: { rescanSeconds: aws.refreshSeconds ?? 3600, trailSyncSeconds: aws.trailSyncSeconds ?? 300, cloudTrail: aws.cloudTrail, concurrency: aws.refreshConcurrency ?? 50 },
  });
  const background = new AbortController();
  setMaxListeners(0, background.signal); // one listener per account a round scans
  let loop: Promise<void> | undefined;
  const runLoop = async () => {
    const everyMs = Math.max(5, Math.min(aws.trailSyncSeconds || 60, 60)) * 1000;
    while (!background.signal.aborted) {
      try {
        await refresher.tick(background.signal);
      } catch (err) {
        if (!background.signal.aborted) deps.logger?.error({ err: err instanceof Error ? err.message : String(err) }, 'key index refresh round failed');
      }
      await pause(everyMs, background.signal);
    }
    await refresher.resign().catch(() => undefined);
  };
  return {
    source,
    refreshOnce: (signal) => refresher.tick(signal),
    startRefresher() {
      loop ??= runLoop();
    },
    lookup: (hint, opts) => lookup.lookup(hint, opts),
    scanAccount: (account, signal, due) => lookup.scanAccount(account, signal, due),
    whenIdle: () => lookup.whenIdle(),
    async close() {
      background.abort(STOPPING_REASON);
      await loop;
      await lookup.close();
      await source.close();
      if (!deps.clients) clients.destroy();
    },
  };
}
