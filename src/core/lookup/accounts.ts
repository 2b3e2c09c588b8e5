/**
 * The accounts a lookup scans: parsed from AWSKEY_ACCOUNTS ("name=roleArn,...") and from the
 * accounts file (a YAML/JSON list, already parsed by the adapter). Pure: no file or env access.
 */
import { z } from 'zod';

export interface AccountSpec {
  id: string; // 12 digits
  name: string;
  roleArn: string;
  externalId?: string;
  region?: string;
}

const ROLE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso[a-z-]*|aws-eusc):iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

export function accountIdOfRoleArn(arn: string): string | undefined {
  return ROLE_ARN.exec(arn)?.[2];
}

export function roleArnFor(accountId: string, roleName: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName.replace(/^\/+/, '')}`;
}

export interface ParsedAccounts {
  accounts: AccountSpec[];
  problems: string[];
}

/** `prod=arn:aws:iam::123456789012:role/awskey-read, arn:aws:iam::210987654321:role/awskey-read` */
export function parseAccountsSetting(text: string, defaults: { externalId?: string } = {}): ParsedAccounts {
  const accounts: AccountSpec[] = [];
  const problems: string[] = [];
  for (const raw of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = raw.indexOf('=');
    const hasName = eq > 0 && !raw.slice(0, eq).startsWith('arn:');
    const name = hasName ? raw.slice(0, eq).trim() : undefined;
    const arn = hasName ? raw.slice(eq + 1).trim() : raw;
    const id = accountIdOfRoleArn(arn);
    if (id === undefined) {
      problems.push(`AWSKEY_ACCOUNTS: "${arn.slice(0, 120)}" is not a role ARN (arn:aws:iam::123456789012:role/NAME)`);
      continue;
    }
    accounts.push({ id, name: name || id, roleArn: arn, ...(defaults.externalId ? { externalId: defaults.externalId } : {}) });
  }
  return { accounts, problems };
}

const fileEntry = z
  .object({
    id: z.union([z.string(), z.number()]).transform((v) => String(v).padStart(12, '0')).optional(),
    name: z.string().min(1).optional(),
    roleArn: z.string().regex(ROLE_ARN, 'must be a role ARN (arn:aws:iam::123456789012:role/NAME)'),
    externalId: z.string().min(2).optional(),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region such as eu-west-1').optional(),
  })
  .superRefine((e, ctx) => {
    const fromArn = accountIdOfRoleArn(e.roleArn);
    if (e.id !== undefined && fromArn !== undefined && e.id !== fromArn) ctx.addIssue({ code: 'custom', message: `id ${e.id} does not match the role ARN's account ${fromArn}` });
  });
const fileSchema = z.union([z.array(fileEntry), z.object({ accounts: z.array(fileEntry) }).transform((o) => o.accounts)]);

/** The accounts file: a list of `{id, name, roleArn, externalId?, region?}` (or `{accounts: [...]}`). */
export function parseAccountsFile(data: unknown, source: string, defaults: { externalId?: string } = {}): ParsedAccounts {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    return { accounts: [], problems: parsed.error.issues.map((i) => `${source}: ${i.path.join('.') || '(top)'}: ${i.message}`) };
  }
  const accounts = parsed.data.map((e): AccountSpec => {
    const id = e.id ?? accountIdOfRoleArn(e.roleArn)!;
    const externalId = e.externalId ?? defaults.externalId;
    return { id, name: e.name ?? id, roleArn: e.roleArn, ...(externalId ? { externalId } : {}), ...(e.region ? { region: e.region } : {}) };
  });
  return { accounts, problems: [] };
}

/** Earlier lists win on duplicate account ids (explicit settings before discovered accounts). */
export function mergeAccounts(...lists: AccountSpec[][]): AccountSpec[] {
  const byId = new Map<string, AccountSpec>();
  for (const list of lists) for (const a of list) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()];
}
