import { evaluateNegatives } from '../../scripts/eval-real-negatives';

/**
 * A ceiling for the real-negatives section of `npm run eval:real` on the held-out half of the real-negatives corpus
 * (154 non-credential pastes from public threads in neither real-thread corpus, labelled and committed before awskey
 * first ran on them; never tuned on). Lower it when false positives fall, never raise it to pass.
 *
 * First measured 2026-12-06 at fd13c37 (the commit that wired the section), before any change made for it:
 * tuning 5/78 = 0.064 (non-aws-auth 2/27, chat 3/11), held-out 5/76 = 0.066 (non-aws-auth 5/25, every other class 0).
 * The ceiling was set from it at 7/76 (35f495e).
 *
 * After two vetoes chosen on the tuning half only (a Kubernetes service account's RBAC refusal, 0460bbe; a
 * recommendation, a general possibility or a negation of scope in prose, 281c986): tuning 0/78, held-out 1/76 = 0.013
 * (non-aws-auth 1/25). The ceiling lets one more through: 2/76 = 0.026.
 */
const HELD_OUT_FALSE_POSITIVE_CEILING = 2 / 76;

describe('real-negatives eval ceiling (held-out half)', () => {
  it('reports no more false positives than the ceiling', () => {
    const r = evaluateNegatives('holdout');
    expect(r.cases).toBeGreaterThanOrEqual(76);
    expect(r.falsePositives.hit / r.falsePositives.of).toBeLessThanOrEqual(HELD_OUT_FALSE_POSITIVE_CEILING);
  });
});
