import { CATALOGUE } from './rules/catalogue/index';
import { MAX_LINE_CHARS } from './normalise';
import { WRAP_WIDTHS } from './wrap-widths';
import { OPENS_VENDOR_TOKEN, opensVendorToken } from './secrets/vendor-tokens';
import { afterSecretRow, CUT_SECRET_PATTERNS } from './secrets/cut-secret';
import { firstNonBlank } from './first-non-blank';

/**
 * Lines cut at a column: one reading for the extractor (extract/unwrap.ts joinCutLines) and the secrets' view
 * (secrets/view.ts), so that both join the same lines and neither reads a cut its own way. A terminal copy, `fold`, a
 * mail client or a CI console cuts every long line at the paste's wrap width, mid-word ("… the request is inva" /
 * "lid."), mid-code ("InvalidClien" / "tTokenId") or mid-ARN. Such a cut is read from the text: the paste's widest
 * lines all stop at one width (a terminal's or mail's 60 to 132, or at least three lines of one width that nothing
 * exceeds), and a line that stops exactly there while the next goes on in the middle of a token is one line. The
 * pieces are rejoined when the joined token is a word or code of the catalogue's messages, or when neither piece is a
 * word of them (a cut id, ARN or number): a piece that is a word of its own (`invalidating` / `the`: a word wrap that
 * happened to fill the width) is left to unwrapLines. The next line's hanging indent goes with the cut.
 */

/** A text with fewer long lines cut than this, at a width no terminal uses, is not read as cut. */
const MIN_CUT_LINES = 3;
const MIN_CUT_WIDTH = 40;
const MAX_CUT_INDENT = 8;
/** Lines past this many are not read for cuts (a log's cut lines are joined in its first ones; bounded time). */
export const MAX_CUT_LINES = 20000;

let vocabulary: { words: Set<string>; longest: number } | undefined;
/**
 * Lower-cased words and codes of the catalogue's messages (the sources' own strings), built once, and the longest one's
 * length: a longer piece is no word of them, said without lower-casing it (a base64 blob's lines are all such pieces).
 */
function knownWords(): { words: Set<string>; longest: number } {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  for (const e of CATALOGUE) {
    for (const w of `${e.message} ${e.code ?? ''}`.split(/[^A-Za-z0-9]+/)) if (w.length >= 2) words.add(w.toLowerCase());
  }
  vocabulary = { words, longest: Math.max(...[...words].map((w) => w.length)) };
  return vocabulary;
}

/** `text`, lower-cased, is one of `known`'s words; a text longer than all of them is not lower-cased. */
function isKnown(known: { words: Set<string>; longest: number }, text: string): boolean {
  return text.length <= known.longest && known.words.has(text.toLowerCase());
}

/**
 * A token's characters: letters, digits and base64's `/` and `+` (a session token cut at `/` goes on: a cut the secrets'
 * view (secrets/view.ts) would rejoin must be rejoined here too, or the piece after it is read alone).
 */
const isTokenChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 43;

/** How many characters open a line before what was printed (a kept CI time): not counted in its width. */
export type KeptPrefix = (line: string) => number;
const NO_PREFIX: KeptPrefix = () => 0;

/** The paste's wrap width (0: none): the widest length when it is a terminal's width or held by MIN_CUT_LINES lines. */
export function cutWidth(lines: readonly string[], kept: KeptPrefix = NO_PREFIX): number {
  let width = 0;
  let count = 0;
  const n = Math.min(lines.length, MAX_CUT_LINES);
  for (let i = 0; i < n; i++) {
    const l = lines[i]!.length - kept(lines[i]!);
    if (l > width) {
      width = l;
      count = 1;
    } else if (l === width) count++;
  }
  return isCutWidth(width, count) ? width : 0;
}

/** The widest lines (`count` of them, `width` long) stop at a wrap width. */
export function isCutWidth(width: number, count: number): boolean {
  return width >= MIN_CUT_WIDTH && (WRAP_WIDTHS.has(width) || count >= MIN_CUT_LINES);
}

/** How many blanks of `next`'s hanging indent go with a cut after `prev` (exactly the wrap width), or -1 when the cut is not mid-token. */
function cutIndent(prev: string, next: string): number {
  let indent = 0;
  while (indent < MAX_CUT_INDENT && (next.charCodeAt(indent) === 32 || next.charCodeAt(indent) === 9)) indent++;
  if (!isTokenChar(prev.charCodeAt(prev.length - 1)) || !isTokenChar(next.charCodeAt(indent))) return -1;
  // a row of its own after a secret's whole value (secrets/cut-secret.ts, the view's reading too)
  if (opensVendorToken(next, indent) || afterSecretRow(prev, 0, prev.length, next, indent) === 'row') return -1;
  const known = knownWords();
  // Each piece is read back at most one character past the longest known word: a longer piece is none (a blob's line).
  const reach = known.longest + 1;
  let a = prev.length;
  while (a > 0 && prev.length - a < reach && isTokenChar(prev.charCodeAt(a - 1))) a--;
  let b = 0;
  while (indent + b < next.length && b < reach && isTokenChar(next.charCodeAt(indent + b))) b++;
  const head = prev.slice(a);
  const tail = next.slice(indent, indent + b);
  if (!isKnown(known, head + tail) && (isKnown(known, head) || isKnown(known, tail))) return -1;
  return indent;
}

/** A log record's opening (a date, a time of day or a level): a line opening so starts a record, not the rest of a cut one. */
const RECORD_START = /^\s*(?:\[?\d{4}[-/]\d\d[-/]\d\d|\[?\d\d:\d\d:\d\d|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\b)/;
/** How many opening characters two lines share when they are rows of one listing (a retry logged again, a table's rows). */
const OPENING_CHARS = 8;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `a` and `b` open alike (OPENING_CHARS characters after their leading blanks), read character by character without
 * building strings (it is asked of every line of a cut blob): with digits read alike and all eight there (a table's rows
 * open "user01  …", "user02  …"), or with letters and digits read as one class ("i-0123456" and "i-0fedcba") when the
 * opening holds another character than those and spaces (prose's words fall alike too often; a base64 or hex blob cut
 * at the width opens like any other and is still joined).
 */
function opensAlike(a: string, b: string): boolean {
  const ia = firstNonBlank(a);
  const ib = firstNonBlank(b);
  const la = Math.min(OPENING_CHARS, a.length - ia);
  if (la !== Math.min(OPENING_CHARS, b.length - ib)) return false;
  let digitsAlike = la === OPENING_CHARS;
  let shapeAlike = true;
  let marked = false;
  for (let k = 0; k < la && (digitsAlike || shapeAlike); k++) {
    const ca = a.charCodeAt(ia + k);
    const cb = b.charCodeAt(ib + k);
    if (ca !== cb && !(isDigit(ca) && isDigit(cb))) digitsAlike = false;
    const ta = isTokenChar(ca);
    if (ta !== isTokenChar(cb) || (!ta && ca !== cb)) shapeAlike = false;
    if (!ta && ca !== 32) marked = true;
  }
  return digitsAlike || (shapeAlike && marked);
}

/** `next` starts a record of its own: it opens with a date, time or level, or opens as the line it would be joined onto. */
function startsRecord(onto: string, next: string): boolean {
  return RECORD_START.test(next) || opensAlike(onto, next);
}


/** A line that goes on the line before it (on the first line of its run of cuts), without its first `indent` blanks. */
export interface Cut {
  line: number;
  indent: number;
}

/**
 * The lines cut at the paste's wrap width (`width`, when the caller has read it already), in order. A joined line is
 * kept within normalise's bound on a line.
 */
export function readCuts(lines: readonly string[], kept: KeptPrefix = NO_PREFIX, width = cutWidth(lines, kept)): Cut[] {
  const cuts: Cut[] = [];
  if (width === 0) return cuts;
  const n = Math.min(lines.length, MAX_CUT_LINES);
  // The line a run of cut lines goes onto (-1: none open), and its length with them.
  let head = -1;
  let joined = 0;
  for (let i = 0; i + 1 < n; i++) {
    const next = lines[i + 1]!;
    const onto = head < 0 ? i : head;
    const indent =
      lines[i]!.length - kept(lines[i]!) === width && !startsRecord(lines[onto]!, next) && !(onto !== i && startsRecord(lines[i]!, next))
        ? cutIndent(lines[i]!, next)
        : -1;
    const length = (head < 0 ? lines[i]!.length : joined) + next.length - indent;
    if (indent < 0 || length > MAX_LINE_CHARS) {
      head = -1;
      continue;
    }
    head = onto;
    joined = length;
    cuts.push({ line: i + 1, indent });
  }
  return cuts;
}

/** A GitHub Actions runner's time (`2024-03-01T12:00:00.1234567Z `) that paste-shape.ts keeps on a log's first line: not counted in its width. */
export const KEPT_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /;
const KEPT_TIME_AT = new RegExp(KEPT_TIME.source.slice(1), 'y');
function keptTimeAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x30 || c > 0x39) return 0;
  KEPT_TIME_AT.lastIndex = at;
  return KEPT_TIME_AT.test(text) ? KEPT_TIME_AT.lastIndex - at : 0;
}
const keptTime = (line: string): number => keptTimeAt(line, 0);

/**
 * `text`'s wrap width (cutWidth; 0: none), read on line-break offsets, nothing copied: most pastes have no wrap width and
 * are not split.
 */
function cutWidthOf(text: string): number {
  let width = 0;
  let count = 0;
  let start = 0;
  for (let n = 0; n < MAX_CUT_LINES; n++) {
    const nl = text.indexOf('\n', start);
    const l = (nl < 0 ? text.length : nl) - start - keptTimeAt(text, start);
    if (l > width) {
      width = l;
      count = 1;
    } else if (l === width) count++;
    if (nl < 0) break;
    start = nl + 1;
  }
  return isCutWidth(width, count) ? width : 0;
}

/** The last text read and its cuts: the extractor's reading (paste-shape.ts) and the secrets' view read one text in turn. */
let last: { text: string; cuts: Cut[] } | undefined;

/**
 * The lines of `text` cut at its wrap width (readCuts, a kept CI time not counted): the one reading of cuts that the
 * extractor and the secrets' view share. Read once for both: the last text's cuts are kept.
 */
export function cutsOf(text: string): Cut[] {
  if (last?.text === text) return last.cuts;
  const width = cutWidthOf(text);
  const cuts = width === 0 ? [] : readCuts(text.split('\n'), keptTime, width);
  last = { text, cuts };
  return cuts;
}

/** This file's regexes, for the ReDoS safety test (src/core/patterns.ts): they run on every pasted line. */
export const CUT_LINE_PATTERNS: RegExp[] = [...CUT_SECRET_PATTERNS, RECORD_START, KEPT_TIME, KEPT_TIME_AT, OPENS_VENDOR_TOKEN];
