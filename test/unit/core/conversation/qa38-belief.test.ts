/**
 * QA stop 38 findings on what answers, statements and pastes mean for the ranking (qa38-findings.md F1, F3, F4, F5,
 * F6, F13, F17), each replayed with the finding's own messages through the conversation as `chat` does.
 */
import { rank } from '../../../../src/core/conversation/belief';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import type { CauseId } from '../../../../src/core/taxonomy';
import { diagnose } from '../../../../src/core/diagnose';
import { T0 } from '../../../helpers/case-script';
import { typed } from '../../../helpers/typed-case';

const ranking = (s: CaseState) => rank(s.scoring!, s.rejected);
const leader = (s: CaseState): CauseId => ranking(s)[0]!.id;
const share = (s: CaseState, id: CauseId) => ranking(s).find((c) => c.id === id)!.score;
const fixShown = (replies: Reply[]) => replies.find((r) => r.type === 'remediation');

const UNKNOWN_KEY = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('QA38 F1: "no session token" said about a long-term (AKIA) key is no evidence for a temporary key sent without its token', () => {
  it.each([
    "there is no session token, it's a plain IAM user key",
    'I checked, AWS_SESSION_TOKEN is not set in the job env',
  ])('when the key was answered AKIA and then "%s" is said, then the missing-token cause drops and its fix is not shown', (words) => {
    const before = typed([UNKNOWN_KEY, '1']);
    const after = typed([UNKNOWN_KEY, '1', words]);
    expect(share(after.state, 'missing-session-token')).toBeLessThanOrEqual(share(before.state, 'missing-session-token'));
    expect(leader(after.state)).not.toBe('missing-session-token');
    expect(fixShown(after.replies)).toBeUndefined();
    expect(JSON.stringify(after.state.scoring!.applied.filter((a) => !a.overruled).map((a) => a.evidence))).not.toContain('temporary key');
  });
  it('when "no session token" is said first and AKIA answered after it, then the words weigh as for a long-term key', () => {
    const s = typed([UNKNOWN_KEY, 'there is no session token', 'AKIA']).state;
    expect(share(s, 'missing-session-token')).toBeLessThan(0.05);
  });
  it('when the key is not known to be long-term, then "no session token" still points at the missing token', () => {
    const s = typed([UNKNOWN_KEY, 'we run it without the session token']).state;
    expect(leader(s)).toBe('missing-session-token');
  });
});

describe('QA38 F6: a paste that shows `aws sso login` succeeding before the SSO failure is not told to run `aws sso login`', () => {
  const cli = ['aws sso login --profile dev', 'Successfully logged into Start URL: https://my-org.awsapps.com/start/#', '$ aws s3 ls --profile dev', '', 'Error when retrieving token from sso: Token has expired and refresh failed'].join('\n');
  // turbot/steampipe-plugin-github#469's shape: the CLI login, then the Go v2 SDK inside steampipe.
  const go = ['~> aws sso login', 'Successfully logged into Start URL: https://my-org.awsapps.com/start/#', '~> steampipe query "select * from aws_account"',
    'Error: operation error STS: GetCallerIdentity, get identity: get credentials: failed to refresh cached credentials, refresh cached SSO token failed, unable to refresh SSO token, operation error SSO OIDC: CreateToken, https response error StatusCode: 400, RequestID: 1b2c3d4e-aaaa-bbbb-cccc-123456789012, InvalidGrantException: '].join('\n');
  it.each([['the CLI', cli], ['the Go v2 SDK', go]])('when %s fails after the login, then the profile the tool reads leads and the meaning does not say to log in again', (_name, text) => {
    const d = diagnose(text, { now: new Date(T0) });
    expect(d.causes[0]!.id).toBe('wrong-profile');
    expect(d.meaning).not.toContain('run `aws sso login`');
    expect(d.causes.flatMap((c) => c.evidence).filter((e) => e.polarity === 'for').map((e) => e.text).join('\n')).not.toContain('run `aws sso login`');
  });
  it('when the login comes after the failure (the team trying the fix), then the expired session still leads', () => {
    const after = ['$ aws s3 ls --profile dev', 'Error when retrieving token from sso: Token has expired and refresh failed', 'aws sso login --profile dev', 'Successfully logged into Start URL: https://my-org.awsapps.com/start/#'].join('\n');
    const d = diagnose(after, { now: new Date(T0) });
    expect(d.causes[0]!.id).toBe('temporary-credentials-expired');
  });
});

describe('QA38 F13: a GitHub Actions step log whose env block shows the AWS secrets empty', () => {
  const log = ['Run aws s3 sync ./build s3://my-site --delete', '  aws s3 sync ./build s3://my-site --delete', '  shell: /usr/bin/bash -e {0}', '  env:', '    AWS_ACCESS_KEY_ID: ', '    AWS_SECRET_ACCESS_KEY: ', '    AWS_DEFAULT_REGION: us-west-2', '',
    'Unable to locate credentials. You can configure credentials by running "aws configure".', 'Error: Process completed with exit code 1.'].join('\n');
  it('when diagnosed, then the runner is read, the empty variables are a fact, and no session-token answer is read from them', () => {
    const d = diagnose(log, { now: new Date(T0) });
    expect(d.facts.shown).toContainEqual({ probe: 'runtime', choice: 'ci' });
    expect(d.facts.shown?.some((x) => x.probe === 'session-token')).toBe(false);
    expect(d.facts.credentialVarsEmpty).toBe('AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY');
    expect(d.facts.locations.credentialVarsEmpty?.line).toBe(5);
  });
  it('when the fix is shown, then it is for CI and first says the secret did not reach the job', () => {
    const fix = fixShown(typed([log]).replies);
    if (fix?.type !== 'remediation') throw new Error('no fix shown');
    expect(fix.causeId).toBe('no-credentials-found');
    expect(fix.playbooks?.[0]?.id).toBe('ci-secret-empty');
    expect(fix.variants[0]!.platform).toBe('ci');
  });
  it('when a key is set in the env block, then it is no empty secret', () => {
    const set = log.replace('AWS_ACCESS_KEY_ID: ', 'AWS_ACCESS_KEY_ID: ***').replace('AWS_SECRET_ACCESS_KEY: ', 'AWS_SECRET_ACCESS_KEY: ***');
    expect(diagnose(set, { now: new Date(T0) }).facts.credentialVarsEmpty).toBeUndefined();
  });
});

describe('QA38 F5: "it runs in a docker container" names a container the team starts, whose fix passes the credentials in', () => {
  // aws/aws-aspnet-cognito-identity-provider#202: .NET fell through to IMDS; fixed by passing the host's variables into the container.
  const paste = ['Amazon.Runtime.AmazonServiceException: Unable to get IAM security credentials from EC2 Instance Metadata Service.', '   at Amazon.Runtime.DefaultInstanceProfileAWSCredentials.FetchCredentials()'].join('\n');
  it.each([
    'the app runs in a docker container on my laptop; the keys are env vars on the laptop',
    'it runs in a docker container',
  ])('when "%s" is said, then the fix shown leads with the local-container steps', (words) => {
    const fix = fixShown(typed([paste, words, 'show me the fix']).replies);
    if (fix?.type !== 'remediation') throw new Error('no fix shown');
    expect(fix.playbooks?.[0]?.id).toBe('local-container');
    expect(fix.variants[0]!.platform).toBe('container-ecs');
  });
  it('when an ECS task is named, then the words are no local container', () => {
    const fix = fixShown(typed([paste, 'it runs in a docker container on ECS fargate', 'show me the fix']).replies);
    if (fix?.type !== 'remediation') throw new Error('no fix shown');
    expect((fix.playbooks ?? []).map((p) => p.id)).not.toContain('local-container');
  });
});

describe('QA38 F17: "IAM shows it Inactive since Friday" is the key status read in IAM, not a guess', () => {
  const configureList = ['      Name                    Value             Type    Location', '      ----                    -----             ----    --------', '   profile                      dev           manual    --profile',
    'access_key     ****************WXYZ shared-credentials-file    ', 'secret_key     ****************abcd shared-credentials-file    ', '    region                us-east-1      config-file    ~/.aws/config'].join('\n');
  it('when it answers the rotation question after AKIA, regular AWS and the configure list, then the inactive key leads clearly', () => {
    const s = typed([UNKNOWN_KEY, '1', '1', configureList, 'IAM shows it Inactive since Friday']).state;
    const [first, second] = ranking(s);
    expect(first!.id).toBe('key-deleted-or-inactive');
    expect(first!.score).toBeGreaterThan(2 * second!.score);
  });
  it('when it is said beside the error, then the inactive-key fix is shown', () => {
    const r = typed([UNKNOWN_KEY, 'IAM shows it Inactive since Friday']);
    const fix = fixShown(r.replies);
    expect(fix?.type === 'remediation' && fix.causeId).toBe('key-deleted-or-inactive');
  });
  it('when the team only wonders whether it is inactive, then it is no statement of the status', () => {
    const s = typed([UNKNOWN_KEY, '1', 'can you check if IAM shows it inactive?']).state;
    expect(s.scoring!.applied.map((a) => a.id)).not.toContain('statement:iam-shows-key-inactive');
  });
});

describe('QA38 F4: a profile pinned in SDK client code is read as the profile in use', () => {
  it.each([
    ["    'profile' => 'default',", 'default'],
    ["const client = new S3Client({ credentials: fromIni({ profile: 'deploy' }) });", 'deploy'],
    ['AwsCredentialsProvider p = ProfileCredentialsProvider.create("deploy");', 'deploy'],
    ['cfg, err := config.LoadDefaultConfig(ctx, config.WithSharedConfigProfile("deploy"))', 'deploy'],
  ])('when the code holds %s, then the profile fact is %s', (code, profile) => {
    const text = ['Aws\\Exception\\CredentialsException - Cannot read credentials from /home/PC-USER/.aws/credentials', code].join('\n');
    expect(diagnose(text, { now: new Date(T0) }).facts.profile).toBe(profile);
  });
});
