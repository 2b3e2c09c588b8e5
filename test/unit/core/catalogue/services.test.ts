import { checkFamily } from './check-quotes';

checkFamily('services', [
  {
    id: 's3.access-denied-403',
    from: 'awsdocs (docs.aws.amazon.com) AmazonS3/latest/API/ErrorResponses.html (AccessDenied, 403) @ 2026',
    text: 'After creating a new bucket and IAM user as described in the docs, the upload fails with PUT: 403 Access Denied',
  },
  {
    // The serial given is the user's ARN, not its mfa/ device (github.com/broamski/aws-mfa/issues/46).
    id: 'sts.mfa-validation-failed',
    from: 'awsdocs (docs.aws.amazon.com) STS/latest/APIReference/API_GetSessionToken.html (SerialNumber, TokenCode: "If you do not supply a correct MFA code, then the API returns an access denied error"); the answer as quoted in github.com/broamski/aws-mfa/issues/46 @ 2026',
    text: '$ aws sts get-session-token --serial-number arn:aws:iam::111122223333:user/alice --token-code 123456\n\nAn error occurred (AccessDenied) when calling the GetSessionToken operation: MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
    code: 'AccessDenied',
    // The service's answer names no client: the tool is the CLI the paste shows.
    tool: 'aws-cli',
  },
]);
