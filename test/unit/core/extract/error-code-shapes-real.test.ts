/**
 * Error codes and SDK exception names in the shapes real pastes print them, each quoted (trimmed) from a public
 * thread that is in neither real-thread corpus.
 */
import { diagnose } from '../../../../src/core/diagnose';

describe('error codes as public threads print them', () => {
  it.each([
    [
      'a Java v1 class mid-line in a logger line (yegor256/rultor#322)',
      "rultor: [ERROR] cc3f880 conveyer-15 com.jcabi.dynamo.QueryValve: #fetch(us-east-1, 'rultor-units'): thrown com.amazonaws.AmazonClientException(Unable to load AWS credentials from any provider in the chain) out of com.amazonaws.auth.AWSCredentialsProviderChain#getCredentials[77] in 4s",
      'AmazonClientException',
    ],
    [
      'a .NET class after "One or more errors occurred." (aws/aws-sdk-net#2586)',
      'One or more errors occurred. Amazon.Runtime.AmazonServiceException: Unable to get IAM security credentials from EC2 Instance Metadata Service. at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials()',
      'AmazonServiceException',
    ],
    [
      'a class opening an inline-code span (aws/aws-aspnet-cognito-identity-provider#208)',
      '### Logs\n`AmazonServiceException: Unable to get IAM security credentials from EC2 Instance Metadata Service.\nAmazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials()',
      'AmazonServiceException',
    ],
    [
      "the Java v2 SDK's base class (awslabs/amazon-kinesis-client#637)",
      'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from service endpoint.\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:97)',
      'SdkClientException',
    ],
    [
      'a code glued to its message by the aws-ses gem (drewblas/aws-ses#14)',
      'when I call ses.addresses.list.result, I get AWS::SES::ResponseError: AWS::SES Response Error: InvalidClientTokenIdThe security token included in the request is invalid',
      'InvalidClientTokenId',
    ],
  ])('when %s is pasted, then the name is reported', (_shape, text, code) => {
    expect(diagnose(text).errorCodes).toContain(code);
  });

  it('when an SDK base class is the only name, then it is listed after the real code and gives no meaning of its own', () => {
    // awslabs/amazon-kinesis-client#637: the IMDS provider failed; "could not load from any provider" would be wrong.
    const d = diagnose('software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from service endpoint.');
    expect(d.errorCodes).toEqual(['SdkClientException']);
    expect(d.meaning ?? '').not.toMatch(/any provider/);
  });

  it.each([
    // Non-credential codes, so that only the field shape can find them (credential codes are found anywhere).
    ['Java v2 AwsErrorDetails', 'AwsErrorDetails(errorMessage=Rate exceeded, errorCode=ThrottlingException, serviceName=CloudFormation)', 'ThrottlingException'],
    ["Go's %+v of a smithy API error", 'operation error S3: GetObject: &{Code:NoSuchBucket Message:The specified bucket does not exist Fault:client}', 'NoSuchBucket'],
    ['a log formatter field', 'level=error msg="request failed" ErrorCode: ResourceNotFoundException', 'ResourceNotFoundException'],
    ['S3 XML inside a JSON string', '{"body":"<Error><Code>NoSuchBucket<\\/Code><Message>The specified bucket does not exist<\\/Message><\\/Error>"}', 'NoSuchBucket'],
    ['an escaped __type', '{\\"__type\\":\\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\\",\\"message\\":\\"Requested resource not found\\"}', 'ResourceNotFoundException'],
    ['JS v3 inspected name', "{\n  name: 'ThrottlingException',\n  '$fault': 'client'", 'ThrottlingException'],
    ['old boto', 'boto.exception.S3ResponseError: S3ResponseError: 403 Forbidden', 'S3ResponseError'],
    ['s3transfer', 's3transfer.exceptions.RetriesExceededError: Max Retries Exceeded', 'RetriesExceededError'],
    ['a Rust modeled error', 'Error { kind: ResourceNotFoundException(ResourceNotFoundException { message: Some("Requested resource not found") }) }', 'ResourceNotFoundException'],
  ])('when a code sits in a named field (%s), then it is reported', (_shape, text, code) => {
    expect(diagnose(text).errorCodes).toContain(code);
  });

  // A guard on the credential-class shape (it passes without it too): other clouds' classes stay out.
  it('when another cloud names its credential class, then it is not an AWS code', () => {
    expect(diagnose('google.auth.exceptions.DefaultCredentialsError: Could not automatically determine credentials.').errorCodes).not.toContain('DefaultCredentialsError');
  });
});
