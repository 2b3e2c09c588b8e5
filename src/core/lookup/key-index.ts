/**
 * The per-account key index: key ids with their owner, status and creation date (never a secret),
 * and when it was built. Stored compactly (one small array per key, user names once per account:
 * about 100 bytes of JSON and a little more in memory per key), searched by the last four
 * characters. Pure.
 */
import { keyIdMatchesHint, type ParsedKeyHint } from '../key-id';
import type { TrailRecord } from './trail-events';

export interface IndexedKey {
  accessKeyId: string;
  userName: string;
  status: 'Active' | 'Inactive';
  createDate?: string; // ISO
  /** Seen in CloudTrail (CreateAccessKey) but not listed by IAM yet (IAM is eventually consistent). */
  pending?: boolean;
}

/** [key id, position of the user in `names`, 1 Active / 0 Inactive, creation in epoch seconds (0 unknown), 1 pending] */
export type KeyRow = [string, number, 0 | 1, number, 0 | 1];

export interface AccountIndex {
  accountId: string;
  accountName: string;
  builtAt: string; // ISO: when the IAM scan finished
  /** ISO: when CloudTrail events were last applied (the background refresher). */
  syncedAt?: string;
  users: number;
  names: string[];
  rows: KeyRow[];
  /** The scan did not finish: only the first `scannedUsers` users are in the index. */
  partial?: { scannedUsers: number; reason: string };
}

export interface IndexHit {
  accountId: string;
  accountName: string;
  key: IndexedKey;
}

/**
 * Keys gathered a batch at a time straight into the compact form (each user name once): a running
 * scan holds its keys as rows, not as one object per key next to the rows it will store.
 */
export function keyRows() {
  const names: string[] = [];
  const rows: KeyRow[] = [];
  const at = new Map<string, number>();
  return {
    names,
    rows,
    add(keys: IndexedKey[]): void {
      for (const k of keys) {
        let i = at.get(k.userName);
        if (i === undefined) at.set(k.userName, (i = names.push(k.userName) - 1));
        const created = k.createDate ? Math.floor(Date.parse(k.createDate) / 1000) : 0;
        rows.push([k.accessKeyId, i, k.status === 'Active' ? 1 : 0, Number.isNaN(created) ? 0 : created, k.pending ? 1 : 0]);
      }
    },
    clear(): void {
      names.length = 0;
      rows.length = 0;
      at.clear();
    },
  };
}
export type KeyRows = ReturnType<typeof keyRows>;

export function toRows(keys: IndexedKey[]): { names: string[]; rows: KeyRow[] } {
  const built = keyRows();
  built.add(keys);
  return { names: built.names, rows: built.rows };
}

export function keyOf(index: Pick<AccountIndex, 'names'>, row: KeyRow): IndexedKey {
  return {
    accessKeyId: row[0],
    userName: index.names[row[1]] ?? '?',
    status: row[2] === 1 ? 'Active' : 'Inactive',
    ...(row[3] ? { createDate: new Date(row[3] * 1000).toISOString() } : {}),
    ...(row[4] ? { pending: true } : {}),
  };
}

export function keysOf(index: Pick<AccountIndex, 'names' | 'rows'>): IndexedKey[] {
  return index.rows.map((r) => keyOf(index, r));
}

export function buildIndex(meta: Omit<AccountIndex, 'names' | 'rows'>, keys: IndexedKey[]): AccountIndex {
  return { ...meta, ...toRows(keys) };
}

// Every hint carries at least the last four characters, so keys are bucketed by them once per
// parsed index; a lookup then checks a handful of candidates instead of every key.
const TAIL = 4;
const byTail = new WeakMap<AccountIndex, Map<string, KeyRow[]>>();

function tailBuckets(index: AccountIndex): Map<string, KeyRow[]> {
  let buckets = byTail.get(index);
  if (!buckets) {
    buckets = new Map();
    for (const row of index.rows) {
      const tail = row[0].slice(-TAIL).toUpperCase();
      const list = buckets.get(tail);
      if (list) list.push(row);
      else buckets.set(tail, [row]);
    }
    byTail.set(index, buckets);
  }
  return buckets;
}

export function searchIndexes(indexes: AccountIndex[], hint: ParsedKeyHint): IndexHit[] {
  const tail = (hint.fullId ?? hint.suffix).slice(-TAIL);
  const hits: IndexHit[] = [];
  for (const index of indexes) {
    for (const row of tailBuckets(index).get(tail) ?? []) {
      if (keyIdMatchesHint(row[0], hint)) hits.push({ accountId: index.accountId, accountName: index.accountName, key: keyOf(index, row) });
    }
  }
  return hits;
}

/** How old the index's knowledge is: since the scan, or since the last CloudTrail sync. */
export function indexAgeSeconds(index: Pick<AccountIndex, 'builtAt' | 'syncedAt'>, now: Date): number {
  const at = index.syncedAt && index.syncedAt > index.builtAt ? index.syncedAt : index.builtAt;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 1000));
}

export function scanAgeSeconds(index: Pick<AccountIndex, 'builtAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(index.builtAt)) / 1000));
}

/**
 * The index after CloudTrail's key events (oldest first): CreateAccessKey adds the key (pending
 * until IAM lists it), UpdateAccessKey sets its status, DeleteAccessKey removes it. Events about
 * other accounts are ignored. Returns a new index, synced at `syncedAt`.
 */
export function applyKeyEvents(index: AccountIndex, records: TrailRecord[], syncedAt: string): AccountIndex {
  const keys = new Map(keysOf(index).map((k) => [k.accessKeyId, k] as const));
  const ordered = records.filter((r) => r.accountId === index.accountId && r.accessKeyId).sort((a, b) => a.eventTime.localeCompare(b.eventTime));
  for (const r of ordered) {
    const id = r.accessKeyId!;
    const current = keys.get(id);
    if (r.eventName === 'DeleteAccessKey') keys.delete(id);
    else if (r.eventName === 'UpdateAccessKey' && current) keys.set(id, { ...current, status: r.status === 'Inactive' ? 'Inactive' : 'Active' });
    else if (r.eventName === 'CreateAccessKey' && !current && r.userName) keys.set(id, { accessKeyId: id, userName: r.userName, status: 'Active', createDate: r.eventTime, pending: true });
  }
  return { ...index, syncedAt, ...toRows([...keys.values()]) };
}
