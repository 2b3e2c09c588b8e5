/**
 * What the case keeps of one long input: its head and tail within the room (input-window.ts), and the lines diagnose read
 * its evidence on when the ends leave them out (QA38 F15: a 259 K-character CI log's ExpiredToken, or a no-credentials
 * line with no code, in the part not kept; diagnose of the paste said ExpiredToken while the belief, reading only the
 * ends, ranked "Not an AWS credential error 93 %"). The chat and Slack then rank a long paste as diagnose does.
 */
import type { Diagnosis } from '../diagnosis';
import { keepHeadAndTail } from '../input-window';

/** Lines kept either side of an evidence line (a traceback's last frames, a chain's next link). */
const AROUND = 2;
/** At most this many evidence lines are added back, each window cut to WINDOW_CHARS: together a small share of the room. */
const MAX_WINDOWS = 6;
const WINDOW_CHARS = 1_500;
/** Characters of an excerpt that must be found on its line (excerpts are redacted and cut: their start is the line's). */
const EXCERPT_PROBE = 40;

/** The 0-based lines of `lines` diagnose's evidence stands on, found by line number and checked against the excerpt. */
function evidenceLines(lines: readonly string[], text: string, d: Diagnosis): number[] {
  const found = new Set<number>();
  for (const c of d.causes) {
    if (c.score <= 0) continue;
    for (const e of c.evidence) {
      if (!e.at || e.polarity !== 'for') continue;
      // The excerpt up to the first redaction marker or key-id mask: those differ from the case's stand-ins.
      const probe = e.at.excerpt.split(/\[|\*|…/)[0]!.trim().slice(0, EXCERPT_PROBE);
      if (probe.length < 8) continue;
      const i = e.at.line - 1;
      if (lines[i]?.includes(probe)) found.add(i);
      else {
        const at = text.indexOf(probe);
        if (at >= 0) found.add(text.slice(0, at).split('\n').length - 1);
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * `full` (the input as the case keeps it: redacted, stand-ins) within `room`: the ends, as before, when they hold every
 * line `d` (diagnose of the input) read evidence on; else the ends in less room and those lines with a few around each,
 * placed after the first gap marker, in order.
 */
export function keepForEvidence(full: string, room: number, d?: Diagnosis): string {
  const kept = keepHeadAndTail(full, room);
  if (kept === full || !d) return kept;
  const lines = full.split('\n');
  const missing = evidenceLines(lines, full, d).filter((i) => !kept.includes(lines[i]!));
  if (missing.length === 0) return kept;
  const windows: string[] = [];
  let last = -1;
  for (const i of missing.slice(0, MAX_WINDOWS)) {
    const from = Math.max(last + 1, i - AROUND);
    if (from > i) continue;
    last = Math.min(lines.length - 1, i + AROUND);
    const w = lines.slice(from, last + 1).join('\n');
    // A window longer than its bound keeps its evidence line (cut) rather than the lines around it.
    windows.push(w.length <= WINDOW_CHARS ? w : lines[i]!.slice(0, WINDOW_CHARS));
  }
  const added = windows.join('\n');
  const ends = keepHeadAndTail(full, room - added.length - 1);
  const after = gapLineEnd(ends);
  if (after < 0) return `${ends}\n${added}`;
  return `${ends.slice(0, after)}\n${added}${ends.slice(after)}`;
}

/**
 * Where the line of keepHeadAndTail's gap marker ("[awskey: … not read]") ends, or -1. Read by index, not by a regex:
 * `^\[awskey: [^\n]* not read\]$` with the m flag is polynomial on many marker-like lines (recheck, regex-safety.test.ts).
 */
function gapLineEnd(text: string): number {
  for (let at = text.indexOf(GAP_OPEN); at !== -1; at = text.indexOf(GAP_OPEN, at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    const eol = text.indexOf('\n', at);
    const end = eol === -1 ? text.length : eol;
    if (text.slice(at, end).endsWith(GAP_CLOSE)) return end;
  }
  return -1;
}
const GAP_OPEN = '[awskey: ';
const GAP_CLOSE = ' not read]';
