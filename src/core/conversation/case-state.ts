/**
 * The stored case from one input to the next: a new case from its opening text, the working copy
 * an input changes (the stored one stays untouched, since the store may run a step more than
 * once), and the resolved case remembered as a line when a new incident opens in its thread.
 */
import type { Diagnosis } from '../diagnosis';
import type { CaseScoring, CaseState } from './types';
import { emptyScoring } from './belief';
import { MAX_ERROR_CODES } from './evidence';

const MAX_PARTICIPANTS = 100;
const MAX_EARLIER = 5;

export function newCase(d: Diagnosis, user: string, at: string, key: CaseState['key'] | undefined, sc: CaseScoring): CaseState {
  return {
    version: 1,
    key: key ?? { channel: 'cli', thread: at },
    phase: 'diagnosing',
    openedAt: at,
    updatedAt: at,
    openedBy: user,
    participants: [user],
    facts: d.facts,
    errorCodes: d.errorCodes.slice(0, MAX_ERROR_CODES),
    causes: [],
    history: [],
    asked: [],
    rejected: [],
    lookups: [],
    secretsWarned: [],
    timeline: [],
    scoring: sc,
  };
}

/** A copy of the stored case for this input, with its scoring, time and participant recorded. */
export function workingCopy(state: CaseState, user: string, now: string): { s: CaseState; sc: CaseScoring } {
  const s: CaseState = structuredClone(state);
  const sc: CaseScoring = s.scoring ?? emptyScoring();
  s.scoring = sc;
  s.updatedAt = now;
  if (!s.participants.includes(user) && s.participants.length < MAX_PARTICIPANTS) s.participants.push(user);
  return { s, sc };
}

/**
 * A new case opened in the thread of a resolved one (or beside an open one, as another incident): the earlier case is kept as a line in
 * `earlier` (never merged), and who was warned about which secret in this thread still holds.
 */
export function keepEarlier(earlierCase: CaseState, next: CaseState, user: string): void {
  const cause = earlierCase.confirmed ?? earlierCase.scoring?.current ?? earlierCase.causes[0]?.id;
  const earlier: NonNullable<CaseState['earlier']>[number] = { openedAt: earlierCase.openedAt, ...(earlierCase.resolvedAt ? { resolvedAt: earlierCase.resolvedAt } : {}), ...(cause ? { cause } : {}), ...(earlierCase.fixedBy ? { fixedBy: earlierCase.fixedBy } : {}) };
  next.earlier = [...(earlierCase.earlier ?? []), earlier].slice(-MAX_EARLIER);
  if (earlierCase.secretsWarnedFor) next.secretsWarnedFor = [...new Set([...earlierCase.secretsWarnedFor, ...(next.secretsWarnedFor ?? [])])];
  next.timeline.splice(0, 0, { at: next.openedAt, user, event: `new case in this thread; the earlier one${cause ? ` (${cause})` : ''} ${earlierCase.phase === 'resolved' ? 'stays resolved' : 'is kept apart, unresolved'}` });
}
