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

export function searchIndexes(indexes: AccountIndex[], hint: ParsedKeyHint): IndexHit[] {
  const hits: IndexHit[] = [];
  for (const index of indexes) {
    for (const key of index.keys) {
      if (keyIdMatchesHint(key.accessKeyId, hint)) hits.push({ accountId: index.accountId, accountName: index.accountName, key });
    }
  }
  return hits;
}

export function indexAgeSeconds(index: Pick<AccountIndex, 'builtAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(index.builtAt)) / 1000));
}
