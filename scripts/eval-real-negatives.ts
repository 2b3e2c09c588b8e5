/**
 * The real-negatives section of `npm run eval:real` (and so of `npm run eval`): how often `diagnose()` reports a
 * credential error on pastes from public threads that are not one (test/fixtures/real-negatives/README.md), per half
 * and per class. False positives are listed for the tuning half only; the held-out half prints numbers only, whole and
 * restricted to each fresh batch (labelled before awskey first ran on it, after the first batch's tuning half had been
 * tuned on).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/core/diagnose';
import type { Diagnosis } from '../src/core/diagnosis';
import { NEGATIVE_CLASSES, type NegativeClass } from './corpus/negative-classes';
import { EVAL_NOW } from './eval-lib';

export const REAL_NEGATIVES_DIR = join(__dirname, '..', 'test', 'fixtures', 'real-negatives');
type Half = 'tuning' | 'holdout';
/** Collection batches after the first (a case's `batch` field; absent means 1), each reported on its own. */
export const FRESH_NEGATIVE_BATCHES: readonly number[] = [2];

export interface RealNegative {
  file: string;
  url: string;
  paste: string;
  class: NegativeClass;
  tool: string;
  batch?: number;
}

export interface NegativesReport {
  half: Half;
  /** Set when the report covers one collection batch only. */
  batch?: number;
  cases: number;
  falsePositives: { hit: number; of: number };
  byClass: { cls: NegativeClass; hit: number; of: number }[];
  flagged: { c: RealNegative; d: Diagnosis }[];
}

export function loadNegatives(half: Half, dir = REAL_NEGATIVES_DIR): RealNegative[] {
  return readdirSync(join(dir, half))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, half, file), 'utf8')) as Omit<RealNegative, 'file'>) }));
}

export function evaluateNegatives(half: Half, dir = REAL_NEGATIVES_DIR, batch?: number): NegativesReport {
  const results = loadNegatives(half, dir)
    .filter((c) => batch === undefined || (c.batch ?? 1) === batch)
    .map((c) => ({ c, d: diagnose(c.paste, { now: EVAL_NOW }) }));
  const flagged = results.filter((r) => r.d.detected);
  const byClass = NEGATIVE_CLASSES.map((cls) => ({
    cls,
    hit: flagged.filter((r) => r.c.class === cls).length,
    of: results.filter((r) => r.c.class === cls).length,
  })).filter((x) => x.of > 0);
  return { half, ...(batch !== undefined ? { batch } : {}), cases: results.length, falsePositives: { hit: flagged.length, of: results.length }, byClass, flagged };
}

const pct = (hit: number, of: number): string => (of === 0 ? 'n/a (0/0)' : `${((hit / of) * 100).toFixed(1)}% (${hit}/${of})`);

export function formatNegatives(r: NegativesReport): string {
  const only = r.batch === undefined ? '' : `, fresh batch ${r.batch} only`;
  const name = r.half === 'tuning' ? `tuning half${only}` : `held-out half${only} (numbers only: never tune on it)`;
  const lines = [
    `real negatives, ${name}: ${r.cases} pastes in ${join(REAL_NEGATIVES_DIR, r.half)}`,
    `  false positives:               ${pct(r.falsePositives.hit, r.falsePositives.of)}`,
    '  by class:',
    ...r.byClass.map((x) => `    ${x.cls.padEnd(16)} ${pct(x.hit, x.of)}`),
  ];
  // Which pastes were flagged is shown for the tuning half only.
  if (r.half === 'tuning') {
    lines.push('', `  false positives (${r.flagged.length}):`);
    for (const { c, d } of r.flagged) {
      const top = d.causes.slice(0, 2).map((x) => `${x.id}:${x.score}`).join(' ');
      lines.push(`  ${c.file} [${c.class}, ${c.tool}]: codes ${d.errorCodes.join(', ') || 'none'}; top=[${top}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function realNegativesReport(dir = REAL_NEGATIVES_DIR): string {
  const reports = [
    ...(['tuning', 'holdout'] as const).map((h) => evaluateNegatives(h, dir)),
    ...FRESH_NEGATIVE_BATCHES.map((b) => evaluateNegatives('holdout', dir, b)),
  ];
  return reports.map(formatNegatives).join('\n');
}
