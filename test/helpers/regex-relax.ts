/**
 * What recheck's automaton checker can decide, for patterns it cannot read as written: most lookarounds and every
 * backreference are outside its automata ("unsupported"). Such a pattern is checked as its relaxation instead, which
 * can only take longer:
 * - a lookaround whose body matches a bounded length (no `*`, `+`, `{n,}`), or one right after a leading `^` (no `m`
 *   flag: tried once, at the start), is dropped. Without it the pattern filters nothing, so it takes every backtracking
 *   path it took before; the lookaround itself costs what its body costs once per try, so the body is checked on its
 *   own, anchored where it runs;
 * - a backreference becomes a copy of the group it refers to (a superset of what it matches, at the same cost).
 * A lookaround with an unbounded body anywhere else stays, the checker answers "unknown", and the pattern must be
 * rewritten: tried at every position, it can cost the text's length at each (quadratic).
 */

interface Relaxed {
  source: string;
  /** Bodies of the leading lookarounds dropped, anchored where they run, each checked on its own. */
  bodies: string[];
}

/** Index just past the group that opens at `open` (a `(`), skipping escapes and character classes. */
function groupEnd(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(s, i) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return s.length;
}

function classEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i + 1;
  }
  return s.length;
}

/** The sources of the capture groups, by number. */
function captureGroups(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(s, i) - 1;
    else if (ch === '(' && (s[i + 1] !== '?' || /^\(\?<[A-Za-z]/.test(s.slice(i)))) {
      const end = groupEnd(s, i);
      out.push(s.slice(i, end).replace(/^\((?:\?<[A-Za-z]\w*>)?/, '(?:'));
    }
  }
  return out;
}

/** The source with each backreference replaced by a copy of the group it refers to. */
function withoutBackreferences(source: string): string {
  const groups = captureGroups(source);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (ch === '\\') {
      const ref = /^\\([1-9])/.exec(source.slice(i));
      out += ref && groups[Number(ref[1]) - 1] ? groups[Number(ref[1]) - 1] : source.slice(i, i + 2);
      i++;
    } else out += ch;
  }
  return out;
}

/** Whether a pattern's source has an unbounded quantifier (`*`, `+`, `{n,}`) outside character classes. */
function unbounded(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(src, i) - 1;
    else if (ch === '*' || ch === '+' || (ch === '{' && /^\{\d+,\}/.test(src.slice(i)))) return true;
  }
  return false;
}

export function relax(source: string, flags = ''): Relaxed {
  const src = withoutBackreferences(source);
  const bodies: string[] = [];
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += src.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const end = classEnd(src, i);
      out += src.slice(i, end);
      i = end - 1;
    } else if (ch === '(' && /^\(\?<?[=!]/.test(src.slice(i))) {
      const end = groupEnd(src, i);
      const body = src.slice(i, end).replace(/^\(\?<?[=!]/, '').slice(0, -1);
      if ((out === '^' && !flags.includes('m')) || !unbounded(body)) bodies.push(`^(?:${body})`);
      else out += src.slice(i, end);
      i = end - 1;
    } else out += ch;
  }
  return { source: out, bodies };
}
