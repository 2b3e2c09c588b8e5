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

/** Linear, allocation-free scan: IAM key ids are upper case, so the hint's parts compare directly. */
export function searchIndexes(indexes: AccountIndex[], hint: ParsedKeyHint): IndexHit[] {
  const hits: IndexHit[] = [];
  const lead = hint.head ?? hint.prefix;
  const fits = hint.fullId !== undefined ? (id: string) => id === hint.fullId : (id: string) => id.endsWith(hint.suffix) && (lead === undefined || id.startsWith(lead));
  for (const index of indexes) {
    for (const key of index.keys) {
      if (fits(key.accessKeyId) && keyIdMatchesHint(key.accessKeyId, hint)) hits.push({ accountId: index.accountId, accountName: index.accountName, key });
    }
  }
  return hits;
}

export function indexAgeSeconds(index: Pick<AccountIndex, 'builtAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(index.builtAt)) / 1000));
}
