/**
 * One account's IAM, one call at a time for the scan use case: a ListUsers page, one user's keys,
 * the credential report, the last use of a key. Every call is paced by the account's bucket and
 * retried by pacedCall; failures come back as SourceFailure (or a reason), never as SDK errors.
 */
import {
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetCredentialReportCommand,
  ListAccessKeysCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseCredentialReport } from '../../core/lookup/credential-report';
import type { IndexedKey } from '../../core/lookup/key-index';
import type { KeyMatch } from '../../core/lookup/types';
import { SourceFailure, type KeyHolders, type Outcome, type ScanCall, type UsersPage } from '../../usecases/scan-source';
import type { AccountClients } from './clients';
import { pacedCall, type CallPolicy, type Slots } from './paced-call';
import { withSignal } from './sdk-send-path';
import type { AdaptiveBucket } from './rate-limiter';

export interface IamContext {
  clients: AccountClients;
  bucket: AdaptiveBucket;
  policy: CallPolicy & { slots?: Slots[] };
  /** For the calls an account's listing waits on, with big answers (the report, a 1,000-user page): ahead of the listing, fewer at once. */
  heavy: CallPolicy & { slots?: Slots[] };
}

/** Why a failure that is not a SourceFailure happened (a bug, or an SDK surprise). */
export function failureReason(err: unknown): string {
  return err instanceof SourceFailure ? err.reason : err instanceof Error ? err.message : String(err);
}

const scanCall = (call: ScanCall) => ({ ...call, untilAborted: true });

export async function connectAccount(ctx: IamContext, call: ScanCall): Promise<void> {
  await pacedCall('sts:AssumeRole', undefined, ctx.policy, scanCall(call), (signal) => ctx.clients.credentials(signal));
}

export async function listUsersPage(ctx: IamContext, marker: string | undefined, maxItems: number, call: ScanCall): Promise<UsersPage> {
  const page = await pacedCall('iam:ListUsers', ctx.bucket, ctx.heavy, scanCall(call), (signal) =>
    ctx.clients.iam.send(withSignal(new ListUsersCommand({ MaxItems: maxItems, ...(marker ? { Marker: marker } : {}) }), signal)),
  );
  return {
    users: (page.Users ?? []).flatMap((u) => (u.UserName ? [{ name: u.UserName, ...(u.CreateDate ? { createDate: u.CreateDate.toISOString() } : {}) }] : [])),
    ...(page.IsTruncated && page.Marker ? { marker: page.Marker } : {}),
  };
}

export async function listUserKeys(ctx: IamContext, userName: string, call: ScanCall): Promise<IndexedKey[]> {
  const keys: IndexedKey[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await pacedCall('iam:ListAccessKeys', ctx.bucket, ctx.policy, scanCall(call), (signal) =>
        ctx.clients.iam.send(withSignal(new ListAccessKeysCommand({ UserName: userName, ...(marker ? { Marker: marker } : {}) }), signal)),
      );
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
  } catch (err) {
    // A user deleted between ListUsers and ListAccessKeys simply has no keys any more.
    if (err instanceof SourceFailure && err.code === 'NoSuchEntity') return [];
    throw err;
  }
  return keys;
}

/** How long a report being generated is waited for (checks 250 ms apart, doubling to 2 s). */
const REPORT_POLLS = 12;
const REPORT_POLL_MS = 250;

/** GenerateCredentialReport (IAM reuses a report under 4 hours old), then GetCredentialReport. */
export async function readKeyHolders(ctx: IamContext, signal: AbortSignal, pollMs = REPORT_POLL_MS): Promise<Outcome<KeyHolders>> {
  try {
    for (let poll = 0; ; poll++) {
      const gen = await pacedCall('iam:GenerateCredentialReport', ctx.bucket, ctx.heavy, { signal }, (s) =>
        ctx.clients.iam.send(withSignal(new GenerateCredentialReportCommand({}), s)),
      );
      if (gen.State === 'COMPLETE') break;
      if (poll >= REPORT_POLLS) return { ok: false, reason: `credential report still ${gen.State ?? 'not ready'} after ${REPORT_POLLS} checks` };
      await sleep(Math.min(2_000, pollMs * 2 ** poll), undefined, { signal });
    }
    const out = await pacedCall('iam:GetCredentialReport', ctx.bucket, ctx.heavy, { signal }, (s) => ctx.clients.iam.send(withSignal(new GetCredentialReportCommand({}), s)));
    const text = out.Content ? Buffer.from(out.Content).toString('utf8') : '';
    const parsed = parseCredentialReport(text);
    if (!parsed) return { ok: false, reason: 'the credential report has no access key columns' };
    return { ok: true, value: { generatedAt: (out.GeneratedTime ?? new Date()).toISOString(), ...parsed } };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}

export async function readLastUsed(ctx: IamContext, accessKeyId: string, signal: AbortSignal): Promise<Outcome<KeyMatch['lastUsed']>> {
  try {
    const out = await pacedCall('iam:GetAccessKeyLastUsed', ctx.bucket, ctx.policy, { signal }, (s) =>
      ctx.clients.iam.send(withSignal(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), s)),
    );
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
