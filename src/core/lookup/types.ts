/**
 * Access key lookup results (the `/awskey` and `awskey lookup` contract). Pure data, no secrets:
 * key ids are always redacted to prefix + last 4.
 */
export type LookupVerdict =
  | 'active-recently-used' // key is active and was used recently: the failing runtime loads another source
  | 'active-unused' // active, but not used recently (or never)
  | 'inactive' // deactivated in IAM
  | 'not-found' // in none of the scanned accounts
  | 'deleted' // not found, and CloudTrail shows its deletion
  | 'other-account' // decoded owning account is not a configured one
  | 'ambiguous' // several keys match the hint
  | 'incomplete' // some accounts could not be scanned and nothing matched
  | 'temporary-key' // ASIA ids are STS session keys: not in IAM
  | 'invalid-hint';

export interface KeyMatch {
  accountId: string;
  accountName: string;
  userName: string;
  accessKeyId: string; // redacted: prefix + "…" + last 4
  status: 'Active' | 'Inactive';
  createDate?: string; // ISO
  lastUsed?: { date?: string; service?: string; region?: string };
  /** Created (CloudTrail CreateAccessKey) but not listed by IAM yet: IAM is eventually consistent. */
  pending?: boolean;
}

export interface DeletionEvent {
  accountId: string;
  eventName: 'DeleteAccessKey' | 'UpdateAccessKey' | 'CreateAccessKey' | 'DeleteUser';
  eventTime: string; // ISO
  userName?: string; // the IAM user the key belonged to
  actor?: string; // who made the call (ARN or user name)
  accessKeyId?: string; // redacted
  status?: string; // for UpdateAccessKey
}

export interface AccountFailure {
  accountId: string;
  accountName?: string;
  reason: string; // e.g. "AccessDenied on sts:AssumeRole", "timed out after 20s", "throttled"
  /**
   * Only this part of the account is missing. `cloudtrail`: its IAM keys were all listed, but its
   * CloudTrail evidence (deletions, keys IAM does not list yet) could not be read.
   */
  part?: 'cloudtrail';
}

export interface LookupResult {
  hint: string; // redacted echo of the hint
  verdict: LookupVerdict;
  matches: KeyMatch[];
  accounts: { scanned: number; failed: AccountFailure[] };
  decodedAccountId?: string;
  deletionEvents: DeletionEvent[];
  indexAgeSeconds: number;
  /** Plain explanation of the verdict and the single next step. */
  explanation: string;
  nextStep: string;
  /** Side remarks: evidence that could not be gathered (CloudTrail denied, last use unknown, ...). */
  notes?: string[];
  /** Set when the pasted id held a full-width, hidden or look-alike character (oddCharsNote): shown on every surface. */
  pastedIdNote?: string;
  /** True when the input looked like a secret and was refused (never echoed). */
  refused?: boolean;
}
