import { checkFamily } from './check-quotes';

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
]);
