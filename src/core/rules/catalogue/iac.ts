/** Infrastructure-as-code tools that wrap an SDK: Pulumi and CDK (SAM, Serverless and Chalice: serverless-tools.ts). */
import type { CatalogueEntry } from './types';

const CDK = { repo: 'aws/aws-cdk-cli', path: 'packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/sdk-provider.ts', ref: '7ff50e77f314' };

/** pulumi-aws validates credentials before any resource and answers with one of its errors/*.txt texts. */
const PULUMI = (file: string, ref: string) => ({ repo: 'pulumi/pulumi-aws', path: `provider/${file}`, ref });
/** Every Pulumi credential text ends with the installation-configuration link. */
const PULUMI_DOCS = /pulumi\.com\/registry\/packages\/aws\/installation-configuration|pulumi config set aws:|`aws:profile`|\bpulumi\b/i;

/** Rain (CloudFormation's CLI) panics with its own words when the SDK's config or credentials cannot be had. */
const RAIN = { repo: 'aws-cloudformation/rain', path: 'internal/aws/aws.go', ref: 'v1.24.4+20@d085ec5b' };
const RAIN_CONTEXT = /\brain\b|cloudformation/i;

export const IAC: CatalogueEntry[] = [
  {
    // resources.go maps "no EC2 IMDS role found" here; Pulumi turns IMDS off by default, so nothing was configured.
    id: 'pulumi.no-credentials',
    tool: 'pulumi',
    wrapper: true,
    message: 'No valid credential sources found.\nPlease see https://www.pulumi.com/registry/packages/aws/installation-configuration/ for more information about providing credentials.',
    re: /No valid credential sources found\.\s{0,8}Please see https:\/\/www\.pulumi\.com/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.2, 'wrong-profile': 0.4 },
    source: PULUMI('errors/no_credentials.txt', '7ecae1513603'),
  },
  {
    // resources.go maps "The security token included in the request is invalid" here: the unknown-key family.
    id: 'pulumi.invalid-credentials',
    tool: 'pulumi',
    wrapper: true,
    message: 'Invalid credentials configured.\nPlease see https://www.pulumi.com/registry/packages/aws/installation-configuration/ for more information about providing credentials.',
    re: /Invalid credentials configured\./,
    context: PULUMI_DOCS,
    family: 'fam.unknown-key',
    causes: {},
    source: PULUMI('errors/invalid_credentials.txt', 'c0d57d49fa6a'),
  },
  {
    // resources.go maps any "failed to refresh cached credentials" here.
    id: 'pulumi.expired-sso',
    tool: 'pulumi',
    wrapper: true,
    message: 'Failed to refresh cached SSO credentials.\nPlease refresh SSO login.',
    re: /Failed to refresh cached SSO credentials/,
    family: 'fam.sso',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: PULUMI('errors/expired_sso.txt', '5f4ed158148c'),
  },
  {
    id: 'pulumi.expired-credentials',
    tool: 'pulumi',
    wrapper: true,
    message: 'The configured AWS credentials have expired.\nRefresh the temporary credentials and try again.',
    re: /The configured AWS credentials have expired/,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 1.5 },
    source: PULUMI('errors/expired_credentials.txt', 'ce8e17d38e40'),
  },
  {
    // A profile signed in with `aws login` (login_session) whose session ran out or was never created here.
    id: 'pulumi.expired-login',
    tool: 'pulumi',
    wrapper: true,
    message: 'The AWS login session for {profile} has expired or was not found.\nRun `aws login{profile_flag}` to sign in again, then retry.',
    re: /The AWS login session for [^\n]{1,100} has expired or was not found/,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 1.8 },
    source: PULUMI('errors/expired_login.txt', 'ce8e17d38e40'),
  },
  {
    id: 'pulumi.profile-not-found',
    tool: 'pulumi',
    wrapper: true,
    message: 'The AWS profile "{profile}" was not found.\nConfigured profiles: {profiles}.\nCheck the `aws:profile` configuration and the AWS_PROFILE environment variable.',
    re: /The AWS profile "[^"\n]{1,100}" was not found/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 1.5 },
    source: PULUMI('errors/profile_not_found.txt', 'ce8e17d38e40'),
  },
  {
    id: 'pulumi.no-region',
    tool: 'pulumi',
    wrapper: true,
    message: 'Missing region information\nMake sure you have set your AWS region, e.g. `pulumi config set aws:region us-west-2`.',
    re: /Missing region information/,
    context: PULUMI_DOCS,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.5 },
    source: PULUMI('errors/no_region.txt', '366c7f110a67'),
  },
  {
    id: 'pulumi.credential-process',
    tool: 'pulumi',
    wrapper: true,
    message: 'The credential_process configured for {profile} failed.\nDetails: {cause}',
    re: /The credential_process configured for [^\n]{1,120} failed/,
    family: 'fam.process',
    causes: { 'no-credentials-found': 1.0 },
    source: PULUMI('errors/credential_process.txt', 'e4b1181defec'),
  },
  {
    id: 'pulumi.validate-credentials',
    tool: 'pulumi',
    wrapper: true,
    message: 'unable to validate AWS credentials.\nDetails: {diagnostics}',
    re: /unable to validate AWS credentials\./,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.2 },
    source: PULUMI('resources.go', '78cafdc0cc02'),
  },
  {
    id: 'cdk.no-account',
    tool: 'cdk',
    wrapper: true,
    message: 'Unable to resolve AWS account to use. It must be either configured when you define your CDK Stack, or through the environment',
    re: /Unable to resolve AWS account to use\. It must be either configured/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'temporary-credentials-expired': 0.5 },
    source: CDK,
  },
  {
    id: 'cdk.no-credentials',
    tool: 'cdk',
    wrapper: true,
    message: 'Need to perform AWS calls for account {target}, but no credentials have been configured',
    re: /Need to perform AWS calls for account \S{1,40}, but no credentials have been configured/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: CDK,
  },
  {
    id: 'cdk.other-account',
    tool: 'cdk',
    wrapper: true,
    message: 'Need to perform AWS calls for account {target}, but the current credentials are for {actual}',
    re: /Need to perform AWS calls for account \S{1,40}, but the current credentials are for /,
    family: 'fam.misconfig',
    causes: { 'wrong-profile': 3.0, 'wrong-account-or-partition': 2.4, 'env-var-override': 0.8 },
    source: CDK,
  },
  {
    // A warning: the bootstrap role could not be assumed, so CDK goes on with the current credentials.
    id: 'cdk.assume-role-fallback',
    tool: 'cdk',
    wrapper: true,
    message: "{credentials} could not be used to assume '{role}', but are for the right account. Proceeding anyway.",
    re: /could not be used to assume '[^'\n]{1,200}', but are for the right account/,
    // Any AssumeRole failure but ExpiredToken: the bootstrap role is missing (never bootstrapped, deleted, another
    // qualifier) or it does not trust these credentials (a refused sts:AssumeRole, an authorization answer).
    // No family (stop 37, as cdk.lookup-role-not-assumed): CDK logs it with warning() and goes on with the current
    // credentials (sdk-provider.ts `logger(\`… Proceeding anyway.\`)`, then `return { sdk: …, didAssumeRole: false }`).
    // Alone, or before an error that is not a credential one, the paste is not a credential failure; beside the
    // failure that follows (an AccessDenied, a missing bootstrap version) its weights still count. Its words ("credentials
    // could not be used") are not a failure told in words either: a note, as types.ts `usage` says.
    usage: true,
    // Authorization carries the weight fam.authz gave it (it keeps a refused trust in the top three beside a missing
    // bootstrap version, as before).
    causes: { 'authorization-not-authentication': 2.2, 'role-credentials-unavailable': 0.7 },
    source: CDK,
  },
  {
    // The bootstrap stack's version parameter is not in this account and region under this qualifier: the
    // bootstrap roles CDK assumes are not there either (never bootstrapped here, removed, another --qualifier),
    // or the credentials and region point at another environment than the one bootstrapped.
    id: 'cdk.bootstrap-version-missing',
    tool: 'cdk',
    wrapper: true,
    message: "SSM parameter {parameterName} not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)",
    re: /SSM parameter \S{1,200} not found\. Has the environment been bootstrapped\?/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'wrong-account-or-partition': 0.8, 'region-endpoint': 0.6 },
    source: { ...CDK, path: 'packages/@aws-cdk/toolkit-lib/lib/api/environment/environment-resources.ts' },
  },
  {
    // The CLI's deploy found no account and region for an environment-agnostic stack: no credentials loaded.
    id: 'cdk.no-environment',
    tool: 'cdk',
    wrapper: true,
    message: 'Stack {name} does not define an environment, and AWS credentials could not be obtained from standard locations or no region was configured.',
    re: /does not define an environment, and AWS credentials could not be obtained from standard locations/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5, 'region-endpoint': 0.4 },
    source: { repo: 'aws/aws-cdk-cli', path: 'packages/aws-cdk/lib/cli/cdk-toolkit.ts', ref: '11d01581eb65' },
  },
  {
    id: 'cdk.assume-role-failed',
    tool: 'cdk',
    wrapper: true,
    message: "Could not assume role in target account using {source} {error}. Please make sure that this role exists in the account. If it doesn't exist, (re)-bootstrap the environment with the right '--trust', using the latest version of the CDK CLI.",
    re: /Could not assume role in target account/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.6, 'wrong-account-or-partition': 0.6 },
    source: CDK,
  },
  {
    // A role profile with mfa_serial run where no one can type the code (CI, a non-interactive shell).
    id: 'cdk.mfa-token',
    tool: 'cdk',
    wrapper: true,
    message: 'Error fetching MFA token: {error}',
    re: /Error fetching MFA token: /,
    // The JS SDK v2's ChainableTemporaryCredentials words its MFA failure the same: CDK only where CDK is named.
    context: /\bcdk\b|aws-cdk/i,
    family: 'fam.mfa',
    causes: { 'temporary-credentials-expired': 1.2, 'role-credentials-unavailable': 0.6 },
    source: { ...CDK, path: 'packages/@aws-cdk/toolkit-lib/lib/api/aws-auth/awscli-compatible.ts' },
  },
  {
    // Source audit, stop 36: the lookup role (cdk-hnb659fds-lookup-role-…) could not be assumed with the current
    // credentials (another account, a trust that does not name them, or an old bootstrap); context lookups then run
    // with the default credentials and usually fail with the real error next.
    id: 'cdk.lookup-role-not-assumed',
    tool: 'cdk',
    wrapper: true,
    message: 'Lookup role {arn} was not assumed. Proceeding with default credentials.',
    re: /Lookup role \S{1,200} was not assumed\. Proceeding with default credentials/,
    // No family: a warning, and the synth often goes on. It is context for the failure that follows (its weights count
    // when another line shows a credential error), not a failure itself: next to an unrelated CDK error ("Cannot find
    // VPC with tags") it must not make the paste a credential failure (review 36 C-1).
    causes: { 'authorization-not-authentication': 0.8, 'role-credentials-unavailable': 0.7, 'wrong-account-or-partition': 0.5 },
    source: { ...CDK, path: 'packages/@aws-cdk/toolkit-lib/lib/api/environment/environment-access.ts' },
  },
  {
    // --verbose: the default account lookup failed; the SDK's own error name and message follow.
    id: 'cdk.default-account-debug',
    tool: 'cdk',
    wrapper: true,
    message: 'Unable to determine the default AWS account ({name}): {message}',
    re: /Unable to determine the default AWS account \(\w{1,60}\): /,
    causes: {},
    source: CDK,
  },
  {
    // LoadDefaultConfig failed: most often the named profile is not in the files (the SDK's error is only in --debug).
    id: 'rain.config-failed',
    tool: 'rain',
    wrapper: true,
    message: 'unable to find valid credentials',
    re: /\bunable to find valid credentials\b/,
    context: RAIN_CONTEXT,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.6, 'wrong-profile': 1.2 },
    source: RAIN,
  },
  {
    // Credentials.Retrieve failed: nothing in the chain, or an SSO/role session that cannot be refreshed.
    id: 'rain.no-credentials',
    tool: 'rain',
    wrapper: true,
    message: "could not establish AWS credentials; please run 'aws configure' or choose a profile",
    re: /could not establish AWS credentials; please run 'aws configure'/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'temporary-credentials-expired': 0.6 },
    source: RAIN,
  },
  {
    id: 'rain.region-missing',
    tool: 'rain',
    wrapper: true,
    message: "a region was not specified. You can run 'aws configure' or choose a profile with a region",
    re: /a region was not specified\. You can run 'aws configure' or choose a profile with a region/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: RAIN,
  },
];
