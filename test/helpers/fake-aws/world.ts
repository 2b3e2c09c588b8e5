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
  /** LookupEvents never answers. */
  hangCloudTrail?: boolean;
  /** Remaining `Throttling` answers per action (e.g. { ListUsers: 1 }). */
  throttle?: Record<string, number>;
  /** IAM hangs for every user from this position on (ListUsers pages and ListAccessKeys): checkpoint tests. */
  hangFromUser?: number;
  /** IAM holds every request for a user from this position on until `release` settles, then answers. */
  holdFromUser?: { from: number; release: Promise<unknown> };
  /** AssumeRole into this account never answers. */
  hangSts?: boolean;
  /** IAM requests per second this account allows (overrides the world's); beyond it: Throttling. */
  iamRatePerSecond?: number;
  /** GenerateCredentialReport / GetCredentialReport answer AccessDenied. */
  denyCredentialReport?: boolean;
  /** The account's credential report (made by GenerateCredentialReport; the fake's own state). */
  report?: { generatedAt: string; csv: string; readyAfterChecks: number };
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
  /** IAM requests per second per account (like IAM's own limit); beyond it: Throttling "Rate exceeded". */
  iamRatePerSecond?: number;
  /** Remaining ThrottlingException answers to organizations:ListAccounts. */
  throttleOrganizations?: number;
  /** GenerateCredentialReport answers STARTED this many times before COMPLETE (default 1). */
  reportChecks?: number;
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

/**
 * An account with `users` generated users, each with 1 or 2 keys (every third user has two); with
 * `withKeys` < 1 only that share of users holds keys (a realistic account: most users are people
 * who sign in to the console and hold no access key).
 */
export function bulkAccount(id: string, name: string, users: number, withKeys = 1): FakeAccount {
  const list: FakeUser[] = [];
  const every = withKeys >= 1 ? 1 : Math.max(1, Math.round(1 / withKeys));
  for (let i = 0; i < users; i++) {
    if (i % every !== 0) {
      list.push(makeUser(`user-${String(i).padStart(5, '0')}`, []));
      continue;
    }
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

/**
 * Key churn for the benchmark: in each account, `fraction` of the users that hold a key rotate
 * it (DeleteAccessKey of the old one, CreateAccessKey of a new one), recorded in CloudTrail now.
 */
export function churn(world: FakeWorld, fraction: number): { accountId: string; deleted: string; created: string }[] {
  const changes: { accountId: string; deleted: string; created: string }[] = [];
  const now = new Date().toISOString();
  for (const a of world.accounts) {
    const holders = a.users.filter((u) => u.keys.length > 0);
    const count = Math.max(1, Math.round(holders.length * fraction));
    for (let i = 0; i < count; i++) {
      const u = holders[Math.floor((i * holders.length) / count)]!;
      const old = u.keys.shift()!;
      const fresh = makeKey(a.id, { createDate: now });
      u.keys.push(fresh);
      a.trail ??= [];
      a.trail.push({ eventName: 'DeleteAccessKey', eventTime: now, accessKeyId: old.id, userName: u.name }, { eventName: 'CreateAccessKey', eventTime: now, accessKeyId: fresh.id, userName: u.name });
      changes.push({ accountId: a.id, deleted: old.id, created: fresh.id });
    }
  }
  return changes;
}
