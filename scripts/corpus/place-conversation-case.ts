/**
 * Places conversation-corpus cases in their half by the split rule of corpus-format.md:
 * sha1(canonical thread URL), first hex digit 0-7 → tuning, 8-f → holdout. Never decided by hand.
 * Usage: tsx scripts/corpus/place-conversation-case.ts <draft.json>...  (each draft: one case or an array of cases)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', 'test', 'fixtures', 'real-conversations');

export function splitOf(url: string): 'tuning' | 'holdout' {
  const digit = parseInt(createHash('sha1').update(url).digest('hex')[0] ?? '0', 16);
  return digit <= 7 ? 'tuning' : 'holdout';
}

function slugOf(url: string): string {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)$/.exec(url);
  if (!m) throw new Error(`not a canonical thread URL: ${url}`);
  return `${m[1]}-${m[2]}-${m[3]}`.toLowerCase();
}

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
