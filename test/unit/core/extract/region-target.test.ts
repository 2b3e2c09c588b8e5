/**
 * region-endpoint.ts records, as the fact `regionTarget`, that a region the text names anywhere is opt-in or of
 * another partition (beside its region.opt-in / region.partition-other signals), not only the first region kept as
 * `region`: the conversation reads it so the target question is not asked (paste-readings.ts).
 */
import { diagnose } from '../../../../src/core/diagnose';

const EXPIRED = 'region:us-east-1 error:An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired';

describe('regionTarget', () => {
  it('when a later line names a China region after a commercial one, then the other partition is recorded', () => {
    const d = diagnose(`${EXPIRED}\n    aws-region: cn-north-1`);
    expect(d.facts.region).toBe('us-east-1');
    expect(d.facts.regionTarget).toBe('other-partition');
  });

  it('when a line names an opt-in region, then opt-in is recorded', () => {
    expect(diagnose(`${EXPIRED}\nexport AWS_DEFAULT_REGION=af-south-1`).facts.regionTarget).toBe('opt-in');
  });

  it('when only commercial regions are named, then nothing is recorded', () => {
    expect(diagnose(`${EXPIRED}\nexport AWS_DEFAULT_REGION=eu-west-1`).facts.regionTarget).toBeUndefined();
  });
});
