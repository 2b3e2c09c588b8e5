/**
 * Error codes in the shapes the SDKs' own formatting code prints them, each case naming the source of its shape
 * (repository, file, version) or the public thread it was seen in. Non-credential codes are used where they make
 * the point: credential codes are found as bare words anywhere, so only the shape can find the others.
 */
import { diagnose } from '../../../../src/core/diagnose';

const codes = (text: string): string[] => diagnose(text).errorCodes;

describe('error codes in the shapes the SDKs print them', () => {
  it.each([
    [
      // aws/aws-sdk-go v1.55.5 aws/session/shared_config.go (SharedConfigAssumeRoleError.Error(): "failed to load assume role
      // for %s, source profile %s has no shared credentials") behind aws-iam-authenticator's wrappers.
      'a Go v1 session error behind two wrappers, no status line',
      'could not get token: could not create session: SharedConfigAssumeRoleError: failed to load assume role for arn:aws:iam::123456789012:role/ci, source profile has no shared credentials',
      'SharedConfigAssumeRoleError',
    ],
    [
      // aws/aws-sdk-go v1.55.5 aws/awserr/types.go SprintError: "\ncaused by: %s", the cause itself "Code: message"
      // (aws/ec2metadata/api.go: "EC2MetadataError", "failed to make EC2Metadata request").
      "a Go v1 wrapped cause's own code",
      'NoCredentialProviders: no valid providers in chain\ncaused by: EnvAccessKeyNotFound: failed to find credentials in the environment.\nEC2RoleRequestError: no EC2 instance role found\ncaused by: EC2MetadataError: failed to make EC2Metadata request',
      'EC2MetadataError',
    ],
    [
      // aws/aws-sdk-go-v2 aws/transport/http/response_error.go ("https response error StatusCode: %d, RequestID: %s, %v")
      // around a modeled error (service/sso/types/errors.go at 1278f13: Error() is "%s: %s", no "api error").
      'a Go v2 modeled error inside its response error',
      'operation error SSO: GetRoleCredentials, https response error StatusCode: 401, RequestID: 3b5c0a8e-0000-4000-8000-000000000000, UnauthorizedException: Session token not found or invalid',
      'UnauthorizedException',
    ],
    [
      // aws-sdk-go v1.55.5 aws/awserr/types.go SprintError ("%s: %s" then "\n\tstatus code: %d, request id: %s") logged on
      // one line and quoted as a Markdown code span (buildkite/buildkite-agent-scaler#65, batch 19).
      'a flattened Go v1 error inside a Markdown code span',
      'In the AutoScalingFunction cloudwatch logs I see `buildkite-agent-scaler version 1.1.3 dev` `ValidationException: An error occurred while calling one AWS dependency service. status code: 400, requestError: null` repeatedly',
      'ValidationException',
    ],
    [
      // The same, S3's response error with its HostID (service/s3/internal/customizations, "HostID: %s, ").
      'a Go v2 S3 response error with a HostID',
      'operation error S3: PutObject, https response error StatusCode: 400, RequestID: ABCDEF0123456789, HostID: dGVzdGhvc3RpZA==, InvalidRequest: Missing required header for this request: Content-MD5',
      'InvalidRequest',
    ],
    [
      // smithy-lang/smithy-rs codegen-core generators/error (generated `Error::Unhandled` Display: "unhandled error ({code})").
      "the Rust SDK's Display of an error it does not model",
      'Error: service error: unhandled error (OptInRequired): service error',
      'OptInRequired',
    ],
    [
      // smithy-rs: #[derive(Debug)] on the generated error enums prints `Variant(Struct { … })`.
      'a Rust Debug variant without an Exception suffix',
      'Err(ServiceError(ServiceError { source: ThrottlingError(ThrottlingError { message: Some("Rate exceeded"), meta: ErrorMetadata { … } }) }))',
      'ThrottlingError',
    ],
    [
      // @smithy/smithy-client ServiceException: `this.name = options.name` (the error code), beside `$fault` and
      // `$metadata`; Node prints the stack's header as "<name>: <message>".
      'a JS v3 exception whose name is one word, as its stack header',
      "Throttling: Rate exceeded\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)\n    at de_DescribeStacksCommandError (/app/node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js:4960:14) {\n  '$fault': 'client',\n  '$metadata': { httpStatusCode: 400, requestId: 'X' }",
      'Throttling',
    ],
    [
      'a JS v3 exception serialised as JSON',
      '{"name":"NotFound","$fault":"client","$metadata":{"httpStatusCode":404,"attempts":1}}',
      'NotFound',
    ],
    [
      // minio/minio-py minio/error.py S3Error.__str__ ("S3 operation failed; code: {}, message: {}, …"), also minio-rs.
      "MinIO's client against S3",
      "minio.error.S3Error: S3 operation failed; code: NoSuchBucket, message: The specified bucket does not exist, resource: /b, request_id: X, host_id: Y",
      'NoSuchBucket',
    ],
    [
      // awslabs/aws-c-common include/aws/common/error.h AWS_DEFINE_ERROR_INFO: formatted_name is "<lib>: <AWS_… name>,
      // <message>", what source/error.c aws_error_debug_str returns.
      "the CRT's error debug string",
      'CRT error: aws-c-io: AWS_IO_TLS_ERROR_NEGOTIATION_FAILURE, TLS (SSL) negotiation failed',
      'AWS_IO_TLS_ERROR_NEGOTIATION_FAILURE',
    ],
    [
      // boto/boto3 boto3/exceptions.py S3UploadFailedError (upload_file's wrapper around the ClientError).
      "boto3's own exception module",
      'boto3.exceptions.S3UploadFailedError: Failed to upload /tmp/a.zip to b/a.zip: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      'S3UploadFailedError',
    ],
    [
      // boto/botocore botocore/exceptions.py before 1.4: ClientError.MSG_TEMPLATE "A client error ({error_code}) occurred
      // when calling the {operation_name} operation: {error_message}".
      "old botocore's client error",
      'A client error (ValidationError) occurred when calling the AssumeRole operation: 1 validation error detected',
      'ValidationError',
    ],
    [
      // aws/aws-sdk-php src/WrappedHttpHandler.php parseError at 1209a87: " {code} ({type}): {message}".
      "the PHP SDK's AWS HTTP error",
      'Error executing "GetObject" on "https://b.s3.amazonaws.com/k"; AWS HTTP error: Client error: `GET https://b.s3.amazonaws.com/k` resulted in a `404 Not Found` response: NoSuchKey (client): The specified key does not exist.',
      'NoSuchKey',
    ],
    [
      // AWS CloudFormation CLI user guide, "Handler error codes": the resource handler's HandlerErrorCode in stack events.
      "a CloudFormation resource handler's error code",
      'CREATE_FAILED AWS::Lambda::Function Resource handler returned message: "Invalid request" (RequestToken: abc, HandlerErrorCode: InvalidRequest)',
      'InvalidRequest',
    ],
    [
      // s3cmd's S3Error as s3tools/s3cmd#833 shows it: "ERROR: Test failed: 403 (InvalidAccessKeyId): …".
      "s3cmd's status and code",
      'ERROR: S3 error: 404 (NoSuchBucket): The specified bucket does not exist',
      'NoSuchBucket',
    ],
    [
      // A Go v1 awserr flattened by a logger that quotes values (sirupsen/logrus text_formatter.go, strconv.Quote):
      // the status line's break is printed as \n\t.
      'a Go v1 error with its status line flattened into a log field',
      'time="2024-01-01T00:00:00Z" level=error msg="NoSuchBucket: The specified bucket does not exist\\n\\tstatus code: 404, request id: ABC, host id: DEF"',
      'NoSuchBucket',
    ],
  ])('when %s is pasted, then its code is reported', (_shape, text, code) => {
    expect(codes(text)).toContain(code);
  });

  it.each([
    ['a Python builtin at the end of a traceback', 'Traceback (most recent call last):\n  File "a.py", line 3, in <module>\nUnicodeDecodeError: utf-8 codec cannot decode byte 0x8b in position 1', 'UnicodeDecodeError'],
    ['a Python builtin behind a wrapper', "deploy failed: ModuleNotFoundError: No module named 'boto3'", 'ModuleNotFoundError'],
    ['a Ruby core error', 'aws.rb:12: NoMethodError: undefined method `credentials` for nil', 'NoMethodError'],
    ['a bare log word', 'Error: something: failed\n\tstatus code: 403, request id: x', 'Error'],
    ['a one-word label that is not class-shaped', 'deploy: Config: could not read the file', 'Config'],
    ['a settings key in a config dump', 'aws:\n  SessionToken: null\n  AccessKeyId: ASIAIOSFODNN7EXAMPLE', 'SessionToken'],
    ['a Rust SDK wrapper layer', 'Err(DispatchFailure(DispatchFailure { source: ConnectorError { kind: Timeout } }))', 'DispatchFailure'],
    ['a JS stack header without a JS v3 error beside it', 'AxiosError: Request failed with status code 403\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)', 'AxiosError'],
    ["a tool's own error class behind a wrapper", 'deploy: UploadJobError: could not obtain AWS credentials for the upload step', 'UploadJobError'],
    ["a browser's HTTP reason phrase", 'PUT https://b.s3.amazonaws.com/x 403 (Forbidden)', 'Forbidden'],
  ])('when %s is pasted, then it is not reported as an AWS code', (_shape, text, notCode) => {
    expect(codes(text)).not.toContain(notCode);
  });

  it('when a class-shaped name ends a prose clause with no message after it, then it is not read as a code', () => {
    expect(codes('we use the SharedConfigLoader class in our aws setup')).toEqual([]);
  });
});
