/**
 * Leave-one-batch-out of the family priors on the conversation replays (tuning halves only, never holdout/): for each
 * tuning batch, each rule of priors-fit.ts (foldTables) is fitted on the other batches and the held batch's tuning
 * conversations are replayed with that table (scripts/eval-conversations.ts), one child process per fold and rule so the
 * rules are built from the table. Prints first fix / within 8 turns / questions to the right fix per batch and rule.
 * Usage: tsx scripts/corpus/priors-conv-cv.ts [--batches=1,2,...]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FamilyPrior } from '../../src/core/rules/priors';

interface Row {
  n: number;
  firstFix: number;
  within8: number;
  questions: number;
}

async function child(batch: number, file: string): Promise<void> {
  // Before anything builds the rules (src/core/rules/index.ts reads PRIORS once, when it loads).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PRIORS } = require('../../src/core/rules/priors') as { PRIORS: FamilyPrior[] };
  PRIORS.splice(0, PRIORS.length, ...(JSON.parse(readFileSync(file, 'utf8')) as FamilyPrior[]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluateConversations } = require('../eval-conversations') as typeof import('../eval-conversations');
  const { all } = (await evaluateConversations({ halves: ['tuning'], batches: [batch] })).byHalf.tuning;
  const row: Row = { n: all.n, firstFix: all.firstFix, within8: all.within8, questions: all.questionsToRight };
  process.stdout.write(JSON.stringify(row));
}

function main(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { foldTables } = require('./priors-fit') as typeof import('./priors-fit');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadRankCases } = require('./rank-cases') as typeof import('./rank-cases');
  const cases = loadRankCases();
  const arg = process.argv.find((a) => a.startsWith('--batches='));
  const batches = arg ? arg.slice('--batches='.length).split(',').map(Number) : [...new Set(cases.map((c) => c.batch))].sort((a, b) => a - b);
  const dir = mkdtempSync(join(tmpdir(), 'priors-conv-cv-'));
  const totals = new Map<string, Row>();
  for (const b of batches) {
    const cells: string[] = [];
    for (const [name, table] of Object.entries(foldTables(b, cases))) {
      const file = join(dir, 'table.json');
      writeFileSync(file, JSON.stringify(table));
      const row = JSON.parse(execFileSync(process.execPath, [...process.execArgv, __filename, '--child', String(b), file], { encoding: 'utf8' })) as Row;
      const t = totals.get(name) ?? { n: 0, firstFix: 0, within8: 0, questions: 0 };
      totals.set(name, { n: t.n + row.n, firstFix: t.firstFix + row.firstFix, within8: t.within8 + row.within8, questions: t.questions + row.questions });
      cells.push(`${name}: ${row.firstFix}/${row.n} first, ${row.within8} within 8, ${(row.questions / Math.max(1, row.within8)).toFixed(2)} Q`);
    }
    console.log(`b${b}  ${cells.join(' | ')}`);
  }
  for (const [name, t] of totals) console.log(`all ${name}: ${t.firstFix}/${t.n} first fix, ${t.within8} within 8, ${(t.questions / Math.max(1, t.within8)).toFixed(2)} questions to the fix`);
}

const i = process.argv.indexOf('--child');
if (i >= 0) void child(Number(process.argv[i + 1]), process.argv[i + 2]!);
else main();
