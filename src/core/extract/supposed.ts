/**
 * A condition supposed, not told: "If the credentials are not set in the configuration file, look for them in the
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables" (uswitch/bifrost#5, a pull request describing what
 * the code will do) says nothing failed. The failure words inside an "if", "unless" or "whether" clause are what the
 * writer supposes; a failure told beside it still counts ("I get an invalid token error if I set AWS_PROFILE": the
 * error is outside the clause, the profile inside it stays a credential object). "Even if" and "as if" are no condition:
 * "it fails even if the profile is set" is a contrast, "it acts as if the key were not set" tells what happened.
 *
 * The clause runs from its conjunction to the next comma or sentence mark, at most 160 characters: a condition with no
 * comma before its main clause ("if I run it I get Access Denied") would swallow the main clause, so a clause that
 * reaches its sentence's end with no comma is not read as supposed (it may be that whole sentence).
 *
 * Only a condition whose main clause is an instruction: it opens with no subject ("…, look for them in …", "…, fall
 * back to the instance role"). A main clause with a subject tells what happens ("If these values are empty, then the
 * user is using IAM credentials", deis/postgres#167, a tuning positive of batch 16: the fix for credentials the
 * environment lacked): read as before. A subject opens with a pronoun or a determiner, closed classes of words, or is
 * a bare name followed by a finite verb, the usual subject of a report ("If the role cannot be assumed, terraform just
 * exits with code 1"; boto3, kubectl, aws-vault, Lambda): an instruction opens with its verb. A plural noun after an
 * instruction's verb ("…, rotate keys in the IAM console", "…, use credentials from the instance profile") would read
 * as a name and its verb, so the usual instruction verbs (INSTRUCTION_VERB, a closed class as the pronouns are) are no
 * name: a docs page's instructions stay instructions and its conditions stay supposed.
 */

const CONDITION = /(?<!\b(?:even|as) )\b(?:if|unless|whether)\b[^,;.:?!\n]{0,160}[,;]/gi;
/** What opens a main clause that has a subject (after an optional "then"). */
const SUBJECT = /^\s{0,3}(?:then\s{1,3})?(?:I|we|you|he|she|it|they|this|that|these|those|there|the|an?|my|our|your|his|her|its|their|some|no|any|every|each|all|nothing|everything)\b/i;
/**
 * A bare name and a finite verb ("terraform exits", "boto3 still hangs", "Lambda can't"): a word, an optional adverb,
 * then a verb in -s (not a determiner or pronoun in -s: "try this", "check its value" are instructions) or an auxiliary.
 */
const NAMED_SUBJECT = /^\s{0,3}(?:then\s{1,3})?(?!(?:use|set|pass|refresh|rotate|check|look|export|run|try|add|create|read|configure|update|remove|delete|make|call|fall|provide|specify|ensure|get|grant|attach|renew|regenerate|reset)\s)[\w.-]{2,40}\s{1,3}(?:(?:just|still|then|now|also|only|never|always)\s{1,3})?(?:(?!(?:this|its|his|us|yours|ours|theirs)\b)\w{2,30}s|is|was|are|were|has|had|does|did|can|will|won['’]t|doesn['’]t|didn['’]t|can['’]t|cannot)\b/i;
/** Most sentences hold no conjunction: one look spares the clause scan. */
const CONJUNCTION = /\b(?:if|unless|whether)\b/i;

/** The spans [start, end) of the supposed conditions in `text`. */
export function supposedSpans(text: string): Array<[number, number]> {
  if (!CONJUNCTION.test(text)) return [];
  const out: Array<[number, number]> = [];
  CONDITION.lastIndex = 0;
  for (let m = CONDITION.exec(text); m; m = CONDITION.exec(text)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 96);
    if (!SUBJECT.test(after) && !NAMED_SUBJECT.test(after)) out.push([m.index, end]);
  }
  return out;
}

/** Whether [start, end) lies inside one of `spans`. */
export function insideAny(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

/** `text` with its supposed conditions blanked (same length, so offsets still hold). */
export function withoutSupposed(text: string): string {
  const spans = supposedSpans(text);
  if (spans.length === 0) return text;
  let out = text;
  for (const [s, e] of spans) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

export const SUPPOSED_PATTERNS: RegExp[] = [CONDITION, SUBJECT, NAMED_SUBJECT, CONJUNCTION];
