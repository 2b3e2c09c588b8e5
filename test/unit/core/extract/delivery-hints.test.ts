/**
 * Two mechanisms told in words (extract/context-hints.ts): the keys exist but do not reach the process (CI secrets
 * withheld from a fork's pull request, protected variables, variables not passed), and an OIDC role's trust-policy
 * condition (aud / sub). The first sentences of each block are from tuning threads of test/fixtures/real-pastes
 * (fairwindsops/rok8s-scripts#87, radius-project/bicep-types-aws#61, tarantool/cartridge-cli#231,
 * circleci/circleci-docs#10653); the rest are written for the test.
 */
import { diagnose } from '../../../../src/core/diagnose';

const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('secrets that do not reach the process', () => {
  it.each([
    'The $AWS_ACCESS_KEY_ID environment variable is not set by CircleCI. Only the ~/.aws/config and ~/.aws/credentials files are set.',
    'Test runs from forks will fail with the following error:',
    "After last gitlab-ci update (12.10) I can't use AWS_SECRET_ACCESS_KEY and AWS_ACCESS_KEY_ID environment variables due to validation failure caused by the new gitlab validation",
    'The AWS keys are stored as protected variables and this branch is not protected.',
    'Repository secrets are not passed to workflows triggered by a pull request from a fork.',
    'The secrets are empty in the job for some reason.',
  ])('when "%s" is written, then it is read as secrets withheld', (text) => {
    expect(signals(text)).toContain('hint.secrets-withheld');
  });

  it.each([
    'The secrets are available in the job, I printed their length.',
    'We store the keys as repository secrets.',
    'I forked the repo to try the fix.',
  ])('when "%s" is written, then it is not', (text) => {
    expect(signals(text)).not.toContain('hint.secrets-withheld');
  });

  it('when a failure told in words says the variables are withheld, then no credentials leads (not an env-var override)', () => {
    const text = "After last gitlab-ci update (12.10) I can't use AWS_SECRET_ACCESS_KEY and AWS_ACCESS_KEY_ID environment variables due to validation failure caused by the new gitlab validation";
    const d = diagnose(text);
    expect(d.causes[0]!.id).toBe('no-credentials-found');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('no-credentials.secrets-withheld');
  });

  it('when a key was sent and rejected, then withheld secrets are no evidence for no credentials', () => {
    const d = diagnose('Runs from forks fail.\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.');
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('no-credentials.secrets-withheld');
  });
});

describe("an OIDC role's trust-policy condition", () => {
  it.each([
    '- Correct the AWS IAM trust policy example under **Limit role access based on project** so the `aud` condition uses the CircleCI organization ID instead of `sts.amazonaws.com`.',
    'I think the sub claim in the trust policy does not match the branch.',
    'The condition on token.actions.githubusercontent.com:sub only allows main.',
  ])('when "%s" is written beside a failure, then it is read', (text) => {
    expect(signals(`Our CI job cannot get AWS credentials.\n${text}`)).toContain('hint.trust-condition');
  });

  it('when it is named beside a failure to get credentials in CI, then the role leads', () => {
    const d = diagnose('The deploy job cannot get AWS credentials in CircleCI. I think the aud condition of the role trust policy is wrong.');
    expect(d.causes[0]!.id).toBe('role-credentials-unavailable');
    expect(d.causes[0]!.evidence.map((e) => e.id)).toContain('role-unavailable.trust-condition');
  });

  it('when sub or aud appear as ordinary words, then nothing is read', () => {
    expect(signals('Our CI job cannot get AWS credentials.\nThe sub folder holds the audience report for the condition review.')).not.toContain('hint.trust-condition');
  });
});
