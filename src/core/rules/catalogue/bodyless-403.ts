/**
 * S3's 403 without an error body, as each SDK words it. A HEAD (HeadObject, HeadBucket, exists/stat
 * calls of every wrapper) never carries a body, so no SDK can name the error: each falls back to the
 * status text or to nothing. Which cause it is does not show in the text (a missing permission, another
 * account's bucket, the wrong profile), so these share botocore.head-forbidden's weights (sdk-cli-python).
 * The HEAD forms that entry and terraform.ts's Go v2 entry already match are left out here.
 */
import type { CatalogueEntry } from './types';

const FORBIDDEN = { 'authorization-not-authentication': 1.0, 'wrong-profile': 0.8, 'wrong-account-or-partition': 0.6 };

export const BODYLESS_403: CatalogueEntry[] = [
  {
    // RestXMLParser._parse_error_from_http_status: the status is the code, the reason phrase the message.
    id: 'bodyless-403.botocore',
    tool: 'boto3',
    message: 'An error occurred (403) when calling the {operation} operation: Forbidden',
    re: /An error occurred \(403\) when calling the (?!Head(?:Object|Bucket) )[A-Za-z0-9]{2,60} operation: Forbidden/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: FORBIDDEN,
    source: { repo: 'boto/botocore', path: 'botocore/parsers.py', ref: 'c4e6961ca930' },
  },
  {
    // smithy-go GenericAPIError ("api error {code}: {message}") inside OperationError; S3 fills both from the status.
    id: 'bodyless-403.go-v2',
    tool: 'aws-sdk-go-v2',
    message: 'operation error S3: {operation}, https response error StatusCode: 403, RequestID: {id}, HostID: {host}, api error Forbidden: Forbidden',
    re: /operation error S3: (?!Head(?:Object|Bucket),)[A-Za-z0-9]{2,60}, https response error StatusCode: 403[^\n]{0,300}api error Forbidden: Forbidden/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: FORBIDDEN,
    source: { repo: 'aws/smithy-go', path: 'errors.go', ref: '4e34e6394f70' },
  },
  {
    // Go v1's S3 unmarshalError falls back to http.StatusText for code and message, then awserr adds the status line.
    id: 'bodyless-403.go-v1',
    tool: 'aws-sdk-go',
    message: 'Forbidden: Forbidden\n\tstatus code: 403, request id: {id}, host id: {host}',
    re: /\bForbidden: Forbidden\s{0,12}status code: 403\b/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: FORBIDDEN,
    // The index holds upstream's file only at an early commit without the fallback; the text is read in
    // gosemver's vendored copy of upstream v1.4.3 ("Fallback to status code converted to message").
    source: { repo: 'gosemver/aws_aws-sdk-go_v1.4.3-1-g1f24fa1', path: 'service/s3/unmarshal_error.go', ref: 'v1.4.3@018fd1df8563' },
  },
  {
    // smithy-client throwDefaultError: name from the error code or the status, message "UnknownError".
    id: 'bodyless-403.js-v3',
    tool: 'aws-sdk-js-v3',
    message: '{Forbidden|403}: UnknownError',
    re: /(?:\b403|\bForbidden|\[(?:403|Forbidden)\]): UnknownError\b/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: FORBIDDEN,
    source: { repo: 'smithy-lang/smithy-typescript', path: 'packages/smithy-client/src/default-error-handler.ts', ref: 'dec40629e248' },
  },
  {
    // AwsServiceException.getMessage: "{errorMessage} (Service: ..., Status Code: ...)"; with no body the message is null.
    id: 'bodyless-403.java-v2',
    tool: 'aws-sdk-java-v2',
    message: 'S3Exception: null (Service: S3, Status Code: 403, Request ID: {id}, Extended Request ID: {ext})',
    re: /Exception: (?:null )?\(Service: [A-Za-z0-9 ]{1,40}, Status Code: 403, Request ID/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: FORBIDDEN,
    source: { repo: 'aws/aws-sdk-java-v2', path: 'core/aws-core/src/main/java/software/amazon/awssdk/awscore/exception/AwsServiceException.java', ref: '784c5f3cb90a' },
  },
  {
    // AmazonServiceException.BuildGenericErrorMessage, used when the response had no error body.
    id: 'bodyless-403.dotnet',
    tool: 'aws-sdk-net',
    message: 'Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.',
    re: /Error making request with Error Code (?:Forbidden|AccessDenied) and Http Status Code Forbidden/,
    family: 'fam.authz',
    code: 'Forbidden',
    causes: FORBIDDEN,
    source: { repo: 'aws/aws-sdk-net', path: 'sdk/src/Core/Amazon.Runtime/AmazonServiceException.cs', ref: 'e9812387dffc' },
  },
];
