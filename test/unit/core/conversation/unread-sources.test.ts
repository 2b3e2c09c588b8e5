/**
 * Batch 16's conversation misses by mechanism (issue #9): a credential source the team has that is never read where the
 * call runs — keys on the host not passed into the container, a config file (or the location its variable names) a tool
 * does not load. Each seen in the tuning threads of another batch too. Openings quoted as the reporters wrote them.
 */
import { appliedIds as applied, openedBy as opened, sayToAwskey as say } from '../../../helpers/open-case';

/** The evidence the text applies, none when it opens no case. */
function appliedBy(text: string): string[] {
  const r = say(text);
  return r ? applied(r.state) : [];
}

describe("the environment's keys not passed into the container", () => {
  it.each([
    // https://github.com/aws/aws-mwaa-local-runner/pull/377 (batch 16), the pull request's description.
    [
      'a pull request that passes them through',
      '## Problem statement\n\nPreviously, you would have to bake AWS credentials into the container to be able to authenticate with AWS services such as S3. This is insecure and involves changing the container build process.\n\n## Proposed solution\n\nPass through the following environment variables, which are commonly used for authenticating with AWS APIs via AWS libraries such as boto3 or the AWS CLI: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_DEFAULT_REGION`.',
    ],
    // https://github.com/buildkite-plugins/docker-buildkite-plugin/pull/183 (batch 13).
    [
      'a setting that propagates them',
      'This adds a setting `propagate-aws-auth-tokens` which will propagate the following environment variables to the container if they are set:\n`AWS_ACCESS_KEY_ID`\n`AWS_SECRET_ACCESS_KEY`\n`AWS_SESSION_TOKEN`\n\nThis allows you to use assume role plugins (which don\'t expose these via the `BUILDKITE_ENV_FILE` without having to specify `environment` all the time.',
    ],
    ['said as a fact', 'the AWS credentials are not passed into the docker container, so boto3 fails inside it'],
    ["the container's side", "our docker container doesn't receive the env vars with the access keys"],
  ])('when %s, then no credentials found leads, not an overriding environment key', (_, text) => {
    const s = opened(text);
    expect(applied(s)).toContain('statement:env-not-passed');
    expect(s.causes[0]!.id).toBe('no-credentials-found');
  });

  it.each([
    ['keys passed in that work', 'we pass the access keys as environment variables in the deploy job and get InvalidClientTokenId'],
    ['a question', 'are the AWS credentials passed into the docker container?'],
    ['a token not passed', 'the session token is not passed to the container'],
    // Review of s30-conv2: keys the team does pass were read as not passed (no credentials found 0.32 -> 0.93).
    ['keys the team passes', 'I pass the environment variables to the container with docker run -e, but boto3 inside it still gets invalid AWS credentials'],
    ['keys said to be passed', 'passing the AWS credentials into the container: they are passed correctly, env shows them, but boto3 still gets InvalidClientTokenId'],
    ['keys forwarded already', 'we already forward AWS_ACCESS_KEY_ID into the container, still invalid credentials'],
  ])('when %s, then the statement does not apply', (_, text) => expect(appliedBy(text)).not.toContain('statement:env-not-passed'));
});

describe('a config file, or its location, a tool does not read', () => {
  it.each([
    // https://github.com/brendanhay/amazonka/issues/948 (batch 16): the location is named in the sentence before.
    ['AWS_CONFIG_FILE not picked up', "I have `$AWS_CONFIG_FILE` pointing to another location than ~/.aws/config, but it seems amazonka isn't picking up that location.", 'no-credentials-found'],
    // https://github.com/aws/copilot-cli/pull/1205 (batch 8).
    [
      'the config file ignored',
      'Setting SharedConfigState to SharedConfigEnable allows the AWS SDK to\nload the shared config file (~/.aws/config). Previously, we were\nignoring the config file for the "DefaultWithRegion" method hence why it\nwouldn\'t pick up the credentials_process field in the file.',
      'no-credentials-found',
    ],
    // https://github.com/skyplane-project/skyplane/issues/936 (batch 16): resolved by exporting AWS_PROFILE (a wrong
    // profile; no credentials found is accepted too). Before, the SSO words made an expired session lead at 76 %.
    [
      'SSO config not detected',
      '**Describe the bug**\nSkyplane init does not autodetect aws config for sso login\n\n**To Reproduce**\n\naws sso login --profile [profile name]\n\nskyplane init\n\n**Expected behavior**\nSkyplane is able to pickup existing sso config and not require access key and secret for aws.',
      'wrong-profile',
    ],
  ])('when %s, then the tool not reading it leads', (_, text, cause) => {
    const s = opened(text);
    expect(applied(s)).toContain('statement:config-not-read');
    expect(s.causes[0]!.id).toBe(cause);
  });

  it.each([
    ['a session in the config that expired', 'the cli does not read my ~/.aws/config sso session any more since it expired'],
    ['a question', 'does terraform read the AWS_CONFIG_FILE location?'],
    ['the file read', 'the tool reads my ~/.aws/config file fine but the key is rejected'],
    // Review of s30-conv2: the person's own setup, not a tool passing over the file.
    ['no config file used', "I'm not using a config file, the AWS keys are in environment variables and the calls fail"],
    ['the config file not in use', 'we are not using the shared credentials file at all, keys come from the CI secrets'],
  ])('when %s, then the statement does not apply', (_, text) => expect(appliedBy(text)).not.toContain('statement:config-not-read'));

  it('when the person is not using a config file and the keys are in environment variables, then no credentials found does not lead', () => {
    // Before: config-not-read applied and no credentials found led at 0.67; an overriding environment key led before s30-conv2.
    expect(opened("I'm not using a config file, the AWS keys are in environment variables and the calls fail").causes[0]!.id).not.toBe('no-credentials-found');
  });

  it('when the tool is the subject of "does not use", then the statement still applies', () => {
    expect(appliedBy('the go sdk does not use my ~/.aws/config file, so the profile gives nothing')).toContain('statement:config-not-read');
  });
});
