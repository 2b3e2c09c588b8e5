/**
 * Every regex the engine runs on pasted text is checked with recheck's automaton checker, which
 * decides exactly whether matching can take super-linear time. Unknown (timeout) counts as failure.
 */
import { check } from 'recheck';
import { ALL_PATTERNS } from '../../../src/core/patterns';
import { ROLE_DELIVERY_WORDS } from '../../../src/core/conversation/role-delivery-words';

describe('regex safety', () => {
  it('when the pattern list is gathered, then it covers normalise, redact and every extractor', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(150);
  });

  it('when the pattern list is gathered, then it holds the conversation\'s "can\'t sign in" reader and its role-delivery words (review17 #15)', () => {
    expect(ALL_PATTERNS).toContain(ROLE_DELIVERY_WORDS);
    // The sign-in reader (interpreter.ts CANNOT_SIGN_IN, which replaced the "can't <verb>" list after review17 #10).
    expect(ALL_PATTERNS.some((re) => /can'\?t\|cannot/.test(re.source) && re.test("we can't assume the role") && !re.test("we can't use SSO on the build agents"))).toBe(true);
  });

  it('when each exported pattern is checked with recheck, then every one is safe (no exponential or polynomial backtracking)', async () => {
    const unsafe: string[] = [];
    // One verdict per source and flags: a pattern kept under two names (48 of 1,293 when this was written) is proved once.
    const distinct = new Map(ALL_PATTERNS.map((re) => [`${re.flags.replace('g', '')}/${re.source}`, re]));
    for (const re of distinct.values()) {
      // 30 s per pattern is headroom for a loaded machine, not a pattern's need: the one that needed it, paste-shape.ts's
      // logfmt field (25-32 s at load 15, "unknown" under load), is now a key regex and a value regex, each proved in
      // under a second. A pattern that comes back "unknown" is rewritten until the checker can prove it, not excused.
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
