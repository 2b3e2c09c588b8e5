/**
 * Stop 30's detection readings (src/core/extract/prose-vetoes.ts): a command that only writes credentials into a local
 * file, told failing, is that command's failure. The "silent" rows fail on 494c349 (both were tuning false positives);
 * the "detected" rows are guards: the same commands beside a real failure, or told working, stay detected.
 */
import { diagnose } from '../../../../src/core/diagnose';

it.each([
  ['a removed Serverless sub-command fails (serverless/serverless#12546)', 'Serverless Framework version\n4.0.28\n\nWhen running the command line : serverless config credentials --provider aws --profile staging-admin --key $AWS_ACCESS_KEY_ID --secret $AWS_SECRET_ACCESS_KEY\n\nI get the issue:\nPhase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: serverless config credentials --provider aws --profile staging-admin --key $AWS_ACCESS_KEY_ID --secret $AWS_SECRET_ACCESS_KEY. Reason: exit status 1\n\nwhen I downgrade the version to 3.38.0 it works fine.'],
  ['ecs-cli refuses an empty flag while storing a profile, beside a role complaint (aws/amazon-ecs-cli#548)', "Im unable to use EC2 instance role (metadata)\n\naws cli works fine.\n\nI ran `ecs-cli configure profile  --profile-name ec2-tutorial` and it fails with:\n\n```\n$ ecs-cli configure profile  --profile-name ec2-tutorial\nFATA[0000] secret-key can not be empty\n```"],
  ['the storing command run at a prompt is answered by an error line', 'Cannot use the instance role with ecs-cli.\n\n[centos@ip-10-20-3-28 ~]$ ecs-cli configure profile --profile-name ec2-tutorial\nFATA[0000] secret-key can not be empty'],
  ['the removed sub-command\'s failure is printed as an error line', 'Error: Error while executing command: serverless config credentials --provider aws --key $AWS_ACCESS_KEY_ID --secret $AWS_SECRET_ACCESS_KEY. Reason: exit status 1'],
  ['`aws configure set` fails on a read-only home directory', 'My AWS credentials setup script fails: `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE` gives an error, the file system is read-only.'],
  ['a network errno is the failure and credentials are only guessed at (jeremydaly/serverless-mysql#19)', 'ETIMEDOUT errors when connecting to Aurora RDS\n\nI get ETIMEDOUT when connecting. This may be related to the fact that I\'m using IAM authentication tokens.'],
])('when %s, then it is not detected', (_what, text) => {
  expect(diagnose(text).detected).toBe(false);
});

it.each([
  ['the stored key is then refused with a code', 'I ran `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE` and it worked, but `aws s3 ls` fails:\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.'],
  ['the stored profile then fails in words, the store command told working', 'After `serverless config credentials --provider aws --key x --secret y` my deploy still fails with invalid AWS credentials.'],
  // Reviewer's probes (mend, stop 30): the store command's failure is its own line's, not the whole text's.
  ['another failure is told in words on its own line (reviewer\'s probe)', 'Our AWS credentials expired and the deploy fails.\nAlso `aws configure set region us-east-1` fails on the read-only box.'],
  ['a stored key is told failing beside a store command that failed', 'The access key for our CI user was rejected and every build fails.\n\n`serverless config credentials --provider aws --key x --secret y` gives an error too.'],
  ['the store command is chained to another at the prompt (reviewer\'s probe)', '$ aws configure set region eu-west-1 && aws s3 cp build.zip s3://my-bucket/\nerror: AWS credentials invalid for this request'],
  ['the store command is followed by another after a semicolon at the prompt', '$ aws configure set region eu-west-1; aws s3 ls\nerror: AWS credentials invalid for this request'],
  // Reviewer's note (mend, stop 30): a network errno is its own sentence's failure, not the whole text's.
  ['a network errno is told separately after the refused key (reviewer\'s probe)', 'Our AWS access key was rejected and the deploy fails with a 403. Separately, our build proxy to Nexus got ETIMEDOUT.'],
  ['a network errno is told on a line of its own after the refused key', 'Our AWS secret key was rejected and the upload fails.\nThe artifact mirror also returned ECONNREFUSED yesterday.'],
])('when %s, then it is detected', (_what, text) => {
  expect(diagnose(text).detected).toBe(true);
});
