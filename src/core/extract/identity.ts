/**
 * Successful identity output: `aws sts get-caller-identity` JSON (proves the credentials work, and
 * for which account) and `aws iam list-access-keys` JSON (which keys exist and whether they are active).
 */
import { addAccount, addSignal, setFact } from './draft';
import type { Extractor } from './types';
import { allMatches } from '../all-matches';

const CALLER_FIELD = /"(UserId|Account|Arn)"\s{0,3}:\s{0,3}"([^"\n]{1,300})"/g;
const KEY_FIELD = /"(AccessKeyId|Status|UserName|CreateDate)"\s{0,3}:\s{0,3}"([^"\n]{1,200})"/g;

interface ListedKey {
  prefix: string;
  last4: string;
  status?: string;
  line: number;
}

export const extractIdentity: Extractor = (ctx, draft) => {
  const seen = { userId: false, account: false, arn: false };
  let inKeyList = false;
  const listed: ListedKey[] = [];
  ctx.lines.forEach((line, i) => {
    if (!line.includes('"')) return;
    const n = i + 1;
    if (line.includes('AccessKeyMetadata')) inKeyList = true;
    for (const m of allMatches(CALLER_FIELD, line)) {
      const [, field, value] = m as unknown as [string, string, string];
      if (field === 'UserId') seen.userId = true;
      if (field === 'Account' && /^\d{12}$/.test(value)) {
        seen.account = true;
        addAccount(draft, value);
        if (value === '000000000000') addSignal(draft, 'account.localstack', ctx.loc(n));
      }
      if (field === 'Arn' && value.startsWith('arn:')) {
        seen.arn = true;
        setFact(draft, 'arn', value, ctx.loc(n), 1);
      }
    }
    if (inKeyList) {
      for (const m of allMatches(KEY_FIELD, line)) {
        const [, field, value] = m as unknown as [string, string, string];
        if (field === 'AccessKeyId') listed.push({ prefix: value.slice(0, 4), last4: value.slice(-4), line: n });
        else if (field === 'Status' && listed.length > 0) listed[listed.length - 1]!.status = value;
      }
    }
  });
  if (seen.userId && seen.account && seen.arn) addSignal(draft, 'identity.caller', draft.facts.locations.arn);
  if (listed.length === 0) return;
  addSignal(draft, 'iam.key-list', ctx.loc(listed[0]!.line));
  const listedIds = new Set(listed.map((k) => `${k.prefix}${k.last4}`));
  // Keys mentioned outside the listing are the ones in use (error text, configure list, env).
  const used = draft.facts.keyIds.filter((k) => k.at && !listed.some((l) => l.line === k.at!.line));
  for (const k of used) {
    const match = listed.find((l) => l.last4 === k.last4 && (k.prefix === '' || l.prefix === k.prefix));
    if (match?.status === 'Inactive') addSignal(draft, 'iam.used-key-inactive', ctx.loc(match.line), `${match.prefix}…${match.last4}`);
    else if (match?.status === 'Active') addSignal(draft, 'iam.used-key-active', ctx.loc(match.line), `${match.prefix}…${match.last4}`);
    else if (!match && k.last4 && (k.kind === 'long-term' || k.prefix === '') && !listedIds.has(`${k.prefix}${k.last4}`)) addSignal(draft, 'iam.used-key-not-listed', k.at, `${k.prefix}…${k.last4}`);
  }
  if (used.length === 0 && listed.some((l) => l.status === 'Inactive')) addSignal(draft, 'iam.listed-key-inactive', ctx.loc(listed.find((l) => l.status === 'Inactive')!.line));
};

export const IDENTITY_PATTERNS: RegExp[] = [CALLER_FIELD, KEY_FIELD];
