/**
 * The reach of stop 29's detection vetoes (src/core/extract/prose-report.ts, role-source-wanted.ts): each veto holds
 * only where its own words stand, so a credential failure told beside them is still detected. Each row of the first
 * table was detected before the vetoes (fee136c) and missed by them (a958620); the last three rows of the second were
 * new false detections of a958620. The second table's first three rows are guards: the vetoes' own negatives, silent
 * on a958620 too (with prose-report.test.ts, 'an S3 message of a bucket state next to setup talk' and its rows).
 */
import { diagnose } from '../../../../src/core/diagnose';
import { signals } from '../../../helpers/readings';

it.each([
  // An S3 message of another error vetoes a report only when the failure is not told in words beside it.
  ['an S3 message follows a failure told after a key rotation', "Since we rotated the deploy user's access key, our S3 uploads fail.\nThe specified bucket does not exist"],
  ['an S3 message shares the sentence line with a refusal', "I get access denied from S3 when uploading with the IAM user's keys. The specified bucket does not exist."],
  // A task handed on, or a key on show, drops its own clause and what follows, not the failure told before it.
  ['the failure is followed by a request in the same sentence', 'My AWS access key stopped working yesterday, can you take care of it?'],
  ['the failure is followed by a colleague asked to handle it', 'Our S3 uploads fail with access denied since the key rotation. @bob could you handle this?'],
  ['the failure is followed by a tool sanitising the key', 'Our S3 uploads fail with access denied. After the key rotation; the tool sanitizes the key in its logs.'],
  // The metadata service's 401 is the credentials' failure when the request then cannot be signed.
  ['a metadata 401 leaves the SDK unable to sign', 'Got 401 Unauthorized from the instance metadata service, boto3 then cannot sign the S3 request and the upload fails'],
])('when %s, then it is detected', (_what, text) => {
  expect(diagnose(text).detected).toBe(true);
});

it.each([
  // Aside first: nothing before it is read ("I don't have the permissions to create tokens @x can you do it?",
  // OWASP/wrongsecrets#694; "Dagster incorrectly masks this key. This leads to a mismatch", dagster-io/dagster#18108).
  ['a task is handed on with no failure before it', "I don't have the permissions to create the AWS access tokens @bob can you do it?"],
  ['a key masked is followed by what the masking leads to', 'The AWS S3 plugin incorrectly masks this access key. This leads to a mismatch with the access_key_id, falsely indicating a sync error.'],
  ['the metadata API token is all the 401 is about', 'Got 401 Unauthorized from the IMDSv2 API on AWS; fetch an API token from latest/api/token first.'],
  // Support shipped in a release, or asked about, is no credential failure (role-source-wanted.ts).
  ['a version is said to add support for the session token', 'Thanks! Version 1.4 adds support for the AWS session token, closing this.'],
  ['release notes add support for SSO profiles', 'Release notes for v2.3: this release adds support for AWS SSO profiles and faster uploads.'],
  ['someone asks whether the profile variable is supported', 'Is AWS_PROFILE not supported by the S3 backend?'],
])('when %s, then it is not detected', (_what, text) => {
  expect(diagnose(text).detected).toBe(false);
});

// A guard, not a change: hint.clock's `(?! ?zone)` after "local time" excluded nothing, since `time ?zone` is an
// alternative of its own (a wrong time zone was a clock resolution from the first version). Removed; this holds.
it('when the local time zone is named, then the clock hint is still read', () => {
  expect(signals('My local time zone is UTC+2 and every AWS call fails with SignatureDoesNotMatch')).toContain('hint.clock');
});
