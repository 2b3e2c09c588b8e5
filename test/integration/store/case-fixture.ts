import type { CaseKey, CaseState } from '../../../src/core/conversation/types';

/** A minimal, valid, redacted case for store tests (the store never looks inside). */
export function caseState(key: CaseKey, participants: string[] = []): CaseState {
  return {
    version: 1,
    key,
    phase: 'diagnosing',
    openedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    openedBy: 'U1',
    participants,
    facts: {} as CaseState['facts'],
    errorCodes: ['InvalidClientTokenId'],
    causes: [],
    history: [],
    asked: [],
    rejected: [],
    lookups: [{ at: '2026-01-01T00:00:00Z', hint: 'AKIA…MPLE', verdict: 'not-found' }],
    secretsWarned: [],
    timeline: [],
  };
}
