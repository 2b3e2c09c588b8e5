import { diagnose } from '../../../../src/core/diagnose';
import { checkFamily } from './check-quotes';
import { SERVICE_MODEL_QUOTES } from './service-model-quotes';

const COGNITO_GET_CREDENTIALS =
  'awsdocs (docs.aws.amazon.com) cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html (NotAuthorizedException; the Logins parameter); the answer as public Cognito clients quote it @ 2026';

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
  {
    // aws-vault asking for a 12-hour session of a role whose maximum is one hour.
    id: 'sts.duration-exceeds-max',
    from: 'awsdocs (docs.aws.amazon.com) STS/latest/APIReference/API_AssumeRole.html and API_AssumeRoleWithWebIdentity.html (DurationSeconds: "If you specify a value higher than this setting ..., the operation fails"; role chaining "limits your ... role session to a maximum of one hour"); the answer as STS words it (ValidationError, HTTP 400), as public aws-vault and STS-client threads quote it @ 2026',
    text: '$ aws-vault exec prod --duration=12h -- aws s3 ls\naws-vault: error: Failed to get credentials for prod: ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.\n\tstatus code: 400, request id: 00000000-0000-0000-0000-000000000000',
    code: 'ValidationError',
    tool: 'aws-vault',
  },
  {
    // A user whose key was found in a public repository: AWS denies its calls through the quarantine policy.
    id: 'iam.compromised-key-quarantine',
    from: 'awsdocs (docs.aws.amazon.com) aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV2.html ("Denies access to certain actions, applied by the AWS team in the event that an IAM user\'s credentials have been compromised or exposed publicly") @ 2026',
    text: '$ aws iam create-access-key --user-name deploy\n\nAn error occurred (AccessDenied) when calling the CreateAccessKey operation: User: arn:aws:iam::111122223333:user/deploy is not authorized to perform: iam:CreateAccessKey on resource: user deploy with an explicit deny in an identity-based policy: arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV2',
    code: 'AccessDenied',
    tool: 'aws-cli',
  },
  {
    // An app passing the user pool's access token where the identity pool wants the ID token.
    id: 'cognito-identity.invalid-login-token',
    from: 'awsdocs (docs.aws.amazon.com) cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html (NotAuthorizedException: "Thrown when a user is not authorized to access the requested resource"; "Any provided logins will be validated against supported login providers") @ 2026',
    text: '$ aws cognito-identity get-credentials-for-identity --identity-id us-east-1:00000000-0000-0000-0000-000000000000 --logins cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE=eyJraWQiOi...\n\nAn error occurred (NotAuthorizedException) when calling the GetCredentialsForIdentity operation: Invalid login token. Token expired: 1700000000 >= 1699990000',
    code: 'NotAuthorizedException',
    tool: 'aws-cli',
  },
  {
    // A role whose trust policy names no Lambda principal.
    id: 'lambda.role-not-assumable',
    from: 'awsdocs (docs.aws.amazon.com) lambda/latest/dg/lambda-intro-execution-role.html ("In order for Lambda to properly assume your execution role, the role\'s trust policy must specify the Lambda service principal (lambda.amazonaws.com)"); the answer as Lambda words it, quoted in danilop/LambdAuth#49 @ 2026',
    text: '$ aws lambda create-function --function-name resize --runtime python3.12 --handler app.handler --zip-file fileb://app.zip --role arn:aws:iam::111122223333:role/resize-exec\n\nAn error occurred (InvalidParameterValueException) when calling the CreateFunction operation: The role defined for the function cannot be assumed by Lambda.',
    tool: 'aws-cli',
  },
  {
    // A hand-rolled SigV4 signer given the console's service name instead of the signing name.
    id: 'sigv4.scope-service',
    from: 'awsdocs (docs.aws.amazon.com) IAM/latest/UserGuide/reference_sigv-troubleshooting.html (credential scope errors of SigV4-signed requests: HTTP 403 SignatureDoesNotMatch); the answer as services word it, quoted in public SigV4-client code and threads (DynamoDB InvalidSignatureException, SageMaker, Bedrock, X-Ray) @ 2026',
    text: "auth = SigV4Auth(boto3.Session().get_credentials(), 'apigateway', 'us-east-1')\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://abc123.execute-api.us-east-1.amazonaws.com/prod/items\n{\"message\":\"Credential should be scoped to correct service: 'execute-api'. \"}",
    tool: 'boto3',
  },
  {
    // A long-running upload keeping the session it started with.
    id: 's3.token-refresh-required',
    from: 'awsdocs (docs.aws.amazon.com) AmazonS3/latest/API/ErrorResponses.html (TokenRefreshRequired, 400: "The provided token must be refreshed.") @ 2026',
    text: '$ aws s3 cp ./dump.tar.gz s3://backups/\nupload failed: ./dump.tar.gz to s3://backups/dump.tar.gz An error occurred (TokenRefreshRequired) when calling the UploadPart operation: The provided token must be refreshed.',
    code: 'TokenRefreshRequired',
    tool: 'aws-cli',
  },
  {
    // A pool whose authenticated role trusts another pool's id.
    id: 'cognito-identity.pool-role-invalid',
    from: 'awsdocs (docs.aws.amazon.com) cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html (InvalidIdentityPoolConfigurationException: "the identity pool has no authenticated role configured, or STS returned an error response to the request to assume the authenticated role from the identity pool"); the answer as public Cognito clients quote it @ 2026',
    text: '$ aws cognito-identity get-credentials-for-identity --identity-id us-east-1:00000000-0000-0000-0000-000000000000 --logins cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE=eyJraWQiOi...\n\nAn error occurred (InvalidIdentityPoolConfigurationException) when calling the GetCredentialsForIdentity operation: Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    code: 'InvalidIdentityPoolConfigurationException',
    tool: 'aws-cli',
  },
  {
    // A guest call to a pool with unauthenticated identities off.
    id: 'cognito-identity.unauthenticated-disabled',
    from: 'awsdocs (docs.aws.amazon.com) cognitoidentity/latest/APIReference/API_GetId.html (NotAuthorizedException; AllowUnauthenticatedIdentities in API_IdentityPool.html); the answer as public Cognito clients quote it @ 2026',
    text: '$ aws cognito-identity get-id --identity-pool-id us-east-1:00000000-0000-0000-0000-000000000000 --no-sign-request\n\nAn error occurred (NotAuthorizedException) when calling the GetId operation: Unauthenticated access is not supported for this identity pool.',
    code: 'NotAuthorizedException',
    tool: 'aws-cli',
  },
  {
    // An identity id cached for the previous user, sent with the new user's login (Amplify / the JS SDK's
    // CognitoIdentityCredentials before clearCachedId()).
    id: 'cognito-identity.logins-mismatch',
    from: COGNITO_GET_CREDENTIALS,
    text: "Error: NotAuthorizedException: Logins don't match. Please include at least one valid login for this identity or identity pool.\n    at Request.extractError (node_modules/aws-sdk/lib/protocol/json.js:51:27)\n    at AWS.CognitoIdentityCredentials.getId",
    code: 'NotAuthorizedException',
    tool: 'aws-sdk-js-v2',
  },
  {
    id: 'cognito-identity.identity-forbidden',
    from: COGNITO_GET_CREDENTIALS,
    text: "$ aws cognito-identity get-credentials-for-identity --identity-id us-east-1:00000000-0000-0000-0000-000000000000\n\nAn error occurred (NotAuthorizedException) when calling the GetCredentialsForIdentity operation: Access to Identity 'us-east-1:00000000-0000-0000-0000-000000000000' is forbidden.",
    code: 'NotAuthorizedException',
    tool: 'aws-cli',
  },
  ...SERVICE_MODEL_QUOTES,
  {
    id: 'lambda.kms-access-denied',
    from: 'aws/aws-sdk-js-v3 clients/client-lambda/src/models/models_0.ts (KMSAccessDeniedException) @ e583141a5e3c',
    tool: 'aws-cli',
    text: "An error occurred (KMSAccessDeniedException) when calling the Invoke operation: Lambda was unable to decrypt the environment variables because KMS access was denied. Please check the function's KMS key settings. KMS Exception: AccessDeniedExceptionKMS Message: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.",
  },
]);

describe('STS session limits and Cognito login tokens', () => {
  const NOW = new Date('2026-12-05T10:00:00Z');
  it('when a chained role asks STS for more than an hour, then the role gives no credentials', () => {
    const d = diagnose('$ aws sts assume-role --role-arn arn:aws:iam::111122223333:role/deploy --role-session-name ci --duration-seconds 7200\n\nAn error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.', { now: NOW });
    expect({ detected: d.detected, top: d.causes[0]!.id }).toEqual({ detected: true, top: 'role-credentials-unavailable' });
  });
  it('when a Cognito user pool refuses a password, then it is not an AWS credential error', () => {
    const d = diagnose('Login failed: NotAuthorizedException: Incorrect username or password.', { now: NOW });
    expect(d.detected).toBe(false);
  });
  it('when a web app rejects its own login token, then it is not an AWS credential error', () => {
    const d = diagnose('HTTP 401 from /api/session: Invalid login token', { now: NOW });
    expect(d.detected).toBe(false);
  });
});

describe('service-model codes: names other services share stay silent away from their own service', () => {
  it('when Chime or Kinesis Video answer InvalidClientException / UnauthorizedClientException, then no SSO failure is read', () => {
    for (const text of [
      'An error occurred (UnauthorizedClientException) when calling the CreateMeeting operation: The client is not authorized.',
      'An error occurred (InvalidClientException) when calling the SendAlexaOfferToMaster operation: invalid client',
    ]) {
      const ids = diagnose(text, { now: new Date('2026-12-05T10:00:00Z') }).causes.flatMap((c) => c.evidence.map((e) => e.id));
      expect(ids).not.toContain('catalogue.sso-oidc.invalid-client');
      expect(ids).not.toContain('catalogue.sso-oidc.unauthorized-client');
    }
  });
  it("when a tool wraps the SSO portal's refusal in its own words, then the portal's code is still reported", () => {
    // cline/cline#10930 (batch 19): no response-error shape around the name, only the portal's message after it.
    const d = diagnose('AWS credential provider failed: UnauthorizedException: Session token not found or invalid. Please ensure your credential provider returns valid AWS credentials with accessKeyId and secretAccessKey properties.', { now: new Date('2026-12-05T10:00:00Z') });
    expect({ codes: d.errorCodes, top: d.causes[0]!.id }).toEqual({ codes: ['UnauthorizedException'], top: 'temporary-credentials-expired' });
  });
  it("when AppSync or IoT answer UnauthorizedException, then neither the SSO portal's refusal nor its code is read", () => {
    for (const text of [
      'GraphQL error: UnauthorizedException: Valid authorization header not provided.',
      'An error occurred (UnauthorizedException) when calling the DescribeEndpoint operation: Access Denied',
    ]) {
      const d = diagnose(text, { now: new Date('2026-12-05T10:00:00Z') });
      expect(d.causes.flatMap((c) => c.evidence.map((e) => e.id))).not.toContain('catalogue.sso.unauthorized');
    }
  });
});
