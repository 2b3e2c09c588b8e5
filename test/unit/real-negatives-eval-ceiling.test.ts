import { evaluateNegatives } from '../../scripts/eval-real-negatives';

/**
 * Ceilings for the real-negatives section of `npm run eval:real` on the held-out half of the real-negatives corpus
 * (non-credential pastes from public threads in neither real-thread corpus, labelled and committed before awskey
 * first ran on them; never tuned on), one per collection batch. Lower a ceiling when false positives fall, never raise
 * it to pass.
 *
 * Batch 1 (154 pastes, 76 held-out). First measured 2026-12-06 at fd13c37 (the commit that wired the section), before
 * any change made for it: tuning 5/78 = 0.064 (non-aws-auth 2/27, chat 3/11), held-out 5/76 = 0.066 (non-aws-auth
 * 5/25, every other class 0). The ceiling was set from it at 7/76 (35f495e). After two vetoes chosen on the tuning
 * half only (a Kubernetes service account's RBAC refusal, 0460bbe; a recommendation, a general possibility or a
 * negation of scope in prose, 281c986): tuning 0/78, held-out 1/76 = 0.013 (non-aws-auth 1/25). The ceiling lets one
 * more through: 2/76. (The helper that chose those vetoes had labelled the held-out half: a weaker measure than
 * batch 2's.)
 *
 * Batch 2 (97 pastes, 50 held-out, collected in session 26 with fresh queries by a helper that never ran awskey;
 * labels committed cfdc9b1..cf556a7 before the first run, on the engine as of the stop-26 merges of s26-conv and
 * s26-rank): tuning 3/47 (network 1, non-aws-auth 2), held-out 2/50 = 0.04. The ceiling lets one more through: 3/50.
 */
const CEILINGS: Array<[batch: number, minCases: number, ceiling: number]> = [
  [1, 76, 2 / 76],
  [2, 50, 3 / 50],
];

describe('real-negatives eval ceiling (held-out half)', () => {
  it.each(CEILINGS)('batch %i: reports no more false positives than its ceiling', (batch, minCases, ceiling) => {
    const r = evaluateNegatives('holdout', undefined, batch);
    expect(r.cases).toBeGreaterThanOrEqual(minCases);
    expect(r.falsePositives.hit / r.falsePositives.of).toBeLessThanOrEqual(ceiling);
  });
});
