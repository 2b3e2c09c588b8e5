/**
 * The AWS implementation of the lookup's KeySource port: accounts, IAM scans, last use,
 * CloudTrail events and GetAccessKeyInfo, all through clients made per (account, region).
 */
import { GetAccessKeyInfoCommand } from '@aws-sdk/client-sts';
import type { Config } from '../../config';
import type { AccountSpec } from '../../core/lookup/accounts';
import { mergeAccounts } from '../../core/lookup/accounts';
import type { AccountFailure } from '../../core/lookup/types';
import type { KeySource } from '../../usecases/lookup-access-key';
import { discoverOrganizationAccounts, loadStaticAccounts } from './account-list';
import { describeAwsError } from './aws-errors';
import type { AwsClients } from './clients';
import { LOOKUP_EVENTS_INTERVAL_MS, readKeyEvents } from './cloudtrail-events';
import { readLastUsed, scanAccountKeys } from './iam-scan';
import { createKeyedLimiters } from './rate-limiter';

const ORG_LIST_TTL_MS = 15 * 60_000;

export function createAwsKeySource(aws: Config['aws'], clients: AwsClients, opts: { readFile?: (path: string) => string } = {}): KeySource {
  const staticAccounts = loadStaticAccounts(aws, opts.readFile);
  const limiterFor = createKeyedLimiters(LOOKUP_EVENTS_INTERVAL_MS);
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
    scanAccount: (account, signal) => scanAccountKeys(account, clients.forAccount(account), { concurrency: aws.accountConcurrency, signal }),
    lastUsed: (account, keyId, signal) => readLastUsed(clients.forAccount(account), keyId, signal),
    keyEvents: (account, since, signal) => readKeyEvents(account, clients.forAccount(account), { since, until: new Date(), signal, limiterFor }),
    async accessKeyAccount(accessKeyId, signal) {
      try {
        const out = await clients.baseSts().send(new GetAccessKeyInfoCommand({ AccessKeyId: accessKeyId }), { abortSignal: signal });
        return out.Account ? { ok: true, value: out.Account } : { ok: false, reason: 'no account in the GetAccessKeyInfo answer' };
      } catch (err) {
        return { ok: false, reason: describeAwsError(err, 'sts:GetAccessKeyInfo') };
      }
    },
  };
}
