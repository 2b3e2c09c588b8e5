/** AWS service answers: what a service says, whichever client printed it (browsers, thin clients, the SDKs). */
import { SERVICE_ANSWER, type CatalogueEntry } from './types';

/** STS words its GetSessionToken / AssumeRole answers itself; no SDK holds the text. */
const STS_GET_SESSION_TOKEN = {
  repo: 'awsdocs (docs.aws.amazon.com)',
  path: 'STS/latest/APIReference/API_GetSessionToken.html (SerialNumber, TokenCode: "If you do not supply a correct MFA code, then the API returns an access denied error"); the answer as quoted in github.com/broamski/aws-mfa/issues/46',
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
];
