import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAUSE_IDS, CAUSE_TITLES, isCauseId } from '../../../src/core/taxonomy';

// The catalogue lives beside the repository (../shared/taxonomy.md) in this project's checkouts and CI.
const CATALOGUE = join(__dirname, '../../../../shared/taxonomy.md');

describe('taxonomy', () => {
  (existsSync(CATALOGUE) ? it : it.skip)('when compared with the shared cause catalogue, then the ids are exactly the same, in order', () => {
    const ids = [...readFileSync(CATALOGUE, 'utf8').matchAll(/^\|\s*([a-z][a-z-]+)\s*\|/gm)].map((m) => m[1]).filter((id) => id !== 'id');
    expect(ids).toEqual([...CAUSE_IDS]);
  });

  it('when ids are checked, then every id has a title and only catalogue ids are accepted', () => {
    for (const id of CAUSE_IDS) expect(CAUSE_TITLES[id].length).toBeGreaterThan(5);
    expect(isCauseId('env-var-override')).toBe(true);
    expect(isCauseId('env-var')).toBe(false);
    expect(isCauseId(42)).toBe(false);
  });
});
