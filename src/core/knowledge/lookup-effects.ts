/** How a key lookup verdict moves the causes. */
import type { LookupVerdict } from '../lookup/types';
import type { Effects } from './types';

export const LOOKUP_EFFECTS: Record<LookupVerdict, { effects: Effects; evidence: string }> = {
  'active-recently-used': {
    effects: { 'env-var-override': 4, 'wrong-profile': 4, 'stale-credentials-after-rotation': 4, 'key-deleted-or-inactive': 0.05, 'wrong-account-or-partition': 0.5 },
    evidence: 'The key is active and was used recently: it works elsewhere, so the failing runtime loads another source',
  },
  'active-unused': {
    effects: { 'stale-credentials-after-rotation': 1.5, 'secret-key-mismatch': 1.5, 'malformed-credentials': 1.5, 'key-deleted-or-inactive': 0.1 },
    evidence: 'The key is active but not used recently',
  },
  // Decisive, as the pasted `list-access-keys` showing the key Inactive is for diagnose (its family prior
  // steps aside): the ratio outweighs issue 10's unknown-key prior, where a deleted key is the rarest cause.
  inactive: { effects: { 'key-deleted-or-inactive': 100 }, evidence: 'The key is deactivated in IAM' },
  deleted: { effects: { 'key-deleted-or-inactive': 100 }, evidence: 'The key was deleted (CloudTrail shows the deletion)' },
  'not-found': {
    effects: { 'key-deleted-or-inactive': 4, 'wrong-account-or-partition': 2, 'malformed-credentials': 1.5 },
    evidence: 'The key is in none of the scanned accounts',
  },
  'other-account': { effects: { 'wrong-account-or-partition': 8 }, evidence: 'The key belongs to an account that is not one of ours' },
  'temporary-key': {
    effects: { 'missing-session-token': 8, 'temporary-credentials-expired': 5, 'key-deleted-or-inactive': 0.2, 'stale-credentials-after-rotation': 0.3, 'wrong-profile': 0.5, 'malformed-credentials': 0.5, 'wrong-account-or-partition': 0.5 },
    evidence: 'The lookup says the key is a temporary STS session key (not an IAM key)',
  },
  ambiguous: { effects: {}, evidence: 'Several keys match the hint' },
  incomplete: { effects: {}, evidence: 'Some accounts could not be scanned' },
  'invalid-hint': { effects: {}, evidence: 'The key hint could not be read' },
};
