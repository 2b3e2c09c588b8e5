/**
 * QA stop 38, F7 and F12: which SDK printed a paste. The package in the frames decides between an SDK's versions
 * (a message Java v1 and v2 share is v2's beside software.amazon.awssdk); each SDK's service-error shape names its
 * tool; a lone .NET "'default' profile" line is a no-credentials report.
 */
import { diagnose } from '../../../../src/core/diagnose';

const catSignals = (text: string) => {
  const ids: string[] = [];
  diagnose(text, { signalsPastGate: true, onSignals: (ss) => ids.push(...ss.map((s) => s.id).filter((id) => id.startsWith('cat.'))) });
  return ids;
};

describe('a message both Java SDK versions print (qa38 F7)', () => {
  const V2 = [
    'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from service endpoint.',
    '\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:102)',
    '\tat software.amazon.awssdk.auth.credentials.HttpCredentialsProvider.refreshCredentials(HttpCredentialsProvider.java:110)',
  ].join('\n');

  it('when the frames are v2\'s, then the tool is v2 and the evidence cites v2\'s source, not v1\'s', () => {
    const d = diagnose(V2);
    expect(d.facts.tool).toBe('aws-sdk-java-v2');
    expect(catSignals(V2)).toEqual(['cat.java2.container-endpoint']);
    const json = JSON.stringify(d);
    expect(json).not.toContain('EC2CredentialsFetcher');
    expect(json).not.toContain('aws-sdk-java-v1');
  });

  it('when the frames are v1\'s, then it stays v1\'s reading', () => {
    const v1 = 'com.amazonaws.SdkClientException: Unable to load credentials from service endpoint\n\tat com.amazonaws.auth.EC2CredentialsFetcher.handleError(EC2CredentialsFetcher.java:183)';
    expect(diagnose(v1).facts.tool).toBe('aws-sdk-java-v1');
    expect(catSignals(v1)).toEqual(['cat.java1.container-endpoint']);
  });

  it('when a v1-only message comes with v2 frames alone, then the package names the tool', () => {
    const text = 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load AWS credentials from any provider in the chain\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:102)';
    expect(diagnose(text).facts.tool).toBe('aws-sdk-java-v2');
  });
});

describe('a lone .NET "default profile" line (qa38 F12)', () => {
  it.each([
    "Amazon.Runtime.AmazonClientException: Unable to find the 'default' profile in CredentialProfileStoreChain.",
    "Unable to find the 'default' profile in CredentialProfileStoreChain.",
    'Unable to find a default profile in CredentialProfileStoreChain.',
  ])('when "%s" is pasted alone, then it is detected as no credentials found', (line) => {
    const d = diagnose(line);
    expect(d.detected).toBe(true);
    expect(d.causes[0]!.id).toBe('no-credentials-found');
  });

  it('when the chain is pasted with it, then the chain\'s reading still leads', () => {
    const text = [
      'Amazon.Runtime.AmazonServiceException: Unable to find credentials',
      '',
      "Exception 1 of 4:",
      "Amazon.Runtime.AmazonClientException: Unable to find the 'default' profile in CredentialProfileStoreChain.",
    ].join('\n');
    expect(diagnose(text).causes[0]!.id).toBe('no-credentials-found');
  });
});

describe('service errors of the SDKs beyond the CLI and boto3 name their tool (qa38 F12)', () => {
  it.each([
    ['Aws::STS::Errors::ExpiredToken: The security token included in the request is expired', 'aws-sdk-ruby'],
    ['Error executing "GetCallerIdentity" on "https://sts.amazonaws.com"; AWS HTTP error: Client error: `POST https://sts.amazonaws.com` resulted in a `403 Forbidden` response: InvalidClientTokenId (client): The security token included in the request is invalid.', 'aws-sdk-php'],
    ['Amazon.S3.AmazonS3Exception: The request signature we calculated does not match the signature you provided. Check your key and signing method.', 'aws-sdk-net'],
    ['Get-S3Bucket : The AWS Access Key Id you provided does not exist in our records.\n    + CategoryInfo          : InvalidOperation: (Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet:GetS3BucketCmdlet) [Get-S3Bucket], InvalidOperationException\n    + FullyQualifiedErrorId : Amazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet', 'aws-tools-powershell'],
    ['Error: ServiceError(ServiceError { source: Unhandled(Unhandled { source: ErrorMetadata { code: Some("InvalidAccessKeyId"), message: Some("The AWS Access Key Id you provided does not exist in our records."), extras: None } }) })', 'aws-sdk-rust'],
    ['ListBuckets failed: Aws::Client::AWSError<Aws::S3::S3Errors> InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.', 'aws-sdk-cpp'],
  ])('when %s, then the tool is %s', (text, tool) => {
    const d = diagnose(text);
    expect(d.detected).toBe(true);
    expect(d.facts.tool).toBe(tool);
  });
});

describe('an exception class where the code would be (qa38 F12)', () => {
  it.each([
    ['software.amazon.awssdk.services.s3.model.S3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: S3, Status Code: 403, Request ID: 8XQ2D1V1N0EXAMPLE)', 'InvalidAccessKeyId'],
    ['Amazon.S3.AmazonS3Exception: The request signature we calculated does not match the signature you provided. Check your key and signing method.', 'SignatureDoesNotMatch'],
    ['Get-S3Bucket : The AWS Access Key Id you provided does not exist in our records.\n    + FullyQualifiedErrorId : Amazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet', 'InvalidAccessKeyId'],
  ])('when %s, then the first error code is S3\'s code, not the class', (text, code) => {
    expect(diagnose(text).errorCodes[0]).toBe(code);
  });

  it('when the real code is printed, then it is the one read', () => {
    const text = 'Amazon.S3.AmazonS3Exception: Error code: InvalidAccessKeyId <Code>SignatureDoesNotMatch</Code> The AWS Access Key Id you provided does not exist in our records.';
    expect(diagnose(text).errorCodes[0]).toBe('SignatureDoesNotMatch');
  });
});
