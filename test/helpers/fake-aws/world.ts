/** The state the fake AWS endpoint serves: accounts, IAM users and keys, CloudTrail events, faults. */
import { newFormatKeyId } from './ids';

export interface FakeKey {
  id: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  lastUsed?: { date?: string; service: string; region: string };
}

export interface FakeUser {
  name: string;
  createDate: string;
  keys: FakeKey[];
}

export interface FakeTrailEvent {
  eventName: 'DeleteAccessKey' | 'UpdateAccessKey' | 'CreateAccessKey';
  eventTime: string;
  accessKeyId: string;
  userName: string;
  actorArn?: string;
  status?: string;
}

export interface FakeAccount {
  id: string;
  name: string;
  users: FakeUser[];
  trail?: FakeTrailEvent[];
  /** AssumeRole into this account answers AccessDenied. */
  denyAssumeRole?: boolean;
  /** IAM calls in this account never answer. */
  hang?: boolean;
  /** LookupEvents answers AccessDeniedException. */
  denyCloudTrail?: boolean;
  /** Remaining `Throttling` answers per action (e.g. { ListUsers: 1 }). */
  throttle?: Record<string, number>;
}

export interface FakeWorld {
  baseAccountId: string;
  /** The base identity's key (an AWS documentation example id). */
  baseKeyId: string;
  accounts: FakeAccount[];
  /** Largest ListUsers page the fake returns (real IAM may return fewer than MaxItems). */
  maxPageSize?: number;
  /** Added to every answer, like a network round trip to AWS (benchmarks). */
  latencyMs?: number;
}

export const BASE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const BASE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

let serial = 1;
export function makeKey(accountId: string, overrides: Partial<FakeKey> = {}): FakeKey {
  return { id: newFormatKeyId('AKIA', accountId, serial++), status: 'Active', createDate: '2025-03-01T10:00:00Z', ...overrides };
}

export function makeUser(name: string, keys: FakeKey[]): FakeUser {
  return { name, createDate: '2024-01-15T09:00:00Z', keys };
}

/** An account with `users` generated users, each with 1 or 2 keys (every third user has two). */
export function bulkAccount(id: string, name: string, users: number): FakeAccount {
  const list: FakeUser[] = [];
  for (let i = 0; i < users; i++) {
    const keys = [makeKey(id)];
    if (i % 3 === 0) keys.push(makeKey(id, { status: i % 2 === 0 ? 'Inactive' : 'Active' }));
    list.push(makeUser(`user-${String(i).padStart(5, '0')}`, keys));
  }
  return { id, name, users: list };
}

export function roleArn(accountId: string, roleName = 'awskey-read-only'): string {
  return `arn:aws:iam::${accountId}:role/${roleName}`;
}

export function accountsSetting(world: FakeWorld, roleName?: string): string {
  return world.accounts.map((a) => `${a.name}=${roleArn(a.id, roleName)}`).join(',');
}
