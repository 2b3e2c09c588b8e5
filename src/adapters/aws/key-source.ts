/**
 * The AWS implementation of the lookup's KeySource port: accounts, IAM pages, the credential
 * report, last use, CloudTrail events and GetAccessKeyInfo, through clients made per (account,
 * region). Each account has its own IAM bucket (adaptive, starting at AWSKEY_IAM_RATE) and its own
 * CloudTrail bucket (2 requests/s).
 */
import { GetAccessKeyInfoCommand } from '@aws-sdk/client-sts';
import type { Config } from '../../config';
import type { AccountSpec } from '../../core/lookup/accounts';
import { mergeAccounts } from '../../core/lookup/accounts';
import type { AccountFailure } from '../../core/lookup/types';
import type { KeySource } from '../../usecases/scan-source';
import { discoverOrganizationAccounts, loadStaticAccounts } from './account-list';
import type { AwsClients } from './clients';
import { LOOKUP_EVENTS_PER_SECOND, readKeyEvents } from './cloudtrail-events';
import { connectAccount, failureReason, listUserKeys, listUsersPage, readKeyHolders, readLastUsed, type IamContext } from './iam-scan';
import { createSlots, pacedCall, type CallPolicy, type Slots } from './paced-call';
import { createKeyedBuckets } from './rate-limiter';
import { withSignal } from './sdk-send-path';

const ORG_LIST_TTL_MS = 15 * 60_000;
/** About what one process's CPU keeps busy at 30-100 ms per AWS answer (see docs/aws, Sizing). */
const CALLS_IN_FLIGHT = 64;
/**
 * The credential report's calls and ListUsers pages in flight. Each account's listing waits on
 * them, so they do not queue behind other accounts' ListAccessKeys in CALLS_IN_FLIGHT: in a cold
 * scan of 100 accounts they did, and the last account's report came 5.6 s late (bench timeline).
 * Bounded on their own: each answer is big (about 200 KB for 1,000 users) and parsed at once.
 */
const CRITICAL_IN_FLIGHT = 16;
/** ListUsers returns at most 1,000 users per page. */
const USERS_PER_PAGE = 1000;

export interface SourceTuning {
  /** Starting IAM requests per second per account (adapts down on Throttling). */
  iamRatePerSecond: number;
  callTimeoutMs: number;
  maxAttempts: number;
  /** Seconds between credential-report readiness checks (tests shorten it). */
  reportPollMs?: number;
}

export function tuningFrom(aws: Config['aws']): SourceTuning {
  // A call never waits more than half the account's progress deadline, so a retry fits in it.
  const callTimeoutMs = Math.min(aws.callTimeoutMs ?? 10_000, Math.max(100, aws.accountTimeoutMs / 2));
  return { iamRatePerSecond: aws.iamRatePerSecond ?? 20, callTimeoutMs, maxAttempts: aws.maxAttempts ?? 6 };
}

export function createAwsKeySource(aws: Config['aws'], clients: AwsClients, opts: { readFile?: (path: string) => string; tuning?: SourceTuning } = {}): KeySource {
  const tuning = opts.tuning ?? tuningFrom(aws);
  const staticAccounts = loadStaticAccounts(aws, opts.readFile);
  // Calls in flight in this process, and big answers parsed at once: past these the process's
  // CPU, not AWS, is the limit, and a call queued here must not run out its timeout.
  const all = createSlots(CALLS_IN_FLIGHT);
  const policy: CallPolicy & { slots: Slots[] } = { callTimeoutMs: tuning.callTimeoutMs, maxAttempts: tuning.maxAttempts, slots: [all] };
  const heavy = { ...policy, slots: [createSlots(CRITICAL_IN_FLIGHT)] };
  // A small burst: IAM answers Throttling when calls bunch up, even under the average rate.
  const iamBucket = createKeyedBuckets({ ratePerSecond: tuning.iamRatePerSecond, burst: 3, minRatePerSecond: 0.2 });
  const trailBucket = createKeyedBuckets({ ratePerSecond: LOOKUP_EVENTS_PER_SECOND, burst: 1, adaptive: false });
  const iam = (account: AccountSpec): IamContext => ({ clients: clients.forAccount(account), bucket: iamBucket(account.id), policy, heavy });
  let org: { at: number; accounts: AccountSpec[]; failures: AccountFailure[] } | undefined;

  return {
    async listAccounts(signal) {
      if (!aws.orgRoleName) return { accounts: staticAccounts, failures: [] };
      if (!org || Date.now() - org.at > ORG_LIST_TTL_MS || org.failures.length > 0) {
        const found = await discoverOrganizationAccounts(clients, aws.orgRoleName, { externalId: aws.externalId, signal });
        org = { at: Date.now(), ...found };
      }
      return { accounts: mergeAccounts(staticAccounts, org.accounts), failures: org.failures };
    },
    connect: (account, call) => connectAccount(iam(account), call),
    listUsers: (account, marker, call) => listUsersPage(iam(account), marker, USERS_PER_PAGE, call),
    listKeys: (account, userName, call) => listUserKeys(iam(account), userName, call),
    keyHolders: (account, signal) => readKeyHolders(iam(account), signal, tuning.reportPollMs),
    lastUsed: (account, keyId, signal) => readLastUsed(iam(account), keyId, signal),
    keyEvents: (account, since, signal, eventNames) =>
      readKeyEvents(account, clients.forAccount(account), { since, until: new Date(), signal, bucket: trailBucket(account.id), policy, ...(eventNames ? { eventNames } : {}) }),
    async accessKeyAccount(accessKeyId, signal) {
      try {
        const out = await pacedCall('sts:GetAccessKeyInfo', undefined, policy, { signal }, (s) => clients.baseSts().send(withSignal(new GetAccessKeyInfoCommand({ AccessKeyId: accessKeyId }), s)));
        return out.Account ? { ok: true, value: out.Account } : { ok: false, reason: 'no account in the GetAccessKeyInfo answer' };
      } catch (err) {
        return { ok: false, reason: failureReason(err) };
      }
    },
  };
}
