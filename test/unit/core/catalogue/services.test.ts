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
  {
    // A root user's keys in the profile that assumes the role (pastebin.com/pxhTzc48 shows the same answer).
    id: 'sts.assume-role-root',
    from: 'aws/aws-sdk-go service/sts/api.go, AssumeRole doc comment (the STS API reference API_AssumeRole.html of its time): "You cannot call AssumeRole by using AWS root account credentials; access is denied. You must use credentials for an IAM user or an IAM role to call AssumeRole" @ SDK v1 doc comment, read 2026 via sourcegraph.com',
    text: '$ aws s3 ls --profile deploy\n\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.',
    code: 'AccessDenied',
    tool: 'aws-cli',
  },
]);
