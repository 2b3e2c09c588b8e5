/**
 * A question's answer read from what the person already wrote (an opening, the prose around a paste),
 * with THAT question's own answer words: the words the interpreter reads in a reply to it (`say` and
 * `sayWhenAsked`), not a reader written per phrasing. A team that wrote "the session token is missing"
 * or "we use a named profile" in its first message is not asked that question afterwards.
 *
 * Chat is full of words that would answer a question on screen and mean nothing otherwise, so the
 * conditions are strict:
 * - the sentence is a person's (description.ts `personsSentences`: no error line, stack frame or log
 *   line, quoted errors left out), and not itself a question, a condition or advice to "you" ("is the
 *   clock off?", "if the token is missing …", a tool's "You can configure credentials by running …");
 * - it is about the question's topic (probes.ts `ANSWER_TOPICS`): "missing" answers the session-token
 *   question only in a sentence about a session token;
 * - the bare yes / no / don't-know words never count (probes.ts `GENERIC_ANSWER_WORDS`), nor the
 *   "unknown" choice, nor answer words that are one word alone ("other", "profile", "off", "missing"):
 *   on screen they answer the question, in chat they are just words ("every other resource");
 * - a denial right before the words cancels them (says.ts), as do the choice's own exceptions;
 * - one sentence gives exactly one choice, and no two sentences give different ones.
 */
import type { QuestionProbe } from '../knowledge/types';
import { ANSWER_TOPICS, GENERIC_ANSWER_WORDS, PROBES } from '../knowledge';
import { matchesAny, says } from '../says';

export interface ReadAnswer {
  probeId: string;
  choiceId: string;
}

/**
 * A sentence that asks or supposes rather than states, or that advises "you" (a tool's help text quoted in prose:
 * botocore's "You can configure credentials by running "aws configure"." is no statement that the keys were written
 * by `aws configure`, terraform-aws-modules/terraform-aws-autoscaling#296).
 */
const NOT_A_STATEMENT = /\?\s*$|^\s*(?:(?:and|but|so)\s+)?(?:if|whether|unless|in case)\b|^\s*(?:you|please)\b/i;

const topicRes = new Map<string, RegExp>();
function topicOf(probeId: string): RegExp | undefined {
  const src = ANSWER_TOPICS[probeId];
  if (!src) return undefined;
  let re = topicRes.get(probeId);
  if (!re) topicRes.set(probeId, (re = new RegExp(src, 'i')));
  return re;
}

/** One word (its forms and alternatives, anchored or not): no phrase, so no answer when nobody asked. */
const ONE_WORD = /^\^?(?:\\b)?[\w()|?]+(?:\\b)?\$?$/;
const phrases = (patterns: string[] | undefined) => (patterns ?? []).filter((p) => !GENERIC_ANSWER_WORDS.has(p) && !ONE_WORD.test(p));

/** A negation anywhere in the clause before the words: "the keys were never set with aws configure". */
const NEGATED_CLAUSE = /\b(?:not|never|no|without|neither|nor|cannot|\w+n'?t)\b/i;
const CLAUSE_BREAK = /[,;:.!?()]|\b(?:but|and|though|although|because|since)\b/i;

/**
 * Whether the answer words stand in the sentence undenied: stricter than says.ts (which reads only a denial of using
 * or being right before the words), as words nobody asked for must be. A phrase that holds its own negation ("is not
 * synchronized") counts as it matched.
 */
function statedPlainly(sentence: string, patterns: string[]): boolean {
  for (const p of patterns) {
    for (const m of sentence.matchAll(new RegExp(p, 'gi'))) {
      const clause = sentence.slice(0, m.index).split(CLAUSE_BREAK).pop() ?? '';
      if (NEGATED_CLAUSE.test(m[0]) || !NEGATED_CLAUSE.test(clause)) return true;
    }
  }
  return false;
}

/** The sentence with every match of the patterns left out: what it says besides those words. */
function without(sentence: string, patterns: string[]): string {
  return patterns.reduce((text, p) => text.replace(new RegExp(p, 'gi'), ' … '), sentence);
}

/**
 * The choice a sentence gives by the question's answer-only words (`sayWhenAsked`, less the bare yes / no / don't know),
 * in a sentence about the question's topic besides those words ("the creds come from a profile"; "--profile prod" alone
 * is not about where credentials come from). Undefined when it gives none, or more than one counting the choices' `say`
 * words too.
 */
function choiceIn(probe: QuestionProbe, topic: RegExp, sentence: string): string | undefined {
  const byWords = new Set<string>();
  const byAnswerWords = new Set<string>();
  for (const c of probe.choices) {
    if (c.id === 'unknown' || matchesAny(sentence, c.sayUnless)) continue;
    const specific = phrases(c.sayWhenAsked);
    if (says(sentence, c.say)) byWords.add(c.id);
    if (statedPlainly(sentence, specific) && topic.test(without(sentence, specific))) byAnswerWords.add(c.id);
  }
  const all = new Set([...byWords, ...byAnswerWords]);
  return byAnswerWords.size === 1 && all.size === 1 ? [...all][0] : undefined;
}

/**
 * The answer each of `open`'s questions gets from the person's sentences by its answer-only words, where exactly one is
 * given. (What its `say` words state is read by interpreter.ts `statementsIn`, as before.)
 */
export function answersIn(sentences: string[], open: string[]): ReadAnswer[] {
  const out: ReadAnswer[] = [];
  const said = sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '' && !NOT_A_STATEMENT.test(s));
  for (const probe of PROBES) {
    const topic = topicOf(probe.id);
    if (probe.kind !== 'question' || !topic || !open.includes(probe.id)) continue;
    const found = new Set(said.map((sentence) => choiceIn(probe, topic, sentence)).filter((c) => c !== undefined));
    if (found.size === 1) out.push({ probeId: probe.id, choiceId: [...found][0]! });
  }
  return out;
}
