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

const [FRESH_A, FRESH_B, FRESH_C, FRESH_D, FRESH_E, FRESH_F, FRESH_G, FRESH_H, FRESH_I, FRESH_J] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

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
    writeCase(dir, 'holdout', 'holdout-fresh-batch3.json', noCreds(8), true, FRESH_B);
    writeCase(dir, 'holdout', 'holdout-fresh-batch4.json', chat(9), false, FRESH_C);
    writeCase(dir, 'holdout', 'holdout-fresh-batch5.json', noCreds(10), true, FRESH_D);
    writeCase(dir, 'holdout', 'holdout-fresh-batch6.json', chat(11), false, FRESH_E);
    writeCase(dir, 'holdout', 'holdout-fresh-batch7.json', noCreds(12), true, FRESH_F);
    writeCase(dir, 'holdout', 'holdout-fresh-batch8.json', chat(13), false, FRESH_G);
    writeCase(dir, 'holdout', 'holdout-fresh-batch9.json', noCreds(14), true, FRESH_H);
    writeCase(dir, 'holdout', 'holdout-fresh-batch10.json', chat(15), false, FRESH_I);
    writeCase(dir, 'holdout', 'holdout-fresh-batch11.json', noCreds(16), true, FRESH_J);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restricts a half to one batch, a file without `batch` counting as batch 1', () => {
    const fresh = evaluateHalf('holdout', dir, FRESH_A);
    expect([fresh.cases, fresh.positives, fresh.negatives, fresh.batch]).toEqual([3, 2, 1, FRESH_A]);
    const first = evaluateHalf('holdout', dir, 1);
    expect([first.cases, first.positives, first.negatives]).toEqual([2, 1, 1]);
    expect(evaluateHalf('holdout', dir, FRESH_B).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_C).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_D).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_E).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_F).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_G).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_H).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_I).cases).toBe(1);
    expect(evaluateHalf('holdout', dir, FRESH_J).cases).toBe(1);
    expect(evaluateHalf('holdout', dir).cases).toBe(14);
  });

  it('reports every fresh batch on its own', () => {
    expect(FRESH_BATCHES).toEqual([FRESH_A, FRESH_B, FRESH_C, FRESH_D, FRESH_E, FRESH_F, FRESH_G, FRESH_H, FRESH_I, FRESH_J]);
  });

  it('prints tuning, held-out and per-batch fresh held-out numbers, and no held-out case by name', () => {
    const report = realPastesReport(dir);
    expect(report).toContain('real pastes, tuning half: 2 pastes (1 credential errors, 1 negatives)');
    expect(report).toContain('real pastes, held-out half (numbers only: never tune on it): 14 pastes (8 credential errors, 6 negatives)');
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_A} only (numbers only: never tune on it): 3 pastes (2 credential errors, 1 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_B} only (numbers only: never tune on it): 1 pastes (1 credential errors, 0 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_C} only (numbers only: never tune on it): 1 pastes (0 credential errors, 1 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_D} only (numbers only: never tune on it): 1 pastes (1 credential errors, 0 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_E} only (numbers only: never tune on it): 1 pastes (0 credential errors, 1 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_F} only (numbers only: never tune on it): 1 pastes (1 credential errors, 0 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_G} only (numbers only: never tune on it): 1 pastes (0 credential errors, 1 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_H} only (numbers only: never tune on it): 1 pastes (1 credential errors, 0 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_I} only (numbers only: never tune on it): 1 pastes (0 credential errors, 1 negatives)`,
    );
    expect(report).toContain(
      `real pastes, held-out half, fresh batch ${FRESH_J} only (numbers only: never tune on it): 1 pastes (1 credential errors, 0 negatives)`,
    );
    expect(report).not.toMatch(/holdout-(first|fresh)/);
  });
});
