/**
 * Writes docs/catalogue.md, the catalogue's coverage table (src/core/rules/catalogue/coverage.ts).
 * `--check` only compares and exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageMarkdown } from '../src/core/rules/catalogue/coverage';

const file = join(__dirname, '..', 'docs', 'catalogue.md');
const want = coverageMarkdown();
if (process.argv.includes('--check')) {
  let have = '';
  try {
    have = readFileSync(file, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (have !== want) {
    console.error('docs/catalogue.md is stale: run npx tsx scripts/catalogue-coverage.ts');
    process.exit(1);
  }
} else {
  writeFileSync(file, want);
  console.log(`wrote ${file}`);
}
