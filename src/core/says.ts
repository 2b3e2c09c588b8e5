/**
 * What a person's words say: whether text matches a choice's or statement's patterns unless its clause denies
 * it. Shared by the conversation's interpreter and the extractors that read the same words in a paste
 * (extract/shown-answers.ts), so the core's extractors do not depend on the conversation layer.
 */
import { allMatches } from './all-matches';
import { nearMatches, nearTest, type Span, type Words } from './near';

/**
 * Each pattern compiled once, on first use, not on every message (`says` reads every open probe's choices
 * for each sentence). Not at module load: diagnose imports this module and would pay for every pattern.
 */
const COMPILED = new Map<string, { one: RegExp; all: RegExp }>();
function compiled(p: string): { one: RegExp; all: RegExp } {
  let c = COMPILED.get(p);
  if (!c) {
    c = { one: new RegExp(p, 'i'), all: new RegExp(p, 'gi') };
    COMPILED.set(p, c);
  }
  return c;
}
/** Every match of the words in the text, as a global regex's exec gives them. */
export const matches = (p: Words, text: string): readonly Span[] => (typeof p === 'string' ? allMatches(compiled(p).all, text) : nearMatches(p, text));
const matched = (p: Words, text: string): boolean => (typeof p === 'string' ? compiled(p).one.test(text) : nearTest(p, text));

/** Whether any of the patterns matches the text (no reading of denials: `sayUnless` lists). */
export const matchesAny = (text: string, patterns: readonly Words[] | undefined): boolean => (patterns ?? []).some((p) => matched(p, text));

/** A negation as a match's own words: "no session token", "don't know", "not tried". */
const NEGATOR = /\b(?:not|never|no|without|neither|nor|cannot|(?:do|does|did|is|are|was|were|ca|wo|have|has|had|could|would|should|must|need)n'?t)\b/i;
/**
 * A clause that ends by denying what comes next: "we do not use …", "we aren't using …", "it is not
 * the …", "never on …", "I don't think it's off" (a hedged denial), "no sso, keys in env", "neither sso nor env" ("no",
 * "neither", "nor" right before the words). Only a denial of using or being, right before the match: "Cannot load SSO provider" still names SSO, and
 * "no annotations on the pod" still names the pod's role.
 *
 * Read word by word from the clause's end rather than by one regex (`\b(?:not|…)\s+(?:(?:use|…)\s+){0,3}$`, which it
 * matches exactly, test/unit/core/denied-before.test.ts): recheck's automaton checker took 107 s (load 14, stop 30) and 147 s
 * (load 10-15, stop 31) to prove that regex safe, past the safety tests' time; these pieces are proved in about a second
 * each, and the walk reads at most four words.
 */
const NEGATOR_WORD_END = /(?:^|\W)(?:not|never|(?:do|does|did|is|are|was|were|have|has)n'?t)$/i;
const NO_WORD_END = /(?:^|\W)(?:no|neither|nor)$/i;
const FILLER_WORD = /^(?:use|uses|using|used|run|running|on|in|with|via|through|be|been|go|going|even|really|actually|think|believe|it'?s|a|an|the|any|our|my|it|its)$/i;
const ENDS_IN_SPACE = /\s$/;
/** A denial and the up to three words between it and the match. */
const WORDS_AT_END = 4;
const WHITESPACE = /\s+/;
export function deniedBefore(clause: string): boolean {
  if (!ENDS_IN_SPACE.test(clause)) return false;
  // The last words, each ended by whitespace: the clause ends in whitespace, so the last piece of the split is ''.
  const words = clause.split(WHITESPACE).slice(-(WORDS_AT_END + 1), -1);
  if (words.length > 0 && NO_WORD_END.test(words[words.length - 1]!)) return true;
  for (let i = words.length - 1; i >= 0; i--) {
    if (NEGATOR_WORD_END.test(words[i]!)) return true;
    if (!FILLER_WORD.test(words[i]!)) return false;
  }
  return false;
}
const CLAUSE_BREAK = /[,;:.!?()]|\b(?:but|and|though|although|because|since)\b/gi;
/**
 * "No SSO session found for profile dev", "no instance profile attached": the SDKs' "No X found" error shape names X
 * (what was looked for) rather than denying it, so a "no" before the match does not deny it when the clause goes on
 * with one of these words.
 */
const NO_BEFORE = /\bno\s+$/i;
const FOUND_WORD = /^(?:found|available|attached|exists?|configured|loaded)$/i;
/** Whether the clause after a match goes on, within five words, with one of FOUND_WORD ("… session found for …"). */
const goesOnFound = (after: string): boolean => (after.split(CLAUSE_BREAK)[0] ?? '').trim().split(/\s+/).slice(0, 5).some((w) => FOUND_WORD.test(w));

/**
 * "without" and a verb's -ing form opens a phrase that runs to its clause's end: all it holds is what was not done, however
 * many words stand between ("without manually injecting credentials via environment variables, the provider does not load",
 * anomalyco/opencode#17777: no keys in the environment, the instance role was meant). "without" and a noun denies that noun
 * only ("I run it without docker using env vars" still uses env vars; "without anything" is no verb). A pattern that holds
 * the "without" itself still counts.
 */
const WITHOUT = /\bwithout\b/i;
const WITHOUT_DOING = /^without\s+(?:\w+ly\s+)?(\w+ing)\b/i;
const NOT_A_VERB = /^(?:some|any|no|every)thing$/i;
/** Whether the clause before a match holds such a phrase: read from its "without" on, the match's own words included ("without injecting"). */
function withoutDoing(clause: string, from: string): boolean {
  const at = clause.search(WITHOUT);
  const m = at >= 0 ? WITHOUT_DOING.exec(`${clause.slice(at)}${from.slice(0, 60)}`) : null;
  return m !== null && !NOT_A_VERB.test(m[1]!);
}
/** How far before a match its clause's break is looked for first (most clauses are shorter); the reach grows until one is found. */
const CLAUSE_REACH = 200;
/**
 * The clause a match stands in, up to the match: where a denial or a "stopped using" must stand to govern it. It starts
 * after the last CLAUSE_BREAK before `index`, looked for over the last CLAUSE_REACH characters first, not over the whole
 * text before (a break is a mark or a whole word, so a scan started inside the text finds the same last break).
 */
export function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  for (let reach = CLAUSE_REACH; ; reach *= 4) {
    let start = -1;
    CLAUSE_BREAK.lastIndex = Math.max(0, index - reach);
    for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) start = m.index + m[0].length;
    if (start >= 0 || reach >= index) return before.slice(Math.max(0, start));
  }
}

/**
 * How far back a denial reaches: `before`, only a denial of using or being right before the match
 * (deniedBefore); `clause`, any negation anywhere in the match's clause before it ("the keys were never
 * set with aws configure"), for words nobody asked for (conversation/read-as-answer.ts), which must be
 * stated plainly.
 */
export type DenialReach = 'before' | 'clause';

/**
 * Whether the words say what a choice's patterns describe: a match counts unless its clause denies
 * it before it ("we do not use localstack" says nothing of LocalStack). A pattern that reads
 * the denial itself ("no session token", "don't know") counts as it matched.
 */
export function says(text: string, patterns: readonly Words[] | undefined, reach: DenialReach = 'before'): boolean {
  const denied = reach === 'clause' ? (clause: string) => NEGATOR.test(clause) : deniedBefore;
  for (const p of patterns ?? []) {
    for (const m of matches(p, text)) {
      if (NEGATOR.test(m[0])) return true;
      const clause = clauseBefore(text, m.index);
      if (!denied(clause) && !withoutDoing(clause, text.slice(m.index))) return true;
      if (NO_BEFORE.test(clause) && goesOnFound(text.slice(m.index + m[0].length))) return true;
    }
  }
  return false;
}

/**
 * A source the person has left, right before it: "we stopped using aws-vault", "we moved off okta", "switched from
 * saml2aws", "no longer use", "instead of", "used to use", "migrated from". What they used is not what they use now
 * (conversation/interpreter.ts reads it before letting an issuer outrank where the keys are kept).
 */
const LEFT_BEFORE = /\b(?:stopped(?: using)?|moved (?:off|away from)|switched (?:away )?from|no longer(?: use| using| go through)?|instead of(?: using)?|used to (?:use|run|have|go through|rely on|log in with|sign in with)|migrated (?:off|away from|from))(?: using)?\s+(?:(?:the|our|my|an?)\s+)?$/i;
/** Whether a clause (clauseBefore) ends with words that say what follows was left. */
export const leftBefore = (clause: string): boolean => LEFT_BEFORE.test(clause);

/** Whether any of the patterns matches the text other than right after words that say it was left ("stopped using …"). */
export function saysNow(text: string, patterns: readonly Words[]): boolean {
  for (const p of patterns) {
    for (const m of matches(p, text)) {
      if (!leftBefore(clauseBefore(text, m.index))) return true;
    }
  }
  return false;
}

/** For the answer words' regex-safety test (test/unit/core/answer-words-regex-safety.test.ts) and core/patterns.ts ALL_PATTERNS. */
export const SAYS_PATTERNS: RegExp[] = [NEGATOR, WITHOUT, WITHOUT_DOING, NOT_A_VERB, CLAUSE_BREAK, NO_BEFORE, FOUND_WORD, LEFT_BEFORE, NEGATOR_WORD_END, NO_WORD_END, FILLER_WORD, ENDS_IN_SPACE, WHITESPACE];

/** The text with every match of the patterns replaced by `mark`: what it says besides those words. */
export const withoutMatches = (text: string, patterns: readonly Words[], mark = ' … '): string => patterns.reduce<string>((t, p) => without(t, p, mark), text);
function without(text: string, p: Words, mark: string): string {
  if (typeof p === 'string') return text.replace(compiled(p).all, mark);
  let out = '';
  let at = 0;
  for (const m of nearMatches(p, text)) {
    out += text.slice(at, m.index) + mark;
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
