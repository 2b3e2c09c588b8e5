/**
 * One plain sentence per error code: what AWS (or the SDK) is telling you, and whether it is about
 * authentication (who you are) or authorization (what you may do).
 */
export const CODE_MEANINGS: Record<string, string> = {
  InvalidClientTokenId: 'Authentication failed: the endpoint that received the request does not know this access key id (deleted, inactive, from another account/partition, or a temporary key without its token).',
  UnrecognizedClientException: 'Authentication failed: this JSON-protocol service (DynamoDB, Lambda, ECR, …) does not recognise the access key id or its session token.',
  InvalidAccessKeyId: 'Authentication failed: S3 does not know this access key id (for an ASIA key, usually the session token was not sent).',
  AuthFailure: 'Authentication failed: EC2 could not validate the credentials (unknown key, wrong secret, or old global STS tokens in an opt-in region).',
  InvalidToken: 'Authentication failed: S3 found the session token malformed, mismatched with the key, or used in a region the account has not enabled.',
  ExpiredToken: 'Authentication failed: the temporary (session) credentials have expired; get new ones.',
  ExpiredTokenException: 'Authentication failed: the session or web identity token has expired.',
  RequestExpired: 'Authentication failed: the request arrived outside its time window (clock skew) or the session credentials expired.',
  SignatureDoesNotMatch: 'Authentication failed: AWS knows the key id but the signature is wrong, so the secret access key does not match (unless the message says "Signature expired", which is the clock).',
  InvalidSignatureException: 'Authentication failed: the request signature does not match: a wrong secret access key, or a clock that is off.',
  IncompleteSignature: 'Authentication failed: the signature is malformed, usually because the secret was put where the access key id belongs.',
  IncompleteSignatureException: 'Authentication failed: the signature is malformed, usually because the secret was put where the access key id belongs.',
  RequestTimeTooSkewed: 'Authentication failed: the local clock differs too much from AWS time (more than 15 minutes).',
  RequestInTheFuture: 'Authentication failed: the request is dated in the future; the local clock is ahead.',
  MissingAuthenticationToken: 'Authentication failed: the request was not signed at all, so no credentials were loaded (or, for API Gateway, the path does not exist).',
  MissingAuthenticationTokenException: 'Authentication failed: the request was not signed at all, so no credentials were loaded.',
  AccessDenied: 'Authorization failed: AWS knows who you are, but a policy does not allow this action.',
  AccessDeniedException: 'Authorization failed: AWS knows who you are, but a policy does not allow this action.',
  UnauthorizedOperation: 'Authorization failed: EC2 recognised the caller but no policy allows this operation.',
  RegionDisabledException: 'STS is deactivated in this region for the account that issues the credentials.',
  InvalidIdentityToken: 'The web identity (OIDC) token was rejected: the identity provider is missing or misconfigured in IAM.',
  InvalidIdentityTokenException: 'The web identity (OIDC) token was rejected: the identity provider is missing or misconfigured in IAM.',
  NoCredentialsError: 'No request was sent: boto3/the AWS CLI found no credentials anywhere in its chain.',
  PartialCredentialsError: 'No request was sent: only half of a credential pair was found (e.g. key id without secret).',
  ProfileNotFound: 'No request was sent: the named profile does not exist in the config or credentials file.',
  CredentialRetrievalError: 'No request was sent: a credential provider (container, process, role) failed to return credentials.',
  CredentialsProviderError: 'No request was sent: the JS SDK found no usable credentials in its provider chain.',
  NoCredentialProviders: 'No request was sent: the Go SDK found no credentials in its provider chain.',
  NoValidCredentialSources: 'No request was sent: the Terraform AWS provider found no valid credential source.',
  SdkClientException: 'No request was sent: the Java SDK could not load credentials from any provider in its chain.',
  CredentialsError: 'No request was sent: the JS SDK (v2) found no credentials.',
  TokenRetrievalError: 'The SSO token expired and could not be refreshed: run `aws sso login`.',
  UnauthorizedSSOTokenError: 'The SSO session expired or is invalid: run `aws sso login` for the profile.',
  SSOTokenLoadError: 'No SSO token is cached for this profile: run `aws sso login`.',
  TokenProviderError: 'The SSO token is expired: run `aws sso login`.',
  InvalidGrantException: 'The SSO refresh token was rejected: run `aws sso login` again.',
  EC2RoleRequestError: 'The instance metadata service gave no role credentials: no instance profile, or IMDS unreachable.',
  WebIdentityErr: 'Assuming the role with the web identity token failed (IRSA / OIDC).',
  Unauthorized: 'The Kubernetes API server rejected the token: the AWS credentials behind `aws eks get-token` are invalid, expired or skewed.',
  NoRegionError: 'No region is configured, so the SDK cannot pick an endpoint.',
  MissingRegion: 'No region is configured, so the SDK cannot pick an endpoint.',
  LoginRefreshRequired: 'The `aws login` session expired: log in again.',
  LoginTokenLoadError: 'No `aws login` session could be loaded: log in again.',
};

/** When only the message was printed (Java SDK v2, Serverless, GitHub Actions). */
export const SIGNAL_MEANINGS: Record<string, string> = {
  'msg.token-invalid': CODE_MEANINGS.InvalidClientTokenId!,
  'msg.key-not-in-records': CODE_MEANINGS.InvalidAccessKeyId!,
  'msg.could-not-validate': CODE_MEANINGS.AuthFailure!,
  'msg.signature-mismatch': CODE_MEANINGS.SignatureDoesNotMatch!,
  'msg.signature-expired': 'Authentication failed: the signature is older than AWS allows, because the local clock is behind (or the request was sent late).',
  'msg.token-expired': CODE_MEANINGS.ExpiredToken!,
  'msg.sso-expired': CODE_MEANINGS.UnauthorizedSSOTokenError!,
  'msg.no-credentials': 'No request was sent: no credentials were found in the credential chain.',
  'msg.profile-not-found': CODE_MEANINGS.ProfileNotFound!,
  'msg.kubectl-unauthorized': CODE_MEANINGS.Unauthorized!,
  'msg.not-authorized': CODE_MEANINGS.AccessDenied!,
  'msg.imds-no-role': CODE_MEANINGS.EC2RoleRequestError!,
  'msg.gha-credentials': 'The GitHub Action could not load or assume AWS credentials.',
  'msg.region-missing': CODE_MEANINGS.NoRegionError!,
  'msg.partial-credentials': CODE_MEANINGS.PartialCredentialsError!,
  'msg.credential-5-elements': CODE_MEANINGS.IncompleteSignature!,
};

/**
 * Messages that say more than their code, keyed by catalogue signal: their meaning comes before the code's.
 * STS refuses AssumeRole to the root user whatever any policy says: "You cannot use AWS account root user
 * credentials to call AssumeRole. You must use credentials for an IAM user or an IAM role to call AssumeRole"
 * (STS API reference, API_AssumeRole.html; the same words in aws-sdk 2.650.0 clients/sts.d.ts). So the code's
 * "a policy does not allow this action" would be wrong there.
 */
const MESSAGE_MEANINGS: Record<string, string> = {
  // A login shown succeeding before the SSO failure (extract/sso-login-done.ts): "run `aws sso login`" is the step done.
  'sso.login-succeeded':
    'The SSO token the failing tool read was expired or refused, although the paste shows `aws sso login` succeeding just before: the tool reads another profile, sso-session, start URL or `sso_region` (or another token cache) than the one logged in, so logging in again the same way will not fix it.',
  // Packer's amazon builder says it in Terraform's words (aws-sdk-go-base's): the code's meaning would name Terraform.
  'cat.packer.no-credential-sources': "No request was sent: Packer's amazon builder found no valid credential source (the AWS SDK's credential chain inside it came up empty).",
  // Terraform's AWS provider checks the caller's account against `allowed_account_ids` / `forbidden_account_ids`
  // (hashicorp/terraform-provider-aws internal/conns/config.go) after AWS answered who is calling (qa36 F8).
  'cat.tf.account-not-allowed':
    "Terraform refused before doing anything: the credentials are valid and AWS accepted who is calling, but they belong to an account the provider's `allowed_account_ids` (or `forbidden_account_ids`) does not allow. The run has another account's credentials than this configuration is for.",
  // docker's login to an ECR registry (`aws ecr get-login-password | docker login`), not an AWS credential chain, is
  // what is missing or expired: the registry refused docker (ECR User Guide, common-errors-docker.html; review R37-9).
  'cat.ecr.no-basic-auth':
    "docker has no login for this Amazon ECR registry: the registry refused the push or pull because docker sent no registry credentials. The login comes from `aws ecr get-login-password | docker login` and lasts 12 hours; the AWS credentials of the shell are not what docker sends.",
  'cat.ecr.token-expired':
    "docker's login to this Amazon ECR registry has expired: the registry token from `aws ecr get-login-password` lasts 12 hours, and the registry refuses it after that whatever the AWS credentials of the shell are.",
  'cat.sts.assume-role-root':
    "Authorization failed: the caller is the account's root user, and root user credentials cannot call AssumeRole whatever the policies say. Call it with an IAM user or an IAM role.",
};

export function meaningOf(codes: readonly string[], signalIds: Iterable<string>): string | undefined {
  const ids = [...signalIds];
  for (const id of ids) {
    const m = MESSAGE_MEANINGS[id];
    if (m) return m;
  }
  for (const c of codes) {
    const m = CODE_MEANINGS[c];
    if (m) return m;
  }
  for (const id of ids) {
    const m = SIGNAL_MEANINGS[id];
    if (m) return m;
  }
  return undefined;
}
