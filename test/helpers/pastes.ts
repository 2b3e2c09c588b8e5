/** Pasted tool output used by the conversation tests. AWS documentation EXAMPLE keys only. */
export const PASTES = {
  cliInvalidToken: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  s3AsiaNoToken:
    'An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id you provided does not exist in our records.\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId></Error>',
  expiredToken: 'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired',
  incompleteSignature:
    "An error occurred (IncompleteSignature) when calling the GetCallerIdentity operation: Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'wJalrXUtnFEMI/20260101/us-east-1/sts/aws4_request'",
  optInRegion:
    'operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 16fc956c-311e-4199-bee1-1680236e9698, api error InvalidClientTokenId: The security token included in the request is invalid.\nendpoint: https://sts.af-south-1.amazonaws.com',
  clockSkew:
    'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Signature expired: 20260127T001427Z is now earlier than 20260127T014428Z (20260127T015928Z - 15 min.)',
  signatureMismatch:
    'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  noCredentials: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
  imdsRole:
    'operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, http response error StatusCode: 404, request to EC2 IMDS failed',
  accessDenied:
    'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::example-bucket/report.csv" because no identity-based policy allows the s3:GetObject action',
  localstackKeys:
    'An error occurred (InvalidClientTokenId) when calling the Publish operation: The security token included in the request is invalid.\n$ env | grep AWS_\nAWS_ACCESS_KEY_ID=test\nAWS_SECRET_ACCESS_KEY=test',
  profileNotFound: 'The config profile (staging) could not be found',
  configureListEnv: [
    '      Name                    Value             Type    Location',
    '      ----                    -----             ----    --------',
    '   profile                <not set>             None    None',
    'access_key     ****************MPLE              env    ', // real output ends credential rows with spaces
    'secret_key     ****************EKEY              env    ',
    '    region                us-east-1      config-file    ~/.aws/config',
  ].join('\n'),
  configureListFile: [
    '      Name                    Value             Type    Location',
    '      ----                    -----             ----    --------',
    '   profile                  staging           manual    --profile',
    'access_key     ****************MPLE shared-credentials-file    ',
    'secret_key     ****************EKEY shared-credentials-file    ',
    '    region                us-east-1      config-file    ~/.aws/config',
  ].join('\n'),
  callerIdentity: '{\n    "UserId": "AIDAIOSFODNN7EXAMPLE",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/alice"\n}',
  withSecret:
    'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n$ env | grep AWS_\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
} as const;

export const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
/** Shaped like a session token (the observed prefix), padded with EXAMPLE: not a real token. */
export const EXAMPLE_SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLEtokenEXAMPLEtokenEXAMPLEtokenEXAMPLEtoken';

/** 30 lines of 900 characters of ordinary log text, then the error (27 KB): over the room the conversation keeps per paste (24,000 characters). */
export const LONG_LOG =
  Array.from({ length: 30 }, (_, i) => `2026-12-01T09:00:${String(i).padStart(2, '0')}Z INFO sync worker ${i}: ` + 'copied object batch ok '.repeat(40).slice(0, 850)).join('\n') +
  '\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

