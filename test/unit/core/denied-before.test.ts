/**
 * says.ts reads a denial right before a match word by word (`deniedBefore`) instead of by the one regex it replaced, which
 * recheck proved safe only in 107-147 s. The two must agree on every clause `says` can hand it: each clause before a word
 * of every tuning-corpus sentence (held-out files are never read), and generated clauses of denials, their filler words,
 * other words and every kind of space and punctuation.
 */
import { deniedBefore, says } from '../../../src/core/says';
import { rng } from '../../helpers/synthetic-case';
import { tuningStrings } from '../../helpers/tuning-strings';

/** The regex `deniedBefore` replaced (says.ts at 1efa393), kept here as the reference it must match. */
const WAS = /\b(?:not|never|(?:do|does|did|is|are|was|were|have|has)n'?t)\s+(?:(?:use|uses|using|used|run|running|on|in|with|via|through|be|been|go|going|even|really|actually|think|believe|it'?s|a|an|the|any|our|my|it|its)\s+){0,3}$|\b(?:no|neither|nor)\s+$/i;
const CLAUSE_BREAK = /[,;:.!?()]|\b(?:but|and|though|although|because|since)\b/i;

/** Each clause before a word of every corpus sentence, as says.ts `clauseBefore` cuts it. */
function corpusClauses(): string[] {
  const out = new Set<string>();
  for (const v of tuningStrings()) {
    for (const sentence of v.split(/(?<=[.!?\n])/)) {
      const s = sentence.slice(0, 600);
      for (const m of s.matchAll(/\b\w/g)) out.add(s.slice(0, m.index).split(CLAUSE_BREAK).pop() ?? '');
    }
  }
  return [...out];
}

const WORDS = [
  'not', 'NOT', 'never', "don't", 'dont', "doesn't", "didn't", "isn't", 'arent', "wasn't", "weren't", "haven't", 'hasnt', 'cannot', "won't", 'snot', 'knot', 'no', 'No', 'neither', 'nor',
  'use', 'using', 'USED', 'run', 'on', 'in', 'with', 'via', 'be', 'going', 'even', 'really', 'think', "it's", 'its', 'a', 'an', 'the', 'any', 'my',
  'sso', 'keys', 'env', 'profile', 'x', 'nope', 'note', 'nothing', 'anot', 'donot', '(not', '-not', '.no', 'é', 'not2', '_not', "n't",
];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '', '-', "'", '('];

function generated(count: number): string[] {
  const rnd = rng(31);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: count }, () => {
    let s = rnd() < 0.3 ? pick(SPACES) : '';
    for (let k = Math.floor(rnd() * 7); k > 0; k--) s += pick(WORDS) + pick(SPACES);
    return s;
  });
}

describe('deniedBefore', () => {
  it('when every clause before a word of the tuning corpora is read, then it says what the regex it replaced said', () => {
    const clauses = corpusClauses();
    expect(clauses.length).toBeGreaterThan(50_000);
    expect(clauses.filter((c) => deniedBefore(c) !== WAS.test(c)).slice(0, 5)).toEqual([]);
    // The comparison has both answers to compare: clauses that end in a denial are read too.
    expect(clauses.filter((c) => WAS.test(c)).length).toBeGreaterThan(200);
  });

  it('when generated clauses of denials, filler words, other words and spaces are read, then it says what the regex said', () => {
    const clauses = generated(200_000);
    expect(clauses.filter((c) => deniedBefore(c) !== WAS.test(c)).slice(0, 5).map((c) => JSON.stringify(c))).toEqual([]);
    expect(clauses.filter((c) => WAS.test(c)).length).toBeGreaterThan(10_000);
  });

  it('when a denial of using stands up to three words before the match, then the words say nothing; four words before, they say it', () => {
    expect(says("we don't really even use sso", ['\\bsso\\b'])).toBe(false);
    expect(says("we aren't using the sso", ['\\bsso\\b'])).toBe(false);
    expect(says('no sso, keys in env', ['\\bsso\\b'])).toBe(false);
    expect(says("we don't really even actually use sso", ['\\bsso\\b'])).toBe(true);
    expect(says('we do not use aws sso', ['\\bsso\\b'])).toBe(true);
    expect(says('cannot load sso', ['\\bsso\\b'])).toBe(true);
  });
});
