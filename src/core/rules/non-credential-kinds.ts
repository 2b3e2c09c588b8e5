/**
 * Kinds of failure that carry a credential-looking word but that no AWS credential fixes (issue #10: "no false
 * positive on … non-credential AWS errors"). Each kind is read only when every detecting signal of the text is the
 * kind's own error or words about a failure: any other credential signal (an error code of a credential failure, a
 * chain's message) keeps the detection. Each is scoped by what separates it from the credential failure with the same
 * words, and names the threads it was read from (real-pastes tuning, batch 17 unless said) and the AWS page or SDK
 * source that documents it. diagnose.ts applies it with the other vetoes.
 */

import { AWS_SERVICES } from '../extract/aws-services';
import { sentences } from '../sentences';
import { ASKED_NOT_REPORTED_PATTERNS, askingLines } from './asked-not-reported';

/** A failure told in words or in an uncatalogued error line (extract/prose-report.ts): it names nothing itself. */
const WORDS = new Set(['prose.credential-report', 'line.credential-error', 'prose.refused-report']);

/** What the text calls a credential of AWS's own: a key, a session token, a role, IAM, the SDK's credential objects. */
const AWS_CREDENTIAL_TALK =
  /\baccess[ _-]?keys?\b|\bsecret[ _-]?(?:access[ _-]?)?keys?\b|\b(?:session|security)[ _-]?tokens?\b|\bAWS_[A-Z_]{2,40}\b|\bIAM\b|\broles?\b|\bsts\b|\bassum(?:e|ed|ing)[ _-]?role\b/i;
/** An access key id (case-sensitive: "Asia" is a word). */
const KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{12,}/;

export interface NonCredentialKind {
  /** Stable id: `not-aws.<id>` is the evidence the not-a-credential-error cause shows. */
  id: 'api-gateway-route' | 'cognito-user-sign-in' | 'object-name-encoding' | 'headers-not-signed' | 'other-cloud-store' | 'idp-sign-in' | 'credential-question';
  /** What the kind is, for the person reading the diagnosis. */
  text: string;
}

/**
 * API Gateway answers 403 {"message":"Missing Authentication Token"} for a resource or method that does not exist, as
 * well as for an unsigned call to a method with IAM authorization ("How do I resolve API Gateway REST API endpoint
 * 'Missing Authentication Token' errors?", https://repost.aws/knowledge-center/api-gateway-authentication-token-errors;
 * /work/shared/docs/aws-domain.md §1.6). A text that tells the bare message (no error code, not the query APIs'
 * "Request is missing Authentication Token") and says nothing of signing, IAM or credentials is the route
 * (amazon-archives/serverless-image-resizing#20: "Missing Authentication Token when it redirects", the API's own test
 * GET worked). Signing, IAM or authorization words are the unsigned call and stay a credential case ("I turned on
 * authorization for the GET method … It worked before I enabled it" is the method now wanting a signature); the message inside API Gateway
 * words or its JSON answer is diagnose.ts's msg.api-gateway reading.
 */
const GATEWAY_MESSAGE = /\bmissing authentication token\b/i;
const QUERY_API_FORM = /\brequest is missing authentication token\b/i;
const SIGNED_CALL_TALK =
  /\b(?:un)?sign(?:s|ed|ing|ature|er)?\b|\bsigv4\b|\baws4\b|\bAWS_IAM\b|\bcredentials?\b|\bcreds\b|\bauthori[sz](?:ation|er|ed)\b|\benabled? auth\b|\bx-amz-|\b(?:boto3?|botocore)\b|\bSDK\b|\baws-sdk|\baws (?:cli|configure|[a-z0-9-]{2,30} [a-z][a-z0-9-]{1,40})\b|\bcognito\b/i;

/**
 * A Cognito user pool signs in an application's users: InitiateAuth's NotAuthorizedException ("Incorrect username or
 * password."), a wrong app client secret, the lockout after failed sign-ins. "Amazon Cognito doesn't evaluate IAM
 * policies in requests for this API operation … you can't use IAM credentials to authorize requests" (InitiateAuth, AWS
 * SDK for .NET API Reference, https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/CognitoIdentityProvider/MICognitoIdentityProviderInitiateAuthInitiateAuthRequest.html):
 * no AWS credential is involved (aws/aws-sdk-js#4642: "I had the wrong client secret configured … Cognito implements a
 * sort of exponential backoff rate limiting for failed login attempts"). An identity pool is different: it hands out AWS
 * credentials, and its NotAuthorizedException ("Invalid login token", "Unauthenticated access is not supported for this
 * identity pool") is the catalogue's credential failure (tuning positives amazon-cognito-identity-js#7 and #14,
 * aws-amplify/amplify-js#537 and #3310, aws-sdk-net-extensions-cognito#66 with GetCognitoAWSCredentials and its keys).
 * So the text must name the sign-in itself (the app client secret, the secret hash, InitiateAuth, the password message,
 * failed sign-in attempts), and identity-pool or AWS credential words, another AWS service called with what the sign-in
 * gave ("I log in to the user pool fine, but my Lambda call fails", an upload to the bucket), or an expiry (the corpus
 * labels Cognito expiries credential failures) keep the detection. A user-pool sign-in yields tokens, never
 * credentials to get: credentials got or fetched are the identity pool's (a user's "known good credentials" to log in
 * with, aws-sdk-js#4642, are the password).
 */
const COGNITO = /\bcognito\b/i;
const USER_POOL_SIGN_IN =
  /\bclient[ _-]?secret\b|\bsecret[ _-]?hash\b|\b(?:Admin)?InitiateAuth(?:Command)?\b|\bincorrect username or password\b|\b(?:log|sign)[ -]?in attempts?\b|\bUser(?:NotFound|NotConfirmed)Exception\b|\bPasswordResetRequiredException\b/i;
const IDENTITY_POOL_TALK =
  /\bidentity[ _-]?pools?\b|\bfederated identit|\bGetCredentialsForIdentity\b|\bGetId\b|\bGetOpenIdToken\w{0,30}|\bCognito\w{0,30}Credentials\w{0,20}|\bfromCognitoIdentity\w{0,10}|\bguest\b|\bunauthenticated\b|\bAWS credentials\b|\b(?:get|gets|getting|got|obtain\w{0,3}|fetch\w{0,3}|retriev\w{1,3}) (?:(?:the|aws|temporary|its|their) )?credentials\b|\bbucket\b|\bexpir/i;
const OTHER_AWS_CALL = new RegExp(String.raw`\b(?!cognito\b)${AWS_SERVICES}\b|\bapi ?gateway\b|\bappsync\b|\biot\b`, 'i');

/**
 * SigV4 signs the canonical URI, each path segment URI-encoded, and S3 keys are signed as they are sent (AWS General
 * Reference, "Create a canonical request for Signature Version 4"). A client that encodes a `+`, a space or a non-ASCII
 * character in the object's name one way and signs it another gets SignatureDoesNotMatch whatever its key: "When
 * trying to use GetObject on a file that has a + in it's path, a SignatureDoesNotMatch error is emitted"
 * (aws/aws-sdk-cpp#110, fixed in the SDK). Read as a sentence that puts the character in the object's name (its file,
 * key name, path, prefix); the same characters in a secret or an access key are the credential's fault ("special
 * characters existing in the AWS Access Keys … passed through Windows environment variables", ROCm/TheRock#2147, a
 * tuning positive of batch 15), so any credential word in the sentence keeps the detection.
 */
const SPECIAL = String.raw`(?:[\x60"']?\+[\x60"']?|%2B|plus(?: signs?)?|spaces?|special characters?|non-?ASCII(?: characters?)?|unicode(?: characters?)?|umlauts?|accented characters?|(?:utf-?8|chinese|japanese|korean|cyrillic|arabic) characters?)`;
const OBJECT_NAME = String.raw`(?:file ?names?|files?|objects?(?: keys?| names?)?|key ?names?|s3 keys?|paths?|prefix(?:es)?|folder names?|folders?|directory names?)`;
const OBJECT_NAME_SPECIAL = new RegExp(
  String.raw`${SPECIAL} (?:in|inside|within) (?:the |its |it['’]s |an? |my |their |our )?${OBJECT_NAME}\b|\b${OBJECT_NAME} (?:that |which )?(?:has|have|had|with|contain(?:s|ing|ed)?|includ(?:es|ing|ed)) (?:an? |some |any )?${SPECIAL}`,
  'i',
);
const SIGNATURE = new Set(['code.SignatureDoesNotMatch', 'code.InvalidSignatureException', 'msg.signature-mismatch']);
const SPECIAL_WORD = new RegExp(SPECIAL, 'i');
const KEY_FAULT = /\bsecret\b|\baccess[ _-]?keys?\b|\bcredentials?\b|\bcreds\b|\btokens?\b|\bpasswords?\b|\bAWS_[A-Z_]{2,40}\b|secret_?(?:access_?)?key|\bclock\b|\bregion\b/i;

/**
 * S3's AccessDenied "There were headers present in the request which were not signed" (with HeadersNotSigned): SigV4
 * requires every x-amz-* header sent to be signed, and a header added after signing or presigning fails (aws/aws-sdk-ruby#874,
 * the maintainers on presigned URLs and x-amz-* headers; localstack presigned_url.py v4.14.0, catalogue entry
 * s3.headers-not-signed). The request is at fault, not a key (suitenumerique/docs#501: an upload's headers, fixed in
 * the app). Only when every AccessDenied the text shows is this one (the code on the message's line or just above).
 */
const HEADERS_NOT_SIGNED = /\bThere were headers present in the request which were not signed\b/;
const ACCESS_DENIED = /\bAccessDenied\b|\bAccess Denied\b/i;
const HEADERS_OWN = new Set(['cat.s3.headers-not-signed', 'code.AccessDenied', 'msg.s3-access-denied', 'line.access-denied']);

/**
 * Another cloud's object store answering with S3-like words: the Aliyun OSS Go SDK prints its ServiceError as "oss:
 * service returned error: StatusCode=%d, ErrorCode=%s, ErrorMessage=%s, RequestId=%s" (aliyun/aliyun-oss-go-sdk
 * oss/error.go @2ea5044c); its InvalidSecurityToken is Alibaba Cloud's STS token, no AWS one (matrixorigin/matrixone#12445:
 * "oss: service returned error: StatusCode=403, ErrorCode=InvalidSecurityToken" on Aliyun). The SDK's own line, not the
 * cloud's name: a text that names Alibaba Cloud OSS beside S3 and STS is about AWS too (lakekeeper/lakekeeper#1923, a
 * tuning positive of batch 16). Only in a text that does not name AWS (as prose-report.ts reads Google's and Azure's
 * words): S3-compatible stores reached with AWS's SDKs and keys (MinIO, Ceph, R2: tuning positives of batches 3–17) stay
 * credential failures.
 */
const OTHER_CLOUD_STORE = /\boss: service returned error: StatusCode=/;
const AWS_NAMED = /\baws\b|\bamazon(?:aws)?\b/i;

/**
 * saml2aws signs in to the identity provider first and asks STS for credentials only with the SAML assertion it gets:
 * `provider.Authenticate` failing is wrapped "error authenticating to IdP" (v2.36: "Error authenticating to IdP."), the
 * STS call's failure "error retrieving STS credentials using SAML" (Versent/saml2aws cmd/saml2aws/commands/login.go
 * @df32ca6a). The first is the IdP refusing its own user (a password, MFA, an IP rule: "Error authenticating to IdP.:
 * HTTP 401: You are not allowed to access Amazon Web Services (AWS) Multi Account from your current IP address",
 * Versent/saml2aws#917, a tuning negative of batch 16): no AWS credential exists yet. Only when the words read as a
 * failure are on that line: a failure told elsewhere (an AWS call after the login) keeps the detection.
 */
const IDP_SIGN_IN_FAILED = /\berror authenticating to IdP\b/i;

/** Every detecting signal is one of `own` or words, and one at least is `own`. */
function onlyOwn(detecting: readonly string[], own: ReadonlySet<string>): boolean {
  let found = false;
  for (const id of detecting) {
    if (own.has(id)) found = true;
    else if (!WORDS.has(id)) return false;
  }
  return found;
}

const MAX_LINES = 200;
const MAX_LINE_CHARS = 400;

/**
 * A sentence that puts a special character in the object's name and says nothing of a credential, when no sentence
 * of the text puts one in a credential ("… files that contain spaces. I rotated the key twice. The secret contains a +
 * too.": the secret's `+` is as likely the fault).
 */
function objectNameBlamed(lines: readonly string[]): boolean {
  const n = Math.min(lines.length, MAX_LINES);
  const inCredential = (x: string): boolean => SPECIAL_WORD.test(x) && KEY_FAULT.test(x);
  if (lines.slice(0, n).some((l) => l.length <= MAX_LINE_CHARS && inCredential(l) && sentences(l).some(inCredential))) return false;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE_CHARS || !OBJECT_NAME_SPECIAL.test(line)) continue;
    for (const sentence of sentences(line)) if (OBJECT_NAME_SPECIAL.test(sentence) && !KEY_FAULT.test(sentence)) return true;
  }
  return false;
}

/** Every line that shows an AccessDenied holds the headers-not-signed message or stands just above it. */
function deniedOnlyForHeaders(lines: readonly string[]): boolean {
  let message = false;
  for (let i = 0; i < lines.length; i++) {
    if (HEADERS_NOT_SIGNED.test(lines[i]!)) {
      message = true;
      continue;
    }
    if (ACCESS_DENIED.test(lines[i]!) && !lines.slice(i + 1, i + 3).some((l) => HEADERS_NOT_SIGNED.test(l))) return false;
  }
  return message;
}

const GATEWAY_OWN = new Set(['msg.missing-auth-token']);

/** A detecting signal: its id and the 1-based line it was read on. */
export interface DetectingSignal {
  id: string;
  line?: number;
}

/**
 * The kind of non-credential failure the text is, when the detection rests on nothing else. `signals`: the text's
 * detecting signals (members of the credential and authorization families); `lines`: the text's lines.
 */
export function nonCredentialKind(signals: readonly DetectingSignal[], text: string, lines: readonly string[]): NonCredentialKind | undefined {
  if (signals.length === 0) return undefined;
  const detecting = signals.map((s) => s.id);
  if (onlyOwn(detecting, GATEWAY_OWN) && GATEWAY_MESSAGE.test(text) && !QUERY_API_FORM.test(text) && !SIGNED_CALL_TALK.test(text) && !AWS_CREDENTIAL_TALK.test(text) && !KEY_ID.test(text)) {
    return { id: 'api-gateway-route', text: 'API Gateway answers "Missing Authentication Token" for a resource or method that does not exist; nothing here says the call needed signing.' };
  }
  if (onlyOwn(detecting, SIGNATURE) && objectNameBlamed(lines)) {
    return { id: 'object-name-encoding', text: "The signature mismatch is blamed on a character in the object's name (how the client encodes it), not on a key." };
  }
  if (onlyOwn(detecting, HEADERS_OWN) && detecting.includes('cat.s3.headers-not-signed') && deniedOnlyForHeaders(lines)) {
    return { id: 'headers-not-signed', text: 'S3 refused headers the request sent without signing them: the request is built wrongly, whatever the key.' };
  }
  // Only words remain: the failure is told, and the text says what it is about.
  if (detecting.every((id) => WORDS.has(id))) {
    if (COGNITO.test(text) && USER_POOL_SIGN_IN.test(text) && !IDENTITY_POOL_TALK.test(text) && !OTHER_AWS_CALL.test(text) && !AWS_CREDENTIAL_TALK.test(text) && !KEY_ID.test(text)) {
      return { id: 'cognito-user-sign-in', text: "A Cognito user pool's sign-in (an application user's password or app client secret): no AWS credential is involved." };
    }
    if (OTHER_CLOUD_STORE.test(text) && !AWS_NAMED.test(text)) {
      return { id: 'other-cloud-store', text: "Another cloud's object store (Alibaba Cloud OSS) refused its own credential: not an AWS one." };
    }
    if (IDP_SIGN_IN_FAILED.test(text) && signals.every((s) => s.line !== undefined && IDP_SIGN_IN_FAILED.test(lines[s.line - 1] ?? ''))) {
      return { id: 'idp-sign-in', text: 'The identity provider refused the sign-in before any AWS credential was asked for (saml2aws "Error authenticating to IdP").' };
    }
    // Asked or requested, not reported (rules/asked-not-reported.ts): the words were read from the asking itself.
    const asking = askingLines(lines);
    if (asking && signals.every((s) => s.line !== undefined && asking[s.line - 1] === true)) {
      return { id: 'credential-question', text: 'A question, a request or a proposed change about supplying credentials: no failure is told.' };
    }
  }
  return undefined;
}

export const NON_CREDENTIAL_KIND_PATTERNS: RegExp[] = [
  AWS_CREDENTIAL_TALK, KEY_ID, GATEWAY_MESSAGE, QUERY_API_FORM, SIGNED_CALL_TALK, COGNITO, USER_POOL_SIGN_IN, IDENTITY_POOL_TALK, OTHER_AWS_CALL,
  OBJECT_NAME_SPECIAL, SPECIAL_WORD, KEY_FAULT, HEADERS_NOT_SIGNED, ACCESS_DENIED, OTHER_CLOUD_STORE, AWS_NAMED, IDP_SIGN_IN_FAILED,
  ...ASKED_NOT_REPORTED_PATTERNS,
];
