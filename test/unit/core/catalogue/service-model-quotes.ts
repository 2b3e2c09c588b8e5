/**
 * Quotes of the services' own error codes read in their API models (src/core/rules/catalogue/service-models.ts), each as the
 * CLI (botocore's ClientError) or an SDK prints the service's answer; checked with the rest of the services family.
 */
import type { Quote } from './check-quotes';

const S3 = 'boto/botocore botocore/data/s3/2006-03-01/service-2.json (shape Error, member Code: the Amazon S3 error codes) @ 1.43.67@0e6e2404b85d';
const COMMON = 'awsdocs (docs.aws.amazon.com) AmazonRDS/latest/APIReference/CommonErrors.html and cloudsearch/latest/developerguide/CommonErrors.html (the common errors all actions return) @ 2026';
const STS = (shape: string): string => `boto/botocore botocore/data/sts/2011-06-15/service-2.json (${shape}) @ 1.43.67@0e6e2404b85d`;
const OIDC = (shape: string): string => `boto/botocore botocore/data/sso-oidc/2019-06-10/service-2.json (${shape}) @ 1.43.67@0e6e2404b85d`;

export const SERVICE_MODEL_QUOTES: Quote[] = [
  {
    id: 's3.account-problem',
    from: S3,
    text: '$ aws s3 ls s3://reports-bucket\n\nAn error occurred (AccountProblem) when calling the ListObjectsV2 operation: There is a problem with your Amazon Web Services account that prevents the action from completing successfully. Contact Amazon Web Services Support for further assistance.',
    code: 'AccountProblem',
    tool: 'aws-cli',
  },
  {
    id: 's3.all-access-disabled',
    from: S3,
    text: '$ aws s3 cp s3://old-public-datasets/2015/index.csv .\n\nfatal error: An error occurred (AllAccessDisabled) when calling the GetObject operation: All access to this Amazon S3 resource has been disabled. Contact Amazon Web Services Support for further assistance.',
    code: 'AllAccessDisabled',
    tool: 'aws-cli',
  },
  {
    id: 's3.not-signed-up',
    from: S3,
    text: 'botocore.exceptions.ClientError: An error occurred (NotSignedUp) when calling the CreateBucket operation: Your account is not signed up for the Amazon S3 service. You must sign up before you can use Amazon S3.',
    code: 'NotSignedUp',
    tool: 'boto3',
  },
  {
    id: 's3.invalid-security',
    from: S3,
    text: '$ aws s3 cp ./site.tar.gz s3://deploy-artifacts/\nupload failed: ./site.tar.gz to s3://deploy-artifacts/site.tar.gz An error occurred (InvalidSecurity) when calling the PutObject operation: The provided security credentials are not valid.',
    code: 'InvalidSecurity',
    tool: 'aws-cli',
  },
  {
    id: 's3.missing-security-header',
    from: S3,
    text: 'botocore.exceptions.ClientError: An error occurred (MissingSecurityHeader) when calling the PutObject operation: Your request is missing a required header.',
    code: 'MissingSecurityHeader',
    tool: 'boto3',
  },
  {
    id: 'common.opt-in-required',
    from: COMMON,
    text: '$ aws ec2 describe-instances --region ap-east-1\n\nAn error occurred (OptInRequired) when calling the DescribeInstances operation: The AWS access key ID needs a subscription for the service.',
    code: 'OptInRequired',
    tool: 'aws-cli',
  },
  {
    id: 'common.not-authorized',
    from: COMMON,
    text: 'An error occurred (NotAuthorized) when calling the DescribeDBInstances operation: You do not have permission to perform this action.',
    code: 'NotAuthorized',
    tool: 'aws-cli',
  },
  {
    id: 'sts.packed-policy-too-large',
    from: STS('shape PackedPolicyTooLargeException, error code PackedPolicyTooLarge, of AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity, GetFederationToken'),
    text: 'An error occurred (PackedPolicyTooLarge) when calling the AssumeRole operation: The request was rejected because the total packed size of the session policies and session tags combined was too large.',
    code: 'PackedPolicyTooLarge',
    tool: 'aws-cli',
  },
  {
    id: 'sts.expired-trade-in-token',
    from: STS('shape ExpiredTradeInTokenException of GetDelegatedAccessToken'),
    text: 'botocore.errorfactory.ExpiredTradeInTokenException: An error occurred (ExpiredTradeInTokenException) when calling the GetDelegatedAccessToken operation: The trade-in token provided in the request has expired and can no longer be exchanged for credentials. Request a new token and retry the operation.',
    code: 'ExpiredTradeInTokenException',
    tool: 'boto3',
  },
  {
    id: 'sts.session-duration-escalation',
    from: STS('shape SessionDurationEscalationException of GetWebIdentityToken'),
    text: 'An error occurred (SessionDurationEscalationException) when calling the GetWebIdentityToken operation: The requested token duration would extend the session beyond its original expiration time.',
    code: 'SessionDurationEscalationException',
    tool: 'aws-cli',
  },
  {
    id: 'sts.outbound-federation-disabled',
    from: STS('shape OutboundWebIdentityFederationDisabledException of GetWebIdentityToken (HTTP 403)'),
    text: 'An error occurred (OutboundWebIdentityFederationDisabledException) when calling the GetWebIdentityToken operation: The outbound web identity federation feature is not enabled for this account.',
    code: 'OutboundWebIdentityFederationDisabledException',
    tool: 'aws-cli',
  },
  {
    // The registration `aws sso login` cached under ~/.aws/sso/cache expired.
    id: 'sso-oidc.invalid-client',
    from: OIDC('shape InvalidClientException, HTTP 401'),
    text: '$ aws sso login --profile dev\n\nAn error occurred (InvalidClientException) when calling the CreateToken operation: ',
    code: 'InvalidClientException',
    tool: 'aws-cli',
  },
  {
    id: 'sso-oidc.unauthorized-client',
    from: OIDC('shape UnauthorizedClientException'),
    text: 'botocore.errorfactory.UnauthorizedClientException: An error occurred (UnauthorizedClientException) when calling the CreateToken operation: ',
    code: 'UnauthorizedClientException',
    tool: 'boto3',
  },
  {
    id: 'sso-oidc.invalid-request-region',
    from: OIDC('shape InvalidRequestRegionException'),
    text: '$ aws sso login --profile prod\n\nAn error occurred (InvalidRequestRegionException) when calling the CreateToken operation: ',
    code: 'InvalidRequestRegionException',
    tool: 'aws-cli',
  },
  {
    // The portal's answer as aws-sdk-go-v2 prints it (aws/transport/http/response_error.go around the modeled error).
    id: 'sso.unauthorized',
    from: 'boto/botocore botocore/data/sso/2019-06-10/service-2.json (shape UnauthorizedException, HTTP 401: "an invalid access token in the request") @ cd9207757d459bba9c524475b601e59f55760a3a',
    text: 'aws-vault: error: exec: Error getting temporary credentials: operation error SSO: GetRoleCredentials, https response error StatusCode: 401, RequestID: 5c1b0e2a-0000-4000-8000-000000000004, UnauthorizedException: Session token not found or invalid',
    code: 'UnauthorizedException',
    tool: 'aws-vault',
  },
  {
    id: 'iam.invalid-authentication-code',
    from: 'boto/botocore botocore/data/iam/2010-05-08/service-2.json (shape InvalidAuthenticationCodeException, error code InvalidAuthenticationCode, HTTP 403) @ 1.43.67@0e6e2404b85d',
    text: '$ aws iam enable-mfa-device --user-name alice --serial-number arn:aws:iam::111122223333:mfa/alice --authentication-code1 123456 --authentication-code2 654321\n\nAn error occurred (InvalidAuthenticationCode) when calling the EnableMFADevice operation: The request was rejected because the authentication code was not recognized.',
    code: 'InvalidAuthenticationCode',
    tool: 'aws-cli',
  },
  {
    // A browser PUT to a presigned URL with an x-amz-acl header the URL was not signed with: the request is built
    // wrongly, no credential fixes it (rules/non-credential-kinds.ts; suitenumerique/docs#501, a tuning negative of batch 17).
    id: 's3.headers-not-signed',
    from: 'localstack/localstack localstack-core/localstack/services/s3/presigned_url.py @ v4.14.0@8b9a79f05846',
    text: "s3 = boto3.client('s3')\nurl = s3.generate_presigned_url('put_object', Params={'Bucket': 'uploads', 'Key': 'avatars/1.png'}, ExpiresIn=900)\nrequests.put(url, data=body, headers={'x-amz-acl': 'public-read'})\n\n403\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>There were headers present in the request which were not signed</Message><HeadersNotSigned>x-amz-acl</HeadersNotSigned><RequestId>4442587FB7D0A2F9</RequestId></Error>",
    code: 'AccessDenied',
    tool: 'boto3',
    detected: false,
    top: 'not-aws-credential-error',
  },
  {
    id: 's3.query-auth-incomplete',
    from: 'localstack/localstack localstack-core/localstack/services/s3/presigned_url.py @ v4.14.0@8b9a79f05846',
    text: '$ aws s3 presign s3://reports/q3.pdf\n$ curl "https://reports.s3.amazonaws.com/q3.pdf?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE"\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>',
    code: 'AccessDenied',
    tool: 'aws-cli',
  },
  {
    id: 's3.presigned-expired',
    from: 'localstack/localstack localstack-core/localstack/services/s3/presigned_url.py @ v4.14.0@8b9a79f05846',
    text: '$ aws s3 presign s3://reports/q3.pdf --expires-in 3600\n(an hour later)\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2026-12-01T10:00:00Z</Expires><ServerTime>2026-12-01T11:02:11Z</ServerTime><RequestId>4442587FB7D0A2F9</RequestId></Error>',
    code: 'AccessDenied',
    tool: 'aws-cli',
  },
  {
    // The CLI told to sign S3 requests with Signature Version 2 (`s3 = signature_version = s3` in ~/.aws/config), for a
    // bucket in a SigV4-only region (Frankfurt): the keys are fine, the signer or the region is the fix.
    id: 's3.sigv2-refused',
    from: 's3tools/s3cmd S3/S3.py (S3._http_400_handler, InvalidRequest) @ 8cb9b23992714b5ec22c1e514a50996e25aa333b',
    text: '$ aws s3 cp report.csv s3://reports-frankfurt/ --region eu-central-1\nupload failed: ./report.csv to s3://reports-frankfurt/report.csv An error occurred (InvalidRequest) when calling the PutObject operation: The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
    code: 'InvalidRequest',
    tool: 'aws-cli',
    benign: 'Is the authorization mechanism we use for the Frankfurt bucket supported there?',
  },
];
