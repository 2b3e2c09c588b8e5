import type { Clock } from '../../../src/usecases/ports';

/** A clock tests move by hand, so expiry is checked without waiting. */
export function manualClock(start = Date.parse('2026-01-01T00:00:00Z')): Clock & { advance(seconds: number): void } {
  let t = start;
  return { now: () => new Date(t), advance: (seconds) => void (t += seconds * 1000) };
}
