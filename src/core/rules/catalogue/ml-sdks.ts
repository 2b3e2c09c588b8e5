/**
 * Machine-learning SDKs over boto3 that resolve an IAM role themselves: the SageMaker Python SDK's
 * get_execution_role reads the caller's identity and refuses one that is not a role. LangChain's AWS integrations
 * build their boto3 client themselves and word any failure of that step as a credential failure. The Vercel AI SDK's
 * Bedrock provider (@ai-sdk/amazon-bedrock, what coding agents and chat apps on Node call Bedrock through) reads its
 * keys and region itself, with the SDK's credential chain nowhere: its own words say which setting it did not get.
 */
import type { CatalogueEntry } from './types';

const LANGCHAIN_BEDROCK = { repo: 'langchain-ai/langchain', path: 'libs/langchain/langchain/llms/bedrock.py (the same words in the Kendra, SageMaker endpoint, Textract and Neptune integrations)', ref: '00863ce4a549' };
const AI_SDK_BEDROCK = { repo: 'vercel/ai', path: 'packages/amazon-bedrock/src/bedrock-provider.ts', ref: '03e53281da53' };
/** provider-utils' loadSetting: `${description} setting is missing. Pass it using the '${settingName}' parameter or the ${env} environment variable.` */
const AI_SDK_LOAD_SETTING = { repo: 'vercel/ai', path: 'packages/provider-utils/src/load-setting.ts', ref: '6a50ac41edb6' };
const CLEARML = { repo: 'clearml/clearml', path: 'clearml/storage/helper.py', ref: '0cc42633ff58 (_test_bucket_config)' };
const SAGEMAKER = { repo: 'aws/sagemaker-python-sdk', path: 'sagemaker-core/src/sagemaker/core/helper/session_helper.py', ref: 'a24812666d25 (v3.20.0+; src/sagemaker/session.py since 2017)' };

export const ML_SDKS: CatalogueEntry[] = [
  {
    // Outside a SageMaker notebook the caller is usually an IAM user: the execution role must be passed explicitly.
    id: 'sagemaker.not-a-role',
    tool: 'sagemaker-python-sdk',
    wrapper: true,
    message: 'ValueError: The current AWS identity is not a role: {arn}, therefore it cannot be used as a SageMaker execution role',
    re: /The current AWS identity is not a role: [^\n]{0,200}cannot be used as a SageMaker execution role/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'wrong-profile': 0.6 },
    source: SAGEMAKER,
  },
  {
    // LangChain catches every exception of boto3.Session(profile_name=…) and session.client(…) and raises these words.
    // Creating a client signs nothing: botocore raises there for a missing or malformed region (NoRegionError,
    // InvalidRegionError) or a profile not found, while an empty chain only fails at the first request
    // (langchain-ai/langchain#13683, batch 13: no region_name and none in the environment). So the region and the
    // profile are what these words most often hide, whatever they say about credentials.
    id: 'langchain.client-setup',
    tool: 'langchain',
    wrapper: true,
    message: 'Could not load credentials to authenticate with AWS client. Please check that credentials in the specified profile name are valid.',
    re: /Could not load credentials to authenticate with AWS client\. Please check that (?:the specified profile name and\/or its credentials|credentials in the specified profile name) are valid/,
    family: 'fam.misconfig',
    causes: { 'region-endpoint': 1.4, 'wrong-profile': 1.0 },
    source: LANGCHAIN_BEDROCK,
  },
  {
    // The notebook's role lacks iam:GetRole, so the SDK cannot read the role's path.
    id: 'sagemaker.get-role-denied',
    tool: 'sagemaker-python-sdk',
    wrapper: true,
    message: "Couldn't call 'get_role' to get Role ARN from role name {name} to get Role path.",
    re: /Couldn't call 'get_role' to get Role ARN from role name/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.5 },
    source: SAGEMAKER,
  },
  {
    // createSigV4FetchFunction found neither an access key id in its options nor AWS_ACCESS_KEY_ID (no API key either):
    // it never consults ~/.aws or a role, so a profile the CLI uses is no help (vercel/ai#3018, batch 11).
    id: 'ai-sdk-bedrock.no-credentials',
    tool: 'vercel-ai-sdk',
    wrapper: true,
    message: 'AWS SigV4 authentication requires AWS credentials. Please provide either:\n1. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables …',
    re: /\bAWS SigV4 authentication requires AWS credentials\b/,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.8, 'env-var-override': 0.5 },
    source: AI_SDK_BEDROCK,
  },
  {
    // The access key id was there, the secret access key was not.
    id: 'ai-sdk-bedrock.partial-keys',
    tool: 'vercel-ai-sdk',
    wrapper: true,
    message: 'AWS SigV4 authentication requires both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Please ensure both credentials are provided.',
    re: /\bAWS SigV4 authentication requires both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\b/,
    family: 'fam.partial',
    causes: { 'malformed-credentials': 1.6, 'no-credentials-found': 1.0 },
    source: AI_SDK_BEDROCK,
  },
  {
    // The credentialProvider the caller passed (fromNodeProviderChain, fromSSO …) threw: its own message follows the
    // colon and names the failure (cline/cline#10930, batch 19: an SSO portal's "Session token not found or invalid"),
    // so these words weigh no cause of their own; they name the tool and the failure.
    id: 'ai-sdk-bedrock.credential-provider-failed',
    tool: 'vercel-ai-sdk',
    wrapper: true,
    message: 'AWS credential provider failed: {message}. Please ensure your credential provider returns valid AWS credentials with accessKeyId and secretAccessKey properties.',
    re: /\bAWS credential provider failed: /,
    family: 'fam.no-creds',
    causes: {},
    source: AI_SDK_BEDROCK,
  },
  {
    // loadSetting's words for the provider's key settings (the AI SDK's LoadSettingError, AI_LoadSettingError). The
    // provider reads the environment only, so on a host that owns the AWS_* names (Vercel: kacemmathlouthi/animus#32,
    // batch 11) the keys set in its dashboard never arrive: the setting missing is the environment's doing as often.
    // No credential chain ran, so it is a source misread (fam.misconfig), not an empty chain (fam.no-creds).
    id: 'ai-sdk-bedrock.key-setting-missing',
    tool: 'vercel-ai-sdk',
    wrapper: true,
    message: "AWS access key ID setting is missing. Pass it using the 'accessKeyId' parameter or the AWS_ACCESS_KEY_ID environment variable. | AWS secret access key setting is missing. …",
    re: /\bAWS (?:access key ID|secret access key) setting is missing\b/,
    family: 'fam.misconfig',
    causes: { 'no-credentials-found': 0.9, 'env-var-override': 0.7 },
    source: AI_SDK_LOAD_SETTING,
  },
  {
    // The same for the region: neither the region option nor AWS_REGION (the provider reads no AWS_DEFAULT_REGION nor
    // a profile's region).
    id: 'ai-sdk-bedrock.region-setting-missing',
    tool: 'vercel-ai-sdk',
    wrapper: true,
    message: "AWS region setting is missing. Pass it using the 'region' parameter or the AWS_REGION environment variable.",
    re: /\bAWS region setting is missing\b/,
    family: 'fam.region',
    causes: { 'region-endpoint': 1.6 },
    source: AI_SDK_LOAD_SETTING,
  },
  {
    // ClearML checks a bucket's configuration before any call: no key and secret in clearml.conf's aws.s3 section (and
    // use_credentials_chain not set) raises these words, so nothing reached boto3 to sign with (clearml/clearml#478, b21:
    // the check also refused a config that asked for the SDK chain, i.e. an instance role).
    id: 'clearml.missing-credentials',
    tool: 'clearml',
    wrapper: true,
    message: 'Exception: Missing credentials',
    re: /\bException: Missing credentials\b/,
    context: /clearml|use_credentials_chain/i,
    family: 'fam.no-creds',
    causes: { 'no-credentials-found': 1.0 },
    source: CLEARML,
  },
];
