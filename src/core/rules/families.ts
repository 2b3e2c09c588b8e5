import { CATALOGUE } from './catalogue/index';

/**
 * Families group equivalent signals: the same deleted key gives InvalidClientTokenId from STS,
 * UnrecognizedClientException from DynamoDB, InvalidAccessKeyId from S3 (docs/aws-domain.md §1).
 * A family signal is added when any member is present.
 */
export const FAMILIES: Record<string, string[]> = {
  'fam.unknown-key': ['code.InvalidClientTokenId', 'code.UnrecognizedClientException', 'code.InvalidAccessKeyId', 'msg.token-invalid', 'msg.key-not-in-records', 'code.InvalidToken', 'msg.token-malformed'],
  'fam.authfailure': ['code.AuthFailure', 'msg.could-not-validate'],
  'fam.signature': ['code.SignatureDoesNotMatch', 'code.InvalidSignatureException', 'msg.signature-mismatch'],
  'fam.skew': ['msg.signature-expired', 'msg.signature-not-yet-current', 'msg.time-too-skewed', 'code.RequestTimeTooSkewed', 'code.RequestInTheFuture', 'msg.request-timestamp-expired', 'msg.credential-scope-date'],
  'fam.request-expired': ['code.RequestExpired', 'msg.request-expired'],
  'fam.expired': ['code.ExpiredToken', 'code.ExpiredTokenException', 'msg.token-expired'],
  'fam.sso': ['msg.sso-expired', 'msg.sso-token-missing', 'msg.login-expired', 'code.TokenRetrievalError', 'code.UnauthorizedSSOTokenError', 'code.SSOTokenLoadError', 'code.TokenProviderError', 'code.InvalidGrantException', 'code.LoginRefreshRequired', 'code.LoginTokenLoadError', 'provider.sso',
    // The portal's UnauthorizedException / ForbiddenException to GetRoleCredentials (extract/messages.ts).
    'msg.sso-role-refused',
    // An exception raised inside an SDK's SSO credential or token provider (extract/stack-frames.ts).
    'frame.sso'],
  'fam.no-creds': ['msg.no-credentials', 'msg.shared-file-missing', 'msg.cdk-no-account', 'msg.empty-access-key', 'code.NoCredentialsError', 'code.CredentialsProviderError', 'code.NoCredentialProviders', 'code.NoValidCredentialSources', 'code.CredentialsError', 'code.SdkClientException',
    // Ruby (aws-sdk-core and the aws-sigv4 gem): nothing to sign with.
    'code.MissingCredentialsError',
    // Go v1's shared-file and env providers by code alone (aws-sdk-go v1 aws/credentials), whatever text follows.
    'code.SharedCredsLoad', 'code.EnvAccessKeyNotFound',
    // `aws configure list` with every row <not set>: the chain has nothing, whatever else was pasted.
    'configure-list.all-unset',
    // Any SDK's class named for an empty chain (NoCredentialsException, MissingCredentialsError, …; extract/error-codes.ts).
    'name.no-credentials',
    // A chain told provider by provider, ending in failure (extract/evidence-lines.ts).
    'chain.listing-failed',
    // An uncatalogued error line saying credentials could not be loaded, any line saying none were found (extract/prose-report.ts).
    'line.credentials-not-loaded', 'line.no-credentials',
    // An exception raised inside an SDK's credential chain, env or profile provider, or its signer (extract/stack-frames.ts).
    'frame.chain', 'frame.env', 'frame.profile', 'frame.signer'],
  'fam.missing-auth': ['code.MissingAuthenticationToken', 'code.MissingAuthenticationTokenException', 'msg.missing-auth-token'],
  'fam.malformed-sig': ['code.IncompleteSignature', 'code.IncompleteSignatureException', 'msg.credential-5-elements', 'msg.auth-header-incomplete'],
  'fam.partial': ['code.PartialCredentialsError', 'msg.partial-credentials'],
  'fam.profile': ['code.ProfileNotFound', 'msg.profile-not-found', 'msg.source-profile-no-creds'],
  'fam.role': ['msg.imds-no-role', 'msg.imds-unreachable', 'msg.container-creds-failed', 'code.EC2RoleRequestError', 'msg.oidc-provider-missing', 'code.InvalidIdentityToken', 'code.InvalidIdentityTokenException', 'code.IDPCommunicationError', 'code.IDPRejectedClaim',
    // The same two by the model's shape names, as the SDKs' exception classes print them (extract/error-codes.ts).
    'code.IDPRejectedClaimException', 'code.IDPCommunicationErrorException', 'code.IdpRejectedClaimException', 'code.IdpCommunicationErrorException',
    'code.WebIdentityErr', 'msg.web-identity-token-expired', 'msg.gha-oidc', 'provider.role', 'msg.web-identity-file-missing',
    // A 403 to AssumeRoleWithWebIdentity: the role's trust policy refuses the OIDC identity (role side, not a permission).
    'msg.webidentity-not-authorized', 'msg.token-audience', 'msg.role-arn-invalid',
    // Any tool saying a role could not be assumed; a failure told beside a container and the instance's role (extract/prose-report.ts);
    // a role-delivered credential source asked for (extract/role-source-wanted.ts); the Java SDKs' STS module needed on
    // the class path (extract/sts-module-missing.ts).
    'line.assume-role-failed', 'prose.role-in-container', 'prose.role-source-wanted', 'prose.sts-module-missing',
    // An exception raised inside the metadata-service, container, web-identity or assume-role provider (extract/stack-frames.ts).
    'frame.imds', 'frame.container', 'frame.web-identity', 'frame.assume-role'],
  'fam.authz': ['code.AccessDenied', 'code.AccessDeniedException', 'code.UnauthorizedOperation', 'msg.not-authorized', 'msg.explicit-deny', 'msg.scp', 'msg.no-policy', 'msg.encoded-authz', 'msg.eks-no-access', 'msg.k8s-forbidden', 'msg.s3-access-denied', 'msg.webidentity-not-authorized',
    // Told in words or echoed bare (extract/prose-report.ts), or a CloudFormation event with a 403 from a service.
    'prose.refused-report', 'line.access-denied', 'msg.cfn-403'],
  'fam.kubectl': ['msg.kubectl-unauthorized', 'code.Unauthorized', 'msg.eks-get-token-failed'],
  'fam.region': ['code.RegionDisabledException', 'msg.sts-region-disabled', 'msg.region-missing', 'code.NoRegionError', 'code.MissingRegion',
    // The Ruby SDK's Aws::Errors::MissingRegionError (aws-sdk-core lib/aws-sdk-core/errors.rb: "No region was provided.").
    'code.MissingRegionError', 'msg.credential-scope-region',
    // Any tool saying the region is missing (extract/prose-report.ts).
    'line.region-missing'],
  // S3's malformed Authorization header or query: signed for another region than the bucket's, or with an empty key id
  // (the message says which; alone, the prior orders them).
  'fam.auth-header': ['code.AuthorizationHeaderMalformed', 'code.AuthorizationQueryParametersError'],
  'fam.gha': ['msg.gha-credentials', 'msg.account-mismatch'],
  'fam.mfa': ['msg.mfa-required'],
  'fam.process': ['provider.custom-process', 'frame.process'],
  // The resolved identity or credential source is not the intended one (also derived in diagnose.ts); a credential
  // variable renamed to the name the SDKs read, said as the fix (extract/var-renamed.ts).
  'fam.misconfig': ['tf.backend-default-credentials', 'prose.var-renamed'],
  // A credential failure told in words or in an uncatalogued error line (extract/prose-report.ts).
  'fam.reported': ['prose.credential-report', 'line.credential-error'],
};

// Every catalogue message joins its family (src/core/rules/catalogue).
for (const e of CATALOGUE) if (e.family) (FAMILIES[e.family] ??= []).push(`cat.${e.id}`);

/** Families that mean an authentication or credential failure (detected = true). */
export const AUTHN_FAMILIES = [
  'fam.unknown-key', 'fam.authfailure', 'fam.signature', 'fam.skew', 'fam.request-expired', 'fam.expired', 'fam.sso', 'fam.no-creds',
  'fam.missing-auth', 'fam.malformed-sig', 'fam.partial', 'fam.profile', 'fam.role', 'fam.kubectl', 'fam.region', 'fam.gha', 'fam.mfa', 'fam.misconfig', 'fam.process', 'fam.auth-header',
  // Last: a specific family found first names the detection.
  'fam.reported',
];

/** Map `Error when retrieving credentials from <provider>` to a family member. */
export const PROVIDER_SIGNALS: Record<string, string> = {
  'container-role': 'provider.role',
  'iam-role': 'provider.role',
  'assume-role-with-web-identity': 'provider.role',
  sso: 'provider.sso',
  'custom-process': 'provider.custom-process',
};
