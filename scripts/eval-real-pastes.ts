/**
 * `npm run eval:real` (and the last part of `npm run eval`): how `diagnose()` does on the real-pastes corpus,
 * pastes from public issue threads labelled from each thread's stated resolution (test/fixtures/real-pastes/README.md).
 * Per half: detection rate, false positives on the negatives, error codes found, top-1 where the paste shows the
 * cause, top-3 overall, and the credential source read from `aws configure list` tables. Misses are listed for the
 * tuning half only; the held-out half prints numbers only, so nobody tunes on it by reading its misses. The held-out
 * half is printed whole, then restricted to each fresh batch (threads collected after the engine was tuned on the
 * first batch, whose held-out numbers had been looked at across sessions), again as numbers only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/core/diagnose';
import type { Diagnosis } from '../src/core/diagnosis';
import { CAUSE_IDS, type CauseId } from '../src/core/taxonomy';
import { EVAL_NOW } from './eval-lib';
import { realNegativesReport } from './eval-real-negatives';

export const REAL_PASTES_DIR = join(__dirname, '..', 'test', 'fixtures', 'real-pastes');
export const HALVES = ['tuning', 'holdout'] as const;
export type Half = (typeof HALVES)[number];
/**
 * The collection batches after the first (the case files' `batch` field; absent means 1), each reported on its own:
 * a batch's held-out cases had never been seen when it was first measured.
 */
export const FRESH_BATCHES: readonly number[] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25];

/** The fields of a case file this evaluation reads (the unit test checks the full schema). */
export interface RealPaste {
  file: string;
  url: string;
  paste: string;
  cause: CauseId;
  also_acceptable: CauseId[];
  error_codes: string[];
  tool: string;
  text_shows_cause: boolean;
  credential_source?: string;
  batch?: number;
}

/** A case's collection batch: files of the first batch carry no `batch` field. */
export const batchOf = (c: Pick<RealPaste, 'batch'>): number => c.batch ?? 1;

export interface PasteResult {
  c: RealPaste;
  d: Diagnosis;
  positive: boolean;
  top1: boolean;
  top3: boolean;
  missingCodes: string[];
  sourceOk?: boolean;
}

/** A rate with its counts, so a reader sees how many cases stand behind it. */
export interface Rate {
  hit: number;
  of: number;
  rate: number;
}

export interface HalfReport {
  half: Half;
  /** Set when the report covers one collection batch only. */
  batch?: number;
  cases: number;
  positives: number;
  negatives: number;
  detection: Rate;
  falsePositives: Rate;
  errorCodes: Rate;
  top1WhereShown: Rate;
  top3: Rate;
  credentialSource: Rate;
  results: PasteResult[];
}

export function loadHalf(half: Half, dir = REAL_PASTES_DIR): RealPaste[] {
  return readdirSync(join(dir, half))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, half, file), 'utf8')) as Omit<RealPaste, 'file'>) }));
}

/**
 * An expected code is found when diagnose() reports it as is or with a namespace the corpus leaves out
 * (`botocore.exceptions.NoCredentialsError`, `Aws::Errors::MissingCredentialsError`, `Aws\\...\\CredentialsException`).
 */
export function codeFound(expected: string, found: readonly string[]): boolean {
  return found.some((f) => f === expected || [`.${expected}`, `::${expected}`, `\\${expected}`, `:${expected}`].some((s) => f.endsWith(s)));
}

function rate(hit: number, of: number): Rate {
  return { hit, of, rate: of === 0 ? 1 : hit / of };
}

export function evaluatePaste(c: RealPaste): PasteResult {
  const d = diagnose(c.paste, { now: EVAL_NOW });
  const ok = new Set<CauseId>([c.cause, ...c.also_acceptable]);
  const top1 = ok.has(d.causes[0]!.id);
  // As in eval-lib: a cause scored 0 is not ranked at all, so it cannot count as a top-3 hit.
  const top3 = top1 || d.causes.slice(0, 3).some((x) => x.score > 0 && ok.has(x.id));
  return {
    c,
    d,
    positive: c.cause !== 'not-aws-credential-error',
    top1,
    top3,
    missingCodes: c.error_codes.filter((code) => !codeFound(code, d.errorCodes)),
    ...(c.credential_source !== undefined ? { sourceOk: d.facts.credentialSource === c.credential_source } : {}),
  };
}

export function evaluateHalf(half: Half, dir = REAL_PASTES_DIR, batch?: number): HalfReport {
  const results = loadHalf(half, dir)
    .filter((c) => batch === undefined || batchOf(c) === batch)
    .map(evaluatePaste);
  const pos = results.filter((r) => r.positive);
  const neg = results.filter((r) => !r.positive);
  const withCodes = pos.filter((r) => r.c.error_codes.length > 0);
  const shown = pos.filter((r) => r.c.text_shows_cause);
  const withSource = results.filter((r) => r.sourceOk !== undefined);
  return {
    half,
    ...(batch !== undefined ? { batch } : {}),
    cases: results.length,
    positives: pos.length,
    negatives: neg.length,
    detection: rate(pos.filter((r) => r.d.detected).length, pos.length),
    falsePositives: rate(neg.filter((r) => r.d.detected).length, neg.length),
    errorCodes: rate(withCodes.filter((r) => r.missingCodes.length === 0).length, withCodes.length),
    top1WhereShown: rate(shown.filter((r) => r.top1).length, shown.length),
    top3: rate(pos.filter((r) => r.top3).length, pos.length),
    credentialSource: rate(withSource.filter((r) => r.sourceOk).length, withSource.length),
    results,
  };
}

// A rate over no cases is shown as n/a rather than the 100 % rate() stores for it.
const pct = (r: Rate): string => (r.of === 0 ? 'n/a (0/0)' : `${(r.rate * 100).toFixed(1)}% (${r.hit}/${r.of})`);

function describeMiss(r: PasteResult): string | undefined {
  const problems: string[] = [];
  if (r.positive && !r.d.detected) problems.push('not detected');
  if (!r.positive && r.d.detected) problems.push('false positive');
  if (r.positive && !r.top3) problems.push('cause not in top 3');
  else if (r.positive && !r.top1 && r.c.text_shows_cause) problems.push('top-1 wrong though the text shows the cause');
  if (r.positive && r.missingCodes.length) problems.push(`codes missing: ${r.missingCodes.join(', ')} (got ${r.d.errorCodes.join(', ') || 'none'})`);
  if (r.sourceOk === false) problems.push(`credential source ${r.c.credential_source} (got ${r.d.facts.credentialSource ?? 'none'})`);
  if (!problems.length) return undefined;
  const expected = r.c.also_acceptable.length ? `${r.c.cause} (or ${r.c.also_acceptable.join(', ')})` : r.c.cause;
  const top = r.d.causes.slice(0, 3).map((x) => `${x.id}:${x.score}`).join(' ');
  return `  ${r.c.file} [${r.c.tool}]: ${problems.join('; ')}; expected ${expected}; got detected=${r.d.detected} top-3=[${top}]`;
}

function title(r: HalfReport): string {
  const half = r.half === 'tuning' ? 'tuning half' : 'held-out half';
  const scope =
    r.batch === undefined ? '' : FRESH_BATCHES.includes(r.batch) ? `, fresh batch ${r.batch} only` : `, batch ${r.batch} only`;
  const note = r.half === 'holdout' ? ' (numbers only: never tune on it)' : '';
  return `real pastes, ${half}${scope}${note}`;
}

export function formatHalf(r: HalfReport): string {
  const lines = [
    `${title(r)}: ${r.cases} pastes (${r.positives} credential errors, ${r.negatives} negatives) in ${join(REAL_PASTES_DIR, r.half)}`,
    `  detection:                     ${pct(r.detection)}`,
    `  false positives (negatives):   ${pct(r.falsePositives)}`,
    `  error code found:              ${pct(r.errorCodes)}`,
    `  top-1 where text shows cause:  ${pct(r.top1WhereShown)}`,
    `  top-3 (all credential errors): ${pct(r.top3)}`,
    `  credential source (configure list): ${pct(r.credentialSource)}`,
  ];
  // Per-case output (by cause, misses) exists for the tuning half only, never for any held-out report.
  if (r.half === 'tuning') {
    lines.push('', '  top-3 by labelled cause:');
    for (const id of CAUSE_IDS) {
      const of = r.results.filter((x) => x.positive && x.c.cause === id);
      if (of.length) lines.push(`    ${id.padEnd(34)} ${pct(rate(of.filter((x) => x.top3).length, of.length))}`);
    }
    const misses = r.results.map(describeMiss).filter((m): m is string => m !== undefined);
    lines.push('', `  misses (${misses.length}):`, ...misses);
  }
  return `${lines.join('\n')}\n`;
}

export function realPastesReport(dir = REAL_PASTES_DIR): string {
  const reports = [...HALVES.map((h) => evaluateHalf(h, dir)), ...FRESH_BATCHES.map((b) => evaluateHalf('holdout', dir, b))];
  return reports.map(formatHalf).join('\n');
}

export function main(): void {
  process.stdout.write(realPastesReport());
  process.stdout.write(`\n${realNegativesReport()}`);
}

if (require.main === module) main();
