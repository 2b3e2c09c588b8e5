/**
 * A paste mid-case that is another incident, not more of this one (QA 35 N19): "ok relogged, now a different thing on the
 * deploy box:" and a SignatureDoesNotMatch under an open ExpiredToken case. Merged, the two errors' evidence is pooled
 * into one ranking that gives neither its fix. Both must hold: the words say it is another thing, and the error is of
 * another family (no error code in common with the case, and diagnose puts another cause first). A follow-up error
 * said as "now I get a new error" stays in the case: after a fix the next error of the same incident is the usual story.
 */
import { showsErrorText, type Diagnosis } from '../diagnosis';
import type { CaseState } from './types';

/** The words are read in the paste's first characters, where people say what the paste is. */
const READ_LIMIT = 400;
const ANOTHER_THING = /\b(?:different|another|separate|unrelated)[ \t]{1,3}(?:thing|error|issue|problem|failure|bug|incident|case|box|machine|host|server)\b|\bsomething else\b/i;

/** The leading cause of a case: confirmed, being fixed, or first in its ranking. */
const leadOf = (s: CaseState) => s.confirmed ?? s.scoring?.current ?? s.causes[0]?.id;

/** Cheap first test, before the paste is diagnosed: the words say it is another thing. */
export const saysAnotherThing = (text: string): boolean => ANOTHER_THING.test(text.slice(0, READ_LIMIT));

/** The paste is another incident than the open case (call only when `saysAnotherThing`). */
export function anotherIncident(state: CaseState, d: Diagnosis): boolean {
  if (!showsErrorText(d) || d.errorCodes.length === 0 || state.errorCodes.length === 0) return false;
  if (d.errorCodes.some((c) => state.errorCodes.includes(c))) return false;
  const lead = leadOf(state);
  return lead !== undefined && d.causes[0]?.id !== lead;
}

export const ANOTHER_INCIDENT_PATTERNS: RegExp[] = [ANOTHER_THING];
