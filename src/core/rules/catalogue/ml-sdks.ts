/**
 * Machine-learning SDKs over boto3 that resolve an IAM role themselves: the SageMaker Python SDK's
 * get_execution_role reads the caller's identity and refuses one that is not a role. LangChain's AWS integrations
 * build their boto3 client themselves and word any failure of that step as a credential failure.
 */
import type { CatalogueEntry } from './types';

const LANGCHAIN_BEDROCK = { repo: 'langchain-ai/langchain', path: 'libs/langchain/langchain/llms/bedrock.py (the same words in the Kendra, SageMaker endpoint, Textract and Neptune integrations)', ref: '00863ce4a549' };
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
];
