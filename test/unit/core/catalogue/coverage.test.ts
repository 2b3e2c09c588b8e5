/**
 * docs/catalogue.md is the catalogue's coverage table (issue 10 item 1): it must match the catalogue, and
 * every tool the issue lists must have at least one entry read in its own code or, for GitLab, its pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverage, coverageMarkdown } from '../../../../src/core/rules/catalogue/coverage';

describe('message catalogue coverage (docs/catalogue.md)', () => {
  it('when the catalogue is read, then docs/catalogue.md holds its current coverage table', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/catalogue.md'), 'utf8');
    expect(doc).toBe(coverageMarkdown());
  });

  it('when issue 10 tools are counted, then every one has entries, all read in code but GitLab\'s STS answers', () => {
    const rows = coverage();
    expect(rows.filter((r) => r.entries === 0).map((r) => r.name)).toEqual([]);
    expect(rows.filter((r) => r.fromCode < r.entries).map((r) => r.name)).toEqual(['GitLab CI (OIDC to AWS)']);
  });
});
