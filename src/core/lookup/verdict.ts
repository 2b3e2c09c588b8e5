/**
 * The verdict of a key lookup, with its explanation and the single next step. Pure: everything it
 * needs (matches, failures, CloudTrail events, the time) is passed in. Texts live in VERDICT_TEXT.
 */
import type { ParsedKeyHint } from '../key-id';
import { describeHint } from '../key-id';
import type { AccountFailure, DeletionEvent, KeyMatch, LookupVerdict } from './types';

export interface VerdictInput {
  hint: ParsedKeyHint;
  matches: KeyMatch[];
  scanned: number;
  failed: AccountFailure[];
  configuredAccountIds: string[];
  decodedAccountId?: string;
  deletionEvents: DeletionEvent[];
  now: Date;
  /** A last use within this many days counts as "recently used". */
  recentDays?: number;
}

export interface VerdictOutcome {
  verdict: LookupVerdict;
  explanation: string;
  nextStep: string;
}

export const INVALID_HINT_NEXT_STEP = 'Give the key id as AKIA...1234, ****1234, the last four characters, or the full id (never the secret).';

interface TextContext {
  key: string;
  input: VerdictInput;
  match?: KeyMatch;
  deletion?: DeletionEvent;
}

const day = (iso?: string) => (iso ? iso.slice(0, 10) : 'unknown date');
const where = (m: KeyMatch) => `user ${m.userName} in account ${m.accountName} (${m.accountId})`;
/** Failures that leave an account's keys unlisted (a missing CloudTrail leaves them listed). */
const iamFailures = (f: AccountFailure[]) => f.filter((x) => x.part !== 'cloudtrail');
const trailGaps = (f: AccountFailure[]) => {
  const n = f.length - iamFailures(f).length;
  return n > 0 ? ` (CloudTrail could not be read in ${n} of them)` : '';
};
/** The first few failed accounts with their reasons: at organisation scale all of them would bury the verdict (the full list follows it). */
const NAMED_FAILURES = 3;
const failures = (f: AccountFailure[]) =>
  f.slice(0, NAMED_FAILURES).map((x) => `${accountLabel(x)} (${x.reason})`).join('; ') + (f.length > NAMED_FAILURES ? `; and ${f.length - NAMED_FAILURES} more` : '');

/** "payments 131313131313", or the id alone when the account has no name of its own (its name is then its id). */
export function accountLabel(f: Pick<AccountFailure, 'accountId' | 'accountName'>): string {
  return f.accountName && f.accountName !== f.accountId ? `${f.accountName} ${f.accountId}` : f.accountId;
}

/**
 * awskey's own AWS credentials (its base identity, which assumes the account roles) were not found: the JS SDK's
 * credential chain says "Could not load credentials from any providers" (aws/aws-sdk-js-v3, the CredentialsProviderError
 * thrown by @aws-sdk/credential-provider-node 3.972.97, dist-cjs/index.js, as installed here). The
 * accounts' roles are then not at fault, so their trust policies are not the next step.
 */
const NO_BASE_IDENTITY = /Could not load credentials from any providers/;
const baseIdentityMissing = (f: AccountFailure[]) => f.length > 0 && f.every((x) => NO_BASE_IDENTITY.test(x.reason));
const NO_BASE_IDENTITY_STEP =
  'awskey itself has no AWS credentials (its base identity, which assumes the account roles): give the process running awskey credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an instance/task role), check them with `aws sts get-caller-identity` in the same environment, and look the key up again.';

export const VERDICT_TEXT: Record<LookupVerdict, (c: TextContext) => { explanation: string; nextStep: string }> = {
  'active-recently-used': ({ key, match }) => ({
    explanation: `${key} belongs to ${where(match!)}, is Active and was last used on ${day(match!.lastUsed?.date)}${match!.lastUsed?.service ? ` (${match!.lastUsed.service}, ${match!.lastUsed.region ?? 'no region'})` : ''}. The key works, so the failing program is not sending it: it loads another credential source first.`,
    nextStep: 'On the failing machine run `aws configure list` (or `aws sts get-caller-identity`) and compare the key id it shows; remove the source that wins instead (AWS_* environment variables, AWS_PROFILE, a stale profile, an instance or task role).',
  }),
  'active-unused': ({ key, match }) => ({
    explanation: match!.pending
      ? `${key} belongs to ${where(match!)}: CloudTrail shows it created on ${match!.createDate ?? 'a recent date'}, but IAM does not list it yet (IAM is eventually consistent; new keys can take a few seconds to appear). It is a new, Active key, not a missing one.`
      : `${key} belongs to ${where(match!)} and is Active, but it ${match!.lastUsed?.date ? `was last used on ${day(match!.lastUsed.date)}` : 'has never been used'}. The key id is valid, so a failure with it points at the secret that goes with it or at a program that loads another credential.`,
    nextStep: 'Check the secret paired with this key (SignatureDoesNotMatch means a wrong secret) and run `aws configure list` on the failing machine to see which key it really sends.',
  }),
  inactive: ({ key, match }) => ({
    explanation: `${key} belongs to ${where(match!)} and is Inactive (deactivated in IAM): every call signed with it fails with InvalidClientTokenId.`,
    nextStep: `Ask an administrator of account ${match!.accountId} to create a new key for ${match!.userName} (or reactivate this one if it was deactivated by mistake) and update the program's credentials.`,
  }),
  'not-found': ({ key, input }) => ({
    explanation: `No access key matching ${key} exists in the ${input.scanned} scanned account${input.scanned === 1 ? '' : 's'}, and CloudTrail shows no deletion of it in the last 90 days${trailGaps(input.failed)}. It was deleted earlier, belongs to an account awskey does not scan, or the id is mistyped.`,
    nextStep: 'Check the key id on the failing machine (`aws configure list`); if it is right, create a new key (or use a role) and update the program; add the owning account to AWSKEY_ACCOUNTS if it is missing.',
  }),
  deleted: ({ key, deletion }) => ({
    explanation: `${key} was deleted: CloudTrail shows DeleteAccessKey in account ${deletion!.accountId} on ${day(deletion!.eventTime)}${deletion!.userName ? ` (user ${deletion!.userName})` : ''}${deletion!.actor ? ` by ${deletion!.actor}` : ''}. A deleted key never comes back.`,
    nextStep: 'Create a new access key (or switch the program to a role) and update every place that still holds the deleted one.',
  }),
  'other-account': ({ key, input }) => ({
    explanation: `${key} belongs to account ${input.decodedAccountId}, which is not one of the ${input.configuredAccountIds.length} accounts awskey scans.`,
    nextStep: `Ask whoever runs account ${input.decodedAccountId} about the key, or check whether the program uses a profile or credentials meant for another account.`,
  }),
  ambiguous: ({ key, input }) => {
    const gone = otherDeletions(input);
    const listed = input.matches.map((m) => `${m.accessKeyId} (${m.userName} in ${m.accountName})`);
    const deleted = gone.map((d) => `${d.accessKeyId ?? 'a key'} deleted in account ${d.accountId} on ${day(d.eventTime)}${d.userName ? ` (user ${d.userName})` : ''}`);
    // A listed key and a deleted one call for different fixes: say what each would mean.
    const listedMeans = input.matches.every((m) => m.status === 'Inactive') ? 'it is Inactive: reactivate or replace it' : 'it works, so another credential source wins over it';
    const either = gone.length > 0 ? ` The failing program may hold either: the listed key (then ${listedMeans}) or the deleted one (then it needs a new key).` : '';
    return {
      explanation: `${listed.length + deleted.length} keys match ${key}: ${[...listed, ...deleted].join(', ')}.${either}`,
      nextStep: 'Give more characters of the key id (the first 8 and last 4, e.g. AKIAXXXX...1234) or the full id to narrow it down: on the failing machine `aws configure get aws_access_key_id` prints it (add `--profile NAME` for a named profile).',
    };
  },
  incomplete: ({ key, input }) => ({
    explanation: `No key matching ${key} was found in ${input.scanned} account${input.scanned === 1 ? '' : 's'}, but ${iamFailures(input.failed).length} could not be scanned: ${failures(iamFailures(input.failed))}. The key may be in one of them, so it is not reported as missing.`,
    nextStep: baseIdentityMissing(iamFailures(input.failed)) ? NO_BASE_IDENTITY_STEP : 'Fix access to those accounts (the role, its trust policy or permissions, the network) and look the key up again.',
  }),
  'temporary-key': ({ key, input }) => {
    const issuer = temporaryIssuer(input);
    return {
      explanation: `${key} is a temporary STS session key (ASIA…)${issuer.said}. Session keys are not stored in IAM, so no account lists them.`,
      nextStep: `${issuer.step}Check that the session has not expired (run \`aws sts get-caller-identity\`; log in again or re-assume the role) and that AWS_SESSION_TOKEN is set together with the key: an ASIA key without its session token fails with InvalidClientTokenId.`,
    };
  },
  'invalid-hint': () => ({ explanation: 'The access key id could not be read.', nextStep: INVALID_HINT_NEXT_STEP }),
};

/**
 * The account a session key was issued in, read offline from a full new-format id (as for AKIA ids):
 * a session from another account than the one the failing call targets is the "wrong account" case.
 */
function temporaryIssuer(input: VerdictInput): { said: string; step: string } {
  const account = input.decodedAccountId;
  if (account === undefined) return { said: '', step: '' };
  if (input.configuredAccountIds.includes(account)) return { said: `, issued in account ${account} (one of the accounts awskey scans)`, step: '' };
  const outside = input.configuredAccountIds.length > 0 ? `, which is not one of the ${input.configuredAccountIds.length} accounts awskey scans` : '';
  return {
    said: `, issued in account ${account}${outside}`,
    step: `If the failing call targets another account than ${account}, the program assumed the wrong role or profile: compare the Account that \`aws sts get-caller-identity\` prints there with the account you expect. `,
  };
}

/**
 * Keys CloudTrail shows deleted besides the listed ones, for a partial hint: the last four characters fit a listed key
 * and a deleted key alike (QA38 F11). The lookup passes only deletions of keys IAM does not list; a full id is exact.
 */
const otherDeletions = (input: VerdictInput): DeletionEvent[] =>
  input.hint.fullId || input.matches.length === 0 ? [] : input.deletionEvents.filter((e) => e.eventName === 'DeleteAccessKey');

function decide(input: VerdictInput): { verdict: LookupVerdict; match?: KeyMatch; deletion?: DeletionEvent } {
  if (input.hint.kind === 'temporary') return { verdict: 'temporary-key' };
  if (input.matches.length > 1 || otherDeletions(input).length > 0) return { verdict: 'ambiguous' };
  const match = input.matches[0];
  if (match) {
    if (match.status === 'Inactive') return { verdict: 'inactive', match };
    const last = match.lastUsed?.date ? Date.parse(match.lastUsed.date) : NaN;
    const recentMs = (input.recentDays ?? 30) * 86_400_000;
    return { verdict: !Number.isNaN(last) && input.now.getTime() - last <= recentMs ? 'active-recently-used' : 'active-unused', match };
  }
  const decoded = input.decodedAccountId;
  if (decoded !== undefined && !input.configuredAccountIds.includes(decoded)) return { verdict: 'other-account' };
  const deletion = input.deletionEvents.find((e) => e.eventName === 'DeleteAccessKey');
  if (deletion) return { verdict: 'deleted', deletion };
  // A decoded owner that was scanned settles it: failures elsewhere cannot hide the key.
  const relevantFailures = iamFailures(decoded !== undefined ? input.failed.filter((f) => f.accountId === decoded) : input.failed);
  if (relevantFailures.length > 0) return { verdict: 'incomplete' };
  return { verdict: 'not-found' };
}

export function decideVerdict(input: VerdictInput): VerdictOutcome {
  const { verdict, match, deletion } = decide(input);
  const text = VERDICT_TEXT[verdict]({ key: describeHint(input.hint), input, match, deletion });
  // A partial hint found in the accounts read (a key, keys, or a deletion CloudTrail shows) may match another key in an
  // account not read; a full id cannot (QA38 F11: "deleted" and "ambiguous" said no such thing while accounts were not read).
  const unread = iamFailures(input.failed).length;
  const found = match || deletion || verdict === 'ambiguous';
  const caveat = found && !input.hint.fullId && unread > 0 ? ` ${unread} account${unread === 1 ? '' : 's'} could not be read, so another key ending the same may be there too.` : '';
  // Likewise an account whose keys were listed but whose CloudTrail was not read would hide a deleted key ending the same.
  const noTrail = input.failed.length - unread;
  const trailCaveat = found && !input.hint.fullId && noTrail > 0 ? ` CloudTrail could not be read in ${noTrail} account${noTrail === 1 ? '' : 's'}, so a key ending the same deleted there would not show.` : '';
  return { verdict, ...text, explanation: text.explanation + caveat + trailCaveat };
}
