/**
 * Machine-learning SDKs over boto3 that resolve an IAM role themselves: the SageMaker Python SDK's
 * get_execution_role reads the caller's identity and refuses one that is not a role.
 */
import type { CatalogueEntry } from './types';

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
