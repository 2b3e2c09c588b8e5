import fc from 'fast-check';
import { expectEqual } from '../../../helpers/expect-equal';
import { diagnose } from '../../../../src/core/diagnose';
import { ERROR_CODE_PATTERNS } from '../../../../src/core/extract/error-codes';

const codes = (text: string): string[] => diagnose(text).errorCodes;

describe('error codes', () => {
  it.each([
    ['CLI / boto3', 'An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.', 'UnrecognizedClientException'],
    ['CLI v2 >= 2.34', 'aws: [ERROR]: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: x', 'InvalidClientTokenId'],
    ['Go v2', 'operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: abc-123-def, api error ExpiredToken: The security token included in the request is expired', 'ExpiredToken'],
    ['Go v1', 'InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 86d1302f-aaaa', 'InvalidClientTokenId'],
    ['JS v3', 'InvalidSignatureException: Signature expired: 20180707T233021Z is now earlier than 20180710T071214Z (20180710T071714Z - 5 min.)', 'InvalidSignatureException'],
    ['Java v1', '(Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: 1234ABCD)', 'InvalidAccessKeyId'],
    ['XML', '<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors></Response>', 'AuthFailure'],
    ['JSON __type', '{"__type":"com.amazon.coral.service#UnrecognizedClientException","message":"The security token included in the request is invalid"}', 'UnrecognizedClientException'],
    ['header', 'x-amzn-ErrorType: InvalidSignatureException', 'InvalidSignatureException'],
    ['boto3 chain', 'botocore.exceptions.NoCredentialsError: Unable to locate credentials', 'NoCredentialsError'],
    ['JS chain', 'CredentialsProviderError: Could not load credentials from any providers', 'CredentialsProviderError'],
    ['Go v1 chain', 'NoCredentialProviders: no valid providers in chain. Deprecated.', 'NoCredentialProviders'],
    ['Java v2 chain', 'software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain', 'SdkClientException'],
    ['Terraform', 'Error: No valid credential sources found', 'NoValidCredentialSources'],
    ['SSO', 'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed', 'TokenRetrievalError'],
    ['SSO unauthorized', 'botocore.exceptions.UnauthorizedSSOTokenError: The SSO session associated with this profile has expired or is otherwise invalid.', 'UnauthorizedSSOTokenError'],
    ['profile', 'botocore.exceptions.ProfileNotFound: The config profile (x) could not be found', 'ProfileNotFound'],
    ['kubectl', 'error: You must be logged in to the server (Unauthorized)', 'Unauthorized'],
    ['web identity', 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account', 'InvalidIdentityToken'],
    // aws-sdk-go v1.55.5 aws/awserr/types.go: "%s: %s" then "\n\tstatus code: %d, request id: %s" or "\ncaused by: %s".
    ['Go v1 non-auth code behind a wrapper', 'Error: error loading state: Forbidden: Forbidden\n\tstatus code: 403, request id: 0A1B2C3D4E5F, host id: example', 'Forbidden'],
    ['Go v1 chained code after an operation', 'Error: error calling sts:GetCallerIdentity: SharedCredsLoad: failed to load shared credentials file\ncaused by: FailedRead: unable to open file', 'SharedCredsLoad'],
    ['JS v3 inspected error', "S3ServiceException [AccessDenied]: Access Denied\n  '$fault': 'client',\n  Code: 'AccessDenied',\n  RequestId: 'EXAMPLE'", 'AccessDenied'],
    ['boto3 response dict', "{'Error': {'Code': 'PermanentRedirect', 'Message': 'The bucket you are attempting to access must be addressed using the specified endpoint.'}}", 'PermanentRedirect'],
    ['Rust SDK debug output', 'Error: ServiceError(ServiceError { source: Unhandled(Unhandled { source: ErrorMetadata { code: Some("InvalidAction"), message: Some("Could not find operation"), extras: None } }) })', 'InvalidAction'],
    ['other AWS error', 'An error occurred (ThrottlingException) when calling the DescribeStacks operation: Rate exceeded', 'ThrottlingException'],
  ])('when a %s error is pasted, then its code is reported', (_shape, text, code) => {
    expect(codes(text)).toContain(code);
  });

  it('when codes repeat and mix, then they are listed once in order of first appearance', () => {
    expect(codes('AccessDenied first\nthen ExpiredToken\nand AccessDenied again')).toEqual(['AccessDenied', 'ExpiredToken']);
  });

  it('when a Go v1 error is wrapped by an operation name, then the operation is not taken for the code', () => {
    expect(codes('Error: error calling sts:GetCallerIdentity: SharedCredsLoad: failed\ncaused by: x')).not.toContain('GetCallerIdentity');
    expect(codes('Error: something: failed\n\tstatus code: 403, request id: x')).toEqual([]);
  });

  it('when a Go v1 credential-provider code comes with a message no catalogue entry quotes, then it is still an empty-chain detection', () => {
    const d = diagnose('terraform apply\nError: SharedCredsLoad: failed to load profile, staging.\ncaused by: open /root/.aws/config: no such file or directory');
    expect({ detected: d.detected, codes: d.errorCodes, top: d.causes[0]!.id }).toEqual({ detected: true, codes: ['SharedCredsLoad'], top: 'no-credentials-found' });
  });

  // STS's model names the shapes IDPRejectedClaimException / IDPCommunicationErrorException (error codes IDPRejectedClaim,
  // IDPCommunicationError; botocore/data/sts/2011-06-15/service-2.json @ 1.43.67); JS v3 and Java v1 print the shape name,
  // Java v2 capitalises it Idp…. A class name alone, with no other AWS word, is the web-identity role failure.
  it('when STS web-identity errors are shown by their exception class names alone, then they are the role family', () => {
    for (const [text, code] of [
      ["IDPRejectedClaimException: Couldn't retrieve verification key from your identity provider", 'IDPRejectedClaimException'],
      ['IdpCommunicationErrorException: null (Status Code: 400)', 'IdpCommunicationErrorException'],
    ] as const) {
      const d = diagnose(text);
      expect({ detected: d.detected, code: d.errorCodes[0], top: d.causes[0]!.id }).toEqual({ detected: true, code, top: 'role-credentials-unavailable' });
    }
  });

  it('when a longer name contains a code, then only whole names count', () => {
    expect(codes('AccessDeniedException: no')).toEqual(['AccessDeniedException']);
    expect(codes('MyInvalidTokenError happened')).toEqual([]);
  });

  // The real-pastes corpus labels the class names people see (AmazonS3Exception, S3Exception) as their codes.
  it('when a per-service exception class wraps the message, then it is reported only as that class name', () => {
    expect(codes('software.amazon.awssdk.services.sts.model.StsException: The security token included in the request is invalid. (Service: Sts, Status Code: 403, Request ID: abc-1234-5678)')).toEqual(['StsException']);
  });
});

describe('error codes in more SDK shapes', () => {
  it.each([
    ['Lambda error JSON with its opening quote cut', 'errorType": "AmazonS3Exception",\n  "errorMessage": "User: arn:aws:sts::123456789012:assumed-role/r/f is not authorized to perform: s3:GetObject', ['AmazonS3Exception']],
    ['the C++ AWSError fields', '- m_exceptionName: MissingParameter\n- m_message: The request must contain the parameter AWSAccessKeyId', ['MissingParameter']],
    ['an unsigned EC2 request', 'An error occurred (MissingParameter) when calling the StartInstances operation: The request must contain the parameter AWSAccessKeyId', ['MissingParameter']],
    ['a PHP class name with JSON-doubled backslashes', '"exception":"[object] (Aws\\\\S3\\\\Exception\\\\S3Exception(code: 0): Error executing \\"PutObject\\"', ['S3Exception']],
    ['Ruby aws-sigv4', 'Aws::Sigv4::Errors::MissingCredentialsError: missing credentials', ['MissingCredentialsError']],
    ['a .NET service exception', 'Amazon.SecurityToken.AmazonSecurityTokenServiceException: The security token included in the request is invalid.', ['AmazonSecurityTokenServiceException']],
    ['Java v2 S3Exception after Caused by', 'Caused by: software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: X)', ['S3Exception']],
  ])('when the paste holds %s, then the code is reported', (_shape, text, codes) => {
    const d = diagnose(text);
    expect(d.errorCodes).toEqual(expect.arrayContaining(codes));
  });

  it('when EC2 says the request lacks AWSAccessKeyId, then it is an unsigned request: no credentials', () => {
    const d = diagnose('- m_exceptionName: MissingParameter\n- m_message: he request must contain the parameter AWSAccessKeyId');
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'no-credentials-found' });
  });

  it('when a service exception class and a real code are both shown, then the real code comes first', () => {
    const d = diagnose('com.amazonaws.services.securitytoken.model.AWSSecurityTokenServiceException: The security token included in the request is invalid. (Service: AWSSecurityTokenService; Status Code: 403; Error Code: InvalidClientTokenId;');
    expect(d.errorCodes).toEqual(['InvalidClientTokenId', 'AWSSecurityTokenServiceException']);
  });

  // botocore/exceptions.py: every service error is raised as ClientError; the real-pastes corpus labels both
  // (cortexlabs/cortex#2169, tryolabs/aws-workshop#6, aws-solutions/aws-control-tower-customizations#208).
  it("when botocore's ClientError carries a service code, then the code comes first and ClientError after it, as a name only", () => {
    const d = diagnose('botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied');
    expect({ codes: d.errorCodes, top: d.causes[0]!.id }).toEqual({ codes: ['AccessDenied', 'ClientError'], top: 'authorization-not-authentication' });
  });

  it("when botocore's class follows a printed line break in a JSON log record, then it is still read", () => {
    const record = '{"level":"error","msg":"Traceback (most recent call last):\\n  File \\"app.py\\", line 3\\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"}';
    expect(diagnose(record).errorCodes).toEqual(['AccessDenied', 'ClientError']);
  });

  it.each([
    ['Java v1 HEAD', 'com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: X)'],
    ['Ruby', 'Aws::S3::Errors::Forbidden'],
  ])('when S3 answers a bare 403 in %s, then it is detected as an authorization-family error', (_sdk, text) => {
    const d = diagnose(text);
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'authorization-not-authentication' });
  });
});

describe("botocore's class name pattern", () => {
  // The shipped pattern asserts the word start (or a printed \n, \r, \t) behind the literal, for speed; this is the
  // plain reading it must agree with, on every string: same matches at the same places, same names.
  const READING = /(?:\b|(?<=\\[nrt]))botocore\.(?:exceptions|errorfactory)\.([A-Za-z][A-Za-z0-9]{1,80})/g;
  const shipped = ERROR_CODE_PATTERNS.find((re) => re.source.startsWith('botocore(?<='))!;
  const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m[1]}`);
  const piece = fc.constantFrom('botocore', 'botocore.exceptions.ClientError', 'botocore.errorfactory.', '.exceptions.', 'NoCredentialsError', '\\', 'n', 't', 'r', 'x', '_', '9', ' ', '.', '\n', 'é', '"', 'Ab');

  it('when it reads any text of botocore names, escapes and glued words, then it finds what the plain reading finds', () => {
    expect(shipped).toBeDefined();
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (t) => expectEqual(all(shipped, t), all(READING, t))), { numRuns: 3000 });
  });
});
