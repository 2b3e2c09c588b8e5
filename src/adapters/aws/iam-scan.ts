/**
 * One account's IAM: list every user (paginated), list each user's keys with bounded concurrency,
 * and read the last use of a key. SDK errors come back as reasons, never as throws.
 */
import { GetAccessKeyLastUsedCommand, ListAccessKeysCommand, ListUsersCommand, type IAMClient } from '@aws-sdk/client-iam';
import { Semaphore } from 'async-mutex';
import { setMaxListeners } from 'node:events';
import type { AccountSpec } from '../../core/lookup/accounts';
import type { AccountIndex, IndexedKey } from '../../core/lookup/key-index';
import type { KeyMatch } from '../../core/lookup/types';
import type { Outcome } from '../../usecases/lookup-access-key';
import type { AwsApiAction } from './api-actions';
import { awsErrorName, describeAwsError } from './aws-errors';
import type { AccountClients } from './clients';

class ActionError extends Error {
  constructor(
    readonly action: AwsApiAction,
    override readonly cause: unknown,
  ) {
    super(describeAwsError(cause, action));
  }
}

/** Runs one SDK call and tags a failure with the IAM action, for the reason text. */
export async function attempt<T>(action: AwsApiAction, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw err instanceof ActionError ? err : new ActionError(action, err);
  }
}

export function failureReason(err: unknown): string {
  return err instanceof ActionError ? err.message : describeAwsError(err, 'iam:ListUsers');
}

async function listUserKeys(iam: IAMClient, userName: string, signal: AbortSignal): Promise<IndexedKey[]> {
  const keys: IndexedKey[] = [];
  let marker: string | undefined;
  do {
    const page = await attempt('iam:ListAccessKeys', () => iam.send(new ListAccessKeysCommand({ UserName: userName, ...(marker ? { Marker: marker } : {}) }), { abortSignal: signal }));
    for (const k of page.AccessKeyMetadata ?? []) {
      if (!k.AccessKeyId) continue;
      keys.push({
        accessKeyId: k.AccessKeyId,
        userName: k.UserName ?? userName,
        status: k.Status === 'Inactive' ? 'Inactive' : 'Active',
        ...(k.CreateDate ? { createDate: k.CreateDate.toISOString() } : {}),
      });
    }
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return keys;
}

export async function scanAccountKeys(
  account: AccountSpec,
  clients: AccountClients,
  opts: { concurrency: number; signal: AbortSignal },
): Promise<Outcome<Omit<AccountIndex, 'builtAt'>>> {
  // The first failure stops the rest of the account's work; every task is caught, so a failed
  // ListUsers page never leaves a per-user call rejecting unobserved.
  const stop = new AbortController();
  const signal = AbortSignal.any([opts.signal, stop.signal]);
  // Each request in flight listens for the abort (the SDK removes its listener when it ends).
  setMaxListeners(opts.concurrency + 10, signal);
  let firstError: unknown;
  const track = (task: Promise<IndexedKey[]>) =>
    task.catch((err: unknown) => {
      firstError ??= err;
      stop.abort();
      return [] as IndexedKey[];
    });
  try {
    await attempt('sts:AssumeRole', () => clients.credentials(signal));
    const gate = new Semaphore(Math.max(1, opts.concurrency));
    const perUser: Promise<IndexedKey[]>[] = [];
    let users = 0;
    let marker: string | undefined;
    try {
      do {
        const page = await attempt('iam:ListUsers', () => clients.iam.send(new ListUsersCommand({ MaxItems: 1000, ...(marker ? { Marker: marker } : {}) }), { abortSignal: signal }));
        for (const u of page.Users ?? []) {
          if (!u.UserName) continue;
          users++;
          const name = u.UserName;
          // Keys of the users on this page are listed while the next page is fetched.
          perUser.push(
            track(
              gate.runExclusive(async () => {
                signal.throwIfAborted();
                try {
                  return await listUserKeys(clients.iam, name, signal);
                } catch (err) {
                  // A user deleted between ListUsers and ListAccessKeys simply has no keys any more.
                  if (err instanceof ActionError && awsErrorName(err.cause) === 'NoSuchEntity') return [];
                  throw err;
                }
              }),
            ),
          );
        }
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker && firstError === undefined);
    } catch (err) {
      stop.abort();
      throw err;
    }
    const keys = (await Promise.all(perUser)).flat();
    if (firstError !== undefined) throw firstError;
    return { ok: true, value: { accountId: account.id, accountName: account.name, users, keys } };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}

export async function readLastUsed(clients: AccountClients, accessKeyId: string, signal: AbortSignal): Promise<Outcome<KeyMatch['lastUsed']>> {
  try {
    const out = await attempt('iam:GetAccessKeyLastUsed', () => clients.iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), { abortSignal: signal }));
    const u = out.AccessKeyLastUsed;
    // Never-used keys report ServiceName and Region as the string "N/A" and no date.
    const known = (v?: string) => (v && v !== 'N/A' ? v : undefined);
    const service = known(u?.ServiceName);
    const region = known(u?.Region);
    return {
      ok: true,
      value: { ...(u?.LastUsedDate ? { date: u.LastUsedDate.toISOString() } : {}), ...(service ? { service } : {}), ...(region ? { region } : {}) },
    };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}
