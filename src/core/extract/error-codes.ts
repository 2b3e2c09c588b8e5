/**
 * AWS error codes and SDK exception names, in order of first appearance. Known authentication and
 * credential-chain names are found anywhere as whole words; other codes only in the structural shapes
 * tools print (`An error occurred (X)`, `api error X:`, `<Code>X</Code>`, `"__type": "…#X"`, …).
 */
import { liveFilter, wordGate } from './anchors';
import { CAUSED_BY, classColonNames, CODE_NAME_PATTERNS, GO_V2_RESPONSE, JS_V3_MARK, JS_V3_NAME, NOT_CODES } from './code-names';
import { addCode, addCodeName, addSignal } from './draft';
import type { Extractor } from './types';

/** Codes and exception names that mean an authentication, authorization or credential-chain failure. */
export const AUTH_CODES = [
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'AuthFailure',
  'ExpiredTokenException',
  'ExpiredToken',
  'RequestExpired',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'RequestTimeTooSkewed',
  'RequestInTheFuture',
  'MissingAuthenticationTokenException',
  'MissingAuthenticationToken',
  'InvalidToken',
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'RegionDisabledException',
  'InvalidIdentityTokenException',
  'InvalidIdentityToken',
  'IDPCommunicationError',
  'IDPRejectedClaim',
  // The same STS errors by their model shape names, as the generated SDKs name the exception classes (JS v3, Java v1:
  // IDPRejectedClaimException; Java v2: IdpRejectedClaimException) (botocore/data/sts/2011-06-15/service-2.json @ 1.43.67).
  'IDPRejectedClaimException',
  'IDPCommunicationErrorException',
  'IdpRejectedClaimException',
  'IdpCommunicationErrorException',
  'InvalidGrantException',
  'NoCredentialsError',
  'PartialCredentialsError',
  'ProfileNotFound',
  'CredentialRetrievalError',
  'CredentialsProviderError',
  'NoCredentialProviders',
  'TokenRetrievalError',
  'UnauthorizedSSOTokenError',
  'SSOTokenLoadError',
  'TokenProviderError',
  'EC2RoleRequestError',
  'WebIdentityErr',
  'LoginRefreshRequired',
  'LoginTokenLoadError',
  'NoRegionError',
  'MissingRegion',
  // Ruby's (aws-sdk-core errors.rb, Aws::Errors::MissingRegionError).
  'MissingRegionError',
  // Go v1's credential providers (aws-sdk-go v1 aws/credentials/shared_credentials_provider.go, env_provider.go):
  // with the awserr shape read, these are codes too, and they are credential failures.
  'SharedCredsLoad',
  'SharedCredsAccessKey',
  'EnvAccessKeyNotFound',
  // S3's answers to a request signed for another region than the bucket's (S3 API reference, "Error responses").
  'AuthorizationHeaderMalformed',
  'AuthorizationQueryParametersError',
] as const;

const AUTH_CODE_SET: ReadonlySet<string> = new Set(AUTH_CODES);

export function isAuthCode(code: string): boolean {
  return AUTH_CODE_SET.has(code);
}

/**
 * Other clouds' credential classes (google-auth's DefaultCredentialsError, azure-identity's CredentialUnavailableError):
 * not AWS, never codes.
 */
const OTHER_CLOUD_CREDENTIAL_CLASSES = /^(?:DefaultCredentialsError|CredentialUnavailableError|ClientAuthenticationError|Google\w{0,40}|Azure\w{0,40}|Gcp\w{0,40})$/;
const CREDENTIAL_CLASS = /Credential/;

/** A class named for credentials (CredentialsException, AwsCredentialsProviderError): a credential failure by its name. */
export function isCredentialClass(code: string): boolean {
  return CREDENTIAL_CLASS.test(code) && !OTHER_CLOUD_CREDENTIAL_CLASSES.test(code);
}

/**
 * Names of classes that say the chain found nothing (NoCredentialsException, MissingCredentialsError,
 * CredentialsNotFoundException, AwsCredentialsProviderError …): the empty-chain family, whatever the SDK.
 */
const NO_CREDENTIALS_CLASS = /^(?:\w{0,20}(?:No|Missing|Unable\w{0,20})Credentials?\w{0,20}|\w{0,30}Credentials?(?:NotFound|Missing|Unavailable|ProviderChain|Provider)\w{0,10})(?:Exception|Error)$/;

export function isNoCredentialsClass(code: string): boolean {
  return isCredentialClass(code) && NO_CREDENTIALS_CLASS.test(code);
}

/**
 * A bare auth code as a whole word (a capitalised word of 4-46 letters and digits that is an auth
 * code). One alternation is ~3x faster than returning every capitalised word for a set lookup: the
 * engine skips text that cannot start a code. Longest first, so a hit is the whole word.
 */
const BARE_AUTH_CODE = new RegExp(
  // Also glued to its message, as the aws-ses gem prints it ("AWS::SES Response Error: InvalidClientTokenIdThe security
  // token included in the request is invalid", drewblas/aws-ses#14): AWS messages open with "The", "User", "AWS" ….
  `\\b(?:${AUTH_CODES.filter((c) => /^[A-Z][A-Za-z0-9]{3,45}$/.test(c)).sort((a, b) => b.length - a.length).join('|')})(?:\\b|(?=(?:The|User|AWS|Request|Signature|Access) ))`,
  'g',
);

/** Structural shapes that carry any AWS error code (also throttling, validation, not-found …). */
const CODE_SHAPES: Array<{ needle: string | string[]; re: RegExp }> = [
  { needle: 'error occurred (', re: /An error occurred \(([A-Za-z][A-Za-z0-9.]{1,80})\)/g },
  { needle: 'api error ', re: /\bapi error ([A-Za-z][A-Za-z0-9]{1,80}):/g },
  // Also inside a JSON string, where the slash and the quotes come escaped (`<\/Code>`, `\"__type\":\"…#X\"`).
  { needle: '<Code>', re: /<Code>([A-Za-z][A-Za-z0-9.]{1,80})<\\?\/Code>/g },
  { needle: '__type', re: /\\?"__type\\?"\s{0,3}:\s{0,3}\\?"(?:[A-Za-z0-9.:_-]{0,160}#)?([A-Za-z][A-Za-z0-9]{1,80})\\?"/g },
  // JS v3 service errors as util.inspect prints them: `name: 'ThrottlingException'` (exception names only: `name:` is
  // a common key elsewhere).
  { needle: 'name: ', re: /\bname: '([A-Z][A-Za-z0-9]{2,80}Exception)'/g },
  { needle: 'Error Code: ', re: /\bError Code: ([A-Za-z][A-Za-z0-9]{1,80})/g },
  { needle: 'rrorType', re: /\bx-amzn-ErrorType:\s{0,3}([A-Za-z][A-Za-z0-9]{1,80})/gi },
  { needle: 'ode"', re: /"[Cc]ode"\s{0,3}:\s{0,3}"([A-Z][A-Za-z0-9]{2,80})"/g },
  { needle: 'code:', re: /\bcode:\s{0,3}'([A-Z][A-Za-z0-9]{2,80})'/g },
  // JS v3 service errors as util.inspect prints them (`Code: 'AccessDenied'`), and boto3's response dict
  // (`'Error': {'Code': 'AccessDenied', ...}`).
  { needle: 'Code', re: /(?:^|[\s{,])'?Code'?:\s{0,3}'([A-Z][A-Za-z0-9.]{2,80})'/gm },
  // The Rust SDK's ErrorMetadata as Debug prints it (`meta: ErrorMetadata { code: Some("ExpiredToken"), message: …`;
  // smithy-rs rust-runtime/aws-smithy-types/src/error/metadata.rs, `code: Option<String>` under #[derive(Debug)]).
  { needle: 'code: Some(', re: /\bcode: Some\("([A-Za-z][A-Za-z0-9.]{1,80})"\)/g },
  // Lambda's error JSON ("errorType": "AccessDeniedException"), also with its opening quote cut off.
  { needle: 'errorType', re: /\berrorType"?\s{0,3}:\s{0,3}"([A-Za-z][A-Za-z0-9.]{1,80})"/g },
  // The C++ SDK's AWSError fields as a debugger or a log prints them.
  { needle: 'm_exceptionName', re: /\bm_exceptionName:\s{0,3}([A-Za-z][A-Za-z0-9]{1,80})/g },
  // PHP class names (Aws\S3\Exception\S3Exception), with backslashes doubled when JSON-escaped.
  { needle: 'Exception\\', re: /\bAws\\{1,2}(?:[A-Za-z0-9]{1,40}\\{1,2}){0,3}Exception\\{1,2}([A-Za-z][A-Za-z0-9]{1,80}Exception)\b/g },
  // Ruby: Aws::STS::Errors::InvalidClientTokenId, Aws::Sigv4::Errors::MissingCredentialsError.
  { needle: '::Errors::', re: /\bAws::(?:[A-Za-z0-9]{1,40}::){0,2}Errors::([A-Z][A-Za-z0-9]{1,80})\b/g },
  // Also right after a printed line break (`\nbotocore.exceptions.ClientError` in a JSON log record's message). What
  // must stand before the name is asserted behind it, not ahead of it: a pattern that opens with an assertion is tried at
  // every position of the text (28 µs on the 4 KB bench paste), one that opens with a literal skips to it (0.7 µs).
  { needle: 'botocore.', re: /botocore(?<=(?:\b|\\[nrt])botocore)\.(?:exceptions|errorfactory)\.([A-Za-z][A-Za-z0-9]{1,80})/g },
  // The other Python AWS packages' exception classes: old boto (`boto.exception.S3ResponseError`), s3transfer,
  // aiobotocore, awscli, s3fs.
  { needle: ['boto.', 'boto3.', 's3transfer.', 'aiobotocore.', 'awscli.', 's3fs.', 'awswrangler.', 'chalice.', 'samcli.'], re: /\b(?:boto3?|s3transfer|aiobotocore|awscli|s3fs|awswrangler|chalice|samcli)(?:\.[a-z_]{1,40}){1,3}\.([A-Z][A-Za-z0-9]{2,60}(?:Error|Exception))\b/g },
  { needle: 'default AWS account (', re: /Unable to determine the default AWS account \(([A-Za-z][A-Za-z0-9]{1,80})\)/g },
  // A fully qualified SDK class anywhere in a line, as loggers print it mid-line: Java v1/v2 and Kotlin (also its
  // smithy runtime's IdentityProviderException), e.g. (`thrown com.amazonaws.AmazonClientException(`, `| Error com.amazonaws.SdkClientException:`) and .NET
  // (`One or more errors occurred. ---> Amazon.Runtime.AmazonServiceException: …`).
  { needle: ['com.amazonaws.', 'software.amazon.awssdk.', 'aws.sdk.kotlin.', 'aws.smithy.kotlin.'], re: /\b(?:com\.amazonaws|software\.amazon\.awssdk|aws\.s(?:dk|mithy)\.kotlin)(?:\.[A-Za-z0-9_]{1,60}){0,8}\.([A-Z][A-Za-z0-9]{1,60}(?:Exception|Error))\b/g },
  { needle: 'Amazon.', re: /\bAmazon(?:\.[A-Z][A-Za-z0-9]{1,40}){1,4}\.([A-Z][A-Za-z0-9]{1,60}Exception)\b/g },
  // Named error-code fields: Java v2's AwsErrorDetails(errorCode=X, …), .NET and log formatters (`ErrorCode: X`,
  // `"ErrorCode": "X"`, `error_code=X`), Go's %+v of smithy.GenericAPIError (`&{Code:X Message:…}`).
  { needle: ['rrorCode', 'rror_code', '{Code:'], re: /(?:\b(?:[Ee]rror_?[Cc]ode|ERROR_CODE)"?|\{Code):\s{0,3}["']?([A-Z][A-Za-z0-9.]{2,80})\b|\b[Ee]rror_?[Cc]ode=["']?([A-Z][A-Za-z0-9.]{2,80})\b/g },
  // The Rust SDK's Display of an error it does not model: "unhandled error ({code})" (smithy-rs codegen-core,
  // generators/error/OperationErrorGenerator.kt, the generated `Error::Unhandled` arm).
  { needle: 'unhandled error (', re: /\bunhandled error \(([A-Za-z][A-Za-z0-9.]{1,80})\)/g },
  // MinIO's clients against S3 (minio-py minio/error.py S3Error, minio-rs): "S3 operation failed; code: X, message: …".
  { needle: 'failed; code: ', re: /\boperation failed; code: ([A-Z][A-Za-z0-9]{1,80})\b/g },
  // The CRT (C++ SDK, the CLI's CRT transfer, mountpoint-s3): aws-c-common's aws_error_debug_str returns the
  // formatted name of include/aws/common/error.h AWS_DEFINE_ERROR_INFO, "<library>: <AWS_… error name>, <message>"
  // ("aws-c-auth: AWS_AUTH_SIGNING_NO_CREDENTIALS, Attempt to sign …").
  { needle: 'aws-c-', re: /\baws-c-[a-z0-9]{2,16}: (AWS_[A-Z0-9_]{3,80})\b/g },
  // botocore before 1.4 (and the CLI on it): "A client error ({error_code}) occurred when calling the {operation_name}
  // operation: {error_message}" (botocore/exceptions.py ClientError.MSG_TEMPLATE of those versions).
  { needle: 'client error (', re: /\bA client error \(([A-Za-z][A-Za-z0-9.]{1,80})\) occurred/g },
  // The PHP SDK's AWS HTTP error: " {code} ({type}): {message}" with type client or server (aws/aws-sdk-php
  // src/WrappedHttpHandler.php parseError, at 1209a87).
  { needle: ['(client): ', '(server): '], re: /\b([A-Z][A-Za-z0-9.]{2,80}) \((?:client|server)\): /g },
  // CloudFormation's resource handlers: "(RequestToken: …, HandlerErrorCode: AccessDenied)" in a stack event.
  { needle: 'HandlerErrorCode', re: /\bHandlerErrorCode:\s{0,3}([A-Z][A-Za-z0-9]{2,80})\b/g },
  // s3cmd's S3Error: "<status> (<code>): <message>" ("ERROR: S3 error: 403 (SignatureDoesNotMatch): …"); an HTTP
  // reason phrase in the parentheses ("403 (Forbidden)", a browser's log) is no code.
  { needle: ' (', re: /\b[1-5]\d\d \((?!(?:Forbidden|Unauthorized|OK|Not Found|Bad Request|Moved Permanently|Found|Conflict|Internal Server Error|Service Unavailable)\))([A-Z][A-Za-z0-9]{2,80})\)/g },
  // The Dart aws_client's GenericAwsException: toString() '$code $type: $message' where code is the HTTP status and
  // type the service's error type ("403 ForbiddenException: Credential should be scoped to correct service",
  // agilord/aws_client#275 b17; shared_aws_api/lib/src/protocol/shared.dart, rest-json.dart at 36a4ffb). A reason
  // phrase ("403 Forbidden: …") is no code.
  { needle: 'Exception: ', re: /\b[1-5]\d\d ([A-Z][A-Za-z0-9]{2,60}Exception): /g },
  // JS v2 errors as util.inspect prints them: `{ ConfigError: Missing region in config` / `[TimeoutError: …`.
  { needle: 'Error: ', re: /(?:^|[\s:])[{[] ?([A-Z][A-Za-z0-9]{2,60}Error): /gm },
];

/**
 * Go v1's awserr shape: `Code: message` with the request failure or the wrapped error on the next line
 * (aws-sdk-go v1.55.5 aws/awserr/types.go: SprintError prints "%s: %s" then "\n\tstatus code: %d, request id: %s"
 * or "\ncaused by: %s"). The code is the first `Word: ` opening the line or following a wrapper's ": "
 * (Terraform's "error loading state: Forbidden: Forbidden"), never an operation after "sts:".
 */
const GO_V1_NEXT_LINES = ['status code: ', 'caused by: '];
const GO_V1_CODE = /(?:^[\s|│>*-]{0,12}|: )([A-Z][A-Za-z0-9]{2,60}): /g;
/** A status line flattened onto the line of its code: the break is a printed `\n\t` or whitespace. */
const FLATTENED_BREAK = /[^\s:,](?:\\n\\t|\\n|\s{1,4})$/;
/**
 * In a flattened line the code may also open a quoted log field (`msg="Code: …`, `error='Code: …`) or a Markdown code
 * span (`` `ValidationException: An error occurred … status code: 400, requestError: null` ``, buildkite/buildkite-agent-scaler#65 b19).
 */
const GO_V1_FLAT_CODE = /(?:^[\s|│>*-]{0,12}|: |[="'`])([A-Z][A-Za-z0-9]{2,60}): /g;

function goV1Codes(text: string, push: (at: number, code: string) => void): void {
  for (const needle of GO_V1_NEXT_LINES) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      // The needle opens its line (after indentation), and the line before carries the code; or a logger flattened the
      // two lines into one (`msg="NoSuchBucket: The specified bucket does not exist\n\tstatus code: 404, …"`, the
      // break printed as `\n\t` or spaces), and the code is earlier on the same line.
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      if (needle === 'status code: ' && !/^\d{3}\b/.test(text.slice(i + needle.length, i + needle.length + 4))) continue;
      const before = text.slice(lineStart, i);
      const opensLine = lineStart > 0 && /^[ \t]*$/.test(before);
      const flattened = !opensLine && needle === 'status code: ' && FLATTENED_BREAK.test(before);
      if (!opensLine && !flattened) continue;
      const prevStart = opensLine ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
      const prev = opensLine ? text.slice(prevStart, lineStart - 1) : before;
      const codeRe = opensLine ? GO_V1_CODE : GO_V1_FLAT_CODE;
      codeRe.lastIndex = 0;
      for (const m of prev.matchAll(codeRe)) {
        if (NOT_CODES.has(m[1]!)) continue;
        push(prevStart + m.index + m[0].length - m[1]!.length - 2, m[1]!);
        break;
      }
    }
  }
}

/**
 * Any class named for credentials, wherever it is printed (`Aws\\Exception\\CredentialsException`, `[CredentialsProviderError]`,
 * `(Aws::Errors::MissingCredentialsError)`): the SDKs name their credential failures this way. Found from each
 * `Credential` by widening to the whole word (one scan of the word, not of the text).
 */
const WORD_CHAR = /[A-Za-z0-9]/;
const CREDENTIAL_CLASS_NAME = /^[A-Z][A-Za-z0-9]{0,40}Credentials?[A-Za-z0-9]{0,30}(?:Exception|Error)$/;
const MAX_CREDENTIAL_WORDS = 200;

function credentialClasses(text: string, push: (at: number, code: string) => void): void {
  let seen = 0;
  for (let i = text.indexOf('Credential'); i >= 0 && seen < MAX_CREDENTIAL_WORDS; i = text.indexOf('Credential', i + 10)) {
    let start = i;
    while (start > 0 && i - start < 41 && WORD_CHAR.test(text[start - 1]!)) start--;
    let end = i + 10;
    while (end < text.length && end - i < 50 && WORD_CHAR.test(text[end]!)) end++;
    const word = text.slice(start, end);
    if (!/(?:Exception|Error)$/.test(word)) continue;
    seen++;
    if (CREDENTIAL_CLASS_NAME.test(word)) push(start, word);
  }
}

/**
 * Rust SDK errors as Debug prints them: an enum variant wrapping the struct of its own name
 * (`ExpiredTokenException(ExpiredTokenException { message: …`, `ExpiredToken(ExpiredToken { …`,
 * `CredentialsNotLoaded(CredentialsNotLoaded { …` — #[derive(Debug)] on the generated error enums, smithy-rs).
 * The SDK's own layers (SdkError's variants, the `Unhandled` catch-all) wrap a code; they are not one.
 */
const RUST_VARIANT = /\b([A-Z][A-Za-z0-9]{2,60})\(([A-Z][A-Za-z0-9]{2,60}) \{/g;
const RUST_WRAPPERS = new Set(['ServiceError', 'Unhandled', 'DispatchFailure', 'ResponseError', 'ConstructionFailure', 'ConnectorError', 'Some', 'Ok', 'Err', 'Box']);

function rustModeledErrors(text: string, push: (at: number, code: string) => void): void {
  let seen = 0;
  RUST_VARIANT.lastIndex = 0;
  for (let m = RUST_VARIANT.exec(text); m && seen < MAX_CREDENTIAL_WORDS; m = RUST_VARIANT.exec(text)) {
    if (m[1] !== m[2] || RUST_WRAPPERS.has(m[1]!)) continue;
    seen++;
    push(m.index, m[1]!);
  }
}

/** `SomethingException: message` at the start of a line (JS, Java, Go v1 shapes). */
const LINE_START_EXCEPTION = /^[\s✖✗×>|│*#`'"[(-]{0,12}(?:Caused by: {1,2})?(?:[A-Za-z][A-Za-z0-9_]{0,40}\.){0,8}([A-Z][A-Za-z0-9]{1,60}Exception):/;

const LINE_START_EXCEPTION_M = new RegExp(LINE_START_EXCEPTION.source, 'gm');

const WRAPPER_NAMES = new Set(['BotoCoreError', 'ServiceException', 'Exception', 'RuntimeException', 'IOException']);

/**
 * The language runtime's own exceptions (java.net.SocketTimeoutException, System.Net.Http.HttpRequestException,
 * NullPointerException): never AWS error codes, so they must not hide a credential failure printed with them
 * (aws/aws-sdk-net#1118: HttpRequestException in place of the IMDS credential error).
 */
const RUNTIME_PACKAGE = /^[\s✖✗×>|│*#`'"[(-]{0,12}(?:Caused by: {1,2})?(?:java|javax|jdk|sun|kotlin|kotlinx|scala|android|okhttp3|System|Microsoft|io\.netty|org\.apache|reactor)\./;
const RUNTIME_EXCEPTIONS = new Set([
  'NullPointerException', 'IllegalArgumentException', 'IllegalStateException', 'HttpRequestException', 'TaskCanceledException', 'SocketException',
  'SocketTimeoutException', 'UnknownHostException', 'ConnectException', 'TimeoutException', 'InvocationTargetException', 'ExecutionException',
  'CompletionException', 'AggregateException', 'InvalidOperationException', 'ArgumentException', 'ArgumentNullException', 'WebException',
  'UndeclaredThrowableException', 'ClassNotFoundException', 'NoSuchMethodException', 'UnsupportedOperationException',
]);

/**
 * The SDKs' own base exception classes (Java, .NET, old boto's S3ResponseError/BotoServerError, and botocore's ClientError,
 * the class every service error is raised as: `botocore.exceptions.ClientError: An error occurred (AccessDenied) …`,
 * botocore/exceptions.py): people and the corpus name them as the error (`SdkClientException`, `ClientError`), but
 * they say nothing about the cause, so they are listed after the real codes, as names only (no code signal: the
 * Java chain failure that does mean "no credentials" is recognised by its message, see SYNTHETIC).
 */
const SDK_BASE_EXCEPTIONS = /^(?:ClientError|SdkClientException|SdkServiceException|AwsServiceException|SdkException|HttpErrorResponseException|S3ResponseError|EC2ResponseError|BotoServerError|BotoClientError)$/;

/** Per-service exception classes (StsException, AmazonS3Exception) name the service, not the error. */
const SERVICE_EXCEPTION = /^(?:(?:Amazon|AWS)[A-Za-z0-9]{0,40}|Sts|S3|Iam|Ec2|DynamoDb|Sqs|Sns|Lambda|Kms|Ecr|Ssm|Sso|SsoOidc|CloudFormation|Kinesis|SecretsManager|Aws|Sdk)Exception$/;

/** A per-service exception class only (AmazonS3Exception, StsException): the class a service's refusal is raised as. */
export const isPerServiceException = (code: string): boolean => !WRAPPER_NAMES.has(code) && SERVICE_EXCEPTION.test(code);

function isWrapper(code: string): boolean {
  return WRAPPER_NAMES.has(code) || SERVICE_EXCEPTION.test(code) || SDK_BASE_EXCEPTIONS.test(code);
}

/**
 * A per-service exception class (AmazonS3Exception, S3Exception) or an SDK base class (SdkClientException): reported
 * after the real codes, never as one.
 */
export function isServiceException(code: string): boolean {
  return !WRAPPER_NAMES.has(code) && (SERVICE_EXCEPTION.test(code) || SDK_BASE_EXCEPTIONS.test(code));
}

/**
 * The AWS error codes among a diagnosis's errorCodes, for showing as "the error": the SDKs' exception classes
 * (ClientError, AmazonS3Exception, SdkClientException) stay in errorCodes, as the real-pastes labels count them (README,
 * `error_codes`), but they name where a refusal was raised, not what AWS answered.
 */
export const awsCodes = (codes: readonly string[]): string[] => codes.filter((c) => !isServiceException(c));

/** Synthetic codes for chain failures that print no exception name. */
const SYNTHETIC: Array<{ re: RegExp; code: string }> = [
  { re: /No valid credential sources (?:found|for [\w ]{1,40} found)/i, code: 'NoValidCredentialSources' },
  { re: /SdkClientException: Unable to load (?:AWS )?credentials from any/, code: 'SdkClientException' },
  { re: /You must be logged in to the server \(/, code: 'Unauthorized' },
  // Also as Node's util.inspect prints an error named after its stack was captured, `Error [CredentialsError]: …`
  // (nodejs/node lib/internal/util/inspect.js @ 0059b877e35e, formatError: `${prefix} [${name}]${stack.slice(len)}`).
  { re: /\bCredentialsError\]?: Missing credentials/, code: 'CredentialsError' },
];

const SYNTHETIC_NEEDLE = /credential sources|SdkClientException|logged in|CredentialsError/i;

/**
 * S3's canonical messages, for pastes where only the exception class stands where the code would be (Java v2's
 * `S3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: S3, Status Code: 403 …)`,
 * .NET's and PowerShell's `AmazonS3Exception`, qa38 F12): the class names the service, the message is the code's
 * (Amazon S3 API Reference, Error responses: https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
 */
const CANONICAL_MESSAGES: Array<{ re: RegExp; code: string }> = [
  { re: /The AWS Access Key Id you provided does not exist in our records/, code: 'InvalidAccessKeyId' },
  { re: /The request signature we calculated does not match the signature you provided/, code: 'SignatureDoesNotMatch' },
];

const MAX_HITS = 5000;

/** What a hit's name is: another cloud's class (dropped), a real code, a service exception name, another wrapper. */
const DROPPED = 0;
const REAL_CODE = 1;
const SERVICE_NAME = 2;
const OTHER_WRAPPER = 3;
/**
 * A word in capitals only (`ERROR: …` opening a leveled log line, `WARN`, `FATAL`): a log level or a shouted word. AWS
 * error codes are PascalCase; the CRT's capital names have underscores (AWS_AUTH_SIGNING_NO_CREDENTIALS) and stay.
 */
const LOG_LEVEL_CASE = /^[A-Z][A-Z0-9]{1,20}$/;
/** codeKind's answers: a function of the name alone, and a long log repeats a few names thousands of times. */
const KIND_OF = new Map<string, number>();

function codeKind(code: string): number {
  let kind = KIND_OF.get(code);
  if (kind === undefined) {
    kind = OTHER_CLOUD_CREDENTIAL_CLASSES.test(code) || NOT_CODES.has(code) || LOG_LEVEL_CASE.test(code) ? DROPPED : !isWrapper(code) ? REAL_CODE : isServiceException(code) ? SERVICE_NAME : OTHER_WRAPPER;
    if (KIND_OF.size >= 4096) KIND_OF.clear();
    KIND_OF.set(code, kind);
  }
  return kind;
}

const shapesLive = liveFilter(CODE_SHAPES.map((s) => s.re));

/** Every fixed needle this module looks for with `includes` or `indexOf` on the whole text. */
const NEEDLES = [...CODE_SHAPES.flatMap((s) => (typeof s.needle === 'string' ? [s.needle] : s.needle)), ...GO_V1_NEXT_LINES, 'Exception:', '(', ' {', 'Credential', 'Error: ', 'Err: ', 'Exception: ', 'RequestID: ', '$fault', '$metadata'];
const LOWER_NEEDLE = new Map(NEEDLES.map((n) => [n, n.toLowerCase()]));
/** SYNTHETIC_NEEDLE's words, lowercase: it cannot match a text whose lowercase holds none. */
const SYNTHETIC_WORDS = ['credential sources', 'sdkclientexception', 'logged in', 'credentialserror'];
const needleGate = wordGate([...LOWER_NEEDLE.values(), ...SYNTHETIC_WORDS]);

/**
 * Whole-text scans (one per shape, skipped when its needle is absent), then codes are added in
 * order of position; within one position the structural shape comes first.
 */
export const extractErrorCodes: Extractor = (ctx, draft) => {
  const text = ctx.text;
  const hits: Array<{ at: number; order: number; code: string }> = [];
  const services: Array<{ at: number; code: string }> = [];
  // Hits past the cap are dropped, so once it is reached the rest of a long log need not be scanned.
  const full = (): boolean => hits.length >= MAX_HITS;
  const push = (at: number, order: number, code: string, synthetic = false): void => {
    if (full()) return;
    const kind = codeKind(code);
    if (kind === DROPPED) return;
    if (synthetic || kind === REAL_CODE) hits.push({ at, order, code });
    else if (kind === SERVICE_NAME && services.length < 5) services.push({ at, code });
  };
  // A shape whose fixed words the shared literal scan (anchors.ts) did not find cannot match: its needle
  // is then not searched for either.
  const live = shapesLive(ctx.lower);
  // `text.includes(needle)`, with the needles the shared scan did not find (in any case) not searched for.
  const lowerHas = needleGate(ctx.lower);
  const has = (needle: string): boolean => lowerHas(LOWER_NEEDLE.get(needle)!) && text.includes(needle);
  // exec on the shape's own regex: matchAll would copy it on every diagnosis (no shape matches empty).
  // `code` picks the code from a match, or undefined to pass over it.
  const pushAll = (re: RegExp, order: number, code: (m: RegExpExecArray) => string | undefined = (m) => m[3] ?? m[1] ?? m[2]): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = code(m);
      if (c === undefined) continue;
      push(m.index, order, c);
      if (full()) break;
    }
  };
  CODE_SHAPES.forEach(({ needle, re }, order) => {
    if (full() || !live[order]) return;
    const present = typeof needle === 'string' ? has(needle) || (needle === 'rrorType' && lowerHas('rrortype') && /errortype/i.test(text)) : needle.some(has);
    if (present) pushAll(re, order, (m) => (m[1] ?? m[2])!);
  });
  if (!full() && GO_V1_NEXT_LINES.some(has)) goV1Codes(text, (at, code) => push(at, 10, code));
  if (!full() && has('caused by: ')) pushAll(CAUSED_BY, 11);
  if (!full() && has('RequestID: ')) pushAll(GO_V2_RESPONSE, 12);
  if (!full() && (has('Error: ') || has('Err: ') || has('Exception: '))) classColonNames(text, (at, code) => push(at, 21, code));
  if (!full() && (has('$fault') || has('$metadata')) && JS_V3_MARK.test(text)) pushAll(JS_V3_NAME, 22);
  if (!full() && has('Credential')) credentialClasses(text, (at, code) => push(at, 25, code));
  if (!full() && has('(') && has(' {')) rustModeledErrors(text, (at, code) => push(at, 26, code));
  if (!full() && has('Exception:')) pushAll(LINE_START_EXCEPTION_M, 20, (m) => (RUNTIME_EXCEPTIONS.has(m[1]!) || RUNTIME_PACKAGE.test(m[0]) ? undefined : m[1]));
  if (!full()) pushAll(BARE_AUTH_CODE, 30, (m) => m[0]);
  if (!full() && SYNTHETIC_WORDS.some(lowerHas) && SYNTHETIC_NEEDLE.test(text)) {
    for (const s of SYNTHETIC) {
      const m = s.re.exec(text);
      if (m) push(m.index, 40, s.code, true);
    }
  }
  // Codes are ordered by the line they appear on, then by how reliable the shape is. A code seen again
  // adds nothing (addCode keeps the first), so only each code's first hit in that order is ranked.
  const first = new Map<string, { line: number; order: number; at: number }>();
  for (const h of hits) {
    const line = ctx.lineOf(h.at);
    const best = first.get(h.code);
    if (!best || line < best.line || (line === best.line && (h.order < best.order || (h.order === best.order && h.at < best.at)))) first.set(h.code, { line, order: h.order, at: h.at });
  }
  // Only a class stood for the code: the message names it.
  if (first.size === 0 && services.length > 0) {
    for (const c of CANONICAL_MESSAGES) {
      const m = c.re.exec(text);
      if (m) first.set(c.code, { line: ctx.lineOf(m.index), order: 40, at: m.index });
    }
  }
  const ranked = [...first].sort(([, a], [, b]) => a.line - b.line || a.order - b.order || a.at - b.at);
  for (const [code, h] of ranked) {
    addCode(draft, code, ctx.loc(h.line));
    if (!isAuthCode(code) && isNoCredentialsClass(code)) addSignal(draft, 'name.no-credentials', ctx.loc(h.line), code);
  }
  // The service's exception class names where the error came from; it says nothing about the cause: a name only.
  for (const s of services) addCodeName(draft, s.code);
};

export const ERROR_CODE_PATTERNS: RegExp[] = [...CODE_NAME_PATTERNS, FLATTENED_BREAK, GO_V1_FLAT_CODE, RUST_VARIANT, WORD_CHAR, CREDENTIAL_CLASS_NAME, RUNTIME_PACKAGE, CREDENTIAL_CLASS, NO_CREDENTIALS_CLASS, OTHER_CLOUD_CREDENTIAL_CLASSES, GO_V1_CODE, BARE_AUTH_CODE, LINE_START_EXCEPTION_M, SERVICE_EXCEPTION, SYNTHETIC_NEEDLE, LOG_LEVEL_CASE, ...CODE_SHAPES.map((s) => s.re), LINE_START_EXCEPTION, ...SYNTHETIC.map((s) => s.re), ...CANONICAL_MESSAGES.map((s) => s.re)];
