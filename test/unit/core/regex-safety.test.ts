/**
 * Every regex the engine runs on pasted text is checked with recheck's automaton checker, which
 * decides exactly whether matching can take super-linear time. Unknown (timeout) counts as failure.
 */
import { check } from 'recheck';
import { ALL_PATTERNS } from '../../../src/core/patterns';

describe('regex safety', () => {
  it('when the pattern list is gathered, then it covers normalise, redact and every extractor', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(150);
  });

  it('when each exported pattern is checked with recheck, then every one is safe (no exponential or polynomial backtracking)', async () => {
    const unsafe: string[] = [];
    for (const re of ALL_PATTERNS) {
      // 30 s per pattern: the logfmt prefix reader (paste-shape.ts LOGFMT_FIELD) takes ~6.5 s to decide at load 5 and
      // came back "unknown" at 10 s on a loaded machine; a slow decision is not a slow regex.
      const r = await check(re.source, re.flags.replace('g', ''), { checker: 'automaton', timeout: 30_000 });
      if (r.status !== 'safe') unsafe.push(`${r.status}: /${re.source.slice(0, 120)}/`);
    }
    expect(unsafe).toEqual([]);
  }, 600_000);

  it('when a known catastrophic pattern is checked the same way, then recheck reports it (the check can fail)', async () => {
    const r = await check('^(a+)+$', '', { checker: 'automaton', timeout: 10_000 });
    expect(r.status).toBe('vulnerable');
  }, 60_000);
});
