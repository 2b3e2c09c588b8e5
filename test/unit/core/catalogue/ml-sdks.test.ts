import { checkFamily } from './check-quotes';

const AI_SDK_BEDROCK = 'vercel/ai packages/amazon-bedrock/src/bedrock-provider.ts @ 03e53281da53';
const AI_SDK_LOAD_SETTING = 'vercel/ai packages/provider-utils/src/load-setting.ts @ 6a50ac41edb6';
const SAGEMAKER = 'aws/sagemaker-python-sdk sagemaker-core/src/sagemaker/core/helper/session_helper.py @ a24812666d25';

checkFamily('ml-sdks', [
  {
    id: 'sagemaker.not-a-role',
    from: SAGEMAKER,
    text: '>>> role = sagemaker.get_execution_role()\nValueError: The current AWS identity is not a role: arn:aws:iam::123456789012:user/dev, therefore it cannot be used as a SageMaker execution role',
  },
  {
    id: 'sagemaker.get-role-denied',
    from: SAGEMAKER,
    text: "WARNING:sagemaker:Couldn't call 'get_role' to get Role ARN from role name AmazonSageMaker-ExecutionRole-20240101T000000 to get Role path.\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetRole operation: User: arn:aws:sts::123456789012:assumed-role/AmazonSageMaker-ExecutionRole-20240101T000000/SageMaker is not authorized to perform: iam:GetRole",
    code: 'AccessDenied',
  },
  {
    // langchain-ai/langchain#13683 (batch 13): Bedrock(model_id=…) with no region_name and none in the environment.
    id: 'langchain.client-setup',
    from: 'langchain-ai/langchain libs/langchain/langchain/llms/bedrock.py (the same words in the Kendra, SageMaker endpoint, Textract and Neptune integrations) @ 00863ce4a549',
    text: 'ValidationError: 1 validation error for Bedrock\n__root__\n  Could not load credentials to authenticate with AWS client. Please check that credentials in the specified profile name are valid. (type=value_error)',
    detected: true,
    // Alone, the wrapper's own words ("the specified profile name") read as a profile hint: region or profile leads.
    orTop: ['wrong-profile'],
  },
  {
    // generateText({ model: bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0'), … }) with no keys in the environment.
    id: 'ai-sdk-bedrock.no-credentials',
    from: AI_SDK_BEDROCK,
    text: "Error: AWS SigV4 authentication requires AWS credentials. Please provide either:\n1. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables\n2. Provide accessKeyId and secretAccessKey in options\n3. Use a credentialProvider function\n4. Use API key authentication with AWS_BEARER_TOKEN_BEDROCK or apiKey option\nOriginal error: AWS access key ID setting is missing. Pass it using the 'accessKeyId' parameter or the AWS_ACCESS_KEY_ID environment variable.\n    at Object.getCredentials (node_modules/@ai-sdk/amazon-bedrock/dist/index.mjs:1042:19)",
  },
  {
    id: 'ai-sdk-bedrock.partial-keys',
    from: AI_SDK_BEDROCK,
    text: "Error: AWS SigV4 authentication requires both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Please ensure both credentials are provided.\nOriginal error: AWS secret access key setting is missing. Pass it using the 'secretAccessKey' parameter or the AWS_SECRET_ACCESS_KEY environment variable.",
  },
  {
    // The provider given fromNodeProviderChain(), which found nothing (@aws-sdk/credential-provider-node's own words).
    id: 'ai-sdk-bedrock.credential-provider-failed',
    from: AI_SDK_BEDROCK,
    text: 'Error: AWS credential provider failed: Could not load credentials from any providers. Please ensure your credential provider returns valid AWS credentials with accessKeyId and secretAccessKey properties.',
    // The entry weighs no cause: the provider's own message after the colon ranks.
    top: 'no-credentials-found',
  },
  {
    // An older provider (before the SigV4 wording) throws loadSetting's error itself.
    id: 'ai-sdk-bedrock.key-setting-missing',
    from: AI_SDK_LOAD_SETTING,
    text: "AI_LoadSettingError: AWS access key ID setting is missing. Pass it using the 'accessKeyId' parameter or the AWS_ACCESS_KEY_ID environment variable.",
  },
  {
    id: 'ai-sdk-bedrock.region-setting-missing',
    from: AI_SDK_LOAD_SETTING,
    text: "AI_LoadSettingError: AWS region setting is missing. Pass it using the 'region' parameter or the AWS_REGION environment variable.",
  },
  {
    // A task's output_uri on S3 with no key and secret for the bucket in clearml.conf.
    id: 'clearml.missing-credentials',
    from: 'clearml/clearml clearml/storage/helper.py @ 0cc42633ff58 (_test_bucket_config)',
    text: 'Traceback (most recent call last):\n  File "train.py", line 12, in <module>\n    task = Task.init(project_name="demo", task_name="train", output_uri="s3://my-bucket/models")\n  File "/usr/local/lib/python3.10/site-packages/clearml/storage/helper.py", line 944, in _test_bucket_config\n    raise Exception("Missing credentials")\nException: Missing credentials',
  },
]);
