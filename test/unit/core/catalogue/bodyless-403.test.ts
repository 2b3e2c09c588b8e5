import { checkFamily } from './check-quotes';

checkFamily('bodyless-403', [
  {
    id: 'bodyless-403.botocore',
    from: 'boto/botocore botocore/parsers.py @ c4e6961ca930',
    text: 'botocore.exceptions.ClientError: An error occurred (403) when calling the GetObject operation: Forbidden',
    code: 'Forbidden',
  },
  {
    id: 'bodyless-403.go-v2',
    from: 'aws/smithy-go errors.go @ 4e34e6394f70',
    text: 'Error: operation error S3: GetObject, https response error StatusCode: 403, RequestID: 8B6F2B, HostID: xyz=, api error Forbidden: Forbidden',
    code: 'Forbidden',
  },
  {
    id: 'bodyless-403.go-v1',
    from: 'gosemver/aws_aws-sdk-go_v1.4.3-1-g1f24fa1 (upstream v1.4.3 vendored) service/s3/unmarshal_error.go @ 018fd1df8563',
    text: 'Error: failed to stat object: Forbidden: Forbidden\n\tstatus code: 403, request id: 8B6F2B, host id: xyz=',
    code: 'Forbidden',
  },
  {
    id: 'bodyless-403.js-v3',
    from: 'smithy-lang/smithy-typescript packages/smithy-client/src/default-error-handler.ts @ dec40629e248',
    text: "403: UnknownError\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 403,",
    code: 'Forbidden',
  },
  {
    id: 'bodyless-403.java-v2',
    from: 'aws/aws-sdk-java-v2 core/aws-core/src/main/java/software/amazon/awssdk/awscore/exception/AwsServiceException.java @ 784c5f3cb90a',
    text: 'Caused by: software.amazon.awssdk.services.s3.model.S3Exception: null (Service: S3, Status Code: 403, Request ID: 8B6F2B, Extended Request ID: xyz=)',
    code: 'Forbidden',
  },
  {
    id: 'bodyless-403.dotnet',
    from: 'aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/AmazonServiceException.cs @ e9812387dffc',
    text: 'Amazon.S3.AmazonS3Exception: Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.\n ---> Amazon.Runtime.Internal.HttpErrorResponseException',
    code: 'Forbidden',
  },
]);
