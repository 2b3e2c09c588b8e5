/**
 * The text `awskey chat --jsonl` writes, redacted (chat-jsonl.ts). Most strings it writes are the catalogue's own
 * questions and fix steps, written again on every turn and up to three times in one reply (steps, shownSteps,
 * platforms): scanning each for secrets every time was about a quarter of a replayed conversation's time (a
 * `--cpu-prof` of the sim user's replays, stop 38). A string the scan leaves as it is is remembered and not scanned
 * again; a string that held a secret is never kept, so no pasted secret lives on in this memory.
 */
import { redact } from '../../core/redact';

/** Bounds the memory: catalogue strings number a few thousand; longer texts are scanned each time. */
const MAX_KEPT = 4096;
const MAX_LENGTH = 2000;
const clean = new Set<string>();

export function redactedText(s: string): string {
  if (clean.has(s)) return s;
  const out = redact(s).text;
  if (out === s && s.length <= MAX_LENGTH) {
    if (clean.size >= MAX_KEPT) clean.clear();
    clean.add(s);
  }
  return out;
}
