/**
 * Places conversation-corpus cases in their half by the split rule of its README (thread-split.ts):
 * sha1(canonical thread URL), first hex digit 0-7 → tuning, 8-f → holdout. Never decided by hand.
 * Usage: tsx scripts/corpus/place-conversation-case.ts [--overwrite] <draft.json>...  (each draft: one case or an array)
 * A thread already in the corpus (either half) is refused unless --overwrite: a new batch must not replace a
 * labelled case, least of all a held-out one nobody may open.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf, splitOf } from './thread-split';

const ROOT = join(__dirname, '..', '..', 'test', 'fixtures', 'real-conversations');

const args = process.argv.slice(2);
const overwrite = args.includes('--overwrite');
let refused = 0;

for (const file of args.filter((a) => a !== '--overwrite')) {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const cases = Array.isArray(parsed) ? parsed : [parsed];
  for (const c of cases as Array<{ url: string }>) {
    const half = splitOf(c.url);
    mkdirSync(join(ROOT, half), { recursive: true });
    const out = join(ROOT, half, `${slugOf(c.url)}.json`);
    if (existsSync(out) && !overwrite) {
      console.error(`refused\t${c.url} is already in the corpus (${half}); pass --overwrite to replace it`);
      refused++;
      continue;
    }
    writeFileSync(out, JSON.stringify(c, null, 2) + '\n');
    console.log(`${half}\t${out}`);
  }
}

if (refused > 0) process.exitCode = 1;
