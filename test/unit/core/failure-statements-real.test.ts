/**
 * Failures named outright in whatever shape the line has, S3's malformed-header codes, and runtime exceptions that
 * are not AWS codes. Texts are quoted (trimmed) from the tuning half of test/fixtures/real-pastes, batch 4.
 */
import { diagnose } from '../../../src/core/diagnose';

const top = (text: string): string => diagnose(text).causes[0]!.id;

describe('failures named outright', () => {
  it('when aws-vault says no credentials were found for a profile, then the empty chain leads (99designs/aws-vault#49)', () => {
    const text = '2016/11/03 10:25:37 Parsing config file /Users/calvis/.aws/config\n2016/11/03 10:25:37 Looking up keyring for spark\n2016/11/03 10:25:37 Error from keyring The user name or passphrase you entered is not correct.\nNo credentials found for profile "spark"';
    expect({ detected: diagnose(text).detected, top: top(text) }).toEqual({ detected: true, top: 'no-credentials-found' });
  });

  it('when the KPL cannot retrieve credentials while reading the metadata service, then the role leads (awslabs/amazon-kinesis-producer#61)', () => {
    const text =
      "we've been trying to get the KPL to run using IAM roles and instance profiles instead of hardcoding a key pair.\n" +
      '[2016-08-29 08:52:50.816171] [0x00007f4f66f4d700] [error] [io_service_socket.h:229] Error during socket read: End of file; 0 bytes read so far (169.254.169.254:80)\n' +
      '[2016-08-29 08:52:51.058269] [0x00007f4f6884f740] [error] [main.cc:156] Could not retrieve credentials from anywhere.';
    expect(top(text)).toBe('role-credentials-unavailable');
  });

  it('when Terraform says the role cannot be assumed, then the role leads (hashicorp/terraform#8638)', () => {
    const text = 'Error refreshing state: 1 error(s) occurred:\n\n* The role "arn:aws:iam:::role/devops" cannot be assumed.\n\n  There are a number of possible causes of this - the most common are:\n    * The credentials used in order to assume the role are invalid';
    expect(top(text)).toBe('role-credentials-unavailable');
  });

  // Guards (they pass without the change too): the new statements must not outrank a more precise message.
  it('when a role assumption fails because of a named reason, then the reason leads, not the role (nginx/nginx-s3-gateway#116)', () => {
    const text = '2023/03/23 17:23:00 [info] 76#76: *10 js: Could not assume role using web identity: "Missing required AWS_REGION env variable"';
    expect(top(text)).toBe('region-endpoint');
  });

  it('when the Rust SDK says the region is missing, then region-endpoint leads (mezmo/aura#483)', () => {
    expect(top('with a `profile` set on a vector store, credential resolution failed with `Invalid Configuration: Missing Region` — the standalone `ProfileFileCredentialsProvider` resolves region from neither the environment nor the profile file (both verified empirically against aws-config 1.8.16)')).toBe('region-endpoint');
  });

  it('when a Ruby v1 error ends in "Access Denied", then it is a refusal (elastic/logstash#1914)', () => {
    const text = '#<Class:0x3b964f>: Access Denied\n              return_or_raise at /opt/logstash/vendor/bundle/jruby/1.9/gems/aws-sdk-v1-1.56.0/lib/aws/core/client.rb:375';
    expect(top(text)).toBe('authorization-not-authentication');
  });

  // Stop 34: the failure told with a gerund (armory/documentation#336, batch 19, in its words; account names synthetic).
  it.each([
    '- After configuration, 403s in clouddriver were preventing a healthy boot.\n- 403s were SourceAccount:role/DeployInstanceProfile failing to assume role for TargetAccount:role/DeployManaged (aws accounts)',
    'Deploys to the AWS staging account stopped: the pipeline reports a failure to assume the role in the target account.',
  ])('when "%s" tells the role assumption failing, then it is detected', (text) => {
    expect(diagnose(text).detected).toBe(true);
  });
});

describe("S3's malformed Authorization header", () => {
  it('when the code is named alone, then it is detected and the region leads (minio/mc#2570)', () => {
    const d = diagnose('Minio does not: implement Region in config.json / Retry when http response is AuthorizationHeaderMalformed');
    expect({ detected: d.detected, top: d.causes[0]!.id, code: d.errorCodes }).toEqual({ detected: true, top: 'region-endpoint', code: ['AuthorizationHeaderMalformed'] });
  });

  it('when its message says the key id was empty, then the empty chain leads (aws-samples/aws-lambda-layer-awscli#15)', () => {
    expect(top('An error occurred (AuthorizationHeaderMalformed) when calling the PutObject operation: The authorization header is malformed; a non-empty Access Key (AKID) must be provided in the credential.')).toBe('no-credentials-found');
  });
});

describe('runtime exceptions are not AWS codes', () => {
  it('when .NET prints HttpRequestException for the IMDS credential failure, then the credential failure is still read (aws/aws-sdk-net#1118)', () => {
    const text = 'AWSSDK.Core 3.3.24.5 throws the following exception:\n```\nAmazon.Runtime.AmazonServiceException: Failed to retrieve credentials from EC2 Instance Metadata Service.\n```\nAWSSDK.Core 3.3.24.6 and on throw the following exception:\n```\nSystem.Net.Http.HttpRequestException: A socket operation was attempted to an unreachable network\n```';
    const d = diagnose(text);
    expect({ detected: d.detected, codes: d.errorCodes }).toEqual({ detected: true, codes: ['AmazonServiceException'] });
  });

  it("when JS v2 prints its error object, then the SDK's code is read (aws/aws-cdk#9937)", () => {
    expect(diagnose('> Unable to determine the default AWS account: { ConfigError: Missing region in config\n>     at Request.optInRegionalEndpoint (/usr/lib/node_modules/aws-cdk/node_modules/aws-sdk/lib/services/sts.js:75:30)').errorCodes).toContain('ConfigError');
  });
});

describe('what is not an AWS credential failure', () => {
  it("when GitHub's OIDC token cannot be fetched in a workflow that never mentions AWS, then nothing is detected (atxtechbro/dotfiles#1047)", () => {
    const text =
      'The Dotfiles Issue Triage workflow is failing with an OIDC authentication error. All recent runs have failed with the same error.\n## Error Details\n```\nerror: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable\nFailed to setup GitHub token: Error: Could not fetch an OIDC token. Did you remember to add `id-token: write` to your workflow permissions?\n```';
    expect(diagnose(text).detected).toBe(false);
    // The same error in an AWS job is a role failure.
    expect(diagnose(`${text}\n- uses: aws-actions/configure-aws-credentials@v4`).detected).toBe(true);
  });

  it('when the failure is a network errno and credentials are only a guess, then nothing is detected (jeremydaly/serverless-mysql#19)', () => {
    const text =
      "I'm seeing small number of ETIMEDOUT errors when connecting to Aurora RDS (less than 10/5000 lambdas a day - not in production yet) . This may be related to the fact that I'm using IAM and authentication tokens for logins.";
    expect(diagnose(text).detected).toBe(false);
  });
});

describe('where the code runs decides between an empty chain and a missing role', () => {
  it('when ecs-cli runs on a laptop, then that is not an ECS task and the empty chain leads (prakhar1989/docker-curriculum#118)', () => {
    const text =
      "Struggling to get the ecs-cli call to work.  Ive tried a few variations of keypair location but its not working.\n> Marks-MBP:FoodTrucks mark$ ecs-cli up --keypair ~/.aws/docker-curriculum.pem --capability-iam --size 2 --instance-type t2.micro\n> FATA[0005] Error executing 'up': NoCredentialProviders: no valid providers in chain. Deprecated.\n> \tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors";
    expect(top(text)).toBe('no-credentials-found');
  });

  it('when the metadata service only failed as the last link of an empty chain off AWS compute, then the empty chain leads (pulumi/pulumi#19399)', () => {
    const text =
      'When running `pulumi refresh` or `pulumi destroy`, the AWS provider ignores the `aws:profile` value set via `pulumi config` and instead falls back to the default credentials.\n```\nerror: 1 error occurred:\n    \t* No valid credential sources found: Please see https://registry.terraform.io/providers/hashicorp/aws\n    for more information about providing credentials.\n\n    Error: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded\n```';
    expect(top(text)).not.toBe('role-credentials-unavailable');
  });

  it('when the same chain fails on an EC2 instance, then the role still leads', () => {
    expect(top('Running on an EC2 instance with an instance profile attached.\nError: No valid credential sources found\nError: failed to refresh cached credentials, no EC2 IMDS role found')).toBe('role-credentials-unavailable');
  });

  it('when CircleCI does not set AWS_ACCESS_KEY_ID, then the empty chain is detected (FairwindsOps/rok8s-scripts#87)', () => {
    const d = diagnose('The $AWS_ACCESS_KEY_ID environment variable is not set by CircleCI. Only the ~/.aws/config and ~/.aws/credentials files are set.');
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'no-credentials-found' });
  });
});
