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
    ['uploads fail whenever the phone time is wrong', 'clock-skew'],
    ['our Windows time was set by hand and runs behind', 'clock-skew'],
    // An owner the clock question already took and this reader did not (one list now, src/core/clock-owners.ts).
    ['uploads fail whenever the tablet time is wrong', 'clock-skew'],
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

describe('another profile than intended, beside a denial', () => {
  it.each([
    'It picks up the default profile instead of the one I set.',
    'The plugin defaulted to the default profile.',
    'The profile it uses is not the one I configured.',
    'If you have several accounts, make sure you set the keys as [default].',
    'It only works with [default].',
  ])('when the reporter says "%s", then it reads wrong-profile', (line) => {
    expect(causeTalk(line)).toContain('wrong-profile');
  });

  it.each(['Make sure you set a strong password.', 'The default profile works fine for me.'])('when the sentence is "%s", then no cause is read', (line) => {
    expect(causeTalk(line)).toEqual([]);
  });

  it('when an AccessDenied comes with words saying the default profile was used instead, then the wrong identity gains on the permissions fix', () => {
    const denied = 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied';
    const score = (text: string): number => diagnose(text, { now }).causes.find((c) => c.id === 'wrong-profile')?.score ?? 0;
    const d = diagnose(`${denied}\nThe deploy script picks up the default profile instead of the one I set with --profile.`, { now });
    expect(d.causes.find((c) => c.id === 'wrong-profile')?.evidence.map((e) => e.id)).toContain('wrong-profile.denied-talk');
    expect(score(`${denied}\nThe deploy script picks up the default profile instead of the one I set with --profile.`)).toBeGreaterThan(score(`${denied}\nThe deploy script uploads the build to the bucket.`) + 0.2);
  });
});

describe('a signature refused in one region that works in another', () => {
  it.each([
    'This works fine in eu-west-1.',
    'Same keys work fine with us-east-1 but it only fails in eu-north-1.',
    'It works in other regions.',
    'In region us-west-2 it works as expected.',
  ])('when the reporter says "%s", then it reads region-endpoint', (line) => {
    expect(causeTalk(line)).toContain('region-endpoint');
  });

  it.each(['It works fine now in eu-west-1 after I fixed the secret.', 'Works fine again, thanks!', 'It works fine in eu-west-1 since I rotated the key.'])(
    'when the sentence is "%s" (it works since a change), then no cause is read',
    (line) => {
      expect(causeTalk(line)).toEqual([]);
    },
  );

  it('when SignatureDoesNotMatch comes with "works fine in eu-west-1", then the region leads the secret-key fix', () => {
    const text = 'An error occurred (SignatureDoesNotMatch) when calling the GetObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.\nThe same code works fine in eu-west-1.';
    const ids = diagnose(text, { now }).causes.map((c) => c.id);
    expect(ids.indexOf('region-endpoint')).toBeLessThan(ids.indexOf('secret-key-mismatch'));
  });
});
