import { classifyHint, hintEvidence, MAX_HINT_WEIGHT } from '../../../../src/core/classifier/hint-classifier';

describe('hint classifier', () => {
  it.each([
    ['started after we rotated the deploy key', 'stale-credentials-after-rotation'],
    ['my laptop clock drifted after sleep', 'clock-skew'],
    ['we are testing against localstack on my machine', 'wrong-account-or-partition'],
    ['the pod service account lost its IRSA annotation', 'role-credentials-unavailable'],
  ])('when the prose says "%s", then it points to %s', (prose, cause) => {
    expect(hintEvidence(prose)?.cause).toBe(cause);
  });

  it('when the prose is a generic request for help, then it adds no evidence', () => {
    expect(hintEvidence('can someone help me with this error please')).toBeUndefined();
    expect(hintEvidence('hi')).toBeUndefined();
  });

  it('when it adds evidence, then the weight stays below the strong rules', () => {
    const e = hintEvidence('started after we rotated the deploy key')!.evidence;
    expect(e.weight).toBeGreaterThan(0);
    expect(e.weight).toBeLessThanOrEqual(MAX_HINT_WEIGHT);
    expect(MAX_HINT_WEIGHT).toBeLessThan(2.2);
    expect(e.polarity).toBe('for');
  });

  it('when the same prose is classified twice, then the answer is the same', () => {
    expect(classifyHint('the sso session timed out')).toEqual(classifyHint('the sso session timed out'));
  });

  // Prose about "the secret" is as often a malformed, rotated or withheld secret: the mismatch is told by the service's
  // SignatureDoesNotMatch, not by the words (pruned in stop 32 by leave-one-batch-out, hint-classifier.ts UNRANKED).
  it('when the prose reads like a wrong secret, then the classifier still names it but adds no ranking evidence', () => {
    expect(classifyHint('I think the secret is wrong')?.label).toBe('secret-key-mismatch');
    expect(hintEvidence('I think the secret is wrong')).toBeUndefined();
  });
});
