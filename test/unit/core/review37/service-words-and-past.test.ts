/**
 * Review 37 R37-4, R37-5, R37-6: "not in AWS Lambda" is no runtime off AWS; a fix told working "like it did before" is
 * working now; eusc-de-east-1 (the European Sovereign Cloud, amazonaws.eu) is a region.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { toldFixWorking } from '../../../../src/core/conversation/told-outcome';
import type { CaseState } from '../../../../src/core/conversation/types';
import type { CauseId } from '../../../../src/core/taxonomy';
import { applied, typed } from '../../../helpers/typed-case';

const run = (texts: string[]): CaseState => typed(texts).state;
const score = (s: CaseState, id: CauseId) => s.causes.find((c) => c.id === id)?.score ?? 0;
const opening = 'botocore.exceptions.NoCredentialsError: Unable to locate credentials';

describe('R37-4: an AWS service named after "not in" is not "not on AWS"', () => {
  it.each([
    "it's not running in AWS Lambda anymore, we moved it to an EC2 instance with an instance profile",
    "it's an ECS task; the image is not in AWS ECR, it's on docker hub",
  ])('when "%s" is said, then not-on-aws is not read and role credentials do not go down', (said) => {
    const before = score(run([opening]), 'role-credentials-unavailable');
    const s = run([opening, said]);
    expect(applied(s)).not.toContain('statement:not-on-aws');
    expect(score(s, 'role-credentials-unavailable')).toBeGreaterThanOrEqual(before);
  });

  it('when "we\'re not on aws at all" is said, then it still is (QA36 F7)', () => {
    expect(applied(run([opening, "we're not on aws at all"]))).toContain('statement:not-on-aws');
  });
});

describe('R37-5: a told fix working now, compared with the past', () => {
  it.each(['rotated the key and now it works like it did before', 'made a new key, works again as it used to'])('when "%s", then the fix is told working', (said) => {
    expect(toldFixWorking(said, false)).toBe(true);
  });
  it('when "made a new key for the deploy user, before that it worked" (R36b-13), then it is not', () => {
    expect(toldFixWorking('made a new key for the deploy user, before that it worked', false)).toBe(false);
  });
});

describe('R37-6: eusc-de-east-1 is a region', () => {
  it('when the endpoint is sts.eusc-de-east-1.amazonaws.eu, then the region is read and not called invalid', () => {
    const d = diagnose('Could not connect to the endpoint URL: "https://sts.eusc-de-east-1.amazonaws.eu/"');
    expect(d.facts.region).toBe('eusc-de-east-1');
    expect(d.facts.regionInvalid).toBeUndefined();
  });
});
