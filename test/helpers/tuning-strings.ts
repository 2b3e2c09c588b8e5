/**
 * Every string of the fixture corpora's tuning halves (each JSON file's string values, each .txt file whole), for tests
 * that show a rewritten reader reads real text as the one it replaced. Held-out directories are never entered.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringsOf } from './corpus-hygiene';

const FIXTURES = join(__dirname, '..', 'fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'holdout') return [];
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export function tuningStrings(): string[] {
  const out: string[] = [];
  for (const f of filesUnder(FIXTURES)) {
    if (f.endsWith('.json')) for (const v of stringsOf(JSON.parse(readFileSync(f, 'utf8')))) out.push(v);
    else if (f.endsWith('.txt')) out.push(readFileSync(f, 'utf8'));
  }
  return out;
}
