/**
 * Inputs larger than normalise's bound (MAX_INPUT_CHARS) are read as their head and their tail: a long
 * log usually starts with the command and configuration and ends with the error. Both halves are cut
 * at line boundaries, so no half of a secret is left unrecognised at a cut, and the result stays within
 * the bound so normalise keeps all of it. The caller reports how much was read.
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
  /** Kinds of secret in the part not read (and across its cuts): its poster is warned all the same. */
  omittedSecrets: SecretKind[];
  /** readNote's words for it, which every surface shows (CLI note, Slack thread note, diagnosis notes). */
  note: string;
}

export interface InputWindow {
  text: string;
  /** Present when the middle was skipped. */
  read?: InputRead;
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

/** Kinds of secret between `from` and `to`; the slices start on line breaks where one is near. */
export function secretKindsBetween(text: string, from: number, to: number): SecretKind[] {
  const kinds = new Set<SecretKind>();
  let at = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (at < end) {
    const stop = Math.min(end, at + SCAN_CHUNK);
    for (const s of findSecrets(text.slice(at, stop))) kinds.add(s.kind);
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
/** Lines read after an error line found in the middle (its stack or the next links of its chain). */
const ERROR_CONTEXT = 4096;

/** The first error code between `from` and `to`: where, and which. */
function errorCodeBetween(text: string, from: number, to: number): { at: number; code: string } | undefined {
  MIDDLE_ERROR.lastIndex = from;
  const m = MIDDLE_ERROR.exec(text);
  return m && m.index < to ? { at: m.index, code: m[0] } : undefined;
}

/** Where `text` is cut to keep its head and tail within `limit`, and the text kept (with a gap marker). */
function cut(text: string, limit: number) {
  const end = endChars(limit);
  let headEnd = headCut(end, (at) => text.lastIndexOf('\n', at)) ?? end;
  const tailFrom = text.length - end;
  let tailStart = tailCut(end, tailFrom, (at) => text.indexOf('\n', at)) ?? tailFrom;
  // A log's one AWS error can sit in the part not read (QA36 F14: 42 K characters of a 1 MB CI log skipped, and
  // "no error found"). The gap moves past it, as far as half the tail: the head reads on through the error line and
  // what follows it, the tail gives up as much from its start, so what is read stays within the bound.
  let unread: { at: number; code: string } | undefined = errorCodeBetween(text, headEnd, tailStart);
  if (unread) {
    const lineEnd = text.indexOf('\n', unread.at);
    const past = lineEnd < 0 ? text.length : lineEnd;
    const nl = text.lastIndexOf('\n', past + ERROR_CONTEXT);
    const moved = nl > past ? nl : past;
    const shift = moved - headEnd;
    if (shift <= Math.floor(end / 2)) {
      headEnd = moved;
      tailStart = tailCut(end, tailStart + shift, (at) => text.indexOf('\n', at)) ?? tailStart + shift;
      if (tailStart <= headEnd) tailStart = headEnd + 1;
      unread = errorCodeBetween(text, headEnd, tailStart);
    }
  }
  const omittedChars = tailStart - headEnd;
  const omittedLines = countLines(text, headEnd + 1, tailStart);
  return { kept: `${text.slice(0, headEnd)}\n${gapMarker(omittedChars, omittedLines)}\n${text.slice(tailStart)}`, headEnd, tailStart, omittedChars, omittedLines, unread };
}

/** What stands in the kept text for the part not read (a file read as it streams writes the same). */
export function gapMarker(omitted: number, omittedLines: number, unit = 'characters'): string {
  return `[awskey: ${omitted.toLocaleString('en-US')} ${unit} (${omittedLines.toLocaleString('en-US')} lines) not read]`;
}

/** How much of an input was read, in the words every surface uses (CLI note, Slack thread note). */
export function readNote(r: { total: number; head: number; tail: number; omitted: number; headLines: number; omittedLines: number }, unit = 'characters'): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    `input of ${n(r.total)} ${unit}: read the first ${n(r.head)} and the last ${n(r.tail)}; ${n(r.omitted)} ${unit} in the middle were not read ` +
    `(line numbers after line ${n(r.headLines)} are ${n(r.omittedLines - 1)} lower than in the input)`
  );
}

/**
 * Only the head and tail of `text` within `limit`, for a caller that keeps text it has already read
 * (the conversation's evidence): no read record and no secret scan of the middle, which diagnose and
 * the adapters do once on the input itself.
 */
export function keepHeadAndTail(text: string, limit: number = MAX_INPUT_CHARS): string {
  return text.length <= limit ? text : cut(text, limit).kept;
}

/** The head and tail of an input within normalise's bound, with what was read and what the middle held. */
export function headAndTail(text: string): InputWindow {
  if (text.length <= MAX_INPUT_CHARS) return { text };
  const { kept, headEnd, tailStart, omittedChars, omittedLines, unread } = cut(text, MAX_INPUT_CHARS);
  const headLines = countLines(text, 0, headEnd) + 1;
  const read = readNote({ total: text.length, head: headEnd, tail: text.length - tailStart, omitted: omittedChars, headLines, omittedLines });
  // An error too far into the middle to move the gap past: said, with where, so it is read on its own.
  const note = unread
    ? `${read}; the part not read holds the AWS error code ${unread.code} at line ${(countLines(text, 0, unread.at) + 1).toLocaleString('en-US')}: read it with \`awskey diagnose --lines FILE\` or \`grep -n ${unread.code} FILE | awskey diagnose\``
    : read;
  return {
    text: kept,
    read: {
      totalChars: text.length,
      readChars: text.length - omittedChars,
      omittedChars,
      headLines,
      omittedLines,
      omittedSecrets: secretKindsBetween(text, headEnd - SCAN_OVERLAP, tailStart + SCAN_OVERLAP),
      note,
    },
  };
}
