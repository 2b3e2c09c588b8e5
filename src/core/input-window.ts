/**
 * Inputs larger than normalise's bound (MAX_INPUT_CHARS) are read as their head and their tail: a long
 * log usually starts with the command and configuration and ends with the error. An AWS error in the
 * middle is read too, with the lines around it. Every stretch is cut at line boundaries, so no half of a
 * secret is left unrecognised at a cut, and the result stays within the bound so normalise keeps all of
 * it. The caller reports how much was read; the spans map lines of the kept text back to the input's.
 */
import type { SecretKind } from './diagnosis';
import { MAX_INPUT_CHARS } from './normalise';
import { findSecrets } from './redact';
import { AUTHN_FAMILIES, FAMILIES } from './rules/families';

/** Room left for the gap marker between the two ends. */
const MARKER_ROOM = 1000;
/** Characters kept from each end: together, with the gap marker, under MAX_INPUT_CHARS. */
export const HEAD_CHARS = endChars(MAX_INPUT_CHARS);
export const TAIL_CHARS = HEAD_CHARS;
/** Characters kept from each end of a text read within `limit` (its head and tail, with the gap marker, fit). */
export function endChars(limit: number): number {
  return Math.floor(limit / 2) - MARKER_ROOM;
}
/** How far back (or forward) a cut may move to land on a line break. */
const LINE_SLACK = 65_536;

/** How much of an input was read, when its middle was skipped (in characters, or bytes for a file read as it streams). */
export interface InputRead {
  totalChars: number;
  readChars: number;
  omittedChars: number;
  headLines: number;
  omittedLines: number;
  /** AWS errors in the middle whose lines (and a few dozen around each) were read, with their lines in the input. */
  errorsRead?: ErrorLine[];
  /** Kinds of secret in the part not read (and across its cuts): its poster is warned all the same. */
  omittedSecrets: SecretKind[];
  /** readNote's words for it, which every surface shows (CLI note, Slack thread note, diagnosis notes). */
  note: string;
}

export interface InputWindow {
  text: string;
  /** Present when the middle was skipped. */
  read?: InputRead;
  /** Where each kept stretch starts (its line in `text`, its line in the input), when the middle was skipped. */
  spans?: Span[];
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Secret scan of the unread middle, in slices: memory stays bounded whatever the input's size. */
export const SCAN_CHUNK = 262_144;
/** Slices overlap by more than any secret's span (wrapped tokens included), so none is missed at a cut. */
export const SCAN_OVERLAP = 16_384;

/**
 * Kinds of secret between `from` and `to`; the slices start on line breaks where one is near. With `within`, only a
 * secret that reaches into one of its ranges counts: one wholly in a part that is read is redacted there.
 */
export function secretKindsBetween(text: string, from: number, to: number, within?: ReadonlyArray<{ from: number; to: number }>): SecretKind[] {
  const counts = (start: number, end: number): boolean => !within || within.some((r) => start < r.to && end > r.from);
  const kinds = new Set<SecretKind>();
  let at = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (at < end) {
    const stop = Math.min(end, at + SCAN_CHUNK);
    for (const s of findSecrets(text.slice(at, stop))) if (counts(at + s.start, at + s.end)) kinds.add(s.kind);
    if (stop === end) break;
    const next = stop - SCAN_OVERLAP;
    const nl = text.lastIndexOf('\n', next);
    at = nl > next - SCAN_OVERLAP / 2 ? nl + 1 : next;
  }
  return [...kinds];
}

/** How far a cut may move to land on a line break: LINE_SLACK, or a quarter of an end for small bounds. */
function slackOf(end: number): number {
  return Math.min(LINE_SLACK, Math.floor(end / 4));
}

/**
 * The one cut rule, for a text read whole (here) and a file read as it streams (adapters/read-ends.ts),
 * in characters or bytes alike. A head of `end` ends at the line break at or before `end` (found by
 * `lastBreak`) when one is near; a tail of `end` that starts at `from` starts after the first line
 * break from `from` (found by `nextBreak`) when one is near. Undefined when none is: the caller cuts
 * where it falls (a byte reader on a character boundary).
 */
export function headCut(end: number, lastBreak: (at: number) => number): number | undefined {
  const nl = lastBreak(end);
  return nl > end - slackOf(end) ? nl : undefined;
}
export function tailCut(end: number, from: number, nextBreak: (at: number) => number): number | undefined {
  const nl = nextBreak(from);
  return nl !== -1 && nl < from + slackOf(end) ? nl + 1 : undefined;
}

/**
 * The error codes a diagnosis detects on (the credential and authorization families'), as a log prints them: what the
 * part not read is searched for. `Unauthorized` alone is any HTTP 401 or kubectl's, not AWS's.
 */
const MIDDLE_CODES = [...new Set([...AUTHN_FAMILIES, 'fam.authz'].flatMap((f) => FAMILIES[f] ?? []).filter((m) => m.startsWith('code.')).map((m) => m.slice('code.'.length)))]
  .filter((c) => c !== 'Unauthorized');
const MIDDLE_ERROR = new RegExp(`\\b(?:${MIDDLE_CODES.join('|')})\\b`, 'g');

/**
 * A log's AWS error can sit anywhere in the part not read (QA36 F14, QA37 F3: a CI log's one ExpiredToken at line 15,001
 * of 30,000, "no error found"). The lines around it are read too, as a third window: a few dozen either side (a Python
 * traceback stands before its error line, a Java stack after it), each side bounded in characters so a window stays small
 * whatever the lines. At most AROUND_MAX of them, one per distinct code (the first line with each): a code repeated down
 * a log adds nothing to its first line, and the tail gives up what they take, so what is read stays within the bound.
 */
const AROUND_LINES = 40;
const AROUND_CHARS = 6_144;
const AROUND_MAX = 3;
/** An error line longer than this is not read around (its window would not be small): the note names it instead. */
const AROUND_LINE_CHARS = 16_384;

/** An error found in the part the ends leave out: its code and where it is (a character offset). */
interface MiddleError {
  at: number;
  code: string;
}
/** A stretch of the input kept, from `from` to `to` (exclusive; `to` is a line break or the end). */
interface Kept {
  from: number;
  to: number;
}

/**
 * The lines around the error line at `at`, within `[from, to)`, at most `side` characters either side: undefined when its
 * line alone is too long to read.
 */
function around(text: string, at: number, from: number, to: number, side: number): Kept | undefined {
  const lineStart = Math.max(from, text.lastIndexOf('\n', at) + 1);
  const nl = text.indexOf('\n', at);
  const lineEnd = nl === -1 || nl > to ? to : nl;
  if (lineEnd - lineStart > AROUND_LINE_CHARS) return undefined;
  let start = lineStart;
  for (let i = 0; i < AROUND_LINES && start > from; i++) {
    const prev = Math.max(from, text.lastIndexOf('\n', start - 2) + 1);
    if (lineStart - prev > side) break;
    start = prev;
  }
  let stop = lineEnd;
  for (let i = 0; i < AROUND_LINES && stop < to; i++) {
    const next = text.indexOf('\n', stop + 1);
    const end = next === -1 || next > to ? to : next;
    if (end - lineEnd > side) break;
    stop = end;
  }
  return { from: start, to: stop };
}

/**
 * The windows around the errors between `from` and `to` (in order, within `budget` characters together), and the first
 * error left out (past AROUND_MAX distinct codes, the budget, or on a line too long), which the read note names.
 */
function errorsBetween(text: string, from: number, to: number, budget: number): { read: Array<Kept & MiddleError>; unread?: MiddleError } {
  const read: Array<Kept & MiddleError> = [];
  const codes = new Set<string>();
  let used = 0;
  // A small bound (the conversation keeps 24,000 characters of a paste) reads fewer lines around each error.
  const side = Math.min(AROUND_CHARS, Math.floor(budget / (2 * AROUND_MAX)));
  MIDDLE_ERROR.lastIndex = from;
  for (let m = MIDDLE_ERROR.exec(text); m && m.index < to; m = MIDDLE_ERROR.exec(text)) {
    if (codes.has(m[0])) continue;
    const w = read.length < AROUND_MAX ? around(text, m.index, from, to, side) : undefined;
    if (!w || used + (w.to - w.from) > budget) return { read, unread: { at: m.index, code: m[0] } };
    read.push({ ...w, at: m.index, code: m[0] });
    codes.add(m[0]);
    used += w.to - w.from;
    // The rest of this window is read already: the search goes on past it.
    MIDDLE_ERROR.lastIndex = w.to;
  }
  return { read };
}

/** The 1-based line of the input at `offset`, counted on from a known one (`line` at `from`): one pass for all of them. */
function lineAt(text: string, from: number, line: number, offset: number): number {
  return line + countLines(text, from, offset);
}

/** Where a kept stretch starts, as a line of the kept text and the line of the input it is: every location maps back through these. */
export interface Span {
  line: number;
  inputLine: number;
}

/** The input's line number for line `line` of the kept text (the line itself when the whole input was read). */
export function inputLineOf(spans: readonly Span[] | undefined, line: number): number {
  if (!spans) return line;
  let s = spans[0]!;
  for (const t of spans) if (t.line <= line) s = t;
  return s.inputLine + (line - s.line);
}

/** The spans of a text kept as its head and its tail only (a file read as it streams): the tail starts after the marker line. */
export function endsSpans(headLines: number, omittedLines: number): Span[] {
  return [
    { line: 1, inputLine: 1 },
    { line: headLines + 2, inputLine: headLines + omittedLines + 1 },
  ];
}

/** Where `text` is cut to keep its head, its tail and the lines around errors between them within `limit`, and the text kept. */
function cut(text: string, limit: number) {
  const end = endChars(limit);
  const headEnd = headCut(end, (at) => text.lastIndexOf('\n', at)) ?? end;
  const tailFrom = text.length - end;
  let tailStart = tailCut(end, tailFrom, (at) => text.indexOf('\n', at)) ?? tailFrom;
  // The windows take at most a quarter of an end; the tail gives up what they take, from its start.
  const { read: errors, unread } = errorsBetween(text, headEnd + 1, tailStart, Math.floor(end / 4));
  const taken = errors.reduce((n, w) => n + w.to - w.from, 0);
  if (taken > 0) tailStart = tailCut(end, tailStart + taken, (at) => text.indexOf('\n', at)) ?? tailStart + taken;
  // The stretches kept, in order; one that starts right after the last (past its line break) joins it.
  const kept: Kept[] = [{ from: 0, to: headEnd }];
  for (const k of [...errors, { from: tailStart, to: text.length }]) {
    const last = kept[kept.length - 1]!;
    if (k.from <= last.to + 1) last.to = Math.max(last.to, k.to);
    else kept.push({ from: k.from, to: k.to });
  }
  const parts: string[] = [];
  const spans: Span[] = [];
  const gaps: Array<{ from: number; to: number; lines: number }> = [];
  // Lines counted once, stretch by stretch: `line` in the kept text, `inputLine` in the input, `at` where it was counted to.
  let line = 1;
  let inputLine = 1;
  let at = 0;
  for (const k of kept) {
    inputLine = lineAt(text, at, inputLine, k.from);
    if (spans.length > 0) {
      const gap = { from: at, to: k.from, lines: countLines(text, at + 1, k.from) };
      gaps.push(gap);
      parts.push(gapMarker(gap.to - gap.from, gap.lines));
      line++;
    }
    spans.push({ line, inputLine });
    parts.push(text.slice(k.from, k.to));
    const inside = countLines(text, k.from, k.to);
    line += inside + 1;
    inputLine += inside;
    at = k.to;
  }
  const where = (e: MiddleError) => ({ code: e.code, line: lineAt(text, 0, 1, e.at) });
  return {
    kept: parts.join('\n'),
    spans,
    gaps,
    headEnd,
    tailStart,
    around: errors.length === 0 ? undefined : { chars: taken, errors: errors.map(where) },
    unread: unread && where(unread),
  };
}

/** What stands in the kept text for the part not read (a file read as it streams writes the same). */
export function gapMarker(omitted: number, omittedLines: number, unit = 'characters'): string {
  return `[awskey: ${omitted.toLocaleString('en-US')} ${unit} (${omittedLines.toLocaleString('en-US')} lines) not read]`;
}

/** An AWS error found in the middle: its code and its line in the input. */
export interface ErrorLine {
  code: string;
  line: number;
}

const n = (v: number) => v.toLocaleString('en-US');
const errorList = (errors: readonly ErrorLine[]): string => {
  const each = errors.map((e) => `${e.code} at line ${n(e.line)}`);
  return each.length === 1 ? each[0]! : `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]!}`;
};

/**
 * How much of an input was read, in the words every surface uses (CLI note, Slack thread note). Line numbers shown
 * elsewhere are the input's (diagnose maps them back through the spans), so the note names lines as the input has them.
 */
export function readNote(r: { total: number; head: number; tail: number; omitted: number; around?: { chars: number; errors: readonly ErrorLine[] } }, unit = 'characters'): string {
  const ends = r.around
    ? `the first ${n(r.head)}, the last ${n(r.tail)} and ${n(r.around.chars)} around the AWS error code${r.around.errors.length === 1 ? '' : 's'} ${errorList(r.around.errors)}`
    : `the first ${n(r.head)} and the last ${n(r.tail)}`;
  return `input of ${n(r.total)} ${unit}: read ${ends}; ${n(r.omitted)} ${unit} in the middle were not read`;
}

/**
 * Only the head and tail of `text` within `limit`, for a caller that keeps text it has already read
 * (the conversation's evidence): no read record and no secret scan of the middle, which diagnose and
 * the adapters do once on the input itself.
 */
export function keepHeadAndTail(text: string, limit: number = MAX_INPUT_CHARS): string {
  return text.length <= limit ? text : cut(text, limit).kept;
}

/** The head and tail of an input within normalise's bound (and the lines around errors between them), with what was read and what the middle held. */
export function headAndTail(text: string): InputWindow {
  if (text.length <= MAX_INPUT_CHARS) return { text };
  const { kept, spans, gaps, headEnd, tailStart, around, unread } = cut(text, MAX_INPUT_CHARS);
  const omittedChars = gaps.reduce((sum, g) => sum + g.to - g.from, 0);
  const read = readNote({ total: text.length, head: headEnd, tail: text.length - tailStart, omitted: omittedChars, ...(around ? { around } : {}) });
  // An error the windows could not take: said, with where, so it is read on its own.
  const note = unread
    ? `${read}; the part not read ${around ? 'also ' : ''}holds the AWS error code ${unread.code} at line ${n(unread.line)}: read it with \`awskey diagnose --lines FILE\` or \`grep -n ${unread.code} FILE | awskey diagnose\``
    : read;
  // The middle is scanned for secrets in one pass with margins past its cuts (so one across a cut is whole in a slice); a
  // secret counts when it reaches into a gap: one wholly in a window around an error is read, and redacted there.
  const omittedSecrets = secretKindsBetween(text, headEnd - SCAN_OVERLAP, tailStart + SCAN_OVERLAP, gaps);
  return {
    text: kept,
    spans,
    read: {
      totalChars: text.length,
      readChars: text.length - omittedChars,
      omittedChars,
      headLines: (spans[1]?.line ?? 2) - 2,
      omittedLines: gaps.reduce((sum, g) => sum + g.lines, 0),
      ...(around ? { errorsRead: around.errors } : {}),
      omittedSecrets,
      note,
    },
  };
}
