import { checkFamily } from './check-quotes';

checkFamily('serverless-tools', [
  {
    id: 'sam.managed-stack-region',
    from: 'aws/aws-sam-cli samcli/lib/utils/managed_cloudformation_stack.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: "Error: Error Setting Up Managed Stack Client: Unable to resolve a region. Please provide a region via the --region parameter or by the AWS_DEFAULT_REGION environment variable.",
    benign: "Our managed stack client was unable to resolve a region name typo in the template, fixed.",
  },
  {
    id: 'sam.managed-stack-profile',
    from: 'aws/aws-sam-cli samcli/lib/utils/managed_cloudformation_stack.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: "Error: Error Setting Up Managed Stack Client: the provided AWS name profile 'dev' is not found. please check the documentation for setting up a named profile: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-profiles.html",
    benign: "The provided AWS name profile dev is not found in the wiki; ask Sam for it.",
  },
  {
    // A CI job deploying with provider.profile set and only environment keys present.
    id: 'sls.profile-not-configured',
    from: 'serverless/serverless lib/plugins/aws/provider.js @ 493609abd590 (ServerlessError UNRECOGNIZED_AWS_PROFILE)',
    text: '$ serverless deploy --stage staging\n\nServerless Error ----------------------------------------\n\n  AWS profile "deploy-staging" doesn\'t seem to be configured',
  },
  {
    id: 'sam.managed-resources',
    from: 'aws/aws-sam-cli samcli/lib/utils/managed_cloudformation_stack.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: '$ sam deploy --guided\nError: Failed to create managed resources: An error occurred (ExpiredToken) when calling the DescribeStacks operation: The security token included in the request is expired',
    code: 'ExpiredToken',
    top: 'temporary-credentials-expired',
  },
  {
    id: 'sam.layers-credentials',
    from: 'aws/aws-sam-cli samcli/local/layers/layer_downloader.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: '$ sam local invoke HelloWorldFunction\nInvoking app.lambda_handler (python3.12)\nError: Layers require credentials to download the layers locally.',
  },
  {
    id: 'sls4.dev-credentials',
    from: 'serverless/serverless packages/serverless/lib/plugins/aws/sandboxes/dev/index.js @ sf-core-installer@4.41.0+5@b9d7ea51c8cc',
    text: '$ serverless dev\n✖ Could not resolve local AWS credentials: Could not load credentials from any providers',
  },
  {
    id: 'sam.no-credentials',
    from: 'aws/aws-sam-cli samcli/commands/delete/delete_context.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: 'Error: Unable to resolve credentials for the AWS SDK for Python client. Please see their documentation for options to pass in credentials: https://boto3.amazonaws.com/v1/documentation/api/latest/guide/configuration.html',
  },
  {
    id: 'sam.account-unknown',
    from: 'aws/aws-sam-cli samcli/lib/bootstrap/bootstrap.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: 'Error: Cannot identify account based on configured credentials.',
  },
  {
    id: 'sam.account-invalid',
    from: 'aws/aws-sam-cli samcli/lib/bootstrap/bootstrap.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: 'Error: Cannot identify account due to invalid configured credentials.',
    top: 'wrong-account-or-partition',
    orTop: ['missing-session-token'],
  },
  {
    id: 'sls3.credentials-not-found',
    from: 'serverless/serverless lib/aws/request.js @ v3.40.0@19128fadcd30',
    text: 'Deploying my-service to stage dev (us-east-1)\n\n✖ Stack my-service-dev failed to deploy (0s)\nEnvironment: darwin, node 18.17.0, framework 3.40.0, plugin 7.2.0, SDK 4.3.2\nError:\nAWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: <http://slss.io/aws-creds-setup>.',
  },
  {
    id: 'sls4.credentials-missing',
    from: 'serverless/serverless packages/sf-core/src/lib/resolvers/providers/aws/credentials.js @ sf-core-installer@4.41.0+5@b9d7ea51c8cc',
    text: '✖ AWS credentials missing or invalid. Run "serverless" to set up AWS credentials, or learn more in our docs: http://slss.io/aws-creds-setup. Original error from AWS: Could not load credentials from any providers',
  },
  {
    id: 'sam.credentials-required',
    from: 'aws/aws-sam-cli samcli/commands/validate/validate.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: "$ sam validate\nError: AWS Credentials are required. Please configure your credentials.",
  },
  {
    id: 'sam.no-region',
    from: 'aws/aws-sam-cli samcli/commands/_utils/command_exception_handler.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: "$ sam deploy --guided\nError: No region information found. Please provide --region parameter or configure default region settings.",
  },
  {
    id: 'sam.region-not-found',
    from: 'aws/aws-sam-cli samcli/commands/validate/validate.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: "$ sam validate --lint\nError: AWS Region was not found. Please configure your region through a profile or --region option",
  },
  {
    id: 'sam.client-error',
    from: 'aws/aws-sam-cli samcli/commands/_utils/command_exception_handler.py @ develop@fe8f8dbb1160 (2026-07-22)',
    text: "Error: An error occurred (ExpiredToken) when calling the DescribeStacks operation: The security token included in the request is expired\n\nFor more information please visit: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    code: 'ExpiredToken',
    top: 'temporary-credentials-expired',
  },
  {
    id: 'sls4.credentials-expired',
    from: 'serverless/serverless packages/sf-core/src/lib/resolvers/providers/aws/aws.js @ sf-core-installer@4.41.0+5@b9d7ea51c8cc',
    text: "✖ AWS credentials appear to have expired. This is likely due to the use of temporary credentials (e.g. AWS SSO, AWS IAM STS). Original error from AWS: \"The security token included in the request is expired\"",
  },
  {
    id: 'chalice.no-credentials',
    from: 'aws/chalice chalice/cli/__init__.py @ 1.33.0@4d3440f1084e (main() prints the botocore traceback)',
    text: '$ chalice deploy\nCreating deployment package.\nbotocore.exceptions.NoCredentialsError: Unable to locate credentials',
    code: 'NoCredentialsError',
  },
  {
    id: 'chalice.no-region',
    from: 'aws/chalice chalice/cli/__init__.py @ 1.33.0@4d3440f1084e',
    text: "$ chalice deploy\nNo region configured. Either export the AWS_DEFAULT_REGION environment variable or set the region value in our ~/.aws/config file.",
  },
  {
    id: 'chalice.deployment-error',
    from: 'aws/chalice chalice/deploy/deployer.py @ 1.33.0@4d3440f1084e (wrapped at 79 columns by _wrap_text)',
    text: "Creating deployment package.\nERROR - While deploying your chalice application, received the following error:\n\n An error occurred (ExpiredToken) when calling the GetRole operation: The \n security token included in the request is expired\n",
    code: 'ExpiredToken',
    top: 'temporary-credentials-expired',
  },
]);
