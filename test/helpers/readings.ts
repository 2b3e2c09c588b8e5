/**
 * What diagnose() read in a text, for the reading tests (test/unit/core/extract/batch*-readings.test.ts): the signal
 * ids, and the leading cause with the ids of its evidence (a ranking test that fails when the reading it needs is gone).
 */
import { diagnose } from '../../src/core/diagnose';

const NOW = new Date('2026-12-06T00:00:00Z');

export const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { now: NOW, onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

export const leader = (text: string): { id: string; on: string[] } => {
  const top = diagnose(text, { now: NOW }).causes[0]!;
  return { id: top.id, on: top.evidence.map((e) => e.id) };
};

/** Every cause id in ranking order. */
export const ranking = (text: string): string[] => diagnose(text, { now: NOW }).causes.map((c) => c.id);
