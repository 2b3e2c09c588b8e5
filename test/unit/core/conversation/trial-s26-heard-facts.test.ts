/**
 * s26 product trial: asked for the key's first four characters, a reply that shows the key as set in CI
 * ("AWS_ACCESS_KEY_ID=AKIA… was set in the CI env") is understood as an answer (AKIA) and statements (env, CI), so
 * the belief does not re-read it. Its facts still joined the case, where they looked pasted: the long-term key's fact
 * signal was skipped as if a base had weighed it, and a missing session token stayed a leading cause of an AKIA key.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { Clock, T0 } from '../../../helpers/case-script';

const key = { channel: 'C1', thread: '1.0' };

function reply(opening: string, words: string): CaseState {
  const clock = new Clock();
  let r = step(undefined, { kind: 'paste', text: opening, user: 'U1', at: new Date(T0).toISOString() }, { now: new Date(T0), key })!;
  expect(r.state.pending?.id).toBe('key-prefix');
  const at = clock.tick();
  r = step(r.state, { kind: 'message', text: words, user: 'U1', at: at.toISOString() }, { now: at, key })!;
  return r.state;
}

const share = (s: CaseState, id: string) => s.causes.find((c) => c.id === id)?.score ?? 0;

describe('trial: a typed answer that also shows the key', () => {
  it.each([
    'AWS_ACCESS_KEY_ID=AKIA… was set in the CI env',
    'it is AKIAIOSFODNN7EXAMPLE, set as AWS_ACCESS_KEY_ID in the pipeline',
  ])('when the reply is %j, then the long-term key counts and a missing session token falls away', (words) => {
    const s = reply('Error: The security token included in the request is invalid.', words);
    expect(s.scoring?.applied.map((a) => a.id)).toContain('fact:key-long-term');
    expect(share(s, 'missing-session-token')).toBeLessThan(0.05);
  });

  it('when a later paste shows the same key, then its facts count as pasted again (no second fact signal)', () => {
    let s = reply('Error: The security token included in the request is invalid.', 'AWS_ACCESS_KEY_ID=AKIA… was set in the CI env');
    const clock = new Clock(120_000);
    const at = clock.tick();
    s = step(s, { kind: 'paste', text: '$ env | grep AWS_\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_DEFAULT_REGION=us-east-1', user: 'U1', at: at.toISOString() }, { now: at, key })!.state;
    expect(s.scoring?.heard?.keyKind).toBeUndefined();
    expect(s.scoring?.applied.filter((a) => a.id === 'fact:key-long-term')).toHaveLength(1);
  });
});

describe('trial: one reply read three ways', () => {
  it('when the reply is read as AKIA, env keys and CI, then a key kept from before a rotation is raised once, not by each reading', () => {
    const s = reply('Error: The security token included in the request is invalid.', 'AWS_ACCESS_KEY_ID=AKIA… was set in the CI env');
    const readings = s.scoring!.applied.filter((a) => /^(answer|statement):/.test(a.id));
    expect(readings.map((a) => a.id)).toEqual(expect.arrayContaining(['answer:key-prefix=akia', 'statement:sign-in=env', 'statement:runtime=ci']));
    // The strongest reading's factor (CI: 1.8), not 1.5 x 1.5 x 1.8.
    expect(readings.reduce((x, a) => x * (a.effects['stale-credentials-after-rotation'] ?? 1), 1)).toBeCloseTo(1.8);
    expect(s.causes[0]?.id).not.toBe('stale-credentials-after-rotation');
  });
});
