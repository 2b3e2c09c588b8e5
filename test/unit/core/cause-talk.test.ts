/**
 * The general reading of cause talk (src/core/extract/cause-talk.ts): sentences from the tuning halves (batches 1–3)
 * of the real-thread corpora in which the reporter names the cause in their own words (each quoted with its thread),
 * and ordinary sentences holding the same words that must not be read as a cause.
 */
import { diagnose } from '../../../src/core/diagnose';
import { causeTalk } from '../../../src/core/extract/cause-talk';
import type { Signal } from '../../../src/core/extract/types';

const now = new Date('2026-12-05T12:00:00Z');

describe('a cause told in the reporter’s own words', () => {
  it.each([
    ['bradenmacdonald/s3-lite-client#50', 'When using the getPresignedUrl function, it looks like the code does not take into account the session token.', 'missing-session-token'],
    ['sohelamin/aws-security-group-add-ip-action#7', 'this action currently not recognizing session token:', 'missing-session-token'],
    ['cognitect-labs/aws-api#167', 'Trying to authenticate w/o sessionToken causes "The security token included in the request is invalid."', 'missing-session-token'],
    ['mmmorris1975/aws-runas#22', "It's attempting to use the security token that I cached in my environment yesterday, which fails for obvious reasons.", 'env-var-override'],
    ['rkoval/alfred-aws-console-services-workflow#60', "The workflow doesn't recognize any of my profiles.", 'wrong-profile'],
    ['circleci-public/aws-cli-orb#109', 'I miss to specify context to enable OIDC token in my workflows.', 'role-credentials-unavailable'],
    ['aws/aws-logging-dotnet#170', 'CloudWatch Network Error - Unable to get IAM security credentials from EC2 Instance Metadata Service.', 'role-credentials-unavailable'],
  ])('when %s says "%s", then it reads %s', (_thread, line, cause) => {
    expect(causeTalk(line)).toContain(cause);
  });

  it.each([
    ['my clock was off by ten minutes', 'clock-skew'],
    ['the bucket is in another account', 'wrong-account-or-partition'],
    ['AWS_PROFILE is ignored', 'wrong-profile'],
    ['after I rotated the keys the old ones are still cached', 'stale-credentials-after-rotation'],
    ['the session token isn’t set in the container', 'missing-session-token'],
  ])('when the reporter says "%s", then it reads %s', (line, cause) => {
    expect(causeTalk(line)).toContain(cause);
  });

  it.each([
    'The clock is fine, I checked NTP.',
    'How do I rotate access keys?',
    'We pass the session token now and it works now.',
    'Which region should I deploy to?',
    'My profile picture is wrong.',
    'I updated the IAM policy and added a new permission for the team.',
    'Thanks, the session token was missing, all good now.',
    'The region is not the issue here.',
  ])('when the sentence is "%s", then no cause is read', (line) => {
    expect(causeTalk(line)).toEqual([]);
  });

  it('when the words sit around a credential error, then the cause they name gains weight in the ranking', () => {
    const text = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nThis tool currently is not recognizing the session token at all.';
    let signals: readonly Signal[] = [];
    const d = diagnose(text, { now, onSignals: (s) => (signals = s) });
    expect(signals.map((s) => s.id)).toContain('hint.talk-missing-session-token');
    expect(d.causes.find((c) => c.id === 'missing-session-token')?.evidence.map((e) => e.id)).toContain('talk.missing-session-token');
  });
});

describe('a tool’s message is not the reporter’s words', () => {
  it('when awsume reports a profile with missing keys (trek10inc/awsume awsume/awsumepy/lib/profile.py), then no cause is read from it', () => {
    expect(causeTalk('Awsume error: Invalid profile [dev] Missing keys aws_access_key_id, or credential_source, or credential_process')).toEqual([]);
  });
});
