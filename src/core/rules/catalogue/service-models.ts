/**
 * The services' own error vocabulary, read in their API models (botocore's `botocore/data/<service>/<version>/service-2.json`,
 * the same models the CLI, the JS v3, Go v2 and Java v2 SDKs generate from) and in the common-errors page every query /
 * JSON protocol service shares. Only codes that mean a credential, signing or account-level refusal and were not
 * recognised before are here; the others (InvalidClientTokenId, ExpiredToken, IncompleteSignature, …) live in
 * extract/error-codes.ts and rules/families.ts. Any client prints these answers, so they name no tool.
 *
 * Read in the same models and left out, as no credential failure: STS MalformedPolicyDocument,
 * InvalidAuthorizationMessageException and JWTPayloadSizeExceededException; S3 CredentialsNotSupported, InvalidPayer and
 * MissingSecurityElement (SOAP only); SSO-OIDC's device-flow and protocol errors; the rest of IAM's, EKS's and Cognito
 * Identity's errors (ECR's model has no auth error: its refusals are Docker's words, catalogue/containers.ts). A bare
 * `MissingAuthenticationTokenException` is also API Gateway's answer to an unknown route, so it is not read alone.
 */
import { SERVICE_ANSWER, type CatalogueEntry, type CatalogueSource } from './types';

/** botocore 1.43.67 at the commit the mirror holds (2026-08-07). */
const BOTOCORE_REF = '1.43.67@0e6e2404b85d';
const model = (service: string, note: string): CatalogueSource => ({ repo: 'boto/botocore', path: `botocore/data/${service}/service-2.json (${note})`, ref: BOTOCORE_REF });

/** S3's error-code table, as the S3 model documents the Error shape's Code member. */
const S3_CODES = model('s3/2006-03-01', 'shape Error, member Code: the Amazon S3 error codes');
/** The errors all actions of a query / JSON protocol service return (one page per service, the same list). */
const COMMON_ERRORS: CatalogueSource = {
  repo: 'awsdocs (docs.aws.amazon.com)',
  path: 'AmazonRDS/latest/APIReference/CommonErrors.html and cloudsearch/latest/developerguide/CommonErrors.html (the common errors all actions return)',
  ref: '2026',
};
/**
 * S3's answers to a presigned or hand-signed request, as LocalStack reproduces them word for word (its S3 provider is
 * checked against real S3 by parity snapshots): AWS publishes no source of its own, and no SDK holds these texts.
 */
const S3_PRESIGN = { repo: 'localstack/localstack', path: 'localstack-core/localstack/services/s3/presigned_url.py', ref: 'v4.14.0@8b9a79f05846' };
/**
 * S3's answer to a request signed with Signature Version 2 where only Version 4 is accepted (every region opened since
 * 2014, and everywhere since SigV2 was turned off): s3cmd matches this exact text to learn that an endpoint wants SigV4
 * and signs again (`_http_400_handler`: "Endpoint requires signature v4"); MinIO answers it word for word
 * (ErrSignatureVersionNotSupported in minio/minio cmd/api-errors.go).
 */
const S3_SIGV2_REFUSED = { repo: 's3tools/s3cmd', path: 'S3/S3.py (S3._http_400_handler, InvalidRequest)', ref: '8cb9b23992714b5ec22c1e514a50996e25aa333b' };
const STS = (shape: string): CatalogueSource => model('sts/2011-06-15', shape);
const SSO_OIDC = (shape: string): CatalogueSource => model('sso-oidc/2019-06-10', shape);

/** The SSO-OIDC client errors share their names with other services' (Chime, Kinesis Video): read only next to SSO words. */
const SSO_CONTEXT = /\bCreateToken\b|\bRegisterClient\b|\bStartDeviceAuthorization\b|sso[-_ ]?oidc|\bsso\b|Identity Center/i;

/** The SSO portal's model (GetRoleCredentials and the account listings), read at the commit the search index holds. */
const SSO_PORTAL: CatalogueSource = {
  repo: 'boto/botocore',
  path: 'botocore/data/sso/2019-06-10/service-2.json (shape UnauthorizedException, HTTP 401: "an invalid access token in the request")',
  ref: 'cd9207757d459bba9c524475b601e59f55760a3a',
};
/** The portal's own words or operations: its UnauthorizedException is read only beside them. */
const SSO_PORTAL_CONTEXT = /Session token not found or invalid|\bGetRoleCredentials\b|\bListAccountRoles\b|switchboard\.portal\b/;

/**
 * An SSO service's answer, read by its code beside the words that say it is SSO's (other services share the names).
 * The code is a plain identifier, so the pattern built from it is a bounded literal.
 */
function ssoAnswer(id: string, code: string, message: string, context: RegExp, causes: CatalogueEntry['causes'], source: CatalogueSource): CatalogueEntry {
  return { id, tool: SERVICE_ANSWER, message: `${code}: ${message}`, re: new RegExp(`\\b${code}\\b`), context, family: 'fam.sso', code, causes, source };
}

export const SERVICE_MODELS: CatalogueEntry[] = [
  {
    // A suspended or unpaid account, or one whose sign-up is not complete: the key authenticates, the account may not act.
    id: 's3.account-problem',
    tool: SERVICE_ANSWER,
    message: 'AccountProblem: There is a problem with your Amazon Web Services account that prevents the action from completing successfully. Contact Amazon Web Services Support for further assistance.',
    re: /\bAccountProblem\b|\bThere is a problem with your (?:AWS|Amazon Web Services) account that prevents the (?:action|operation) from completing successfully/,
    family: 'fam.authz',
    code: 'AccountProblem',
    causes: { 'authorization-not-authentication': 1.4, 'wrong-account-or-partition': 0.8 },
    source: S3_CODES,
  },
  {
    // AWS disabled the bucket or object (abuse, an unpaid account): no permission of the caller changes it.
    id: 's3.all-access-disabled',
    tool: SERVICE_ANSWER,
    message: 'AllAccessDisabled: All access to this Amazon S3 resource has been disabled. Contact Amazon Web Services Support for further assistance.',
    re: /\bAllAccessDisabled\b|\bAll access to this Amazon S3 resource has been disabled\b/,
    family: 'fam.authz',
    code: 'AllAccessDisabled',
    causes: { 'authorization-not-authentication': 1.4, 'wrong-account-or-partition': 0.8 },
    source: S3_CODES,
  },
  {
    // The account never finished signing up for S3 (a new account awaiting activation) or the key is another account's.
    id: 's3.not-signed-up',
    tool: SERVICE_ANSWER,
    message: 'NotSignedUp: Your account is not signed up for the Amazon S3 service. You must sign up before you can use Amazon S3.',
    re: /\bNotSignedUp\b|\bYour account is not signed up for the Amazon S3 service\b/,
    family: 'fam.authz',
    code: 'NotSignedUp',
    causes: { 'authorization-not-authentication': 1.2, 'wrong-account-or-partition': 1.0 },
    source: S3_CODES,
  },
  {
    // S3: the security credentials of the request are not valid (HTTP 403); SQS and SNS use the same code for a
    // request not signed with SigV4 or not sent over HTTPS (their models' InvalidSecurity shape): a signing setup fault.
    id: 's3.invalid-security',
    tool: SERVICE_ANSWER,
    message: 'InvalidSecurity: The provided security credentials are not valid. | (SQS, SNS) The request was not made over HTTPS or did not use SigV4 for signing.',
    re: /\bInvalidSecurity\b|\bThe provided security credentials are not valid\b|\bThe request was not made over HTTPS or did not use SigV4 for signing\b/,
    family: 'fam.malformed-sig',
    code: 'InvalidSecurity',
    causes: { 'malformed-credentials': 1.6, 'secret-key-mismatch': 0.8 },
    source: S3_CODES,
  },
  {
    // A header the signature needs is absent (x-amz-date, x-amz-content-sha256, the session token of a temporary key):
    // a hand-built or proxied request that dropped it.
    id: 's3.missing-security-header',
    tool: SERVICE_ANSWER,
    message: 'MissingSecurityHeader: Your request is missing a required header.',
    re: /\bMissingSecurityHeader\b|\bYour request (?:is|was) missing a required header\b/,
    family: 'fam.malformed-sig',
    code: 'MissingSecurityHeader',
    causes: { 'malformed-credentials': 1.6, 'missing-session-token': 0.8 },
    source: S3_CODES,
  },
  {
    // The account has not opted in to the service or to the opt-in Region called (ap-east-1, me-south-1, …), or a
    // new account is not yet activated (HTTP 403).
    id: 'common.opt-in-required',
    tool: SERVICE_ANSWER,
    message: 'OptInRequired: The AWS access key ID needs a subscription for the service.',
    re: /\bOptInRequired\b|\baccess key ID needs a subscription for the service\b/i,
    family: 'fam.region',
    code: 'OptInRequired',
    causes: { 'region-endpoint': 1.4, 'wrong-account-or-partition': 1.0, 'authorization-not-authentication': 0.6 },
    source: COMMON_ERRORS,
  },
  {
    // The query protocol's permission refusal (HTTP 400): the caller authenticated and lacks the permission.
    id: 'common.not-authorized',
    tool: SERVICE_ANSWER,
    message: 'NotAuthorized: You do not have permission to perform this action.',
    re: /\(NotAuthorized\)|<Code>NotAuthorized<|"NotAuthorized"|\bNotAuthorized: You do not have permission to perform this action\b/,
    family: 'fam.authz',
    code: 'NotAuthorized',
    causes: { 'authorization-not-authentication': 1.8 },
    source: COMMON_ERRORS,
  },
  {
    // Session policies and session tags passed to AssumeRole* are too large once packed: no role credentials.
    id: 'sts.packed-policy-too-large',
    tool: SERVICE_ANSWER,
    message: 'PackedPolicyTooLarge: The request was rejected because the total packed size of the session policies and session tags combined was too large.',
    re: /\bPackedPolicyTooLarge(?:Exception)?\b/,
    family: 'fam.role',
    code: 'PackedPolicyTooLarge',
    causes: { 'role-credentials-unavailable': 1.8 },
    source: STS('shape PackedPolicyTooLargeException, error code PackedPolicyTooLarge, of AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity, GetFederationToken'),
  },
  {
    id: 'sts.expired-trade-in-token',
    tool: SERVICE_ANSWER,
    message: 'ExpiredTradeInTokenException: The trade-in token provided in the request has expired and can no longer be exchanged for credentials.',
    re: /\bExpiredTradeInTokenException\b|\btrade-in token provided in the request has expired\b/,
    family: 'fam.expired',
    code: 'ExpiredTradeInTokenException',
    causes: { 'temporary-credentials-expired': 2.0 },
    source: STS('shape ExpiredTradeInTokenException of GetDelegatedAccessToken'),
  },
  {
    // GetWebIdentityToken asked for a token outliving the caller's own session: the session is near its end.
    id: 'sts.session-duration-escalation',
    tool: SERVICE_ANSWER,
    message: 'SessionDurationEscalationException: The requested token duration would extend the session beyond its original expiration time.',
    re: /\bSessionDurationEscalationException\b|\brequested token duration would extend the session beyond its original expiration time\b/,
    family: 'fam.expired',
    code: 'SessionDurationEscalationException',
    causes: { 'temporary-credentials-expired': 1.6 },
    source: STS('shape SessionDurationEscalationException of GetWebIdentityToken'),
  },
  {
    id: 'sts.outbound-federation-disabled',
    tool: SERVICE_ANSWER,
    message: 'OutboundWebIdentityFederationDisabledException: The outbound web identity federation feature is not enabled for this account.',
    re: /\bOutboundWebIdentityFederationDisabledException\b|\boutbound web identity federation feature is not enabled for this account\b/,
    family: 'fam.authz',
    code: 'OutboundWebIdentityFederationDisabledException',
    causes: { 'authorization-not-authentication': 1.6 },
    source: STS('shape OutboundWebIdentityFederationDisabledException of GetWebIdentityToken (HTTP 403)'),
  },
  // The client registration `aws sso login` cached has expired or was revoked: CreateToken refuses it (HTTP 401).
  ssoAnswer('sso-oidc.invalid-client', 'InvalidClientException', 'the clientId or clientSecret in the request is invalid (an incorrect clientId or an expired client secret)', SSO_CONTEXT, { 'temporary-credentials-expired': 1.6 }, SSO_OIDC('shape InvalidClientException, HTTP 401')),
  ssoAnswer('sso-oidc.unauthorized-client', 'UnauthorizedClientException', 'the client is not currently authorized to make the request', SSO_CONTEXT, { 'temporary-credentials-expired': 1.4, 'wrong-profile': 0.6 }, SSO_OIDC('shape UnauthorizedClientException')),
  // The SSO portal refused the access token `aws sso login` cached (expired, revoked, or another session's): every
  // portal operation (GetRoleCredentials, ListAccounts, ListAccountRoles, Logout) answers UnauthorizedException, HTTP
  // 401, with the message "Session token not found or invalid" (`"__type":"com.amazonaws.switchboard.portal#
  // UnauthorizedException"`, synfinatic/aws-sso-cli#279 b10). Other services (AppSync, IoT, Amplify) use the same
  // name for their own refusals, so it is read only next to the portal's words.
  ssoAnswer('sso.unauthorized', 'UnauthorizedException', 'Session token not found or invalid', SSO_PORTAL_CONTEXT, { 'temporary-credentials-expired': 1.6 }, SSO_PORTAL),
  {
    // The token was issued by IAM Identity Center in another Region: the profile's sso_region is not the instance's.
    id: 'sso-oidc.invalid-request-region',
    tool: SERVICE_ANSWER,
    message: 'InvalidRequestRegionException: a token provided as input to the request was issued by and is only usable by calling IAM Identity Center endpoints in another region',
    re: /\bInvalidRequestRegionException\b/,
    family: 'fam.region',
    code: 'InvalidRequestRegionException',
    causes: { 'region-endpoint': 1.8 },
    source: SSO_OIDC('shape InvalidRequestRegionException'),
  },
  {
    // EnableMFADevice / ResyncMFADevice / DeactivateMFADevice refused the codes (HTTP 403): wrong or reused codes, a clock
    // drifted on the device, or the serial of another device.
    id: 'iam.invalid-authentication-code',
    tool: SERVICE_ANSWER,
    message: 'InvalidAuthenticationCode: The request was rejected because the authentication code was not recognized.',
    re: /\bInvalidAuthenticationCode(?:Exception)?\b/,
    family: 'fam.mfa',
    code: 'InvalidAuthenticationCode',
    causes: { 'malformed-credentials': 1.6 },
    source: model('iam/2010-05-08', 'shape InvalidAuthenticationCodeException, error code InvalidAuthenticationCode, HTTP 403'),
  },
  {
    // A header was added to the request after it was signed or presigned (x-amz-acl, Content-Type, a checksum header):
    // S3 answers AccessDenied, but the caller's permissions were never weighed; the signing is at fault.
    id: 's3.headers-not-signed',
    tool: SERVICE_ANSWER,
    message: 'AccessDenied: There were headers present in the request which were not signed (HeadersNotSigned: {headers})',
    re: /\bThere were headers present in the request which were not signed\b/,
    family: 'fam.malformed-sig',
    causes: { 'malformed-credentials': 2.4, 'authorization-not-authentication': -1.5 },
    source: S3_PRESIGN,
  },
  {
    // A presigned URL cut short (a query parameter lost in copying, an unescaped `&`): S3 cannot read its signature.
    id: 's3.query-auth-incomplete',
    tool: SERVICE_ANSWER,
    message: 'AccessDenied: Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters',
    re: /\bQuery-string authentication requires the Signature, Expires and AWSAccessKeyId parameters\b/,
    family: 'fam.malformed-sig',
    causes: { 'malformed-credentials': 2.4, 'authorization-not-authentication': -1.5 },
    source: S3_PRESIGN,
  },
  {
    // A presigned URL used after X-Amz-Expires (or its signing session's end), or checked by a server whose clock is
    // ahead: AccessDenied with the expiry and the server's time, not a missing permission.
    id: 's3.presigned-expired',
    tool: SERVICE_ANSWER,
    message: 'AccessDenied: Request has expired (Expires: {expires}, ServerTime: {time}, X-Amz-Expires: {seconds})',
    re: /<Message>Request has expired<\/Message>[\s\S]{0,400}?<(?:X-Amz-Expires|Expires|ServerTime)>/,
    family: 'fam.request-expired',
    causes: { 'temporary-credentials-expired': 1.8, 'clock-skew': 1.0, 'authorization-not-authentication': -1.5 },
    source: S3_PRESIGN,
  },
  {
    // An old library (boto 2, aws-sdk v1 defaults, hand-rolled signers) signing with SigV2 for a SigV4-only region
    // (eu-central-1, eu-west-2, ca-central-1, ap-south-1, …): the keys are fine, the region or the signer is the fix.
    // In the conversations' tuning half all 9 threads quoting it (batches 9 and 23) were resolved so.
    id: 's3.sigv2-refused',
    tool: SERVICE_ANSWER,
    message: 'InvalidRequest: The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
    re: /\bThe authorization mechanism you have provided is not supported\b/i,
    family: 'fam.region',
    code: 'InvalidRequest',
    causes: { 'region-endpoint': 2.4, 'authorization-not-authentication': -1.5 },
    source: S3_SIGV2_REFUSED,
  },
];
