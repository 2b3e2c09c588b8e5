/**
 * What the egress guard replaced, by exit: counted for the metric and logged by whoever listens
 * (the Slack app registers its metrics and logger; the CLI prints a line on stderr). Never the value.
 */
export type EgressExit = 'cli' | 'slack' | 'log' | 'store' | 'audit' | 'metrics';
export type EgressListener = (exit: EgressExit, hits: number) => void;

const listeners = new Set<EgressListener>();
const totals = new Map<EgressExit, number>();
let reporting = false;

export function onEgressBlocked(listener: EgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportBlocked(exit: EgressExit, hits: number): void {
  if (hits <= 0) return;
  totals.set(exit, (totals.get(exit) ?? 0) + hits);
  // A listener that logs goes through the guarded logger again: no second report from inside one.
  if (reporting) return;
  reporting = true;
  try {
    for (const l of listeners) l(exit, hits);
  } finally {
    reporting = false;
  }
}

/** Replacements made in this process, per exit (tests read this). */
export function egressBlockedTotals(): Record<string, number> {
  return Object.fromEntries(totals);
}
