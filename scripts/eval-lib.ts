/**
 * Accuracy of diagnose() over a labelled corpus <dir>/<cause-id>/<case>.txt with <case>.expected.json.
 * Two corpora share the format: test/fixtures/pastes (the rules were tuned on it) and
 * test/fixtures/holdout (never used for tuning, so its numbers are the honest ones).
 * Shared by `npm run eval` (prints) and the jest floor tests (assert).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/core/diagnose';
import type { Diagnosis } from '../src/core/diagnosis';
import { CAUSE_IDS, isCauseId, type CauseId } from '../src/core/taxonomy';

export const CORPUS_DIR = join(__dirname, '..', 'test', 'fixtures', 'pastes');
/** Held-out corpus: measured, never tuned on (see its README). */
export const HOLDOUT_DIR = join(__dirname, '..', 'test', 'fixtures', 'holdout');
/** Fixed time so that expiry comparisons in fixtures are reproducible. */
export const EVAL_NOW = new Date('2026-12-01T00:00:00Z');

export interface Expected {
  detected: boolean;
  top: CauseId;
  acceptable?: CauseId[];
  errorCodes?: string[];
  facts?: Record<string, unknown>;
  source?: string;
}

export interface CorpusCase {
  folder: string;
  name: string;
  text: string;
  expected: Expected;
}

export interface CaseResult {
  c: CorpusCase;
  diagnosis: Diagnosis;
  top1: boolean;
  top3: boolean;
  detectionOk: boolean;
  problems: string[]; // failed errorCodes / facts assertions
}

export interface CauseStats {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  cases: number;
  top1: number;
  top3: number;
  detection: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number };
  perCause: Record<CauseId, CauseStats>;
  results: CaseResult[];
}

export function loadCorpus(dir = CORPUS_DIR): CorpusCase[] {
  if (!existsSync(dir)) return [];
  const out: CorpusCase[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const sub = join(dir, folder);
    let names: string[];
    try {
      names = readdirSync(sub).filter((f) => f.endsWith('.txt')).sort();
    } catch {
      continue;
    }
    for (const file of names) {
      const name = file.slice(0, -4);
      const expFile = join(sub, `${name}.expected.json`);
      if (!existsSync(expFile)) continue;
      const expected = JSON.parse(readFileSync(expFile, 'utf8')) as Expected;
      out.push({ folder, name, text: readFileSync(join(sub, file), 'utf8'), expected });
    }
  }
  return out;
}

/** Partial match: every expected key/element must be found in the actual value. */
export function partialMatch(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e) => actual.some((a) => partialMatch(e, a)));
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected as Record<string, unknown>).every(([k, v]) => partialMatch(v, (actual as Record<string, unknown>)[k]));
  }
  return expected === actual;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function evaluateCase(c: CorpusCase): CaseResult {
  const d = diagnose(c.text, { now: EVAL_NOW });
  const ok = new Set<string>([c.expected.top, ...(c.expected.acceptable ?? [])]);
  const top1 = ok.has(d.causes[0]!.id);
  // A cause scored 0 is not ranked at all (zeros sit in taxonomy order), so it cannot count as a top-3 hit.
  const top3 = top1 || d.causes.slice(0, 3).some((x) => x.score > 0 && ok.has(x.id));
  const problems: string[] = [];
  if (!isCauseId(c.expected.top)) problems.push(`expected.top "${c.expected.top}" is not a cause id`);
  for (const code of c.expected.errorCodes ?? []) if (!d.errorCodes.includes(code)) problems.push(`errorCodes lacks ${code} (got ${d.errorCodes.join(',') || 'none'})`);
  for (const [k, v] of Object.entries(c.expected.facts ?? {})) {
    const actual = (d.facts as unknown as Record<string, unknown>)[k];
    if (!partialMatch(v, actual)) problems.push(`facts.${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(actual)}`);
  }
  return { c, diagnosis: d, top1, top3, detectionOk: d.detected === c.expected.detected, problems };
}

export function evaluate(cases: CorpusCase[] = loadCorpus()): EvalReport {
  const results = cases.map(evaluateCase);
  const perCause = Object.fromEntries(CAUSE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }])) as Record<CauseId, CauseStats>;
  const det = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 1, recall: 1 };
  for (const r of results) {
    const predicted = r.diagnosis.causes[0]!.id;
    const truth = r.c.expected.top;
    if (r.top1) perCause[truth].tp++;
    else {
      perCause[truth].fn++;
      perCause[predicted].fp++;
    }
    if (r.c.expected.detected && r.diagnosis.detected) det.tp++;
    else if (!r.c.expected.detected && r.diagnosis.detected) det.fp++;
    else if (r.c.expected.detected && !r.diagnosis.detected) det.fn++;
    else det.tn++;
  }
  for (const s of Object.values(perCause)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  det.precision = ratio(det.tp, det.tp + det.fp);
  det.recall = ratio(det.tp, det.tp + det.fn);
  return {
    cases: results.length,
    top1: ratio(results.filter((r) => r.top1).length, results.length),
    top3: ratio(results.filter((r) => r.top3).length, results.length),
    detection: det,
    perCause,
    results,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export interface ReportOptions {
  /** Heading, e.g. "tuning corpus" or "held-out corpus". */
  label?: string;
  dir?: string;
}

function describeExpected(e: Expected): string {
  return e.acceptable?.length ? `${e.top} (or ${e.acceptable.join(', ')})` : e.top;
}

export function formatReport(r: EvalReport, opts: ReportOptions = {}): string {
  const heading = `${opts.label ? `${opts.label}: ` : 'corpus: '}${r.cases} cases in ${opts.dir ?? CORPUS_DIR}`;
  const lines = [heading, '', 'cause                               n  precision  recall'];
  for (const id of CAUSE_IDS) {
    const s = r.perCause[id];
    lines.push(`${id.padEnd(34)} ${String(s.tp + s.fn).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
  }
  lines.push('', `top-1 accuracy: ${pct(r.top1)}`, `top-3 accuracy: ${pct(r.top3)}`);
  lines.push(`detection: precision ${pct(r.detection.precision)}, recall ${pct(r.detection.recall)} (tp ${r.detection.tp}, fp ${r.detection.fp}, fn ${r.detection.fn}, tn ${r.detection.tn})`);
  const misses = r.results.filter((x) => !x.top1 || !x.detectionOk || x.problems.length > 0);
  if (misses.length) {
    lines.push('', `misses (${misses.length}):`);
    for (const m of misses) {
      const top = m.diagnosis.causes.slice(0, 3).map((c) => `${c.id}:${c.score}`).join(' ');
      lines.push(`  ${m.c.folder}/${m.c.name}.txt: expected ${describeExpected(m.c.expected)}; got detected=${m.diagnosis.detected} top-3=[${top}]${m.problems.length ? `; problems: ${m.problems.join('; ')}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
