/**
 * A paste mid-case that is another incident, not more of this one (QA 35 N19): "ok relogged, now a different thing on the
 * deploy box:" and a SignatureDoesNotMatch under an open ExpiredToken case. Merged, the two errors' evidence is pooled
 * into one ranking that gives neither its fix. Both must hold: the words say it is another thing, and the error is of
 * another family (no error code in common with the case, and diagnose puts another cause first). A follow-up error
 * said as "now I get a new error" stays in the case: after a fix the next error of the same incident is the usual story.
 */
import { diagnose } from '../diagnose';
import { showsErrorText, type Diagnosis } from '../diagnosis';
import { CAUSE_TITLES } from '../taxonomy';
import { awsCodes } from '../extract/error-codes';
import type { CaseState } from './types';

/** The words are read in the paste's first characters, where people say what the paste is. */
const READ_LIMIT = 400;
const ANOTHER_THING = /\b(?:different|another|separate|unrelated)[ \t]{1,3}(?:thing|error|issue|problem|failure|bug|incident|case|box|machine|host|server)\b|\bsomething else\b/i;
/**
 * A lead-in that puts a second thing beside the case (QA 37 F5): "btw the staging box says:", "meanwhile on the other
 * cluster:", "unrelated, but:", "also our kubectl is broken too:". Read at the start of the text only: the same words
 * inside a story ("it also fails in CI too") tell more of this incident. The error must still be of another family.
 */
const BESIDE_IT = /^[ \t]*(?:btw|by the way|meanwhile|unrelated|separately|on another note)\b/i;
/** "also … too" in the first line: two plain tests, not one regex with a gap (recheck could not decide that one). */
const ALSO = /^[ \t]*also\b/i;
const TOO = /\b(?:too|as well)\b/i;
const besideIt = (lead: string): boolean => BESIDE_IT.test(lead) || (ALSO.test(lead) && TOO.test(lead.split('\n', 1)[0]!.slice(0, 100)));

/** The leading cause of a case: confirmed, being fixed, or first in its ranking. */
const leadOf = (s: CaseState) => s.confirmed ?? s.scoring?.current ?? s.causes[0]?.id;

/**
 * A text said in an open case, read for another incident. Diagnosed only when its words say it is another thing (the
 * cheap test first); then `diagnosed` is that diagnosis, for the caller to reuse (a paste is diagnosed once), and `intro`
 * is what the new case says first when the paste is another incident.
 */
export function anotherThing(state: CaseState, text: string, now: Date): { diagnosed: Diagnosis; intro?: string } | undefined {
  const lead = text.slice(0, READ_LIMIT);
  if (!ANOTHER_THING.test(lead) && !besideIt(lead)) return undefined;
  const diagnosed = diagnose(text, { now });
  return anotherIncident(state, diagnosed) ? { diagnosed, intro: introOf(state, diagnosed) } : { diagnosed };
}

/**
 * Another family of error: no AWS code in common with the case, and another cause first. SDK exception classes
 * (botocore's ClientError, QA35 N7's awsCodes) wrap every code of their SDK, so two botocore pastes always share one:
 * they are compared without (review 36 M-3).
 */
function anotherIncident(state: CaseState, d: Diagnosis): boolean {
  const [now, before] = [awsCodes(d.errorCodes), awsCodes(state.errorCodes)];
  if (!showsErrorText(d) || now.length === 0 || before.length === 0) return false;
  if (now.some((c) => before.includes(c))) return false;
  const lead = leadOf(state);
  return lead !== undefined && d.causes[0]?.id !== lead;
}

/** What the new case says first: why it is one, and that the earlier one is kept apart. */
function introOf(state: CaseState, d: Diagnosis): string {
  const lead = leadOf(state);
  const codes = (c: string[]) => c.slice(0, 2).map((x) => `\`${x}\``).join(', ');
  return `You said this is another thing (or one beside it), and its error (${codes(awsCodes(d.errorCodes))}) is not this case's (${codes(awsCodes(state.errorCodes))}), so it opens a new case. The earlier one${lead ? ` (*${CAUSE_TITLES[lead]}*)` : ''} is kept apart, unresolved.`;
}

export const ANOTHER_INCIDENT_PATTERNS: RegExp[] = [ANOTHER_THING, BESIDE_IT, ALSO, TOO];
