/**
 * Cases on top of any KeyValueStore. Every update rewrites the TTL, so a case expires only after
 * `ttlSeconds` without activity (idle expiry), however long it has been open.
 */
import type { CaseKey, CaseState } from '../../core/conversation/types';
import type { CaseStore, KeyValueStore } from '../../usecases/ports';

export function caseStoreKey(key: CaseKey): string {
  // Encoded so a ':' inside a channel or thread id can never make two cases share a key.
  return `case:${encodeURIComponent(key.channel)}:${encodeURIComponent(key.thread)}`;
}

export function createCaseStore(kv: KeyValueStore, ttlSeconds: number): CaseStore {
  return {
    get: (key) => kv.get<CaseState>(caseStoreKey(key)),
    update: (key, fn) => kv.update<CaseState>(caseStoreKey(key), fn, ttlSeconds),
  };
}
