/**
 * A question or a request about supplying credentials, with no failure told, is not a credential failure
 * (src/core/rules/asked-not-reported.ts, read as the not-aws.credential-question kind), and the reports beside or inside
 * a question stay detected. Texts are real threads (real-pastes tuning, batches 3, 15 and 18; real-negatives tuning).
 */
import { diagnose } from '../../../../src/core/diagnose';
import { askedNotReported, asksOnly } from '../../../../src/core/rules/asked-not-reported';

const NOW = new Date('2026-12-07T00:00:00Z');

function read(text: string): { detected: boolean; kind: boolean } {
  const d = diagnose(text, { now: NOW });
  const notAws = d.causes.find((c) => c.id === 'not-aws-credential-error')!;
  return { detected: d.detected, kind: notAws.evidence.some((e) => e.id === 'not-aws.credential-question') };
}

const OIDC_QUESTION =
  '> If you run your GitHub Actions in a self-hosted runner that already has access to AWS credentials, such as an EC2 instance, then you do not need to provide IAM user access key credentials to this action.\n\n' +
  "What happens when the self-hosted runner doesn't have access to AWS credentials?\n\n" +
  'Will the OIDC set in that block be honored `on demand` per build ?\n\n' +
  '```yaml\n    - name: Configure AWS credentials from Test account\n      uses: aws-actions/configure-aws-credentials@v1\n      with:\n' +
  '        role-to-assume: arn:aws:iam::111111111111:role/my-github-actions-role-test\n        aws-region: us-east-1\n```';
const PROFILE_REQUEST =
  'I am using s5cmd to connect to two S3 on-premises object storage (FlashBlade) and the only way I can connect is by setting the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY ' +
  "and cannot use the .aws/credentials file as s5cmd doesn't seem to take any profile option.  Can this be implemented?";

describe('asked, not reported', () => {
  it.each([
    ['a question about runners without credentials (what happens when …? will … be honored?)', 'https://github.com/aws-actions/configure-aws-credentials/issues/342', OIDC_QUESTION],
    ['a request for a profile option (can this be implemented?)', 'https://github.com/peak/s5cmd/issues/229', PROFILE_REQUEST],
  ])('when the text is %s (%s), then it is no credential failure and says it is a question', (_what, _url, text) => {
    expect(read(text)).toEqual({ detected: false, kind: true });
  });

  it('when a question asks whether another sign-in is possible (aquasecurity/cloudsploit#1988, a real negative), then it reads as asked', () => {
    const text =
      'Is it possible to authenticate cloudsploit against an AWS IAM Identity user profile (instead of IAM user/access key)?\n\n' +
      "We authenticate into our AWS accounts via IAM Identity Center with 'aws configure sso' and not IAM users or access keys/secrets.";
    expect(askedNotReported(text.split('\n'))).toBe(true);
  });

  it.each([
    ['a wish that tells the error it met', 'https://github.com/aws/aws-sdk-ruby/issues/1237', "It would be nice if this raised a clearer error:\n[1] pry(main)> ec2 = Aws::EC2::Resource.new\nNoMethodError: undefined method `match' for nil:NilClass"],
    ['a request for an option that went missing', 'https://github.com/cattle-ops/terraform-aws-gitlab-runner/issues/41', 'it looks like since version 2.1.0 the option `amazonec2-iam-instance-profile` is missing.\nLooks like this was removed by accident when resolving merge conflicts.\n\nCould you add the missing option again?'],
  ])('when the text is %s (%s), then it does not read as asked', (_what, _url, text) => {
    expect(askedNotReported(text.split('\n'))).toBe(false);
  });
});

describe('reports with a question in them stay detected', () => {
  it.each([
    [
      'a lifetime told as a contrast beside the questions',
      'https://github.com/coinbase/assume-role/issues/19',
      'My understanding is that the session tokens last for 12 hours, but the assumerole credentials that come back only last for an hour.\n\n' +
        'Are you re-running this every hour? What do you do for processes which need more than hour to complete?',
    ],
    [
      'a failure told in prose before the question',
      'https://github.com/exercism/website/pull/16',
      'I got AWS credential errors when running the website through Docker. This is an attempt to fix that, by allowing the `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` environment variables to be passed to the Docker container. Is this the right way to go about this?',
    ],
    [
      'a how-to question that pastes the error it met',
      'https://github.com/s3fs-fuse/s3fs-fuse/issues/573',
      'How do i mount s3 bucket without secret access keys? Ive attached a role on my ec2 that grants me full access to the specific s3 bucket.\n\n' +
        'if i run the mount command without password it gives this: \n    _s3fs: could not determine how to establish security credentials._\n\nI dont intend to leave my credentials inside of the ec2',
    ],
    ['a request beside the failure it asks to fix', 'the s5cmd request with a failure told', `${PROFILE_REQUEST} Right now the credentials file is ignored.`],
    [
      'a question that tells the failure it asks about',
      'the OIDC question asked of a failure',
      'Does anyone know why the self-hosted runner fails to load AWS credentials? Will the OIDC set in that block be honored?',
    ],
  ])('when the text is %s (%s), then it is detected', (_what, _url, text) => {
    expect(read(text)).toEqual({ detected: true, kind: false });
  });
});

describe('a failure told beside a question, a duty or a change, in words the failure words miss, stays detected (reviews of s32-neg and stop 34)', () => {
  it.each([
    ['a question, then what the CLI says', 'Is it possible that my access key was deactivated? aws s3 ls now says the key id does not exist in our records.'],
    ['a question, then a signature mismatch', 'Has anyone seen this? The secret key has a + in it and terraform gets a signature mismatch.'],
    ['a question, then one profile used instead of another', 'Does the SDK read AWS_PROFILE inside a container? In the container it uses the default profile instead of the one I set.'],
    ['a question, then on its own line one profile used instead of another', 'Does the SDK read AWS_PROFILE inside a container?\nIn the container it uses the default profile instead of the one I set.'],
    ['a question, then on its own line a signature mismatch', 'Has anyone seen this?\nThe secret key has a + in it and terraform gets a signature mismatch.'],
    ['a question read as the report, then what happened on the next line', 'What happens when the runner has no AWS credentials?\nIn the container the SDK uses the default profile instead of the one I set.'],
    ['a request, then what the tool does instead', 'Can this be implemented? The tool uses the default profile instead of the one in AWS_PROFILE.'],
    ['a question, then a key that does not exist', 'Is there a way to refresh the keys? The access key does not exist anymore in IAM.'],
    ['a question, then a pasted line with a signature mismatch', 'Has anyone seen this?\nterraform: signature mismatch for key AKIAIOSFODNN7EXAMPLE'],
    // A duty, a change tried or a workaround beside the failure (review of stop 34: R34-1 to R34-3), in words none of
    // FAILURE_WORDS, NOT_DONE, MET or ERROR_NAME holds ("cannot be assumed", "uses the default profile instead of").
    ['a duty, then the role that cannot be assumed (R34-1)', 'The deploy role must be assumable from the CI runner, yet the role cannot be assumed from it since Monday.'],
    ['a need, then the role that cannot be assumed (R34-1)', 'We need to use the deploy role; the role cannot be assumed from our Jenkins agents since the trust policy change.'],
    ['a routine need, then the role that cannot be assumed since (R34-1)', 'We need to rotate keys weekly; since the last rotation the role cannot be assumed by the pipeline.'],
    ['a requirement, then the role that cannot be assumed (R34-1)', 'Pass-through of credentials is required by our setup, and the role cannot be assumed from the container.'],
    ['a "should", then the role that cannot be assumed (R34-1)', 'The role should be assumable by the runner; the role cannot be assumed from the runner since Monday.'],
    ['a "should", then one profile used instead of another', 'The SDK should read AWS_PROFILE inside a container; in the container it uses the default profile instead of the one I set.'],
    ['a workaround whose purpose tells the failure (R34-2)', 'We have to run aws sso login twice a day in order to get past the token expired message from the CLI.'],
    [
      'a workaround whose purpose tells the failure in words only prose-report reads (R34-2)',
      'We have to set AWS_PROFILE in every shell in order to stop the SDK from using the default profile instead of the one I set.',
    ],
    ['a fix tried in the past tense, then the failure (R34-3)', 'Added the trust policy for the runner and the role cannot be assumed from GitHub Actions.'],
    ['a gerund opening a report, not a title (R34-3)', 'Supporting the new account, the role cannot be assumed from our CI since yesterday.'],
    ['a fix tried with another past tense, then the failure (R34-3, the control)', 'Updated the trust policy and the role cannot be assumed by the GitHub Actions workflow.'],
  ])('when the text is %s, then it is detected and not read as a question', (_what, text) => {
    expect(read(text)).toEqual({ detected: true, kind: false });
  });

  it('when a sentence only says what the request after it asks for (peak/s5cmd#229), then its line asks only; a question beside a report does not', () => {
    expect(asksOnly(PROFILE_REQUEST)).toBe(true);
    expect(asksOnly('Has anyone seen this? The secret key has a + in it and terraform gets a signature mismatch.')).toBe(false);
  });

  it('when a gerund opens a sentence with a clause after it, then its line does not ask; on a title line it does', () => {
    expect(asksOnly('Supporting the new account, the role cannot be assumed from our CI since yesterday.')).toBe(false);
    expect(asksOnly('Adding support for AWS Session Token')).toBe(true);
  });
});

describe('a change proposed or described, with no failure told, is not a report (stop 34, s34-neg)', () => {
  // Fresh negatives of stop 33 (scripts/corpus/fresh-negatives-s33.json): pull-request titles and descriptions, and a
  // docs PR, that open with the change's verb and tell nothing that failed; and a docs PR of the tuning half (batch 5).
  it.each([
    ['a title and a description that support the token', 'https://github.com/airbnb/zonify/pull/22', '## Support AWS Session Token\n\nSupport temporary credentials by setting the AWS_SESSION_TOKEN environment variable.'],
    ['a list of what the pull request adds', 'https://github.com/NetSPI/AWSSigner/pull/10', '- Add session token textbox to be used with session/security token\nreceived from assume-role calls\n- Add checkbox for whether to use the session token'],
    ['a change told in the imperative, with a supposed condition', 'https://github.com/AdRoll/goamz/pull/424', 'Use AWS_DEFAULT_PROFILE as documented, falling back to AWS_PROFILE (used\nby other tools), finally falling back to "default" if not provided.'],
    ['a one-line title', 'https://github.com/DanielHindi/aws-s3-zipper/pull/51', 'add option for session token in AWS config'],
    [
      'a docs change whose purpose, after "so", says what one value is used instead of (a tuning negative of batch 5)',
      'https://github.com/circleci/circleci-docs/pull/10653',
      '- Correct the AWS IAM trust policy example under **Limit role access based on project** so the `aud` condition uses the CircleCI organization ID instead of `sts.amazonaws.com`.\n' +
        '- CircleCI default OIDC tokens use the organization ID as `aud`, which matches the Audience configured when creating the identity provider earlier on the same page.',
    ],
  ])('when the text is %s (%s), then it is no credential failure and says it is a question or request', (_what, _url, text) => {
    expect(read(text)).toEqual({ detected: false, kind: true });
  });
  // duckdb/duckdb-web#4480 ("Update s3api_legacy_authentication.md\n\nCorrect incorrect and confusing usage of session
  // token") is detected again since a proposal is also read as prose-report.ts reads it (review of stop 34, R34-1):
  // "incorrect … usage of session token" is what a report of a misused token says. Given up rather than special-cased.

  it.each([
    [
      'a pull request that states the failure it fixes (mastra-ai/mastra#13707, a tuning positive)',
      'Add `sessionToken` option to `S3Filesystem` and `S3BlobStore` to support AWS temporary credentials (SSO, AssumeRole, container credentials, Lambda, etc.). ' +
        'Previously, users relying on temporary credentials received "Access denied" errors because the session token was never forwarded to the S3 client.',
    ],
    ['a proposal whose own sentence tells the failure', 'Add a session token option: without it the upload fails with InvalidAccessKeyId.'],
    ['a subject before the verb: what the tool does, not a change', 'The CLI supports SSO profiles but aws s3 ls says the token is expired.'],
  ])('when the text is %s, then it stays detected', (_what, text) => {
    expect(read(text)).toEqual({ detected: true, kind: false });
  });
});

describe('a requirement stated as what a change is for is not a report (stop 34, s34-neg)', () => {
  // Tuning negatives under stop 34's convention (real-pastes batches 10 and 8): the need, then the pull request.
  it.each([
    [
      'a token that must be sent, then what the PR checks',
      'https://github.com/Netflix/SimianArmy/pull/331',
      'When using temporary credentials, the session token must be included in the request. This PR checks which is the type of the credentials object being used and configures the AWSClient accordingly.',
    ],
    [
      'a token that needs passing, then what the PR adds',
      'https://github.com/Yelp/paasta/pull/3011',
      'When creating a spark session, we need to also pass in the AWS_SESSION_TOKEN in order to be able to properly use the AWS creds. This PR adds the session token to the environment, and updates corresponding tests to expect this value.',
    ],
  ])('when the text is %s (%s), then it is no credential failure and says it is a question or request', (_what, _url, text) => {
    expect(read(text)).toEqual({ detected: false, kind: true });
  });

  it.each([
    ['a duty with the refusal it avoids (docker/for-win#4526, a tuning positive)', 'I have to toggle the Time Synchronization option every day when I start working or my AWS tools refuse to use my new credentials.'],
    ['a duty beside what happens instead', 'The SDK should refresh the session token, but after an hour the job could not authenticate.'],
    ['a need with the refusal that caused it', 'We need to rotate the access key because the old one was rejected by STS.'],
  ])('when the text is %s, then it stays detected', (_what, text) => {
    expect(read(text)).toEqual({ detected: true, kind: false });
  });
});

describe('a proposal told in the gerund, and one closed by a reference to its issue (stop 34, s34-neg)', () => {
  // Fresh pull requests of stop 34 (scripts/corpus/fresh-negatives-s34.json): read after the two readings above were
  // made, these two were then read with the gerund and the reference sentence (in-sample).
  it.each([
    ['a title in the gerund', 'https://github.com/punk-security/dnsReaper/pull/123', 'Adding support for AWS Session Token'],
    ['a title, then the issue it closes', 'https://github.com/serverless/event-gateway/pull/339', 'add session token support in AWS creds. Closes #329\n\n## What did you implement:\n\nCloses #329'],
  ])('when the text is %s (%s), then it is no credential failure and says it is a question or request', (_what, _url, text) => {
    expect(read(text)).toEqual({ detected: false, kind: true });
  });

  it('when a reference stands beside a failure told, then the failure keeps the detection', () => {
    expect(read('Fixes #12. The SDK could not find credentials on ECS after the upgrade.')).toEqual({ detected: true, kind: false });
    expect(asksOnly('Add support for session tokens. Closes #329')).toBe(true);
    expect(asksOnly('Closes #329')).toBe(false);
  });
});

describe('what a change is for is wished, not met (stop 34, s34-neg)', () => {
  it('when a pull request re-reads a token "to ensure that expiration never occurs" (voxel51/eta#551, a tuning negative of batch 14 under stop 34\'s convention), then it is no credential failure', () => {
    const text =
      'When working with `S3StorageClient` using the `AWS_ROLE_ARN` and `AWS_WEB_IDENTITY_TOKEN_FILE`, it turns out that the web identity token file is updated periodically.\n\n' +
      'This PR re-reads the web identity token each time credentials are refreshed to ensure that expiration never occurs.';
    expect(read(text)).toEqual({ detected: false, kind: true });
  });

  it('when the failure is told beside the purpose, after its comma, then it stays detected', () => {
    const text = 'This PR refreshes the credentials so that uploads keep working, because the nightly upload could not authenticate with the expired session token.';
    expect(read(text)).toEqual({ detected: true, kind: false });
  });
});
