import { diagnose } from '../../../src/core/diagnose';
import { signingBlamedOnRequest } from '../../../src/core/extract/signing-request';

const S3_MISMATCH = '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>';

describe('a signature mismatch the paste blames on the request, not a key (tuning negatives of batches 10 and 11)', () => {
  it.each([
    // EMCECS/ecs-object-client-java#6 (batch 11).
    ['a Content-Type set after presigning', `If a Content-Type is specified on the pre-signed URL request it throws:\n${S3_MISMATCH}\nI assume this is because no Content-Type was set when the URL was generated.`],
    // s3tools/s3cmd#1333 (batch 10).
    ['a proxy header copied into the signature', "ERROR: Copy failed (403 (SignatureDoesNotMatch): The request signature we calculated does not match the signature you provided.)\nIt happens because `s3cmd` is copying `cf-ray` header and using it for the signature."],
    // Conversation openings of batch 10.
    ['a doubled slash', `The media paths need a trailing slash, otherwise one of both will get a SignatureDoesNotMatch due to duplicated slash in proxied urls.\n${S3_MISMATCH}`],
    ['a trailing slash sent but not signed', 'I was getting `SignatureDoesNotMatch` errors when listing directories with v4 authentication. Seems like the problem was the requests were sent with trailing `/` while the signature was calculated without it.'],
    // RJPearson94/terraform-aws-open-next#48 (batch 10 opening): the fix told as what it changes in the request.
    ['a fix to how the query is passed to the signer', 'Some requests to the auth lambda when using query params fail with the error `{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}`\n\nThis PR fixes the way the query parameters are passed to the SignatureV4 function so that authentication succeeds.'],
  ])('when it is %s, then nothing is detected', (_what, text) => {
    expect(diagnose(text).detected).toBe(false);
  });

  it.each([
    ['a key blamed', `${S3_MISMATCH}\nIt happens because the secret key has a slash in it.`],
    ['a header only guessed at', `I get "SignatureDoesNotMatch" from the store. I think it is not a signer problem, maybe some header is wrong.`],
    ['a cause asked about', `${S3_MISMATCH}\nIs this because of the Content-Type header?`],
    ['a region blamed', `${S3_MISMATCH}\nThe problem was the region header: the bucket is in eu-west-1.`],
    ['a fix to how the key is read', `${S3_MISMATCH}\nThis PR fixes the way the headers get the secret key from the profile.`],
  ])('when the mismatch comes with %s, then it is still detected', (_what, text) => {
    expect(diagnose(text).detected).toBe(true);
  });

  // Review of stop 25: a wrong secret told beside the request's words is still a wrong secret.
  const BOTO = 'botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.';
  it.each([
    ['the secret named by its variable', 'This is due to the Authorization header being built from the wrong AWS_SECRET_ACCESS_KEY.'],
    ['the secret named by its config key', 'The reason was the signed headers: boto3 read aws_secret_access_key from the old file.'],
    ['a slash in a regenerated secret', 'The problem was the slash in it: after I regenerated it without one, it worked.'],
    ['a switch between accounts (a condition, not a cause)', 'It happens when I switch between accounts; the request headers look the same.'],
    ['a request part far from the cause', 'The problem was that the team deploying from the other laptop had changed some headers.'],
  ])('when botocore\'s mismatch comes with %s, then it is still detected', (_what, sentence) => {
    expect(diagnose(`${BOTO}\n${sentence}`).detected).toBe(true);
  });

  it('when another credential error stands beside the explained mismatch, then it is still detected', () => {
    const text = `${S3_MISMATCH}\nIt happens because s3cmd copies the cf-ray header.\nAn error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.`;
    expect(diagnose(text).detected).toBe(true);
  });

  // Stop 38: the writer's A/B of one request setting, the same credentials signing both (tuning negatives of batches 19,
  // 20 and 23).
  it.each([
    // aws/aws-sdk-go-v2#2523 (batch 23).
    ['works without a field', `When generating presigned url with PresignPutObject and setting field \`Expires\` meanwhile, put object to s3 returns error \`SignatureDoesNotMatch\`. Without setting field \`Expires\`, it works fine.\n${S3_MISMATCH}`],
    // airbytehq/airbyte#38338 (batch 20): the mismatch told in words, its message cut off.
    ['fixed by changing the path', 'Trying to create an s3 destination with an invalid bucket path ("/") gives a cryptic warning about request signature.\n\nFixed by just changing the bucket path.'],
    // awslabs/aws-sdk-rust#1244 (batch 19): a title naming the setting the mismatch comes with.
    ['named with the port it comes with', 'SignatureDoesNotMatch when default port explicitly defined on S3 requests\n\nI am facing same issue'],
  ])('when the mismatch %s, then nothing is detected', (_what, text) => {
    expect(diagnose(text).detected).toBe(false);
  });

  it.each([
    ['works without the session token', `${S3_MISMATCH}\nWithout setting AWS_SESSION_TOKEN, it works fine.`],
    ['fixed by changing the secret', `${S3_MISMATCH}\nFixed by just changing the secret key in the profile.`],
    ['fixed by changing the region', `${S3_MISMATCH}\nSolved it by changing the region of the client.`],
    ['named with the account it comes with', 'SignatureDoesNotMatch with the keys of the second account\nThe first account works.'],
    ['named in the SDK\'s own words for the call', `An error occurred (SignatureDoesNotMatch) when calling the PutObject operation with key path a/b: The request signature we calculated does not match the signature you provided.`],
    ['told in words with no setting changed', 'Our S3 uploads fail with an invalid request signature error since the keys were rotated.'],
  ])('when the mismatch is %s, then it is still detected', (_what, text) => {
    expect(diagnose(text).detected).toBe(true);
  });

  it('names the line that gives the request-side cause', () => {
    expect(signingBlamedOnRequest(['SignatureDoesNotMatch', 'It happens because the proxy adds a header.'])).toBe(2);
    expect(signingBlamedOnRequest(['SignatureDoesNotMatch', 'It happens because my secret key was wrong.'])).toBeUndefined();
  });
});
