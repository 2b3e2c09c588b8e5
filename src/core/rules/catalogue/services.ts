/** AWS service answers: what a service says, whichever client printed it (browsers, thin clients, the SDKs). */
import { SERVICE_ANSWER, type CatalogueEntry } from './types';

/** STS words its GetSessionToken / AssumeRole answers itself; no SDK holds the text. */
const STS_GET_SESSION_TOKEN = {
  repo: 'awsdocs (docs.aws.amazon.com)',
  path: 'STS/latest/APIReference/API_GetSessionToken.html (SerialNumber, TokenCode: "If you do not supply a correct MFA code, then the API returns an access denied error"); the answer as quoted in github.com/broamski/aws-mfa/issues/46',
  ref: '2026',
};

/**
 * Cognito Identity's NotAuthorizedException answers to GetId / GetCredentialsForIdentity; no SDK model holds the text.
 * The page says Logins "should not be specified when trying to get credentials for an unauthenticated identity" and is
 * "required when using identities associated with external identity providers": the answers below are those two rules.
 */
const COGNITO_GET_CREDENTIALS = {
  repo: 'awsdocs (docs.aws.amazon.com)',
  path: 'cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html (NotAuthorizedException; the Logins parameter); the answer as public Cognito clients quote it',
  ref: '2026',
};

export const SERVICES: CatalogueEntry[] = [
  {
    // S3's AccessDenied is HTTP 403 "Access Denied"; a browser upload (presigned PUT, CORS fetch) shows only that.
    id: 's3.access-denied-403',
    tool: 'browser',
    message: 'PUT: 403 Access Denied',
    re: /\b403:? {0,2}(?:\(?Forbidden\)?:? {0,2})?Access Denied\b/i,
    context: /\bs3\b|bucket|\biam\b|\baws\b|presigned/i,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 0.8 },
    source: { repo: 'awsdocs (docs.aws.amazon.com)', path: 'AmazonS3/latest/API/ErrorResponses.html (AccessDenied, 403)', ref: '2026' },
  },
  {
    // STS could not match the code to the device: the serial is not an MFA device of this user (a user ARN
    // given for the mfa/ device ARN, another user's device, a typo), or the code is wrong or already used.
    // AWS answers AccessDenied, but the caller's identity was never in question: it is not a permission to grant.
    id: 'sts.mfa-validation-failed',
    tool: SERVICE_ANSWER,
    message: 'An error occurred (AccessDenied) when calling the GetSessionToken operation: MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.',
    re: /MultiFactorAuthentication failed, unable to validate MFA code/,
    family: 'fam.mfa',
    code: 'AccessDenied',
    causes: { 'malformed-credentials': 3.0, 'authorization-not-authentication': -2.4 },
    source: STS_GET_SESSION_TOKEN,
  },
  {
    // STS refuses AssumeRole to an account's root user, whatever the role's trust policy says. The caller is known
    // (the root user) and no policy is to blame: the case is AccessDenied with its own fix (playbook authz-root-caller).
    id: 'sts.assume-role-root',
    tool: SERVICE_ANSWER,
    message: 'An error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts',
    re: /Roles may not be assumed by root accounts/i,
    family: 'fam.authz',
    code: 'AccessDenied',
    causes: { 'authorization-not-authentication': 2.0 },
    source: {
      repo: 'aws/aws-sdk-go',
      path: 'service/sts/api.go, AssumeRole doc comment (the STS API reference API_AssumeRole.html of its time): "You cannot call AssumeRole by using AWS root account credentials; access is denied. You must use credentials for an IAM user or an IAM role to call AssumeRole"',
      ref: 'SDK v1 doc comment, read 2026 via sourcegraph.com',
    },
  },
  {
    // STS refuses a session longer than the role allows: the role's MaxSessionDuration (1-12 h), or one hour for a
    // role assumed with another role's credentials (role chaining). The credentials never arrive, so the tool above
    // (aws-vault, an SDK's assume-role or web-identity provider, an IRSA client asking for 6 h) reports no credentials.
    id: 'sts.duration-exceeds-max',
    tool: SERVICE_ANSWER,
    message: 'ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role. | … exceeds the 1 hour session limit for roles assumed by role chaining.',
    re: /\bDurationSeconds exceeds the (?:MaxSessionDuration set for this role|1 hour session limit for roles assumed by role chaining)\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'STS/latest/APIReference/API_AssumeRole.html and API_AssumeRoleWithWebIdentity.html (DurationSeconds: "If you specify a value higher than this setting ..., the operation fails"; role chaining "limits your ... role session to a maximum of one hour"); the answer as STS words it (ValidationError, HTTP 400), as public aws-vault and STS-client threads quote it',
      ref: '2026',
    },
  },
  {
    // AWS attaches this managed policy to an IAM user whose key it found exposed (a key pushed to a public repository):
    // it denies the user's calls on many actions until an administrator removes it. The key still authenticates; the
    // refusals are authorization, and the exposed key itself should be rotated.
    id: 'iam.compromised-key-quarantine',
    tool: SERVICE_ANSWER,
    message: 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantine | AWSCompromisedKeyQuarantineV2 | AWSCompromisedKeyQuarantineV3',
    re: /\bAWSCompromisedKeyQuarantine(?:V\d)?\b/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.5, 'key-deleted-or-inactive': 0.6 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'aws-managed-policy/latest/reference/AWSCompromisedKeyQuarantineV2.html ("Denies access to certain actions, applied by the AWS team in the event that an IAM user\'s credentials have been compromised or exposed publicly")',
      ref: '2026',
    },
  },
  {
    // Cognito Identity refuses the login token an app passes in Logins for GetId / GetCredentialsForIdentity (an access
    // token where the ID token belongs, a token of another app client or user pool, an expired one): the identity pool
    // gives no AWS credentials. Cognito user pools' own NotAuthorizedException (a wrong password) is not matched.
    id: 'cognito-identity.invalid-login-token',
    tool: SERVICE_ANSWER,
    message: 'NotAuthorizedException: Invalid login token. {reason} | NotAuthorizedException: Token is not from a supported provider of this identity pool.',
    re: /NotAuthorizedException[^\n]{0,80}?Invalid login token\b|\bToken is not from a supported provider of this identity pool\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.4, 'malformed-credentials': 1.0 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html (NotAuthorizedException: "Thrown when a user is not authorized to access the requested resource"; "Any provided logins will be validated against supported login providers")',
      ref: '2026',
    },
  },
  {
    // Lambda checks at CreateFunction / UpdateFunctionConfiguration that it may assume the execution role: the role's
    // trust policy lacks the lambda.amazonaws.com principal, or a role created seconds earlier has not propagated yet.
    id: 'lambda.role-not-assumable',
    tool: SERVICE_ANSWER,
    message: 'An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: The role defined for the function cannot be assumed by Lambda.',
    re: /\bThe role defined for the function cannot be assumed by Lambda\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.6 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'lambda/latest/dg/lambda-intro-execution-role.html ("In order for Lambda to properly assume your execution role, the role\'s trust policy must specify the Lambda service principal (lambda.amazonaws.com)"); the answer as Lambda words it, quoted in danilop/LambdAuth#49',
      ref: '2026',
    },
  },
  {
    // SigV4's credential scope names the service the request was signed for; a request signed for another service
    // (a signer given "apigateway" for execute-api, "bedrock-runtime" for bedrock, an S3-compatible store's name) is
    // refused with the scope the service expected, as InvalidSignatureException or SignatureDoesNotMatch (HTTP 403).
    // A signing configuration error, like the wrong region in the same scope (msg.credential-scope-region).
    id: 'sigv4.scope-service',
    tool: SERVICE_ANSWER,
    message: "Credential should be scoped to correct service: '{service}'. | Credential should be scoped with a valid terminator: 'aws4_request'.",
    re: /\bCredential should be scoped (?:to correct service|with a valid terminator)\b/i,
    // With the region in the same scope (msg.credential-scope-region, fam.region): the scope is the endpoint's.
    family: 'fam.region',
    causes: { 'region-endpoint': 1.8, 'malformed-credentials': 0.6 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'IAM/latest/UserGuide/reference_sigv-troubleshooting.html (credential scope errors of SigV4-signed requests: HTTP 403 SignatureDoesNotMatch); the answer as services word it, quoted in public SigV4-client code and threads (DynamoDB InvalidSignatureException, SageMaker, Bedrock, X-Ray)',
      ref: '2026',
    },
  },
  {
    // S3 refuses a request signed with temporary credentials whose session must be renewed: the client keeps a
    // session token past its refresh. Listed in S3's error codes with HTTP 400.
    id: 's3.token-refresh-required',
    tool: SERVICE_ANSWER,
    message: 'TokenRefreshRequired: The provided token must be refreshed.',
    re: /\bTokenRefreshRequired\b|\bThe provided token must be refreshed\b/,
    family: 'fam.expired',
    code: 'TokenRefreshRequired',
    causes: { 'temporary-credentials-expired': 2.2, 'stale-credentials-after-rotation': 0.4 },
    source: { repo: 'awsdocs (docs.aws.amazon.com)', path: 'AmazonS3/latest/API/ErrorResponses.html (TokenRefreshRequired, 400: "The provided token must be refreshed.")', ref: '2026' },
  },
  {
    // The identity pool gives no AWS credentials: the role it would hand out is missing, or its trust policy does not
    // let cognito-identity.amazonaws.com assume it for this pool (a wrong pool id or amr condition, a missing
    // sts:AssumeRoleWithWebIdentity), so STS refused the pool.
    id: 'cognito-identity.pool-role-invalid',
    tool: SERVICE_ANSWER,
    message: 'InvalidIdentityPoolConfigurationException: Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    re: /\bInvalid identity pool configuration\. Check assigned IAM roles for this pool\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 2.0 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'cognitoidentity/latest/APIReference/API_GetCredentialsForIdentity.html (InvalidIdentityPoolConfigurationException: "the identity pool has no authenticated role configured, or STS returned an error response to the request to assume the authenticated role from the identity pool"); the answer as public Cognito clients quote it',
      ref: '2026',
    },
  },
  {
    // The identity id the app sent is not the one its logins map to: an id cached for an earlier user (or an
    // unauthenticated id) sent with a new user's login, or a linked identity asked for without the login it was made
    // with. The pool gives no credentials until the cached id is cleared. Quoted in public Cognito clients' code
    // ("clear the cached Cognito ID to prevent 'Logins don't match…'").
    id: 'cognito-identity.logins-mismatch',
    tool: SERVICE_ANSWER,
    message: "NotAuthorizedException: Logins don't match. Please include at least one valid login for this identity or identity pool.",
    re: /\bLogins don['’]t match\. Please include at least one valid login for this identity\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'wrong-profile': 0.7, 'stale-credentials-after-rotation': 0.4 },
    source: COGNITO_GET_CREDENTIALS,
  },
  {
    // The identity id belongs to another identity pool or account, or is an authenticated identity asked for as a guest
    // (no logins): the pool refuses to hand out its credentials.
    id: 'cognito-identity.identity-forbidden',
    tool: SERVICE_ANSWER,
    message: "NotAuthorizedException: Access to Identity '{identity id}' is forbidden.",
    re: /\bAccess to Identity '[^'\n]{1,80}' is forbidden\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.5, 'wrong-profile': 0.6 },
    source: COGNITO_GET_CREDENTIALS,
  },
  {
    // A guest (no logins) asked the identity pool for an identity or credentials, and the pool does not allow
    // unauthenticated identities: the app called AWS before the user signed in, or lost the login on the way.
    id: 'cognito-identity.unauthenticated-disabled',
    tool: SERVICE_ANSWER,
    message: 'NotAuthorizedException: Unauthenticated access is not supported for this identity pool.',
    re: /\bUnauthenticated access is not supported for this identity pool\b/,
    family: 'fam.role',
    causes: { 'role-credentials-unavailable': 1.8, 'no-credentials-found': 0.8 },
    source: {
      repo: 'awsdocs (docs.aws.amazon.com)',
      path: 'cognitoidentity/latest/APIReference/API_GetId.html (NotAuthorizedException; AllowUnauthenticatedIdentities in API_IdentityPool.html); the answer as public Cognito clients quote it',
      ref: '2026',
    },
  },
  {
    // Lambda decrypts a function's environment variables with its execution role before each cold start; KMS refused
    // it (the role lost kms:Decrypt, or was deleted and recreated under the same name). The console and the Invoke
    // API print the sentence with "KMS Exception: AccessDeniedExceptionKMS Message: …" run together after it.
    id: 'lambda.kms-access-denied',
    tool: SERVICE_ANSWER,
    message: 'KMSAccessDeniedException: Lambda was unable to decrypt the environment variables because KMS access was denied.',
    re: /\bLambda (?:was unable to|couldn['’]t|could not) decrypt the environment variables\s{1,4}because KMS access was denied\b/,
    family: 'fam.authz',
    causes: { 'authorization-not-authentication': 1.6 },
    source: { repo: 'aws/aws-sdk-js-v3', path: 'clients/client-lambda/src/models/models_0.ts (KMSAccessDeniedException)', ref: 'e583141a5e3c' },
  },
];
