/**
 * The answer words (probes.ts `say`, `sayWhenAsked`, `sayUnless`, `outranks.when` and the answer topics, statements.ts
 * `say` and `sayUnless`, compiled by says.ts with 'i') and the readers' own regexes that run on the same sentences, as
 * the regex sources answer-words-regex-safety.test.ts checks. regex-safety.test.ts leaves these to it.
 */
import { ANSWER_TOPICS, PROBES, STATEMENTS } from '../../src/core/knowledge';
import { READ_AS_ANSWER_PATTERNS, VARIABLE_NOT_SET } from '../../src/core/conversation/read-as-answer';
import { SAYS_PATTERNS } from '../../src/core/says';
import { wordsParts, type Words } from '../../src/core/near';

/**
 * What of a pattern the checker reads: a regex source as it is; a near form (near.ts) part by part, its `first` as the scan
 * it is and each other part anchored, as it runs (sticky, tried only at the few places right after a match of `first`).
 */
export const checked = (w: Words): string[] => wordsParts(w).map((s, i) => (i === 0 ? s : `^(?:${s})`));

export function answerWords(): string[] {
  const all = new Set<string>(Object.values(ANSWER_TOPICS));
  for (const p of PROBES) if (p.kind === 'question') for (const c of p.choices) for (const s of [...(c.say ?? []), ...(c.sayWhenAsked ?? []), ...(c.sayUnless ?? []), ...(c.outranks?.when ?? [])].flatMap(checked)) all.add(s);
  for (const st of STATEMENTS) for (const s of [...st.say, ...(st.sayUnless ?? [])].flatMap(checked)) all.add(s);
  // The readers' own regexes run on the same sentences (checked with 'i', which only widens them).
  for (const re of [...READ_AS_ANSWER_PATTERNS, ...SAYS_PATTERNS]) all.add(re.source);
  for (const s of checked(VARIABLE_NOT_SET)) all.add(s);
  return [...all];
}
