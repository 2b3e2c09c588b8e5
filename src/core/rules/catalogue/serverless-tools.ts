/** Serverless application tools that wrap an SDK: AWS SAM CLI, the Serverless Framework (v3 and v4) and Chalice. */
import type { CatalogueEntry } from './types';

/** aws-sam-cli's develop branch as read (describe: v1.90.0-1908; the v1.16x release tags sit on release branches). */
const SAM = (path: string) => ({ repo: 'aws/aws-sam-cli', path, ref: 'develop@fe8f8dbb1160 (2026-07-22)' });
const SLS4 = (file: string) => ({ repo: 'serverless/serverless', path: `packages/sf-core/src/lib/resolvers/providers/aws/${file}`, ref: 'sf-core-installer@4.41.0+5@b9d7ea51c8cc' });
const CHALICE = (path: string) => ({ repo: 'aws/chalice', path, ref: '1.33.0@4d3440f1084e' });

export const SERVERLESS_TOOLS: CatalogueEntry[] = [
  {
    id: 'sam.no-credentials',
    tool: 'sam',
    wrapper: true,
    message: 'Unable to resolve credentials for the AWS SDK for Python client. Please see their documentation for options to pass in credentials',
    re: /Unable to resolve credentials for the AWS SDK for Python client/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: SAM('samcli/commands/delete/delete_context.py'),
  },
  {
    id: 'sam.account-unknown',
    tool: 'sam',
    wrapper: true,
    message: 'Cannot identify account based on configured credentials.',
    re: /Cannot identify account based on configured credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: SAM('samcli/lib/bootstrap/bootstrap.py'),
  },
  {
    id: 'sam.account-invalid',
    tool: 'sam',
    wrapper: true,
    message: 'Cannot identify account due to invalid configured credentials.',
    re: /Cannot identify account due to invalid configured credentials/,
    family: 'fam.unknown-key',
    causes: {},
    source: SAM('samcli/lib/bootstrap/bootstrap.py'),
  },
  {
    // sam local invoke/start-api with Layers: downloading a layer needs AWS credentials even for a local run.
    id: 'sam.layers-credentials',
    tool: 'sam',
    wrapper: true,
    message: 'Layers require credentials to download the layers locally.',
    re: /Layers require credentials to download the layers locally/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0, 'wrong-profile': 0.5 },
    source: SAM('samcli/local/layers/layer_downloader.py'),
  },
  {
    // sam deploy's managed S3 bucket stack: the inner botocore error (expired token, no credentials, denied)
    // follows the colon and decides the cause; this names the tool.
    id: 'sam.managed-resources',
    tool: 'sam',
    wrapper: true,
    message: 'Error: Failed to create managed resources: {error}',
    re: /Failed to create managed resources: /,
    causes: {},
    source: SAM('samcli/lib/utils/managed_cloudformation_stack.py'),
  },
  {
    // v4's dev mode (`serverless dev`) resolves local credentials for its IAM emulation.
    id: 'sls4.dev-credentials',
    tool: 'serverless',
    wrapper: true,
    message: 'Could not resolve local AWS credentials: {error}',
    re: /Could not resolve local AWS credentials: /,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: { repo: 'serverless/serverless', path: 'packages/serverless/lib/plugins/aws/sandboxes/dev/index.js', ref: 'sf-core-installer@4.41.0+5@b9d7ea51c8cc' },
  },
  {
    // v3 prints this when the EC2 metadata lookup (the last provider) failed: nothing was configured.
    id: 'sls3.credentials-not-found',
    tool: 'serverless',
    wrapper: true,
    message: 'AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: <http://slss.io/aws-creds-setup>.',
    re: /AWS provider credentials not found/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0 },
    source: { repo: 'serverless/serverless', path: 'lib/aws/request.js', ref: 'v3.40.0@19128fadcd30' },
  },
  {
    // v1-v3: the profile named by --aws-profile, provider.profile or AWS_PROFILE gave the JS SDK v2's
    // SharedIniFileCredentials no key, token or role: absent from ~/.aws/credentials, or an SSO/login profile that
    // SDK v2 cannot read, or a CI runner with no profile at all.
    id: 'sls.profile-not-configured',
    tool: 'serverless',
    wrapper: true,
    message: 'AWS profile "{profile}" doesn\'t seem to be configured',
    re: /AWS profile "[^"\n]{0,100}" doesn['’]t seem to be configured/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0, 'no-credentials-found': 0.8 },
    source: { repo: 'serverless/serverless', path: 'lib/plugins/aws/provider.js', ref: '493609abd590' },
  },
  {
    id: 'sls4.credentials-missing',
    tool: 'serverless',
    wrapper: true,
    message: 'AWS credentials missing or invalid.',
    re: /AWS credentials missing or invalid/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 0.8 },
    source: SLS4('credentials.js'),
  },
  {
    // sam validate / sam list turn botocore's NoCredentialsError into this.
    id: 'sam.credentials-required',
    tool: 'sam',
    wrapper: true,
    message: 'AWS Credentials are required. Please configure your credentials.',
    re: /AWS Credentials are required\. Please configure your credentials/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 2.0 },
    source: SAM('samcli/commands/validate/validate.py'),
  },
  {
    // Every command's handler for botocore's NoRegionError.
    id: 'sam.no-region',
    tool: 'sam',
    wrapper: true,
    message: 'No region information found. Please provide --region parameter or configure default region settings.',
    re: /No region information found\. Please provide --region parameter/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: SAM('samcli/commands/_utils/command_exception_handler.py'),
  },
  {
    // Source audit, stop 36: the managed (and companion) stack client's own NoRegionError and ProfileNotFound
    // wordings, printed by `sam deploy --guided`, `sam bootstrap` and image-function deploys instead of the above.
    id: 'sam.managed-stack-region',
    tool: 'sam',
    wrapper: true,
    message: 'Error Setting Up Managed Stack Client: Unable to resolve a region. Please provide a region via the --region parameter or by the AWS_DEFAULT_REGION environment variable.',
    re: /Managed Stack Client: Unable to resolve a region/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: SAM('samcli/lib/utils/managed_cloudformation_stack.py'),
  },
  {
    id: 'sam.managed-stack-profile',
    tool: 'sam',
    wrapper: true,
    message: "Error Setting Up Managed Stack Client: the provided AWS name profile '{profile}' is not found. please check the documentation for setting up a named profile: …",
    re: /Managed Stack Client: the provided AWS name profile '[^'\n]{0,64}' is not found/,
    family: 'fam.profile',
    causes: { 'wrong-profile': 2.0 },
    source: SAM('samcli/lib/utils/managed_cloudformation_stack.py'),
  },
  {
    id: 'sam.region-not-found',
    tool: 'sam',
    wrapper: true,
    message: 'AWS Region was not found. Please configure your region through a profile or --region option',
    re: /AWS Region was not found\. Please configure your region through/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: SAM('samcli/commands/validate/validate.py'),
  },
  {
    // SAM's handler for any botocore ClientError appends this link: it names the tool, the AWS error decides.
    id: 'sam.client-error',
    tool: 'sam',
    wrapper: true,
    message: '{ClientError}\n\nFor more information please visit: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html',
    re: /For more information please visit: https:\/\/docs\.aws\.amazon\.com\/cli\/latest\/userguide\/cli-configure-files\.html/,
    causes: {},
    source: SAM('samcli/commands/_utils/command_exception_handler.py'),
  },
  {
    // v4 resolving ${aws:...} / CloudFormation variables with an expired STS or SSO session.
    id: 'sls4.credentials-expired',
    tool: 'serverless',
    wrapper: true,
    message: 'AWS credentials appear to have expired. This is likely due to the use of temporary credentials (e.g. AWS SSO, AWS IAM STS). Original error from AWS: "{message}"',
    re: /AWS credentials appear to have expired\. This is likely due to the use of temporary credentials/,
    family: 'fam.expired',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: SLS4('aws.js'),
  },
  {
    // botocore's error, printed whole by main()'s catch-all (traceback.format_exc()); the paste names chalice.
    id: 'chalice.no-credentials',
    tool: 'chalice',
    wrapper: true,
    message: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials (the traceback main() prints)',
    re: /Unable to locate credentials/,
    context: /\bchalice[ /]/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.5 },
    source: CHALICE('chalice/cli/__init__.py'),
  },
  {
    id: 'chalice.no-region',
    tool: 'chalice',
    wrapper: true,
    message: 'No region configured. Either export the AWS_DEFAULT_REGION environment variable or set the region value in our ~/.aws/config file.',
    re: /No region configured\. Either export the AWS_DEFAULT_REGION environment variable/,
    family: 'fam.region',
    causes: { 'region-endpoint': 2.0 },
    source: CHALICE('chalice/cli/__init__.py'),
  },
  {
    // Any AWS error during `chalice deploy` comes wrapped in this header (wrapped at 79 columns): it names the
    // tool; the AWS error under it decides the cause.
    id: 'chalice.deployment-error',
    tool: 'chalice',
    wrapper: true,
    message: 'ERROR - While deploying your chalice application, received the following error:\n\n {error}',
    re: /ERROR - While (?:deploying your chalice|sending your chalice handler code)/,
    causes: {},
    source: CHALICE('chalice/deploy/deployer.py'),
  },
];
