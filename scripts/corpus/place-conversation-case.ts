/**
 * Places conversation-corpus cases in their half by the split rule of its README (thread-split.ts):
 * sha1(canonical thread URL), first hex digit 0-7 → tuning, 8-f → holdout. Never decided by hand.
 * Usage: tsx scripts/corpus/place-conversation-case.ts <draft.json>...  (each draft: one case or an array of cases)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf, splitOf } from './thread-split';

const ROOT = join(__dirname, '..', '..', 'test', 'fixtures', 'real-conversations');

for (const file of process.argv.slice(2)) {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const cases = Array.isArray(parsed) ? parsed : [parsed];
  for (const c of cases as Array<{ url: string }>) {
    const half = splitOf(c.url);
    mkdirSync(join(ROOT, half), { recursive: true });
    const out = join(ROOT, half, `${slugOf(c.url)}.json`);
    writeFileSync(out, JSON.stringify(c, null, 2) + '\n');
    console.log(`${half}\t${out}`);
  }
}
