/**
 * Line numbers of a diagnosis made on a long input's kept text (input-window.ts: its head, the lines around
 * errors in its middle, its tail), given back as the input's, in one pass over every location the result
 * holds: what the CLI prints as `[line N]`, `--json` gives as `at.line`, and the notes name agree with the
 * file. Extraction itself counts lines of the kept text (its lines index them); only the result is mapped.
 */
import type { Diagnosis, Location } from './diagnosis';
import { inputLineOf, type Span } from './input-window';

export function toInputLines(d: Diagnosis, spans: readonly Span[] | undefined): void {
  if (!spans) return;
  // One location object can sit in several places (a signal's, its evidence's and a fact's): each is mapped once.
  const seen = new Set<Location>();
  const map = (l: Location | undefined): void => {
    if (!l || seen.has(l)) return;
    seen.add(l);
    l.line = inputLineOf(spans, l.line);
  };
  for (const c of d.causes) for (const e of c.evidence) map(e.at);
  for (const l of Object.values(d.facts.locations)) map(l);
  for (const k of d.facts.keyIds) map(k.at);
  for (const h of d.facts.hiddenCharacters ?? []) map(h.at);
}
