/**
 * A fix shown for a leader that is not clearly ahead (the steps ran out, or nothing left to ask could
 * change the leader) names the runner-up in one line; a clear leader's fix does not hedge.
 */
import { step } from '../../../../src/core/conversation/engine';
import { isClearlyAhead } from '../../../../src/core/conversation/belief';
import { DEFAULT_POLICY_PARAMS } from '../../../../src/core/conversation/policy-params';
import { CAUSE_TITLES } from '../../../../src/core/taxonomy';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { T0, ofType } from '../../../helpers/case-script';
import { leaderText } from '../../../../src/core/conversation/replies';

const at = new Date(T0).toISOString();
const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };

/** The opening, then "I don't know" / "I can't run that here" to every step until a fix is shown. */
function untilFix(opening: string): { state: CaseState; replies: Reply[] } {
  let r = step(undefined, { kind: 'paste', text: opening, user: 'U01ALICE', at, addressed: true }, ctx)!;
  for (let i = 0; i < 10 && r.state.phase === 'diagnosing' && r.state.pending; i++) {
    const text = r.state.pending.kind === 'command' ? "I can't run that here" : "I don't know";
    r = step(r.state, { kind: 'paste', text, user: 'U01ALICE', at }, ctx)!;
  }
  return r;
}

const hedge = (replies: Reply[]) => ofType(replies, 'text').filter((x) => x.text.startsWith('Not certain:'));

describe('the runner-up beside a fix for an unclear leader', () => {
  it('a bare unknown-key error answered with "I don\'t know" throughout: the fix names the cause that comes next', () => {
    const r = untilFix('An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.');
    expect(r.state.phase).toBe('remediating');
    const ranked = r.state.causes.filter((c) => !r.state.rejected.includes(c.id));
    expect(isClearlyAhead(ranked.map((c) => ({ id: c.id, score: c.score })), DEFAULT_POLICY_PARAMS)).toBe(false);
    const lines = hedge(r.replies);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toContain(CAUSE_TITLES[ranked[1]!.id]);
    expect(lines[0]!.text).toMatch(/say "not this"/);
  });

  it('a clear leader gets its fix without the hedge', () => {
    const r = untilFix('An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.');
    expect(r.state.phase).toBe('remediating');
    expect(hedge(r.replies)).toEqual([]);
  });
});

// QA 36 F2: "Leading now: *Temporary (STS/SSO) credentials expired* (93%), then A consumer still holds the key from before
// a rotation (1%)" named a runner-up that is none.
describe('the runner-up under a few percent (QA 36 F2)', () => {
  const ranking = (second: number) => [
    { id: 'temporary-credentials-expired' as const, score: 0.93 },
    { id: 'stale-credentials-after-rotation' as const, score: second },
  ];
  it.each([0.01, 0.025])('when the runner-up has %s, then "Leading now" names none', (second) => {
    const r = leaderText(ranking(second));
    expect(r.type === 'text' && r.text).toBe(`Leading now: *${CAUSE_TITLES['temporary-credentials-expired']}* (93%).`);
  });
  it('when the runner-up has 5%, then it is named', () => {
    const r = leaderText(ranking(0.05));
    expect(r.type === 'text' && r.text).toContain(`then ${CAUSE_TITLES['stale-credentials-after-rotation']} (5%)`);
  });
});
