/**
 * Literal anchors for regex batteries. Most patterns can only match where one of a few fixed words
 * appears ("security token included", "Unable to locate"), and `String.includes` on lowercased text
 * is far cheaper than running dozens of case-insensitive regexes over a long paste. Anchors are read
 * from the pattern source, so they cannot drift from the pattern: for every top-level alternative we
 * keep its longest run of plain, unquantified characters, which any match of that alternative must
 * contain. A pattern with an alternative that has no such run gets no anchors and always runs.
 */

import { LiteralScanner } from './literal-scan';

/** Escapes that stand for a class, an assertion or a control character rather than themselves. */
const SPECIAL_ESCAPE = /[A-Za-z0-9]/;
const MIN_ANCHOR = 3;

/** Index just past the group or class that opens at `start` (`(` or `[`). */
function skipBracket(src: string, start: number): number {
  const inClass = src[start] === '[';
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']' && i > start) return i + 1;
    } else if (c === '[') i = skipBracket(src, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** The top-level alternatives of a pattern source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') i = skipBracket(src, i) - 1;
    else if (c === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** How many characters after `\\e` still belong to that escape (\\u001b, \\x41, \\cJ, \\p{L}, \\k<n>, \\12). */
function escapeTail(src: string, at: number, e: string): number {
  const rest = src.slice(at, at + 40);
  const m =
    e === 'u' ? /^(?:\{[0-9A-Fa-f]{1,6}\}|[0-9A-Fa-f]{4})/.exec(rest)
    : e === 'x' ? /^[0-9A-Fa-f]{2}/.exec(rest)
    : e === 'c' ? /^[A-Za-z]/.exec(rest)
    : e === 'p' || e === 'P' ? /^\{[^}]{1,30}\}/.exec(rest)
    : e === 'k' ? /^<[^>]{1,30}>/.exec(rest)
    : /[0-9]/.test(e) ? /^[0-9]{1,3}/.exec(rest)
    : null;
  return m ? m[0].length : 0;
}

/** Length of the quantifier at `i` (`?`, `*`, `+`, `{n,m}`, with an optional lazy `?`), or 0. */
function quantifierLength(src: string, i: number): number {
  let n = 0;
  const c = src[i];
  if (c === '?' || c === '*' || c === '+') n = 1;
  else if (c === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i, i + 12));
    if (m) n = m[0].length;
  }
  if (n > 0 && src[i + n] === '?') n++;
  return n;
}

/** The longest literal run every match of this alternative contains, lowercased ('' if none). */
function longestLiteral(alt: string): string {
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i]!;
    let literal: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      next = i + 2 + escapeTail(alt, i + 2, e);
      if (!SPECIAL_ESCAPE.test(e)) literal = e;
    } else if (c === '(' || c === '[') next = skipBracket(alt, i);
    else if (!'.^$?*+{}|)]'.includes(c)) literal = c;
    const q = quantifierLength(alt, next);
    if (literal === undefined) {
      end();
    } else if (q === 0) {
      run += literal;
    } else if (alt[next] === '+') {
      // One copy is required; what follows may be more copies, so the run stops here.
      run += literal;
      end();
    } else {
      end();
    }
    i = next + q;
  }
  end();
  return best.toLowerCase();
}

/** anchorsOf's answers by pattern source (and, for the descending reading, by `>` and the source). */
const ANCHORS_OF = new Map<string, readonly string[] | undefined>();

/**
 * Lowercased literals, one per alternative, at least one of which appears in any text the pattern
 * matches; undefined when some alternative has no usable literal (the pattern must always run).
 * `descend`: an alternative with no literal run of its own (`\b(?:sso|identity center)\b`, `(?:^|[^\w-])(?:token|…)`)
 * takes the anchors of a group every match of it passes through, when each alternative of that group has some.
 * Off for the batteries that were tuned on the plain reading (a pattern's `has anchors` also decides what they run).
 */
export function anchorsOf(re: RegExp, descend = false): readonly string[] | undefined {
  // Read from the source alone, and asked again for most patterns (each battery, the message list, the line
  // search): about 1,900 calls for 700 sources at each import of the core.
  const key = descend ? `>${re.source}` : re.source;
  if (!ANCHORS_OF.has(key)) ANCHORS_OF.set(key, sourceAnchors(re.source, descend));
  return ANCHORS_OF.get(key);
}

function sourceAnchors(src: string, descend: boolean): string[] | undefined {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    const lit = longestLiteral(alt);
    const found = lit.length >= MIN_ANCHOR ? [lit] : descend ? groupAnchors(alt) : undefined;
    if (found === undefined) return undefined;
    for (const a of found) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** Lookarounds: what they read is not part of the match (a negative one is not in the text at all). */
const LOOKAROUND = /^\(\?<?[=!]/;

/**
 * The anchors of the first group of `alt` that every match of it passes through (not a lookaround, not optional or
 * repeated from zero) and whose every alternative has anchors; undefined when there is none.
 */
function groupAnchors(alt: string): string[] | undefined {
  for (let i = 0; i < alt.length; ) {
    const c = alt[i];
    if (c === '\\') {
      i += 2 + escapeTail(alt, i + 2, alt[i + 1] ?? '');
      continue;
    }
    if (c === '[') {
      i = skipBracket(alt, i);
      continue;
    }
    if (c !== '(') {
      i++;
      continue;
    }
    const end = skipBracket(alt, i);
    const q = quantifierLength(alt, end);
    const required = q === 0 || alt[end] === '+';
    if (required && !LOOKAROUND.test(alt.slice(i, i + 4))) {
      const head = alt.startsWith('(?:', i) ? 3 : alt.startsWith('(?<', i) ? alt.indexOf('>', i) + 1 - i : 1;
      const inner = sourceAnchors(alt.slice(i + head, end - 1), true);
      if (inner) return inner;
    }
    i = end + q;
  }
  return undefined;
}

/** False only when the pattern cannot match `lower` (the text, lowercased). */
export function mayMatch(anchors: readonly string[] | undefined, lower: string): boolean {
  if (!anchors) return true;
  for (const a of anchors) if (lower.includes(a)) return true;
  return false;
}

/**
 * Every anchor of every battery, found in one pass over the text (literal-scan.ts) that all
 * batteries share: the first battery to look at a text scans it, the others reuse the result.
 */
const registered: string[] = [];
const wordIndex = new Map<string, number>();
let scanner: LiteralScanner | undefined;
let lastText: string | undefined;
let lastFound: Array<readonly number[]> = [];
/**
 * Per anchor, the distinct starts of the lines holding its kept occurrences (lineStartsOf), for the last text. A Map,
 * not an array indexed by anchor id: ids run past a thousand, and an array written at a few high ids grew a backing
 * store of that length for every new text.
 */
let lastLineStarts = new Map<number, number[]>();
/** Occurrences of each anchor kept for the line-by-line search; more than this and the text is searched whole. */
const KEEP_OCCURRENCES = 1024;
let prefilterOn = true;

/** Off only in the test that proves the prefilter changes no diagnosis: every pattern then runs. */
export function setAnchorPrefilter(on: boolean): void {
  prefilterOn = on;
}

function register(words: readonly string[]): number[] {
  return words.map((w) => {
    let i = wordIndex.get(w);
    if (i === undefined) {
      i = registered.length;
      registered.push(w);
      wordIndex.set(w, i);
      scanner = undefined;
    }
    return i;
  });
}

/** Where each registered anchor occurs in `lower` (see LiteralScanner.scan); one scan per distinct text (the last one is kept). */
function anchorsIn(lower: string): Array<readonly number[]> {
  if (scanner && lastText === lower) return lastFound;
  scanner ??= new LiteralScanner(registered);
  lastFound = scanner.scan(lower, KEEP_OCCURRENCES);
  lastText = lower;
  lastLineStarts = new Map();
  return lastFound;
}

/**
 * Ascending distinct starts of the lines that hold the kept occurrences of anchor `a` in `lower` (the text
 * of the last scan; a line break sits at the same offsets in the text when both have one length). Shared
 * by every battery that looks at this text.
 */
function lineStartsOf(a: number, lower: string): number[] {
  let starts = lastLineStarts.get(a);
  if (starts === undefined) {
    starts = [];
    let prev = -1;
    // Occurrences are in order, so their line starts are too: only neighbours can repeat.
    for (const p of lastFound[a]!) {
      const start = lower.lastIndexOf('\n', p - 1) + 1;
      if (start !== prev) starts.push(start);
      prev = start;
    }
    lastLineStarts.set(a, starts);
  }
  return starts;
}

/** The union of the line starts of several anchors, ascending and distinct. */
function unionOfLineStarts(anchors: readonly number[], lower: string): number[] {
  if (anchors.length === 1) return lineStartsOf(anchors[0]!, lower);
  // A merge of the ascending lists (a sort call allocated its work arrays, for every pattern on every diagnosis).
  let all: number[] = [];
  for (const a of anchors) {
    const next = lineStartsOf(a, lower);
    if (next.length === 0) continue;
    if (all.length === 0) {
      all = next;
      continue;
    }
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < all.length || j < next.length) {
      const v = j >= next.length || (i < all.length && all[i]! <= next[j]!) ? all[i++]! : next[j++]!;
      if (merged.length === 0 || merged[merged.length - 1] !== v) merged.push(v);
    }
    all = merged;
  }
  return all;
}

/**
 * `lower.includes(word)` for fixed lowercase words, answered by the shared literal scan: an absent word is
 * otherwise a full pass over a long paste per word (a 1 MB log checked for twenty absent needles took
 * about 10 ms). A case-sensitive needle is looked for with `text.includes` only where its lowercase is here:
 * lowercasing keeps every ASCII character of a text where it was, so the lowercase of a needle in the text
 * is in `lower`. Words outside `words` are looked up with includes.
 */
export function wordGate(words: readonly string[]): (lower: string) => (word: string) => boolean {
  const ids = new Map<string, number>();
  const lowered = words.map((w) => w.toLowerCase());
  register(lowered).forEach((id, k) => ids.set(lowered[k]!, id));
  return (lower) => {
    if (!prefilterOn) return (word) => lower.includes(word);
    const found = anchorsIn(lower);
    return (word) => {
      const id = ids.get(word);
      return id === undefined ? lower.includes(word) : found[id]!.length > 0;
    };
  };
}

/** One scan for a whole battery: which of `patterns` can match `lower` (the text, lowercased)? */
export function liveFilter(patterns: readonly RegExp[]): (lower: string) => boolean[] {
  const perPattern = patterns.map(anchorIds);
  return (lower) => {
    if (!prefilterOn) return perPattern.map(() => true);
    const found = anchorsIn(lower);
    // Plain loops: this runs for every pattern of every battery on each diagnosis.
    const out = new Array<boolean>(perPattern.length);
    for (let k = 0; k < perPattern.length; k++) out[k] = isLive(perPattern[k], found);
    return out;
  };
}

/**
 * The words the shared scan looks for on a battery's behalf: the plain reading, else the descending one (a group every
 * match passes through: `\b(?:ProviderName|Source):…`, `…|\b(?:Valid credentials could not be sourced by …)`). Every
 * match holds one either way, so only what is skipped changes, never an answer. Without the fallback such a pattern
 * always ran, over the whole of a 1 MB log; anchorsOf's plain reading stays what messages.ts's ANCHORED list asks.
 */
export function scanAnchorsOf(re: RegExp): readonly string[] | undefined {
  return anchorsOf(re) ?? anchorsOf(re, true);
}

/** The registered ids of a pattern's anchors; undefined when it has none (it always runs). */
function anchorIds(re: RegExp): number[] | undefined {
  const anchors = scanAnchorsOf(re);
  return anchors ? register(anchors) : undefined;
}

/** Whether a pattern with anchors `ids` can match the text the scan `found` was made of. */
function isLive(ids: readonly number[] | undefined, found: ReadonlyArray<readonly number[]>): boolean {
  if (ids === undefined) return true;
  for (const i of ids) if (found[i]!.length > 0) return true;
  return false;
}

/** Escapes that can match a line break (or are too odd to judge), inside or outside a class. */
const MULTILINE_ESCAPE = /^[sWDnpPcxuk0-9]$/;

/**
 * True when no match of `re` can contain a line break, judged conservatively from its source: no
 * `\s`, `\W`, `\D`, `\n` or code-point escape, no negated class that lets a line break in, no `s` flag.
 */
export function withinOneLine(re: RegExp): boolean {
  if (re.flags.includes('s')) return false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      if (MULTILINE_ESCAPE.test(src[i + 1] ?? '')) return false;
      i++;
    } else if (c === '[') {
      const negated = src[i + 1] === '^';
      let excludesBreak = false;
      let mayBreak = false;
      let j = negated ? i + 2 : i + 1;
      for (; j < src.length && src[j] !== ']'; j++) {
        if (src.charCodeAt(j) < 10) mayBreak = true;
        if (src[j] !== '\\') continue;
        const e = src[j + 1] ?? '';
        if (e === 'n' || e === 's') excludesBreak = true;
        if (MULTILINE_ESCAPE.test(e) || (e === 't' && src[j + 2] === '-')) mayBreak = true;
        j++;
      }
      if (negated ? !excludesBreak : mayBreak) return false;
      i = j;
    }
  }
  return true;
}

/** `^` or `$` outside a class: without the `m` flag they mean the ends of the whole text, not of a line. */
function textAssertions(re: RegExp): boolean {
  if (re.flags.includes('m')) return false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i + 1 < src.length && src[++i] !== ']') if (src[i] === '\\') i++;
    } else if (c === '^' || c === '$') return true;
  }
  return false;
}

/** The first match of `re` (global) in `text` on the lines that start at `starts` (ascending) up to `until`, or null. */
function firstInLines(re: RegExp, text: string, starts: readonly number[], until = Infinity): RegExpExecArray | null {
  for (const start of starts) {
    if (start > until) break;
    const nl = text.indexOf('\n', start);
    re.lastIndex = 0;
    const m = re.exec(text.slice(start, nl === -1 ? text.length : nl));
    if (m) {
      m.index += start;
      m.input = text;
      return m;
    }
  }
  return null;
}

/**
 * The first match of each of `patterns` in `text` (null when there is none), as `exec` from the start
 * would find it, skipping the patterns whose anchors are absent. A pattern that cannot span lines
 * matches only on a line that holds one of its anchors (every match holds one). Those lines are
 * searched one at a time (the same search when the pattern has no `^`/`$` meaning the ends of the
 * whole text), up to the last occurrence the scan kept, and the rest of the text whole; a pattern
 * with such a `^`/`$` is searched from the line of its first anchor. `lower` is `text` lowercased.
 */
export function firstMatches(patterns: readonly RegExp[]): (text: string, lower: string) => Array<RegExpExecArray | null> {
  const liveIds = patterns.map(anchorIds);
  // A sticky pattern matches at the search's start only: searched from a line of its anchor, it would match elsewhere.
  const ids = patterns.map((re, i) => (withinOneLine(re) && !re.sticky ? liveIds[i] : undefined));
  const byLine = patterns.map((re) => !textAssertions(re));
  const global = patterns.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));
  return (text, lower) => {
    const found = prefilterOn ? anchorsIn(lower) : undefined;
    const aligned = found !== undefined && lower.length === text.length;
    return global.map((re, i) => {
      // liveFilter's answer, read per pattern (its array of flags was one more allocation per battery per diagnosis).
      if (found !== undefined && !isLive(liveIds[i], found)) return null;
      const mine = ids[i];
      let from = 0;
      if (aligned && mine) {
        const starts = unionOfLineStarts(mine, lower);
        from = starts[0] ?? 0;
        if (byLine[i]) {
          // Past the last occurrence kept for an anchor with more, the rest of the text is searched whole.
          let until = Infinity;
          for (const a of mine) {
            const list = found[a]!;
            if (list.length > KEEP_OCCURRENCES) until = Math.min(until, list[list.length - 1]!);
          }
          const m = firstInLines(re, text, starts, until);
          if (m || until === Infinity) return m;
          from = text.lastIndexOf('\n', until - 1) + 1;
        }
      }
      re.lastIndex = from;
      return re.exec(text);
    });
  };
}

/**
 * Which of `patterns` can match a single line, from the line lowercased: one scan of the line for all their anchors
 * (anchorsOf, descending into groups), for a battery run line by line over a few hundred lines at most (context-hints'
 * hints). Its own scanner: the shared one would record, for every text, each occurrence of the common words these
 * anchors hold ("token", "profile"). The answer is 1 at k when patterns[k] may match (always for one without anchors):
 * one buffer, overwritten by the next call, so a line costs no allocation.
 */
export function lineGate(patterns: readonly RegExp[]): (lowerLine: string) => Uint8Array {
  const words: string[] = [];
  const ids = patterns.map((re) => anchorsOf(re, true)?.map((w) => (words.includes(w) ? words.indexOf(w) : words.push(w) - 1)));
  const scanner = new LiteralScanner(words);
  const seen = new Uint8Array(words.length);
  const live = new Uint8Array(ids.length);
  return (lowerLine) => {
    if (!prefilterOn) return live.fill(1);
    scanner.mark(lowerLine, seen);
    for (let k = 0; k < ids.length; k++) live[k] = ids[k] === undefined || ids[k]!.some((w) => seen[w] === 1) ? 1 : 0;
    return live;
  };
}

/** Lines (0-based) a pattern can match on: those in `lines`, and every line from `from` on. */
export interface AnchorLines {
  lines: ReadonlySet<number>;
  from: number;
}

/**
 * For each of `patterns`, the lines of `text` on which it can match when run line by line: the lines
 * holding one of its anchors (undefined: any line, for a pattern without anchors or when positions in
 * `lower` do not match those in `text`). `lineOf` gives the 1-based line of an offset.
 */
export function anchorLines(patterns: readonly RegExp[]): (text: string, lower: string, lineOf: (offset: number) => number) => Array<AnchorLines | undefined> {
  const ids = patterns.map(anchorIds);
  return (text, lower, lineOf) => {
    if (!prefilterOn || lower.length !== text.length) return ids.map(() => undefined);
    const found = anchorsIn(lower);
    return ids.map((mine) => {
      if (!mine) return undefined;
      // Occurrences past the last one kept for an anchor with more are not known: every line from there on.
      let last = Infinity;
      const lines = new Set<number>();
      for (const a of mine) {
        const list = found[a]!;
        if (list.length > KEEP_OCCURRENCES) last = Math.min(last, list[list.length - 1]!);
        for (const p of list) lines.add(lineOf(p) - 1);
      }
      return { lines, from: last === Infinity ? Infinity : lineOf(last) - 1 };
    });
  };
}
