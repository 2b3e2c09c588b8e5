import { checkFamily } from './check-quotes';
import { diagnose } from '../../../../src/core/diagnose';

checkFamily('terraform', [
  {
    id: 'tf.web-identity-short',
    from: 'hashicorp/aws-sdk-go-base internal/config/errors.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: Cannot assume IAM Role with web identity\n│ \n│   with provider["registry.terraform.io/hashicorp/aws"],\n│ \n│ cannot assume role with web identity: operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: 5f6a7b8c-1d2e-4f30-9a1b-2c3d4e5f6a7b, InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
    code: 'InvalidIdentityToken',
    benign: 'Why we cannot assume role with web identity: the pipeline has no OIDC provider yet, so we use keys for now.',
  },
  {
    id: 'tf.account-not-allowed',
    from: 'hashicorp/aws-sdk-go-base internal/config/config.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: AWS account ID not allowed: 210987654321\n│\n│   with provider["registry.terraform.io/hashicorp/aws"],\n│   on providers.tf line 1, in provider "aws":',
  },
  {
    id: 'tf.profile-over-env',
    from: 'hashicorp/aws-sdk-go-base credentials.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Warning: Configuration conflict detected\n│\n│ A Profile was specified along with the environment variables "AWS_ACCESS_KEY_ID" and "AWS_SECRET_ACCESS_KEY". The Profile is now used instead of the environment variable credentials. This may lead to unexpected behavior.\n\n│ Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0, api error InvalidClientTokenId: The security token included in the request is invalid.',
    code: 'InvalidClientTokenId',
  },
  {
    id: 'tf.web-identity-token-unset',
    from: 'hashicorp/aws-sdk-go-base credentials.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: Assume Role With Web Identity\n│\n│ One of WebIdentityToken, WebIdentityTokenFile must be set',
  },
  {
    id: 'tf.no-valid-sources',
    from: 'hashicorp/aws-sdk-go-base internal/config/errors.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: No valid credential sources found\n│\n│   with provider["registry.terraform.io/hashicorp/aws"],\n│   on main.tf line 1, in provider "aws":\n│\n│ Please see https://registry.terraform.io/providers/hashicorp/aws\n│ for more information about providing credentials.\n│\n│ Error: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded',
    code: 'NoValidCredentialSources',
    top: 'role-credentials-unavailable',
    orTop: ['no-credentials-found'],
  },
  {
    id: 'tf.no-valid-sources-for',
    from: 'hashicorp/aws-sdk-go-base errors.go @ v0.7.1',
    text: 'Error: error configuring S3 Backend: no valid credential sources for S3 Backend found.\n\nPlease see https://www.terraform.io/docs/language/settings/backends/s3.html\nfor more information about providing credentials.\n\nError: NoCredentialProviders: no valid providers in chain. Deprecated.',
    code: 'NoValidCredentialSources',
  },
  {
    id: 'tf.cannot-assume-role',
    from: 'hashicorp/aws-sdk-go-base errors.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: Cannot assume IAM Role\n│\n│ IAM Role (arn:aws:iam::111122223333:role/deploy) cannot be assumed.\n│\n│ There are a number of possible causes of this - the most common are:\n│   * The credentials used in order to assume the role are invalid\n│   * The credentials do not have appropriate permission to assume the role\n│   * The role ARN is not valid\n│\n│ Error: operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 0c5b7e33-0000-4000-8000-000000000007, api error AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy',
    code: 'AccessDenied',
    top: 'authorization-not-authentication',
  },
  {
    id: 'tf.cannot-assume-role-web-identity',
    from: 'hashicorp/aws-sdk-go-base internal/config/errors.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: Cannot assume IAM Role with web identity\n│\n│ IAM Role (arn:aws:iam::111122223333:role/gha-deploy) cannot be assumed with web identity token.\n│\n│ There are a number of possible causes of this - the most common are:\n│   * The web identity token used in order to assume the role is invalid\n│\n│ Error: operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: 0c5b7e33-0000-4000-8000-000000000008, InvalidIdentityToken: Incorrect token audience',
    code: 'InvalidIdentityToken',
  },
  {
    id: 'tf.auth-provider-used',
    from: 'hashicorp/aws-sdk-go-base awsauth.go @ v0.7.1',
    text: '2026/12/01 09:20:11 [INFO] AWS Auth provider used: "EnvProvider"\n2026/12/01 09:20:12 [DEBUG] [aws-sdk-go] DEBUG: Response sts/GetCallerIdentity Details:\n---[ RESPONSE ]--------------------------------------\nHTTP/1.1 403 Forbidden\n<Error><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error>',
    code: 'InvalidClientTokenId',
    top: 'env-var-override',
    detected: true,
  },
  {
    id: 'tf.retrieved-credentials',
    from: 'hashicorp/aws-sdk-go-base aws_config.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '2026-12-01T09:21:40.117Z [INFO]  provider.terraform-provider-aws_v5.80.0_x5: Retrieved credentials: tf_aws.credentials_source=SharedConfigCredentials: /home/ci/.aws/credentials\n│ Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1b2c3d4e-0000-4000-8000-000000000001, api error InvalidClientTokenId: The security token included in the request is invalid.',
    code: 'InvalidClientTokenId',
    top: 'wrong-account-or-partition',
    detected: true,
  },
  {
    id: 'tf.validating-credentials',
    from: 'hashicorp/aws-sdk-go-base aws_config.go @ v2.0.0-beta.74@71dcf8ad2f4d',
    text: '│ Error: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1b2c3d4e-0000-4000-8000-000000000002, api error ExpiredToken: The security token included in the request is expired',
    code: 'ExpiredToken',
    top: 'temporary-credentials-expired',
    detected: true,
  },
  {
    // Source audit, stop 37.
    id: 'tfs3.region-missing',
    from: 'hashicorp/terraform internal/backend/remote-state/s3/backend.go @ v1.17.0-alpha20260812@883c7221ee2e',
    text: '$ terraform init\nInitializing the backend...\n╷\n│ Error: Missing region value\n│\n│   on main.tf line 3, in terraform:\n│    3:   backend "s3" {\n│\n│ The "region" attribute or the "AWS_REGION" or "AWS_DEFAULT_REGION" environment variables must be set.\n╵',
    benign: 'Do I need to set AWS_REGION or the region attribute for the S3 backend?',
  },
  {
    id: 'tfs3.head-object-forbidden',
    from: 'hashicorp/terraform internal/backend/remote-state/s3/client.go @ v1.17.0-alpha20260812@883c7221ee2e',
    text: 'Error: Failed to get existing workspaces: Unable to list objects in S3 bucket "acme-tf-state"\n│ Error refreshing state: Unable to access object "env/prod/terraform.tfstate" in S3 bucket "acme-tf-state": operation error S3: HeadObject, https response error StatusCode: 403, RequestID: 7Q2WJ8F3N6B1K0ZD, HostID: h0stIdQk9aXbYw/2Lp8Zr+5nE1vC3oT6uM4sA7dF0gH=, api error Forbidden: Forbidden',
    code: 'Forbidden',
    detected: true,
    // The authz family already weighs 3.2; the entry's own weight lifts wrong-profile to second.
    top: 'authorization-not-authentication',
  },
  {
    id: 's3.head-object-forbidden',
    from: 'aws/aws-sdk-go-v2 service/internal/s3shared/response_error.go @ c213f6605dbc (HostID format; smithy-go errors.go @ c589db5abf67 for operation/api error)',
    text: 'operation error S3: HeadObject, https response error StatusCode: 403, RequestID: 7Q2WJ8F3N6B1K0ZE, HostID: h0stIdQk9aXbYw/2Lp8Zr+5nE1vC3oT6uM4sA7dF0gH=, api error Forbidden: Forbidden',
    code: 'Forbidden',
    detected: true,
    top: 'authorization-not-authentication',
  },
  {
    id: 'tf.existing-workspaces',
    from: 'hashicorp/terraform internal/command/meta_backend.go @ v1.17.0-alpha20260812@883c7221ee2e',
    text: 'Error: Failed to get existing workspaces: operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, exceeded maximum number of attempts, 3',
    top: 'role-credentials-unavailable',
    detected: true,
  },
]);

checkFamily('iac', [
  {
    id: 'cdk.lookup-role-not-assumed',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/environment/environment-access.ts @ 7ff50e77f314',
    text: "[Warning at /AppStack] Lookup role arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-us-east-1 was not assumed. Proceeding with default credentials.\nAccessDenied: User: arn:aws:sts::111122223333:assumed-role/dev/jane is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-us-east-1",
    benign: "The CDK lookup role was not assumed in our test because we proceed with default credentials on purpose.",
    code: 'AccessDenied',
    top: 'authorization-not-authentication',
  },
  {
    id: 'cdk.mfa-token',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/awscli-compatible.ts @ 7ff50e77f314',
    text: '$ npx cdk deploy --profile admin-mfa\n❌ Error fetching MFA token: stdin is not a TTY',
  },
  {
    id: 'cdk.default-account-debug',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314',
    text: '[10:14:02] Unable to determine the default AWS account (ExpiredToken): The security token included in the request is expired',
    top: 'temporary-credentials-expired',
  },
  {
    id: 'pulumi.no-credentials',
    from: 'pulumi/pulumi-aws provider/errors/no_credentials.txt @ 7ecae1513603',
    text: 'aws:s3:BucketV2 (site):\n  error: No valid credential sources found.\n  Please see https://www.pulumi.com/registry/packages/aws/installation-configuration/ for more information about providing credentials.',
  },
  {
    id: 'pulumi.invalid-credentials',
    from: 'pulumi/pulumi-aws provider/errors/invalid_credentials.txt @ c0d57d49fa6a',
    text: 'pulumi:providers:aws (default_6_52_0):\n  error: Invalid credentials configured.\n  Please see https://www.pulumi.com/registry/packages/aws/installation-configuration/ for more information about providing credentials.',
    top: 'wrong-account-or-partition',
  },
  {
    id: 'pulumi.expired-sso',
    from: 'pulumi/pulumi-aws provider/errors/expired_sso.txt @ 5f4ed158148c',
    text: 'error: pulumi:providers:aws resource \'default\' has a problem: Failed to refresh cached SSO credentials.\nPlease refresh SSO login.',
  },
  {
    id: 'pulumi.expired-login',
    from: 'pulumi/pulumi-aws provider/errors/expired_login.txt @ ce8e17d38e40',
    text: 'aws:s3:BucketV2 (assets):\n  error: The AWS login session for profile "dev" has expired or was not found.\n  Run `aws login --profile dev` to sign in again, then retry.',
  },
  {
    id: 'pulumi.expired-credentials',
    from: 'pulumi/pulumi-aws provider/errors/expired_credentials.txt @ ce8e17d38e40',
    text: 'aws:lambda:Function (api):\n  error: The configured AWS credentials have expired.\n  Refresh the temporary credentials and try again.',
  },
  {
    id: 'pulumi.profile-not-found',
    from: 'pulumi/pulumi-aws provider/errors/profile_not_found.txt @ ce8e17d38e40',
    text: 'error: The AWS profile "staging" was not found.\nConfigured profiles: default, prod.\nCheck the `aws:profile` configuration and the AWS_PROFILE environment variable.',
  },
  {
    id: 'pulumi.no-region',
    from: 'pulumi/pulumi-aws provider/errors/no_region.txt @ 366c7f110a67',
    text: 'pulumi:providers:aws (default):\n  error: Missing region information\n  Make sure you have set your AWS region, e.g. `pulumi config set aws:region us-west-2`.',
  },
  {
    id: 'pulumi.credential-process',
    from: 'pulumi/pulumi-aws provider/errors/credential_process.txt @ e4b1181defec',
    text: 'error: The credential_process configured for profile "dev" failed.\nDetails: exit status 1',
  },
  {
    id: 'pulumi.validate-credentials',
    from: 'pulumi/pulumi-aws provider/resources.go @ 78cafdc0cc02',
    text: 'aws:s3:BucketV2 (site):\n  error: unable to validate AWS credentials.\n  Details: No valid credential sources found.\n  Make sure you have set your AWS region, e.g. `pulumi config set aws:region us-west-2`.',
    tool: 'pulumi',
  },
  {
    id: 'cdk.no-account',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314',
    text: '$ cdk deploy\nUnable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment',
  },
  {
    id: 'cdk.no-credentials',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314',
    text: ' ❌  MyStack failed: Error: Need to perform AWS calls for account 111122223333, but no credentials have been configured',
  },
  {
    id: 'cdk.other-account',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314',
    text: ' ❌  MyStack failed: Error: Need to perform AWS calls for account 111122223333, but the current credentials are for 123456789012',
  },
  {
    id: 'cdk.assume-role-fallback',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314',
    text: "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-lookup-role-111122223333-us-east-1', but are for the right account. Proceeding anyway.\n❌  Deployment failed: Error: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-1:111122223333:stack/App/*",
  },
  {
    id: 'cdk.no-environment',
    from: 'aws/aws-cdk-cli packages/aws-cdk/lib/cli/cdk-toolkit.ts @ 11d01581eb65',
    text: '$ cdk deploy\nStack hello-cdk does not define an environment, and AWS credentials could not be obtained from standard locations or no region was configured.',
  },
  {
    // The bootstrap roles were removed (github.com/aws-samples/bedrock-chat/issues/673): the fallback warning first.
    id: 'cdk.bootstrap-version-missing',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/environment/environment-resources.ts @ 7ff50e77f314',
    text: "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', but are for the right account. Proceeding anyway.\n ❌ Deployment failed: Error: AppStack: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)",
  },
  {
    id: 'cdk.assume-role-failed',
    from: 'aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314',
    text: "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', but are for the right account. Proceeding anyway.\nCould not assume role in target account using current credentials User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1 . Please make sure that this role exists in the account. If it doesn't exist, (re)-bootstrap the environment with the right '--trust', using the latest version of the CDK CLI.",
  },
  {
    id: 'rain.config-failed',
    from: 'aws-cloudformation/rain internal/aws/aws.go @ v1.24.4+20@d085ec5b',
    text: '$ rain deploy template.yaml my-stack --profile staging\npanic: unable to find valid credentials',
  },
  {
    id: 'rain.no-credentials',
    from: 'aws-cloudformation/rain internal/aws/aws.go @ v1.24.4+20@d085ec5b',
    text: "$ rain ls\npanic: could not establish AWS credentials; please run 'aws configure' or choose a profile",
  },
  {
    id: 'rain.region-missing',
    from: 'aws-cloudformation/rain internal/aws/aws.go @ v1.24.4+20@d085ec5b',
    text: "$ rain ls\npanic: a region was not specified. You can run 'aws configure' or choose a profile with a region",
  },
]);

describe('CDK bootstrap roles', () => {
  const FALLBACK = "current credentials could not be used to assume 'arn:aws:iam::111122223333:role/cdk-hnb659fds-deploy-role-111122223333-us-east-1', but are for the right account. Proceeding anyway.";
  const top3 = (text: string) => diagnose(text, { now: new Date('2026-12-05T10:00:00Z') }).causes.slice(0, 3).map((c) => c.id);

  // CDK's warning, not its failure (stop 37): sdk-provider.ts logs `${fmtObtainedCredentials(baseCreds)} could not be used
  // to assume '${options.assumeRoleArn}', but are for the right account. Proceeding anyway.` and goes on with the current
  // credentials (aws/aws-cdk-cli packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts @ 7ff50e77f314).
  it('when only the assume-role fallback warning is pasted, or the deploy it precedes succeeds, then no credential failure is detected', () => {
    expect(diagnose(FALLBACK).detected).toBe(false);
    expect(diagnose(`${FALLBACK}\nMyStack: deploying... [1/1]\n ✅  MyStack`).detected).toBe(false);
  });

  it('when the fallback warning comes with an error that is not a credential one, then no credential failure is detected', () => {
    expect(diagnose(`${FALLBACK}\n[Error at /MyStack/Vpc] Cannot find VPC with tags vpc-name=main`).detected).toBe(false);
  });

  it('when the fallback is followed by the denial it explains, then the denial is detected and the fallback\'s weights count', () => {
    const d = diagnose(`${FALLBACK}\n❌  Deployment failed: Error: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-1:111122223333:stack/App/*`);
    expect(d.detected).toBe(true);
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).toContain('catalogue.cdk.assume-role-fallback');
  });

  it('when the fallback is followed by the missing bootstrap version, then the missing role leads and authorization stays in the top three', () => {
    const t = top3(`${FALLBACK}\nAppStack: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)`);
    expect(t[0]).toBe('role-credentials-unavailable');
    expect(t).toContain('authorization-not-authentication');
  });
});

describe('CDK lookup-role warning (review 36 C-1): context, not the failure', () => {
  const WARNING = 'Lookup role arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-eu-west-1 was not assumed. Proceeding with default credentials.';
  it('when the warning comes with an unrelated CDK synth error, then no credential failure is detected', () => {
    expect(diagnose(`${WARNING}\n[Error at /MyStack/Vpc] Cannot find VPC with tags vpc-name=main`).detected).toBe(false);
  });
  it('when the warning comes with the AssumeRole denial it explains, then the denial is detected and its weights still count', () => {
    const d = diagnose(`${WARNING}\nAccessDenied: User: arn:aws:sts::111122223333:assumed-role/dev/jane is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/cdk-hnb659fds-lookup-role-123456789012-eu-west-1`);
    expect(d.detected).toBe(true);
    expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).toContain('catalogue.cdk.lookup-role-not-assumed');
  });
});
