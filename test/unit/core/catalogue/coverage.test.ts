/**
 * docs/catalogue.md is the catalogue's coverage table (issue 10 item 1): it must match the catalogue, and
 * every tool the issue lists must have at least one entry read in its own code or, for GitLab, its pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverage, coverageMarkdown, ISSUE_TOOLS } from '../../../../src/core/rules/catalogue/coverage';
import { SOURCE_AUDIT } from '../../../../src/core/rules/catalogue/source-audit';
import { diagnose } from '../../../../src/core/diagnose';

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

  // With the catalogue's own reader (extract/catalogue.ts: pattern, context, fallbacks), not the bare pattern (review 36
  // C-2): a string whose entry needs a context line raises it only with the line its audit row gives, and a row that
  // gives one must need it, so the table says which strings are read only beside their tool's words.
  it('when the source audit is read, then every held string raises the entry it names, with the context line its row gives', () => {
    const raised = (text: string) => {
      const ids: string[] = [];
      diagnose(text, { signalsPastGate: true, onSignals: (ss) => ids.push(...ss.map((x) => x.id)) });
      return ids;
    };
    const wrong = SOURCE_AUDIT.flatMap((a) =>
      a.strings.flatMap((x) => {
        if (!x.held) return [];
        const withContext = raised(x.context === undefined ? x.text : `${x.text}\n${x.context}`).includes(`cat.${x.held}`);
        const alone = x.context === undefined || raised(x.text).includes(`cat.${x.held}`);
        return withContext && !(x.context !== undefined && alone) ? [] : [`${a.tool}: ${x.held} ~ ${x.text}${x.context ? ' (context given but not needed)' : ''}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('when the source audit is read, then each string says one thing (held, left out or a gap) and each tool is one issue 10 lists', () => {
    const names = new Set(ISSUE_TOOLS.map((t) => t.name));
    expect(SOURCE_AUDIT.map((a) => a.tool).filter((t) => !names.has(t))).toEqual([]);
    const unclear = SOURCE_AUDIT.flatMap((a) => a.strings.filter((x) => [x.held, x.left, x.gap].filter((v) => v !== undefined).length !== 1).map((x) => x.text));
    expect(unclear).toEqual([]);
  });
});
