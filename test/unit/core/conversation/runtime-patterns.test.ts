/** The runtime reader's patterns run on pasted text: each is checked like every other engine pattern (test/unit/core/regex-safety.test.ts). */
import { check } from 'recheck';
import { RUNTIME_PATTERNS } from '../../../../src/core/conversation/runtime';

describe('runtime reading patterns', () => {
  it('when each pattern is checked with recheck, then every one is safe (no exponential or polynomial backtracking)', async () => {
    const unsafe: string[] = [];
    for (const re of RUNTIME_PATTERNS) {
      const r = await check(re.source, re.flags.replace('g', ''), { checker: 'automaton', timeout: 10_000 });
      if (r.status !== 'safe') unsafe.push(`${r.status}: /${re.source.slice(0, 120)}/`);
    }
    expect(unsafe).toEqual([]);
  }, 120_000);
});
