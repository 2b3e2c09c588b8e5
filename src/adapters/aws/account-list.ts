/**
 * The accounts to scan: AWSKEY_ACCOUNTS, the AWSKEY_ACCOUNTS_FILE (YAML or JSON), and optionally
 * every active account of the organization (AWSKEY_ORG_ROLE_NAME = the role to assume in each).
 */
import { ListAccountsCommand, type ListAccountsCommandOutput } from '@aws-sdk/client-organizations';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../../config';
import { mergeAccounts, parseAccountsFile, parseAccountsSetting, roleArnFor, type AccountSpec } from '../../core/lookup/accounts';
import type { AccountFailure } from '../../core/lookup/types';
import { AppError } from '../../errors';
import { describeAwsError } from './aws-errors';
import type { AwsClients } from './clients';

export const NO_ACCOUNTS_MESSAGE =
  'No AWS accounts configured: set AWSKEY_ACCOUNTS (comma-separated role ARNs, optional name= prefix), AWSKEY_ACCOUNTS_FILE (YAML or JSON list of {id, name, roleArn}) or AWSKEY_ORG_ROLE_NAME (discover the organization\'s accounts).';

export function hasAccountSources(aws: Config['aws']): boolean {
  return Boolean(aws.accounts?.trim() || aws.accountsFile?.trim() || aws.orgRoleName?.trim());
}

/** The statically configured accounts; problems (bad ARN, unreadable file) are configuration errors. */
export function loadStaticAccounts(aws: Config['aws'], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): AccountSpec[] {
  const defaults = aws.externalId ? { externalId: aws.externalId } : {};
  const fromSetting = parseAccountsSetting(aws.accounts ?? '', defaults);
  const problems = [...fromSetting.problems];
  let fromFile: AccountSpec[] = [];
  if (aws.accountsFile) {
    try {
      const parsed = parseAccountsFile(parseYaml(readFile(aws.accountsFile)), `AWSKEY_ACCOUNTS_FILE ${aws.accountsFile}`, defaults);
      problems.push(...parsed.problems);
      fromFile = parsed.accounts;
    } catch (err) {
      problems.push(`AWSKEY_ACCOUNTS_FILE ${aws.accountsFile}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  if (problems.length > 0) throw new AppError('config', problems.join('\n'), { problems });
  return mergeAccounts(fromSetting.accounts, fromFile);
}

export async function discoverOrganizationAccounts(
  clients: AwsClients,
  roleName: string,
  opts: { externalId?: string; signal?: AbortSignal },
): Promise<{ accounts: AccountSpec[]; failures: AccountFailure[] }> {
  const accounts: AccountSpec[] = [];
  let token: string | undefined;
  try {
    do {
      const page: ListAccountsCommandOutput = await clients.organizations().send(new ListAccountsCommand({ ...(token ? { NextToken: token } : {}) }), opts.signal ? { abortSignal: opts.signal } : {});
      for (const a of page.Accounts ?? []) {
        const state = (a as { State?: string }).State ?? a.Status;
        if (!a.Id || (state !== undefined && state !== 'ACTIVE')) continue;
        const partition = /^arn:([^:]+):/.exec(a.Arn ?? '')?.[1] ?? 'aws';
        accounts.push({ id: a.Id, name: a.Name ?? a.Id, roleArn: roleArnFor(a.Id, roleName, partition), ...(opts.externalId ? { externalId: opts.externalId } : {}) });
      }
      token = page.NextToken;
    } while (token);
    return { accounts, failures: [] };
  } catch (err) {
    return { accounts, failures: [{ accountId: 'organization', reason: describeAwsError(err, 'organizations:ListAccounts') }] };
  }
}
