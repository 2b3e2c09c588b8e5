/**
 * policy.answerEffects: what one answer does to the belief, as the policy's look-ahead and the
 * tuning analysis (scripts/corpus/first-fix-misses.ts) count it: the choice's own effects and the
 * fact signals the facts it implies switch on, each once.
 */
import { answerEffects } from '../../../../src/core/conversation/policy';
import { probeById } from '../../../../src/core/knowledge';

describe('answerEffects', () => {
  const keyPrefix = probeById('key-prefix')!;

  it('an "ASIA" answer after an unknown-key error carries the temporary-key signals (2.5 x 6 for the missing token), not the answer again', () => {
    const e = answerEffects(keyPrefix, 'asia', { errorCode: ['InvalidClientTokenId'] })!;
    expect(e['missing-session-token']).toBeCloseTo(15, 5);
    expect(e['no-credentials-found']).toBeCloseTo(0.3, 5);
  });

  it('a signal the facts already hold is not counted again', () => {
    const e = answerEffects(keyPrefix, 'asia', { errorCode: ['InvalidClientTokenId'], keyKind: ['temporary'] })!;
    expect(e['missing-session-token'] ?? 1).toBeCloseTo(1, 5);
  });

  it('an unknown choice, or a command, has no answer effects', () => {
    expect(answerEffects(keyPrefix, 'no-such-choice')).toBeUndefined();
    expect(answerEffects(probeById('configure-list')!, 'x')).toBeUndefined();
  });
});
