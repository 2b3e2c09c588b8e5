/**
 * Page-by-page checkpoints of an account's scan in the store: the ListUsers Marker (or the report
 * being walked), the position in the page, and the keys found so far in chunks. A failure, a
 * restart or another replica resumes from them, and lookups search them while the scan runs.
 */
import { buildIndex, keyOf, keyRows, keysOf, toRows, type AccountIndex, type IndexedKey, type KeyRow, type KeyRows } from '../core/lookup/key-index';
import type { AccountSpec } from '../core/lookup/accounts';
import type { Clock, KeyValueStore } from './ports';
import { scanKeys } from './scan-store-keys';

export const CHECKPOINT_TTL_SECONDS = 86_400;

export interface Checkpoint {
  run: string;
  startedAt: string;
  /** The Marker that fetches the page being worked on (absent: the first page). */
  pageMarker?: string;
  /** Users of that page already done. */
  offset: number;
  chunks: number;
  users: number;
  /** Users in the account when the scan began, when known (the credential report lists them). */
  expectedUsers?: number;
  /** The scan walks the users of this credential report (its generatedAt) instead of ListUsers pages. */
  fromReport?: string;
}

interface Chunk {
  names: string[];
  rows: KeyRow[];
}

/** How far a running (or interrupted) scan got: the keys of the users scanned so far. */
export interface ScanProgress {
  /** A partial index of the users scanned so far (searchable at once; read with a cache: its keys only). */
  index: AccountIndex;
  users: number;
  expectedUsers?: number;
}

/**
 * One lookup's view of a running scan: only the keys it looks for (`match` on the key id) are kept
 * from each chunk read (chunks never change once written; keyed by run and number). A lookup polls
 * every account of a cold scan, so keeping whole chunks would hold a second copy of every key.
 */
export interface ProgressCache {
  match: (keyId: string) => boolean;
  chunks: Map<string, IndexedKey[]>;
}
/** The last partial index readProgress built for a cache, and the checkpoint it was built from. */
const builtProgress = new WeakMap<ProgressCache, { at: string; progress: ScanProgress }>();

/** "120 of 1000 users scanned" (or "120 users scanned" when the total is not known). */
export function usersScanned(users: number, expected?: number): string {
  return expected !== undefined && expected >= users ? `${users} of ${expected} users scanned` : `${users} users scanned`;
}

export function createCheckpoints(store: KeyValueStore, clock: Clock) {
  /**
   * The keys of a checkpoint's chunks (with a cache: only those it matches); undefined when one is
   * gone (the scan finished and cleared them).
   */
  async function chunkKeys(accountId: string, cp: Checkpoint, cache?: ProgressCache): Promise<IndexedKey[] | undefined> {
    const keys: IndexedKey[] = [];
    for (let n = 0; n < cp.chunks; n++) {
      const id = `${cp.run}:${n}`;
      let got = cache?.chunks.get(id);
      if (!got) {
        const chunk = await store.get<Chunk>(scanKeys.chunk(accountId, cp.run, n));
        if (!chunk) return undefined;
        got = cache ? chunk.rows.filter((r) => cache.match(r[0])).map((r) => keyOf(chunk, r)) : keysOf(chunk);
        cache?.chunks.set(id, got);
      }
      keys.push(...got);
    }
    return keys;
  }

  function fresh(): Checkpoint {
    const now = clock.now().toISOString();
    return { run: now.replace(/[^0-9]/g, ''), startedAt: now, offset: 0, chunks: 0, users: 0 };
  }

  return {
    fresh,

    /** The account's checkpoint and the keys found before it (as rows), or a fresh start. */
    async load(accountId: string): Promise<{ cp: Checkpoint; keys: KeyRows }> {
      const cp = await store.get<Checkpoint>(scanKeys.checkpoint(accountId));
      const found = cp && (await chunkKeys(accountId, cp));
      const keys = keyRows();
      if (!cp || !found) return { cp: fresh(), keys };
      keys.add(found);
      return { cp, keys };
    },

    /** Saves one chunk of keys, then the checkpoint that counts it. */
    async saveChunk(accountId: string, cp: Checkpoint, n: number, keys: IndexedKey[]): Promise<void> {
      await store.set(scanKeys.chunk(accountId, cp.run, n), toRows(keys), CHECKPOINT_TTL_SECONDS);
      await store.set(scanKeys.checkpoint(accountId), cp, CHECKPOINT_TTL_SECONDS);
    },

    save: (accountId: string, cp: Checkpoint) => store.set(scanKeys.checkpoint(accountId), cp, CHECKPOINT_TTL_SECONDS),

    /** Removes the checkpoint and its chunks (issued together: one commit on the embedded store). */
    async clear(accountId: string, cp: Checkpoint): Promise<void> {
      await Promise.all([store.delete(scanKeys.checkpoint(accountId)), ...Array.from({ length: cp.chunks }, (_, n) => store.delete(scanKeys.chunk(accountId, cp.run, n)))]);
    },

    async readProgress(account: Pick<AccountSpec, 'id' | 'name'>, cache?: ProgressCache): Promise<ScanProgress | undefined> {
      const cp = await store.get<Checkpoint>(scanKeys.checkpoint(account.id));
      if (!cp) return undefined;
      // A lookup polls every account's progress twice a second: the partial index is built again
      // only when the checkpoint moved (a chunk is about 100 users, seconds apart), not per poll.
      const at = `${cp.run}:${cp.chunks}:${cp.users}:${cp.expectedUsers ?? ''}`;
      const memo = cache && builtProgress.get(cache);
      if (memo?.at === at) return memo.progress;
      const keys = await chunkKeys(account.id, cp, cache);
      if (!keys) return undefined;
      const reason = `scan still running: ${usersScanned(cp.users, cp.expectedUsers)} so far`;
      const index = buildIndex({ accountId: account.id, accountName: account.name, users: cp.users, builtAt: cp.startedAt, partial: { scannedUsers: cp.users, reason } }, keys);
      const progress = { index, users: cp.users, ...(cp.expectedUsers !== undefined ? { expectedUsers: cp.expectedUsers } : {}) };
      if (cache) builtProgress.set(cache, { at, progress });
      return progress;
    },
  };
}

export type Checkpoints = ReturnType<typeof createCheckpoints>;
