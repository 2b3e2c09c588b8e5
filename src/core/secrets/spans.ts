/** The one place overlapping spans of a text are merged (detect.ts, redact.ts). */
import type { Span } from './evidence';

/**
 * Spans sorted by start, overlapping ones merged into the first (which names their kind): sort is stable, so of spans
 * with one start the first given comes first. `onMerge` sees each span merged into another.
 */
export function mergeSpans<T extends Span>(spans: T[], sorted = false, onMerge?: (into: T, span: T) => void): T[] {
  if (spans.length <= 1) return spans;
  const list = sorted ? spans : [...spans].sort((a, b) => a.start - b.start);
  const merged: T[] = [];
  for (const s of list) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      onMerge?.(last, s);
    } else merged.push(s);
  }
  return merged;
}
