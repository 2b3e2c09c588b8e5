import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateHalf, FRESH_BATCHES, realPastesReport } from '../../scripts/eval-real-pastes';

/**
 * `npm run eval:real` reports the held-out half whole and restricted to each fresh batch, all as numbers only
 * (scripts/eval-real-pastes.ts). Run on a small synthetic corpus so the counts are known and no real held-out case is
 * read here.
 */
const chat = (n: number) => `thanks, the deploy worked after lunch (${n})`;
const noCreds = (n: number) => `botocore.exceptions.NoCredentialsError: Unable to locate credentials (${n})`;

function writeCase(dir: string, half: string, file: string, paste: string, positive: boolean, batch?: number): void {
  const c = {
    url: `https://github.com/example/repo/issues/${file.length}`,
    title: 't',
    paste,
    cause: positive ? 'no-credentials-found' : 'not-aws-credential-error',
    also_acceptable: [],
    error_codes: positive ? ['NoCredentialsError'] : [],
    tool: positive ? 'boto3' : 'none',
    text_shows_cause: true,
    label_basis: 'excerpt',
    resolution: 'r',
    resolution_by: 'reporter',
    labelled_at: '2026-12-05T00:00:00.000Z',
    ...(batch !== undefined ? { batch } : {}),
  };
  writeFileSync(join(dir, half, file), JSON.stringify(c));
}

/** The fresh batches as this test expects them; batch 2 gets three held-out cases, every later one a single case. */
const FRESH = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25];
const [FRESH_A] = FRESH;
const LATER = FRESH.slice(1);
/** A later batch's single held-out case alternates: a credential error, then a negative, … */
const laterIsPositive = (i: number): boolean => i % 2 === 0;

describe('eval-real-pastes fresh held-out report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'real-pastes-'));
    for (const half of ['tuning', 'holdout']) mkdirSync(join(dir, half));
    writeCase(dir, 'tuning', 'tuning-first.json', noCreds(1), true);
    writeCase(dir, 'tuning', 'tuning-fresh.json', chat(2), false, FRESH_A);
    writeCase(dir, 'holdout', 'holdout-first-a.json', noCreds(3), true);
    writeCase(dir, 'holdout', 'holdout-first-b.json', chat(4), false, 1);
    writeCase(dir, 'holdout', 'holdout-fresh-a.json', noCreds(5), true, FRESH_A);
    writeCase(dir, 'holdout', 'holdout-fresh-b.json', noCreds(6), true, FRESH_A);
    writeCase(dir, 'holdout', 'holdout-fresh-c.json', chat(7), false, FRESH_A);
    LATER.forEach((b, i) =>
      writeCase(dir, 'holdout', `holdout-fresh-batch${b}.json`, laterIsPositive(i) ? noCreds(8 + i) : chat(8 + i), laterIsPositive(i), b),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restricts a half to one batch, a file without `batch` counting as batch 1', () => {
    const fresh = evaluateHalf('holdout', dir, FRESH_A);
    expect([fresh.cases, fresh.positives, fresh.negatives, fresh.batch]).toEqual([3, 2, 1, FRESH_A]);
    const first = evaluateHalf('holdout', dir, 1);
    expect([first.cases, first.positives, first.negatives]).toEqual([2, 1, 1]);
    for (const b of LATER) expect([b, evaluateHalf('holdout', dir, b).cases]).toEqual([b, 1]);
    expect(evaluateHalf('holdout', dir).cases).toBe(5 + LATER.length);
  });

  it('reports every fresh batch on its own', () => {
    expect(FRESH_BATCHES).toEqual(FRESH);
  });

  it('prints tuning, held-out and per-batch fresh held-out numbers, and no held-out case by name', () => {
    const report = realPastesReport(dir);
    const laterPositives = LATER.filter((_, i) => laterIsPositive(i)).length;
    expect(report).toContain('real pastes, tuning half: 2 pastes (1 credential errors, 1 negatives)');
    expect(report).toContain(
      `real pastes, held-out half (numbers only: never tune on it): ${5 + LATER.length} pastes ` +
        `(${3 + laterPositives} credential errors, ${2 + LATER.length - laterPositives} negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_A} only (numbers only: never tune on it): 3 pastes (2 credential errors, 1 negatives)`,
    );
    LATER.forEach((b, i) =>
      expect(report).toContain(
        `real pastes, held-out half, fresh batch ${b} only (numbers only: never tune on it): 1 pastes ` +
          (laterIsPositive(i) ? '(1 credential errors, 0 negatives)' : '(0 credential errors, 1 negatives)'),
      ),
    );
    expect(report).not.toMatch(/holdout-(first|fresh)/);
  });
});
