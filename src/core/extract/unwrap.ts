/**
 * Messages wrapped across lines. People paste error messages hard-wrapped by a terminal, an e-mail client or a
 * quoted reply ("The security token included in the\nrequest is invalid.", "Unable to locate\ncredentials."), and
 * Terraform wraps its diagnostics inside the `│ ` frame. A line that stops mid-sentence and a next line that goes
 * on in lowercase with the same prefix are one sentence: the continuation is joined onto the first line and its own
 * line is left empty, so every line keeps its number (locations and excerpts stay right).
 */

import { readCuts, type Cut } from '../cut-lines';
import { MAX_LINE_CHARS } from '../normalise';
import { printsVariable } from '../printed-variable';

/** The quote, frame or indentation a line opens with. */
const PREFIX = /^[ \t>│|]*/;
/** A line that stops mid-sentence: a word, a number, a comma or a quote, not a sentence end or code punctuation. */
const OPEN_END = /[A-Za-z0-9,'"`]$/;
/**
 * A continuation: a lowercase word of prose, never a dotted name (`botocore.credentials - DEBUG - …` opens a log
 * line), a stack frame (`at com.…`, `at Object.<anonymous>`) or a key = value line.
 */
const CONTINUES = /^\(?[a-z][a-z]{0,30}(?:[ ,]|\.(?: |$)|$)/;
const STACK_FRAME = /^at [\w$.<]/;
/** Wrapped lines are long; a short line is a list item, a heading or a word on its own. */
const MIN_WRAPPED = 12;
/** A message wraps over a few lines at most. */
const MAX_JOINED = 4;
/** A log has no wrapped prose worth joining past this many lines (and joining them all would cost time). */
const MAX_LINES = 5000;

/**
 * A command line: a program's name in lower case (after a `$ ` prompt or none), then its words and an option (`-jar`,
 * `--profile`). It ends where the next command starts, not mid-sentence: `java -Daws.accessKeyId=… -jar app.jar` then
 * `aws configure set …` were read as one sentence, and line 1's excerpt ran on into line 2 (QA 37 F2).
 */
const COMMAND_LINE = /^(?:\$[ \t]{1,4})?[a-z][a-z0-9._-]{0,30}(?:[ \t]{1,4}[^ \t]{1,200}){0,8}?[ \t]{1,4}--?[A-Za-z]/;

function joinable(prev: string, next: string): boolean {
  if (prev.length < MIN_WRAPPED || !OPEN_END.test(prev) || COMMAND_LINE.test(prev)) return false;
  if (!CONTINUES.test(next) || STACK_FRAME.test(next)) return false;
  // `$ echo $AWS_PROFILE` / `dev`: a print's output, not a sentence going on.
  return !/[=:]\s/.test(next.slice(0, 24)) && !printsVariable(prev);
}

const PREFIX_CHARS = ' \t>│|';

/** The character after the line's prefix (PREFIX) is "(" or a lowercase ASCII letter. */
function mayContinue(line: string): boolean {
  let i = 0;
  while (i < line.length && PREFIX_CHARS.includes(line[i]!)) i++;
  const c = line.charCodeAt(i);
  return c === 0x28 || (c >= 0x61 && c <= 0x7a);
}

/**
 * `lines` with wrapped continuations joined onto their first line; the same number of lines. When nothing is joined
 * it is `lines` itself (the caller then needs no new text). A line in `records` opened with a log record's prefix
 * (paste-shape.ts took it off): it starts a record of its own, never continues the line before.
 */
export function unwrapLines(lines: string[], records?: ReadonlySet<number>): string[] {
  let out = lines;
  const n = Math.min(lines.length, MAX_LINES);
  // The line the current sentence started on, and how many lines were joined onto it.
  let head = 0;
  let joined = 0;
  for (let i = 1; i < n; i++) {
    const line = lines[i]!;
    // Most lines cannot continue a sentence (CONTINUES wants "(" or a lowercase letter after the prefix): they are
    // passed over without building the strings below.
    if (joined >= MAX_JOINED || !mayContinue(line) || records?.has(i)) {
      head = i;
      joined = 0;
      continue;
    }
    const prefix = PREFIX.exec(line)![0];
    const rest = line.slice(prefix.length).trimEnd();
    const headPrefix = PREFIX.exec(out[head]!)![0];
    const headRest = out[head]!.slice(headPrefix.length).trimEnd();
    if (prefix.trim() === headPrefix.trim() && joinable(headRest, rest)) {
      if (out === lines) out = lines.slice();
      out[head] = `${out[head]!.trimEnd()} ${rest}`;
      out[i] = '';
      joined++;
      continue;
    }
    head = i;
    joined = 0;
  }
  return out;
}

export const UNWRAP_PATTERNS: RegExp[] = [PREFIX, OPEN_END, CONTINUES, STACK_FRAME, COMMAND_LINE];

/**
 * `lines` with the lines cut at the paste's wrap width rejoined (the same number of lines); `lines` itself when none is.
 * Where the cuts are is cut-lines.ts's reading (`cuts`), the one the secrets' view reads too; the lines may have been
 * redacted since it was read (their number is kept), so a hanging indent is taken off only where it still stands and a
 * joined line is still kept within normalise's bound on a line.
 */
export function joinCutLines(lines: string[], cuts: readonly Cut[] = readCuts(lines)): string[] {
  if (cuts.length === 0) return lines;
  const out = lines.slice();
  // The line the current run of cuts goes onto (-1: none), and the line joined last.
  let head = -1;
  let joined = -1;
  for (const { line, indent } of cuts) {
    if (head < 0 || joined !== line - 1) head = line - 1;
    const next = lines[line]!;
    let from = 0;
    while (from < indent && (next.charCodeAt(from) === 32 || next.charCodeAt(from) === 9)) from++;
    if (out[head]!.length + next.length - from > MAX_LINE_CHARS) {
      head = -1;
      continue;
    }
    out[head] += next.slice(from);
    out[line] = '';
    joined = line;
  }
  return out;
}
