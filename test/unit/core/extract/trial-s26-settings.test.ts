/**
 * Two settings the s26 product trial saw misread. A profile's role_arn naming an IAM user (or a session) is a wrong
 * value in the file, not a session that expired: AssumeRole takes only a role (extract/role-arn.ts). The Java v1
 * SDK's own chain failure names AWS_ACCESS_KEY and AWS_SECRET_KEY as the alternates it read
 * (EnvironmentVariableCredentialsProvider.java, aws/aws-sdk-java@07192de389a8): that is not a misnamed variable.
 * Pastes are written for the test; ids are the synthetic example ones.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { misnamedCredentialVariable } from '../../../../src/core/extract/context-hints';
import { notARole } from '../../../../src/core/extract/role-arn';

const read = (text: string) => {
  let ids: string[] = [];
  const d = diagnose(text, { now: new Date('2026-12-06T12:00:00Z'), onSignals: (all) => (ids = all.map((s) => s.id)) });
  return { ids, causes: d.causes.map((c) => c.id) };
};

const profileWith = (roleArn: string) => `my ~/.aws/credentials:
[deploy]
role_arn = ${roleArn}
source_profile = default
and aws s3 ls --profile deploy fails`;

describe('a role_arn that names no role', () => {
  it.each([
    ['an IAM user', 'arn:aws:iam::123456789012:user/x', 'user'],
    ['an assumed-role session', 'arn:aws:sts::123456789012:assumed-role/deploy/alice', 'assumed-role'],
    ['the account root (GovCloud)', 'arn:aws-us-gov:iam::123456789012:root', 'root'],
    ['a group, quoted', '"arn:aws:iam::123456789012:group/devs"', 'group'],
  ])('when role_arn names %s, then its kind is read', (_what, arn, kind) => {
    expect(notARole(arn)).toBe(kind);
  });

  it.each(['arn:aws:iam::123456789012:role/deploy', 'arn:aws-cn:iam::123456789012:role/path/deploy', '${ROLE}'])('when role_arn is %s, then nothing is read', (arn) => {
    expect(notARole(arn)).toBeUndefined();
  });

  // Its third line (expiry not second) pinned session-source's `none: ['config.role-arn-not-role']`; s35-rank removed
  // that rule, so nothing reads a role_arn profile as expiry and the line could no longer fail for its reason (review
  // 35b R35b-14): dropped.
  it('when the profile names a user ARN, then the bad setting is read and leads', () => {
    const { ids, causes } = read(profileWith('arn:aws:iam::123456789012:user/x'));
    expect(ids).toContain('config.role-arn-not-role');
    expect(causes[0]).toBe('malformed-credentials');
  });

  // The reading's control. Its second line (malformed-credentials not first) followed from the first, the bad setting
  // being the only path to it here (review 35b R35b-14); what the profile does yield is its assume-role source.
  it('when the profile names a role, then no bad setting is read and the assume-role source is', () => {
    const { ids } = read(profileWith('arn:aws:iam::123456789012:role/deploy'));
    expect(ids).not.toContain('config.role-arn-not-role');
    expect(ids).toContain('config.assume-role');
  });
});

describe('the Java v1 chain naming its alternate variables', () => {
  const V1_ENV = 'Unable to load AWS credentials from environment variables (AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY) and AWS_SECRET_KEY (or AWS_SECRET_ACCESS_KEY))';

  it('when the SDK lists AWS_ACCESS_KEY and AWS_SECRET_KEY as alternates, then no misnamed variable is read', () => {
    expect(misnamedCredentialVariable(`com.amazonaws.SdkClientException: Unable to load AWS credentials from any provider in the chain: [EnvironmentVariableCredentialsProvider: ${V1_ENV}]`)).toBeUndefined();
  });

  it('when a person sets AWS_SECRET_KEY beside the same failure, then it is still read', () => {
    expect(misnamedCredentialVariable(`${V1_ENV}\nexport AWS_SECRET_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`)?.name).toBe('AWS_SECRET_KEY');
  });
});
