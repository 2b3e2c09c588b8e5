/**
 * The codes a text shows that are no credential failure of its own (a throttle, a missing bucket): the error the text is
 * about, so the readers of a failure told in words (prose-report.ts, role-source-wanted.ts) leave it alone. A
 * credential-chain name (SharedConfigAssumeRoleError, EC2MetadataError) and the class a refusal is raised as
 * (AmazonS3Exception, ClientError) are the failure's own, not another error.
 */
import { CREDENTIAL_WORDS } from './code-names';
import { isAuthCode, isCredentialClass, isServiceException } from './error-codes';

export const otherErrorCodes = (codes: readonly string[]): string[] =>
  codes.filter((c) => !isAuthCode(c) && !isServiceException(c) && !isCredentialClass(c) && !CREDENTIAL_WORDS.test(c));

/**
 * The same other errors told by S3's message alone, as tools echo it without the code ("Error occurred.
 * Message:'The specified location-constraint is not valid' when writing an object", aws-samples/amazon-gamelift-unity#2;
 * "AmazonS3Exception: The specified key does not exist", aws-amplify/amplify-android#1335; "S3 error: The specified key
 * does not exist.", aws-quickstart/quickstart-git2s3#78: tuning negatives of batches 3, 9 and 14, and four more in the
 * negatives corpora). The messages are S3's own for InvalidLocationConstraint, IllegalLocationConstraintException,
 * NoSuchBucket, NoSuchKey, BucketAlreadyExists, BucketAlreadyOwnedByYou and BucketNotEmpty (Amazon S3 API Reference,
 * "Error responses"; the service model's descriptions, e.g. rusoto_s3 0.45 CreateBucketError: "The requested bucket
 * name is not available."). Each names a bucket's or an object's state: no credential fixes it.
 */
export const OTHER_ERROR_MESSAGE =
  /\bThe specified location-constraint is not valid\b|\blocation constraint is incompatible for the region specific endpoint\b|\bThe specified bucket does not exist\b|\bThe specified key does not exist\b|\bThe requested bucket name is not available\b|\bYour previous request to create the named bucket succeeded and you already own it\b|\bThe bucket you tried to delete is not empty\b/i;
