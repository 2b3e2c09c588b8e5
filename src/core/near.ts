/**
 * "A, then within N characters (or words) of a gap, B" as data, matched in linear time.
 *
 * Written as one regex (`\bclock\b.{0,30}\b(slow|fast)\b`) such a pattern is linear in practice (each try's steps are
 * bounded by the gap), but recheck's automaton checker could not decide 14 of them in 60 s: the bounded gap expands into an
 * automaton too large to explore (test/unit/core/answer-words-regex-safety.test.ts). Here each part is a small regex the
 * checker proves, and the gap is walked by hand: for each match of `first` (found by the regex's own scan), the gap's
 * units are stepped at most `within` times and `then` is tried, sticky, at each end, longest gap first. That is what the
 * backtracking engine did with the one regex, so the matches (and their spans) are the same — the differential test
 * (test/unit/core/near.test.ts) holds the old regexes and checks it on the tuning corpora and generated text. Cost per
 * match of `first`: at most `within` steps of the gap and `within` + 1 sticky tries of `then`, each a part the safety test
 * proves linear where it runs (anchored); a place in the text is reached only from the matches of `first` within the gap
 * before it, a number bounded by `within`. A gap's unit must also read a bounded stretch at each try (a class, or WORD
 * below, never `[\w-]+ `): a unit that reads to the end of a run is tried from every `first` inside that run, and the
 * tries overlap (near.test.ts counts them).
 *
 * It assumes `first` ends in one place for a given start (a trailing `\b`, or alternatives no one of which is a prefix
 * of another that could also end there): the engine would retry a shorter end of `first` when the rest failed.
 */
export interface Near {
  /** What comes first (a regex source). */
  readonly first: string;
  /** What follows it, right after the gap (a regex source). */
  readonly then: string;
  /** One unit of the gap: a character class (`.`, `[^.]`) or a word with its space (WORD). */
  readonly gap: string;
  /** At most this many units between the two. */
  readonly within: number;
  /** At least this many (default 0). */
  readonly atLeast?: number;
  /** A unit that may come first and does not count toward `within`: `(an? |the )` before a run of words. */
  readonly lead?: string;
  /** What must not follow `then` within its own gap: the old `(?!gap{0,within}words)` tail. */
  readonly notAfter?: { readonly gap: string; readonly within: number; readonly words: string };
  /** The first capture group of `first` and of `then` must be the same (the old `\1`) or differ (`(?!\1…)`). */
  readonly capture?: 'same' | 'other';
}

/** A person's words to look for: a regex source (case-insensitive), or two joined by a bounded gap. */
export type Words = string | Near;

export const near = (first: string, then: string, how: Omit<Near, 'first' | 'then'>): Near => ({ first, then, ...how });

/**
 * A word and its space, as a gap's unit. Bounded: a unit is tried sticky at each gap end, and `[\\w-]+ ` read to the end of
 * a run with no space at each try ('assume-' repeated: every 7 characters a new `first`, each unit reading the rest of the
 * run, quadratic; 6.8 s at 100 KB, the review of stop 32's merges). 64 characters is the longest IAM role name (IAM API
 * reference, RoleName: "Maximum length of 64"), the longest word the word-gap forms step over before "role".
 */
export const WORD = '[\\w-]{1,64} ';

/** The regex sources a Near is made of, each checked on its own by the regex-safety tests. */
export const nearParts = (n: Near): string[] =>
  [n.first, n.then, n.gap, ...(n.lead ? [n.lead] : []), ...(n.notAfter ? [n.notAfter.gap, n.notAfter.words] : [])];

/** The regex sources of words, each checked on its own by the regex-safety tests. */
export const wordsParts = (w: Words): string[] => (typeof w === 'string' ? [w] : nearParts(w));

/** A match's start and text, as a RegExpExecArray gives them. */
export interface Span {
  readonly index: number;
  readonly 0: string;
}

interface Compiled {
  first: RegExp;
  then: RegExp;
  unit: RegExp;
  lead?: RegExp;
  notAfter?: { unit: RegExp; words: RegExp; within: number };
}

const sticky = (source: string): RegExp => new RegExp(source, 'iy');

function compile(n: Near): Compiled {
  return {
    first: new RegExp(n.first, 'gi'),
    then: sticky(n.then),
    unit: sticky(n.gap),
    ...(n.lead ? { lead: sticky(n.lead) } : {}),
    ...(n.notAfter ? { notAfter: { unit: sticky(n.notAfter.gap), words: sticky(n.notAfter.words), within: n.notAfter.within } } : {}),
  };
}

/** Where a sticky regex's match at `at` ends, or -1. */
function endAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? -1 : at + m[0].length;
}

/** The ends of up to `within` units of the gap from `at`, nearest first (a unit that matches empty ends the walk). */
function unitEnds(unit: RegExp, text: string, at: number, within: number): number[] {
  const ends = [at];
  for (let p = at; ends.length <= within; ) {
    const e = endAt(unit, text, p);
    if (e <= p) break;
    ends.push((p = e));
  }
  return ends;
}

/**
 * The gap's ends after `at` in the order the engine tried them: greedy, so the longest first; with a lead, every end
 * after the lead before those without it.
 */
function gapEnds(c: Compiled, n: Near, text: string, at: number): number[] {
  const atLeast = n.atLeast ?? 0;
  const run = (from: number) => unitEnds(c.unit, text, from, n.within).slice(atLeast).reverse();
  const afterLead = c.lead ? endAt(c.lead, text, at) : -1;
  return afterLead > at ? [...run(afterLead), ...run(at)] : run(at);
}

function followedBy(na: NonNullable<Compiled['notAfter']>, text: string, at: number): boolean {
  return unitEnds(na.unit, text, at, na.within).some((p) => endAt(na.words, text, p) >= 0);
}

/** The first match at or after `from`, as the one regex with the `g` flag and lastIndex `from` would find it. */
function execFrom(c: Compiled, n: Near, text: string, from: number): Span | null {
  for (let i = from; i <= text.length; ) {
    c.first.lastIndex = i;
    const a = c.first.exec(text);
    if (a === null) return null;
    for (const p of gapEnds(c, n, text, a.index + a[0].length)) {
      c.then.lastIndex = p;
      const b = c.then.exec(text);
      if (b === null) continue;
      if (n.capture && (a[1] === b[1]) !== (n.capture === 'same')) continue;
      const end = p + b[0].length;
      if (c.notAfter && followedBy(c.notAfter, text, end)) continue;
      return { index: a.index, 0: text.slice(a.index, end) };
    }
    i = a.index + 1;
  }
  return null;
}

const COMPILED = new WeakMap<Near, Compiled>();
function compiled(n: Near): Compiled {
  let c = COMPILED.get(n);
  if (!c) COMPILED.set(n, (c = compile(n)));
  return c;
}

/** Whether the text has a match. */
export const nearTest = (n: Near, text: string): boolean => execFrom(compiled(n), n, text, 0) !== null;

/** Every match, as `text.matchAll` of the one regex with the `g` flag would give them. */
export function nearMatches(n: Near, text: string): Span[] {
  const c = compiled(n);
  const out: Span[] = [];
  for (let m = execFrom(c, n, text, 0); m !== null; m = execFrom(c, n, text, m.index + Math.max(m[0].length, 1))) out.push(m);
  return out;
}
