/**
 * The AWS side of key lookups and scans, as a port (src/adapters/aws/key-source.ts implements it).
 * Scans are driven page by page from the use case, so it can checkpoint, watch progress and keep
 * a partial index; the adapter paces, times out and retries each call.
 */
import type { AccountSpec } from '../core/lookup/accounts';
import type { IndexedKey } from '../core/lookup/key-index';
import type { KeyEventName, TrailRecord } from '../core/lookup/trail-events';
import type { AccountFailure, KeyMatch } from '../core/lookup/types';

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Why a source call ended without an answer. `final`: denied or invalid, retrying will not help;
 * `passing`: throttled, timed out or a server error, worth another try later; `cancelled`: the
 * caller's signal ended it.
 */
export class SourceFailure extends Error {
  constructor(
    readonly reason: string,
    readonly kind: 'final' | 'passing' | 'cancelled',
    readonly code?: string,
  ) {
    super(reason);
  }
}

/** What a scan call needs: the account's deadline signal, and a place to say why a call is being retried. */
export interface ScanCall {
  signal: AbortSignal;
  retrying?: (reason: string) => void;
  /** A call waits for this process (its CPU or sockets), not for AWS: not a lack of progress. */
  queued?: (waiting: boolean) => void;
}

export interface UsersPage {
  users: { name: string; createDate?: string }[];
  /** Present when more users follow. */
  marker?: string;
}

/** The IAM credential report reduced to what a scan needs. */
export interface KeyHolders {
  generatedAt: string; // ISO
  /** Users that existed when the report was made. */
  users: string[];
  /** Those of them with a key slot in use (an active or inactive key). */
  holders: string[];
  /** The report names every user with its ARN, so a scan may walk `users` instead of ListUsers. */
  listsUsers?: boolean;
}

export interface KeySource {
  listAccounts(signal?: AbortSignal): Promise<{ accounts: AccountSpec[]; failures: AccountFailure[] }>;
  /** Assumes the account's role; throws SourceFailure. */
  connect(account: AccountSpec, call: ScanCall): Promise<void>;
  /** One ListUsers page; throws SourceFailure. */
  listUsers(account: AccountSpec, marker: string | undefined, call: ScanCall): Promise<UsersPage>;
  /** Every key of one user ([] when the user no longer exists); throws SourceFailure. */
  listKeys(account: AccountSpec, userName: string, call: ScanCall): Promise<IndexedKey[]>;
  /** The credential report (generated if needed); a failure means "list every user's keys". */
  keyHolders(account: AccountSpec, signal: AbortSignal): Promise<Outcome<KeyHolders>>;
  lastUsed(account: AccountSpec, accessKeyId: string, signal: AbortSignal): Promise<Outcome<KeyMatch['lastUsed']>>;
  /** Key events since `since`: all of KEY_EVENT_NAMES, or only `eventNames` (each name is one paced LookupEvents query). */
  keyEvents(account: AccountSpec, since: Date, signal: AbortSignal, eventNames?: readonly KeyEventName[]): Promise<Outcome<TrailRecord[]>>;
  /** Owning account of a full key id through sts:GetAccessKeyInfo. */
  accessKeyAccount(accessKeyId: string, signal: AbortSignal): Promise<Outcome<string>>;
}
