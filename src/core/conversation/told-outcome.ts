/**
 * What a person says about the fix at the verify step, read by the structure of the reply rather than a
 * list of whole-line phrases (QA 35 N2, N9): awskey asked whether the failing call succeeds now, so
 * - a failure told in any words — "nope", "same error", "still says expired", "that didnt work, …",
 *   or the case's own error code repeated — is "still failing";
 * - an affirmation — "yes", "yep works", "yes the script works now" — is "it works", unless the clause
 *   that works names the AWS CLI or the console while the failing client is another one (that is what
 *   the team already said before the question).
 * A bare yes or no counts only as the answer to the yes-or-no question "did <client> succeed now?"
 * (asked after a caller identity was recorded); words that say it works or fails count at any point
 * of the verify step.
 */
import { NO_AS_A_NOUN } from '../knowledge/not-sure';
import type { CaseState } from './types';
// "does not work", "never succeeded", "didnt": the clause denies what it says; a reply's clauses.
import { CLAUSE_BREAK, NEGATED } from './verification';

export type ToldOutcome = 'works' | 'failing';

/** Only the start of a reply is read. */
const READ_LIMIT = 400;
const LEADING_NO = new RegExp(String.raw`^(?:no(?:pe)?|nah|negative)\b(?!\s{0,9}${NO_AS_A_NOUN}\b)`, 'i');
const LEADING_YES = /^(?:y(?:es|ep|eah|up|ea|s)?|yay|sure|correct|affirmative|it (?:did|does))\b/i;
/** A failure told: the same error, still failing in some verb, a fix that did not work. */
const FAILURE = /\bsame (?:error|thing|issue|problem|message|result)\b|\bstill (?:says?|fail(?:s|ing|ed)?|gets?|getting|broken|errors?|erroring|the same|denied|expired|shows?|returns?|throws?|no)\b|\b(?:did ?n'?t|does ?n'?t|did not|does not|do ?n'?t) work\b|\bnot working\b|\bno (?:luck|change|difference)\b|\b(?:fail(?:s|ed|ing)?|errors?(?:ed)?) again\b/i;
/** It works, succeeded, runs: said of the failing call. */
const WORKS = /\b(?:works?|worked|working(?! on)|succeed(?:s|ed)?|success(?:ful(?:ly)?)?|(?:runs?|ran) (?:fine|ok|okay|now|through)|passe[sd]|all good|goes through|went through|(?:is|are|went|turned|now|back|all) green)\b/i;
/** A failure word anywhere ("works on my laptop but in CI it fails"): the reply is not "it works". */
const FAIL_WORD = /\b(?:fail(?:s|ed|ing|ure)?|errors?|denied|expired|broken|crash(?:es|ed)?)\b/i;
/** The AWS CLI (a command of it) or the console: a clause saying it works speaks for it, not for another failing client. */
const CLI_OR_CONSOLE = /\baws [a-z0-9-]{2,20}\b|\bcli\b|\bconsole\b|get-caller-identity/i;
/** A sign-in that worked ("aws sso login worked", "relogged, worked") is the step done, not the failing call succeeding. */
const SIGN_IN = /\b(?:log(?:ged)? ?in|re-?logged|re-?login|sign(?:ed)? ?in)\b/i;

/**
 * @param askedYesNo the last reply asked "did <client> succeed now?" (a bare yes or no answers it)
 * @param otherClient the failing client is not the AWS CLI (verification.ts otherFailingClient)
 */
export function toldOutcome(raw: string, state: Pick<CaseState, 'errorCodes'>, askedYesNo: boolean, otherClient: boolean): ToldOutcome | undefined {
  const text = raw.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  const lower = text.toLowerCase();
  // "that didnt work, claude still says expired after i did aws sso login, had to restart claude": the fix worked with
  // one more step, told last: no ruling-out of the cause whose fix it names (QA 36 F1).
  if (toldExtraStep(text) !== undefined) return 'works';
  // The error's own code said again ("still ExpiredToken"): a failure, whatever the words around it.
  const codeAgain = state.errorCodes.some((c) => c.length >= 6 && lower.includes(c.toLowerCase()));
  if (FAILURE.test(text) || codeAgain) return 'failing';
  if (askedYesNo && LEADING_NO.test(text)) return 'failing';
  const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c !== '');
  // Anything denied or failing in the reply ("works on my laptop but not in CI") leaves it unread rather than misread.
  if (NEGATED.test(text) || FAIL_WORD.test(text)) return undefined;
  if (clauses.some((c) => WORKS.test(c) && !SIGN_IN.test(c) && !(otherClient && CLI_OR_CONSOLE.test(c)))) return 'works';
  // A bare yes ("yes", "yep, thanks") answers the question; "yes but …" does not.
  if (askedYesNo && LEADING_YES.test(text) && !/\bbut\b/i.test(text)) return 'works';
  return undefined;
}

/**
 * "had to restart claude", "needed to re-open the terminal", "had to unset AWS_PROFILE": a step the fix needed besides its
 * own (a clause of its own), one that makes a change take effect or one more setting changed. Any other verb ("had to give
 * up", "had to roll back") is no such step (R36b-7).
 */
const EXTRA_STEP =
  /^(?:(?:then|and|so|but|just) )?(?:i |we |you )?(?:had|needed) to (?:re-?start|re-?open|re-?load|re-?launch|re-?boot|re-?login|re-?log ?in|log ?(?:out|in)|sign ?(?:out|in)|clear (?:the |my )?cache|source|open a new (?:shell|terminal|window|tab|session)|re-?run|(?:un)?set|change|export|update)\b/i;

/**
 * The step a reply tells the fix needed besides its own, said last ("…, had to restart claude"), or undefined. A failure
 * told after it ("had to restart it, still expired") or in its own clause is no step that made it work.
 */
export function toldExtraStep(raw: string): string | undefined {
  const clauses = raw.slice(0, READ_LIMIT).replace(/\s+/g, ' ').split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c !== '');
  const last = clauses.at(-1);
  if (last === undefined || !EXTRA_STEP.test(last) || FAILURE.test(last) || FAIL_WORD.test(last) || NEGATED.test(last)) return undefined;
  return last;
}

/** A change told done: "made a new key", "put it in travis", "updated the env var" (past forms only: a plan is no change). */
const TOLD_CHANGE = /\b(?:made|created|generated|regenerated|rotated|replaced|updated|changed|put|added|removed|deleted|switched|swapped|re-?ran|restarted|reinstalled|upgraded|exported|unset)\b/i;
/** "nothing changed", "we changed nothing", "no one changed it": the clause denies the change (R36b-2). */
const NO_ONE_OR_NOTHING = /\b(?:nothing|no ?one|nobody|none)\b/i;
/** A condition or a plan ("works if i set …" is a told-fix statement of its own; "we'll update it") tells no change done. */
const NOT_DONE = /\b(?:if|when|would|should|will|once)\b|'ll\b/i;
/** It works somewhere else, not in the failing runtime: the key's own story (works-elsewhere), not a fix. */
const ELSEWHERE = /\b(?:locally|elsewhere|on my (?:laptop|machine|box)|from my (?:laptop|machine)|other (?:machine|box|account|shell))\b/i;
/** "before that it worked", "it worked yesterday", "it used to work": a success before the failure, not the fix's (R36b-13). */
const BEFORE = /\b(?:before|used to|yesterday|earlier|previously|originally|at first|until|till|ago|last (?:week|month|night|time))\b/i;
/** "now it works like it did before", "works again as it used to": the success now, compared with the past (R37-5). */
const NOW_AS_BEFORE = /\b(?:now|again)\b|\b(?:like|as) (?:it )?(?:did|used to|was|before)\b/i;

/**
 * Outside the verify step, a reply that tells a change done and then that the failing call works ("ok made a new key for
 * the deploy user and put it in travis, build is green": QA 36 F16) tells both what fixed it and its outcome, in the
 * team's words. Nothing failing or denied in it, no condition or plan, and not a success somewhere else.
 */
export function toldFixWorking(raw: string, otherClient: boolean): boolean {
  const text = raw.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim();
  if (FAILURE.test(text) || FAIL_WORD.test(text) || NEGATED.test(text) || NOT_DONE.test(text) || ELSEWHERE.test(text)) return false;
  const clauses = text.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c !== '');
  const changed = clauses.findIndex((c) => TOLD_CHANGE.test(c) && !NO_ONE_OR_NOTHING.test(c));
  if (changed < 0) return false;
  return clauses.some((c, i) => i >= changed && WORKS.test(c.replace(TOLD_CHANGE, ' ')) && !(BEFORE.test(c) && !NOW_AS_BEFORE.test(c)) && !SIGN_IN.test(c) && !(otherClient && CLI_OR_CONSOLE.test(c)));
}

export const TOLD_OUTCOME_PATTERNS: RegExp[] = [LEADING_NO, LEADING_YES, FAILURE, WORKS, FAIL_WORD, CLI_OR_CONSOLE, SIGN_IN, EXTRA_STEP, TOLD_CHANGE, NO_ONE_OR_NOTHING, NOT_DONE, ELSEWHERE, BEFORE, NOW_AS_BEFORE];
