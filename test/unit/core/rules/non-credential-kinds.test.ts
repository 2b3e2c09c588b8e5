/**
 * Failures with credential-looking words that no AWS credential fixes (src/core/rules/non-credential-kinds.ts), each read
 * from a real thread (real-pastes tuning, batch 17), and the credential failure with the same words each must leave alone.
 */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-01T00:00:00Z');

/** Whether the text is detected, its first cause, and the kind the not-a-credential-error cause names. */
function read(text: string): { detected: boolean; top: string; kind: string | undefined } {
  const d = diagnose(text, { now: NOW });
  const notAws = d.causes.find((c) => c.id === 'not-aws-credential-error')!;
  const kind = notAws.evidence.find((e) => /^not-aws\.(?:api-gateway-route|cognito-user-sign-in|object-name-encoding|headers-not-signed|other-cloud-store|idp-sign-in)$/.test(e.id))?.id;
  return { detected: d.detected, top: d.causes[0]!.id, kind };
}

const GATEWAY =
  'Done the steps probably 5 different times, and I always end up with the same result: Missing Authentication Token when it redirects.\n\n' +
  'I an able to go to the API and execute a test GET with key=200x200/blue_marble.jpg and everything works fine.';
const COGNITO =
  "I had the wrong client secret configured. My fault, of course. But the frustration really came from the fact that I didn't consider (wasn't aware) that Cognito implements a sort of exponential backoff rate limiting for failed login attempts. " +
  'So, while I was going in circles, repeatedly attempting to log in with known good credentials, I was extending the lockout period for the user I was testing.\n\n' +
  "Then when I noticed and fixed the client secret issue the user STILL couldn't log in and the error message was still the same.";
const PLUS_IN_PATH =
  "When trying to use GetObject on a file that has a + in it's path, a SignatureDoesNotMatch error is emitted. e.g.:\n\nbucket: some-bucket\nkey: this+that/somefile.txt\n\n" +
  'The problem is if you url encode the key when populating GetObjectRequest to "this%2Bthat/somefile.txt", the signature no longer matches since S3 is expecting "this+that/somefile.txt".';
const HEADERS = 'An error occurred (AccessDenied) when calling the PutObject operation: There were headers present in the request which were not signed';
const OSS =
  'FATAL jTPCCTerminal:235 - [UNEXPECTED][STOCK_LEVEL][EXECUTION] ErrorCode : 1105, ErrorMessage : oss: service returned error: StatusCode=403, ErrorCode=InvalidSecurityToken, ErrorMessage="The security token you provided is invalid.", RequestId=6540C534131B183033191E8A';
const IDP =
  '❯ saml2aws login --skip-prompt --force -a default --role="arn:aws:iam::123456789012:role/dev"\nUsing IdP Account default to access OneLogin https://api.us.onelogin.com/\nAuthenticating as someone@example.com ...\n' +
  'Error authenticating to IdP.: HTTP 401: You are not allowed to access Amazon Web Services (AWS) Multi Account from your current IP address';

describe('failures no AWS credential fixes', () => {
  it.each([
    ['API Gateway\'s bare "Missing Authentication Token", nothing said of signing', 'https://github.com/amazon-archives/serverless-image-resizing/issues/20', GATEWAY, 'api-gateway-route'],
    ["a Cognito user pool's wrong app client secret and its lockout", 'https://github.com/aws/aws-sdk-js/issues/4642', COGNITO, 'cognito-user-sign-in'],
    ["SignatureDoesNotMatch from a + in the object's path", 'https://github.com/aws/aws-sdk-cpp/issues/110', PLUS_IN_PATH, 'object-name-encoding'],
    ["S3's headers not signed", 'https://github.com/suitenumerique/docs/issues/501', `When adding some files we get:\n\`\`\`\n${HEADERS}\n\`\`\`\n\nIt seems to happen only in our environments (staging / preprop / prod), it is working locally.`, 'headers-not-signed'],
    ["saml2aws's identity provider refusing the sign-in", 'https://github.com/Versent/saml2aws/issues/917', `I upgraded saml2aws and login fails.\n\n${IDP}\n\nI am using an AWS account with source IP address restrictions on login roles.`, 'idp-sign-in'],
    ["the Aliyun OSS SDK's InvalidSecurityToken", 'https://github.com/matrixorigin/matrixone/issues/12445', `${OSS}\n\n### Steps to Reproduce\n\nAliyun, run tpcc with 30 cns in long time.`, 'other-cloud-store'],
  ])('when the text tells %s (%s), then it is not a credential error and the kind is named', (_what, _url, text, kind) => {
    expect(read(text)).toEqual({ detected: false, top: 'not-aws-credential-error', kind: `not-aws.${kind}` });
  });
});

describe('the credential failures with the same words stay detected', () => {
  it.each([
    ['an unsigned call to a method with IAM authorization', 'I turned on IAM authorization for the method and my fetch call is not signed: Missing Authentication Token'],
    ["the query APIs' form of the message", 'Request is missing Authentication Token'],
    ["an AWS CLI command's answer", 'Missing Authentication Token when I run aws lambda invoke --function-name x out.json'],
    ["a Cognito identity pool's refusal", 'NotAuthorizedException: Unauthenticated access is not supported for this identity pool.'],
    ['a call made with what a user-pool sign-in gave', 'I log in with my Cognito user pool user fine, but my Lambda call fails: my credentials have expired'],
    ['an identity pool beside a client secret', 'After signing in to the Cognito user pool (client secret set) the identity pool credentials fail: the upload is denied with InvalidAccessKeyId'],
    ['a + in the secret key', 'SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. My secret key has a + in it.'],
    ['special characters in the access keys (ROCm/TheRock#2147)', 'Windows builds fail randomly when uploading to s3 with the `SignatureDoesNotMatch` error as a result of special characters existing in the AWS Access Keys'],
    ['a path with spaces beside a secret with a +', 'SignatureDoesNotMatch on files with spaces in the path, and my credentials file has a + in the secret'],
    ['another AccessDenied beside the headers one', `${HEADERS}\n\nAn error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::123456789012:user/x is not authorized to perform: s3:GetObject`],
    ['the OSS error in a text that names AWS', `${OSS}\n\nThe same job against AWS fails the same way.`],
    ['the OSS error beside an AWS credential error', `${OSS}\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.`],
    ['an AWS call refused after the IdP sign-in failed', `${IDP}\n$ aws s3 ls\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.`],
    // The reviewer's probes (review 17, findings 7-9): authorization turned on, credentials after a user-pool sign-in, a
    // special character in the secret told in a sentence of its own.
    ['API Gateway authorization turned on for the method', 'I turned on authorization for the GET method of our API Gateway and now calling https://abc123.execute-api.us-east-1.amazonaws.com/prod/items from curl returns {"message":"Missing Authentication Token"}. It worked before I enabled it.'],
    ['an upload after a user-pool sign-in that gets no credentials', 'We use Cognito. Our app signs users in with InitiateAuth and then they upload to the bucket, but the upload fails: the app cannot get credentials for the upload.'],
    ["the app client secret's sign-in working and credentials refused", "Our Cognito sign-in with the app client secret works, but then the mobile app's call fails: not authorized to get credentials for the signed-in user."],
    ['files with spaces, and a + in the secret said two sentences later', 'SignatureDoesNotMatch when uploading files that contain spaces. I rotated the key twice, no change. The secret contains a + too.'],
  ])('when the text is %s, then it is detected', (_what, text) => {
    expect(read(text).detected).toBe(true);
  });
});

describe('the reason is given once', () => {
  it('when an API Gateway route miss is shown as its JSON answer, then the not-a-credential-error cause names the route once', () => {
    // The kind and diagnose.ts's msg.api-gateway reading said the same thing in two evidence lines.
    const text = 'Keep getting the "Missing Authentication Token" error\nGET https://abc.execute-api.us-east-1.amazonaws.com/prod/foo returns {"message":"Missing Authentication Token"}';
    const notAws = diagnose(text, { now: NOW }).causes.find((c) => c.id === 'not-aws-credential-error')!;
    expect(notAws.evidence.filter((e) => e.id.startsWith('not-aws.api-gateway')).map((e) => e.id)).toEqual(['not-aws.api-gateway-route']);
  });
});
