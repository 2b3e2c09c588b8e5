/**
 * The hand-written fast paths give what the regexes they replace give: the star-run scan of key-ids.ts
 * (STARS_LAST4), allMatches (String.matchAll), the ASCII class tables (one-character regex classes).
 */
import { allMatches } from '../../../../src/core/all-matches';
import { asciiTable, holdsRun, inClass } from '../../../../src/core/ascii-table';
import { STARS_LAST4, starsLast4 } from '../../../../src/core/extract/key-ids';
import { wordGate } from '../../../../src/core/extract/anchors';
import { isPlainText } from '../../../../src/core/plain-text';

/** A deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines of star runs of every length (0-30) between tail-like and other characters. */
function starLines(count: number): string[] {
  const next = random(10);
  const pieces = ['A', 'b', '9', '/', '+', ' ', '-', '=', 'x', ':'];
  const out: string[] = ['****************ABCD', `${'*'.repeat(40)}WXYZ`, `secret_key ${'*'.repeat(16)}ABCD`, `${'*'.repeat(8)}ABCDE`, '*'.repeat(300)];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = Math.floor(next() * 50);
    for (let i = 0; i < n; i++) s += next() < 0.3 ? '*'.repeat(Math.floor(next() * 31)) : pieces[Math.floor(next() * pieces.length)]!;
    out.push(s);
  }
  return out;
}

describe('fast paths equal their regexes', () => {
  it('starsLast4 finds what matchAll(STARS_LAST4) finds', () => {
    let matched = 0;
    for (const line of starLines(5000)) {
      const expected = [...line.matchAll(STARS_LAST4)].map((m) => ({ index: m.index, last4: m[1] }));
      matched += expected.length;
      expect(starsLast4(line)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(300);
  });

  it('allMatches finds what matchAll finds, and leaves the regex reusable', () => {
    const re = /(?<![A-Za-z0-9])(AKIA|ASIA)([A-Z0-9]{4,16})(?![A-Za-z0-9])|x(?=y)|q*/g;
    const next = random(11);
    const pieces = ['AKIA', 'ASIA', 'IOSFODNN7EXAMPLE', 'x', 'y', 'q', ' ', '-', 'a'];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)]!;
      const expected = [...s.matchAll(re)].map((m) => [m.index, ...m]);
      expect(allMatches(re, s).map((m) => [m.index, ...m])).toEqual(expected);
      expect(re.lastIndex).toBe(0);
    }
  });

  it('an ASCII table answers as its one-character class for every code unit', () => {
    for (const re of [/[A-Za-z0-9/+=%_.-]/, /[\s,;>]/, /[A-Za-z0-9_.-]/]) {
      const table = asciiTable(re);
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (inClass(table, re, `a${ch}`, 1) !== re.test(ch)) throw new Error(`${re} differs at U+${c.toString(16)}`);
      }
    }
  });

  it('holdsRun answers as /[class]{n}/ (redact.ts asks it for a base64 run of 26 before reading encoded key ids)', () => {
    const re = /[A-Za-z0-9+/]{26}/;
    const table = asciiTable(/[A-Za-z0-9+/]/);
    const next = random(12);
    // Runs of every length around 26, broken by characters outside the class (a non-ASCII letter among them).
    const pieces = ['A', 'z', '7', '+', '/', ' ', '=', '-', '\n', 'é', 'AKIAIOSFODNN7EXAMPLE', 'QUtJQUlPU0ZPRE5ON0VYQU1QTEU='];
    let held = 0;
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let i = Math.floor(next() * 40); i > 0; i--) s += pieces[Math.floor(next() * pieces.length)]!;
      if (re.test(s)) held++;
      expect(holdsRun(table, s, 26)).toBe(re.test(s));
    }
    expect(held).toBeGreaterThan(500);
    expect(holdsRun(table, 'a'.repeat(25), 26)).toBe(false);
    expect(holdsRun(table, `x ${'a'.repeat(26)}`, 26)).toBe(true);
  });
});

describe('wordGate', () => {
  it('answers lower.includes for its words and for others, whatever the text', () => {
    const words = ['x-amz-credential', 'token', '<not set>', 'a'];
    const has = wordGate(words);
    const texts = ['', 'a', 'no such words here', 'the x-amz-credential=ASIA… and a token', `${'token '.repeat(3000)}<not set>`, 'x-amz-credentia', '<not set'];
    for (const lower of texts) {
      const gate = has(lower);
      for (const w of [...words, 'absent', 'not set', 'oken']) expect(gate(w)).toBe(lower.includes(w));
    }
  });
});

describe('isPlainText', () => {
  it('answers as the regex, asked once or again, of the same or another string', () => {
    const texts = ['plain text\twith tab\n', 'caf\u00e9', 'plain text\twith tab\n', '', '\r\n', 'x\u200by', 'x\u200by', 'ok'];
    for (const t of [...texts, ...texts.reverse()]) expect(isPlainText(t)).toBe(!/[^\t\n\x20-\x7e]/.test(t));
  });
});
