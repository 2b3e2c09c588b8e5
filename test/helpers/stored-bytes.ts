/** Every byte under a store's data directory, for "no stored byte holds the secret" assertions. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir: string): string {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? filesUnder(p) : readFileSync(p).toString('latin1')))
    .join('\n');
}
