/** The messages between the main thread and a scan worker (scan-workers.ts, scan-worker.ts). */
import type { Config } from '../../config';
import type { AccountSpec } from '../../core/lookup/accounts';
import type { ClientSettings } from './clients';
import type { SourceTuning } from './key-source';

/** A worker's configuration (plain data: it is copied into the thread). */
export interface WorkerSetup {
  aws: Config['aws'];
  clients: ClientSettings;
  tuning: SourceTuning;
}

/** The KeySource calls a worker answers: one account's IAM and CloudTrail work. */
export type WorkerMethod = 'connect' | 'listUsers' | 'listKeys' | 'keyHolders' | 'lastUsed' | 'keyEvents';

export type ToWorker =
  | { type: 'call'; id: number; method: WorkerMethod; account: AccountSpec; arg?: unknown }
  | { type: 'abort'; id: number };

export interface WireFailure {
  reason: string;
  kind?: 'final' | 'passing' | 'cancelled';
  code?: string;
}

export type ToMain =
  | { type: 'ready' }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; failure: WireFailure }
  | { type: 'retrying'; id: number; reason: string }
  | { type: 'queued'; id: number; waiting: boolean };
