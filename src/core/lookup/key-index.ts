/**
 * The per-account key index: key ids with their owner, status and creation date (never a secret),
 * and when it was built. Searching it is pure and fast (a few thousand ids per account).
 */
import { keyIdMatchesHint, type ParsedKeyHint } from '../key-id';

export interface IndexedKey {
  accessKeyId: string;
  userName: string;
  status: 'Active' | 'Inactive';
  createDate?: string; // ISO
}

export interface AccountIndex {
  accountId: string;
  accountName: string;
  builtAt: string; // ISO
  users: number;
  keys: IndexedKey[];
}

export interface IndexHit {
  accountId: string;
  accountName: string;
  key: IndexedKey;
}

// Every hint carries at least the last four characters, so keys are bucketed by them once per
// parsed index; a lookup then checks a handful of candidates instead of every key.
const TAIL = 4;
const byTail = new WeakMap<AccountIndex, Map<string, IndexedKey[]>>();

function tailBuckets(index: AccountIndex): Map<string, IndexedKey[]> {
  let buckets = byTail.get(index);
  if (!buckets) {
    buckets = new Map();
    for (const key of index.keys) {
      const tail = key.accessKeyId.slice(-TAIL).toUpperCase();
      const list = buckets.get(tail);
      if (list) list.push(key);
      else buckets.set(tail, [key]);
    }
    byTail.set(index, buckets);
  }
  return buckets;
}

export function searchIndexes(indexes: AccountIndex[], hint: ParsedKeyHint): IndexHit[] {
  const tail = (hint.fullId ?? hint.suffix).slice(-TAIL);
  const hits: IndexHit[] = [];
  for (const index of indexes) {
    for (const key of tailBuckets(index).get(tail) ?? []) {
      if (keyIdMatchesHint(key.accessKeyId, hint)) hits.push({ accountId: index.accountId, accountName: index.accountName, key });
    }
  }
  return hits;
}

export function indexAgeSeconds(index: Pick<AccountIndex, 'builtAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(index.builtAt)) / 1000));
}
