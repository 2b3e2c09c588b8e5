/**
 * Third-party GitHub Actions that check their AWS inputs in a shell entrypoint before calling any tool:
 * jakejarvis/s3-sync-action (copied into many other actions with the same words).
 */
import type { CatalogueEntry } from './types';

export const THIRD_PARTY_ACTIONS: CatalogueEntry[] = [
  {
    // The key secrets did not reach the step: not set, misnamed, or withheld (workflows from forks get no secrets).
    id: 's3-sync-action.keys-not-set',
    tool: 'github-actions',
    wrapper: true,
    message: 'AWS_ACCESS_KEY_ID is not set. Quitting.',
    re: /AWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY) is not set\. Quitting\./,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'malformed-credentials': 0.6 },
    source: { repo: 'jakejarvis/s3-sync-action', path: 'entrypoint.sh', ref: '1f9be68257b9' },
  },
];
