/**
 * Ports the use cases receive. Adapters implement them; tests pass real adapters on loopback.
 */
import type { CaseKey, CaseState } from '../core/conversation/types';
import type { LookupResult } from '../core/lookup/types';

/** A clock passed in, so the core and the use cases never read the time themselves. */
export interface Clock {
  now(): Date;
}

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/**
 * Durable key-value store shared by cases, the key index and event de-duplication.
 * Embedded (single process, file under AWSKEY_DATA_DIR) or Redis (several replicas).
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  /** Store only when the key is absent; true when this call stored it (used for event de-dupe). */
  setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean>;
  /**
   * Atomic read-modify-write: `fn` may run more than once under contention and must be pure.
   * Returning undefined deletes nothing and leaves the value unchanged. Never loses a concurrent update.
   */
  update<T>(key: string, fn: (current: T | undefined) => T | undefined, ttlSeconds?: number): Promise<T | undefined>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface CaseStore {
  get(key: CaseKey): Promise<CaseState | undefined>;
  /** Atomic update of one case (see KeyValueStore.update). */
  update(key: CaseKey, fn: (current: CaseState | undefined) => CaseState | undefined): Promise<CaseState | undefined>;
}

/** Looks a key hint up across the configured accounts (the AWS adapter implements it). */
export interface KeyDirectory {
  lookup(
    hint: string,
    opts?: { onProgress?: (p: { done: number; total: number }) => void; signal?: AbortSignal; actor?: string /* for the audit log */ },
  ): Promise<LookupResult>;
}

export interface AuditLog {
  record(entry: { at: string; actor: string; action: string; detail: Record<string, unknown> }): void;
}
