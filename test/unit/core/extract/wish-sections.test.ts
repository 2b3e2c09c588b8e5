import { diagnose } from '../../../../src/core/diagnose';
import { wishSectionLines } from '../../../../src/core/extract/wish-sections';

// aws/aws-cdk#30236 (tuning negative of batch 23), first post.
const CDK_WISH =
  '### Describe the feature\n\nWhen running `deploy` or `destroy` commands, it would be amazing if the CDK would fail when a `cdk-*` role cannot be assumed (e.g. `cdk-lookup` or `cdk-deploy`).\n\n### Use Case\n\nIt\'s very easy to use/paste an incorrect Account ID in the `CDK_DEPLOY_ACCOUNT` when running CDK locally. When that happens, users can accidentally deploy local changes to the production environments.';
// gravitational/teleport#54263 (tuning negative of batch 19), first post, the example file cut.
const TELEPORT_WISH =
  'What would you like Teleport to do?\n\nInclude the expiration time in the AWS credentials file produced by tbot for the credentials themselves.\n\nWhat problem does this solve?\n\nAllow customer automations to detect when to re-read these credentials from disk before they expire and lead to a client error.';

describe("the wish sections of a feature request's form (wish-sections.ts)", () => {
  it.each([
    ['the AWS form\'s "Describe the feature"', CDK_WISH],
    ['Teleport\'s "What would you like Teleport to do?"', TELEPORT_WISH],
  ])('when the only credential words stand under %s, then nothing is detected', (_what, text) => {
    expect(diagnose(text).detected).toBe(false);
  });

  it.each([
    // nixos/nix#4748's shape (a tuning positive of batch 22): the failure is told under the problem heading.
    ['told under the form\'s problem heading', "**Is your feature request related to a problem? Please describe.**\nOur nightly S3 sync fails with Access Denied since the role's credentials expired.\n\n**Describe the solution you'd like**\nRefresh the role credentials before they expire instead of failing."],
    ['told under the bug form\'s heading', '### Describe the bug\n\nThe deploy fails: my AWS credentials are rejected since the key was rotated.\n\n### Proposed Solution\n\nRead the new key from the profile.'],
    ['shown as an error code inside the wish section', '### Describe the feature\n\nRetry when the call fails with this:\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'],
    ['told below the wish section under a heading of its own', '### Use Case\n\nWe would like the plugin to re-read credentials.\n\n### Other Information\n\nToday the upload fails because the AWS credentials expired and are never refreshed.'],
  ])('when the failure is %s, then it is still detected', (_what, text) => {
    expect(diagnose(text).detected).toBe(true);
  });

  it('marks the lines from a wish heading to the next heading', () => {
    const lines = ['**Is your feature request related to a problem?**', 'It fails.', "**Describe the solution you'd like**", 'A retry.', '', '**Additional context**', 'None.'];
    expect([...wishSectionLines(lines)]).toEqual([2, 3, 4]);
    expect(wishSectionLines(['The deploy fails.', 'Use case: none']).size).toBe(0);
  });
});
