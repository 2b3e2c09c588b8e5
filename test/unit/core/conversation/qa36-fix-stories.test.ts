/**
 * QA36's fixes that told two stories, or the story of another runtime or shell (qa36 F3, F18, F19, F20, F10, F8): each
 * test opens the case with the finding's own input and reads the fix shown.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { renderReplies } from '../../../../src/adapters/cli/render-terminal';
import { renderMessages } from '../../../../src/adapters/slack/render-blocks';
import { whereItRuns } from '../../../../src/core/conversation/runtime';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { GH_TAG_SESSION_LOG } from '../../../helpers/gh-tag-session-log';

type Remediation = Extract<Reply, { type: 'remediation' }>;

function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
const say = (s: CaseState, text: string, clock: Clock) => send(s, { say: text }, clock);
const fixOf = (replies: Reply[]) => ofType(replies, 'remediation')[0];
/** The texts and commands of the steps a person is shown (what `--jsonl` puts in `shownSteps`, with the commands). */
const shownText = (fix: Remediation) =>
  fix.variants
    .slice(0, fix.primary ?? fix.variants.length)
    .flatMap((v) => v.steps.map((s) => `${s.text}\n${(s.code ?? []).map((c) => c.code).join('\n')}`))
    .join('\n');

// velero-io/velero#7421 (tuning thread): velero-plugin-for-aws on EKS Pod Identity with an SDK older than the agent.
const VELERO_POD_IDENTITY =
  'velero backup location unavailable after switching to pod identity:\ntime="2024-02-13T09:55:13Z" level=error msg="Current BackupStorageLocations available/unavailable/unknown: 0/1/0, BackupStorageLocation \\"default\\" is unavailable: rpc error: code = Unknown desc = could not load config: invalid endpoint host, \\"169.254.170.23\\", only loopback hosts are allowed)" controller=backup-storage-location';
// zalando/postgres-operator#1233 (tuning paste): WAL-G with no region, S3 naming the bucket's region.
const WALG_NO_REGION =
  "AWS_REGION is not set and s3:GetBucketLocation failed: AuthorizationHeaderMalformed: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'\n\tstatus code: 400";

describe('qa36 F3: a case playbook that replaces the cause\'s story gives the title and the steps shown', () => {
  it('when EKS Pod Identity is shown, then the fix title and the steps shown are Pod Identity\'s, with no IRSA annotation step, in the terminal, Slack and the shown steps', () => {
    const fix = fixOf(open(VELERO_POD_IDENTITY).replies)!;
    expect(fix.causeId).toBe('role-credentials-unavailable');
    expect(fix.title).toMatch(/Pod Identity/);
    const shown = shownText(fix);
    expect(shown).toMatch(/list-pod-identity-associations/);
    expect(shown).not.toMatch(/kubectl get sa|grep role-arn|AWS_WEB_IDENTITY_TOKEN_FILE/);
    const terminal = renderReplies([fix]);
    expect(terminal).not.toMatch(/\[Kubernetes \(IRSA\)\]/);
    expect(terminal.match(/list-pod-identity-associations/g)).toHaveLength(1);
    const slack = JSON.stringify(renderMessages([fix]));
    expect(slack).toMatch(/Pod Identity/);
    expect(slack).not.toMatch(/kubectl get sa/);
  });

  it('when no region is set and S3 names the bucket\'s region, then the title says set the region, the steps set eu-west-1, and no opt-in or STS token step is shown', () => {
    const fix = fixOf(open(WALG_NO_REGION).replies)!;
    expect(fix.causeId).toBe('region-endpoint');
    expect(fix.title).not.toMatch(/Enable the region/);
    const shown = shownText(fix);
    expect(shown).toMatch(/export AWS_REGION=eu-west-1/);
    expect(shown).not.toMatch(/enable-region|v2Token|AWS_STS_REGIONAL_ENDPOINTS/);
    expect(renderReplies([fix])).not.toMatch(/enable-region/);
    expect(JSON.stringify(renderMessages([fix]))).not.toMatch(/enable-region/);
  });
});

describe('qa36 F18: a Lambda function that holds a stale key gets Lambda steps', () => {
  it('when the rotated-away key is in the Lambda\'s variables, then the fix updates the function (both halves) and points to its role, never `aws configure set --profile`', () => {
    const clock = new Clock();
    let r = open('prod deploy lambda failing since this morning:\n[ERROR] ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.');
    r = say(r.state, 'its AKIA, the key is in the lambda env vars', clock);
    r = say(r.state, 'we rotated the deploy user key on friday, i bet the lambda still has the old one', clock);
    const fix = fixOf(r.replies) ?? fixOf(send(r.state, { kind: 'confirm-cause', causeId: 'stale-credentials-after-rotation', user: 'U1', at: '' }, clock).replies)!;
    expect(fix.causeId).toBe('stale-credentials-after-rotation');
    expect(fix.variants[0]!.platform).toBe('lambda');
    const shown = shownText(fix);
    expect(shown).toMatch(/aws lambda update-function-configuration --function-name <function> --environment/);
    expect(shown).toMatch(/execution role/);
    expect(shown).not.toMatch(/aws configure set/);
    expect(fix.shownFor).not.toMatch(/no steps of its own/);
  });
});

// nike-inc/gimme-aws-creds#141 (tuning thread), typed as in the thread: AWS Tools for PowerShell in an opt-in region.
describe('qa36 F19: a PowerShell prompt without a drive, its error position or an AWS Tools cmdlet gets PowerShell steps', () => {
  const paste = (prompt: string) => `gimme-aws-creds creds dont work in hong kong region:\n${prompt}Get-STSCallerIdentity -ProfileName prod-admin -region ap-east-1 | fl\nGet-STSCallerIdentity : The security token included in the request is invalid`;
  it.each([
    ['`PS>`', paste('PS> ')],
    ['`PS >` (as AWS\'s pages write it)', paste('PS > ')],
    ['pwsh\'s `PS /home/ian>`', paste('PS /home/ian> ')],
    ['an AWS Tools cmdlet alone', paste('')],
    ['PowerShell\'s error position line', 'aws s3 ls : An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.\nAt line:1 char:1\n+ aws s3 ls'],
  ])('when the paste shows %s, then the steps shown are PowerShell\'s, not bash\'s', (_, text) => {
    const { state } = open(text);
    expect(whereItRuns(state).platform).toBe('windows-powershell');
  });

  it('when the finding\'s thread goes on, then the fix shows `$env:` steps, not `export`', () => {
    const clock = new Clock();
    const r = open(paste('PS> '));
    const fix = fixOf(r.replies) ?? fixOf(say(r.state, 'works in us-east-1 and eu-west-1 fine, just ap-east-1 and me-south-1 fail', clock).replies)!;
    // The account settings every platform shares first (the cause's `any` variant: qa36 F3), then PowerShell's own.
    expect(fix.variants.slice(0, fix.primary).map((v) => v.platform)).toEqual(['any', 'windows-powershell']);
    expect(shownText(fix)).not.toMatch(/^export /m);
  });

  it('when an HTTP header names Set-Cookie, then it is no cmdlet', () => {
    const { state } = open('An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.\n< Set-Cookie: session=abc; Path=/');
    expect(whereItRuns(state).platform).not.toBe('windows-powershell');
  });
});

// ansible/ansible#36742 (batch-21 tuning thread): the old ec2.py inventory reads AWS_SECURITY_TOKEN only.
describe('qa36 F20: a file named after a service is no runtime, and a token said exported is not exported again', () => {
  const EC2_PY =
    'ec2.py inventory cant see anything, ERROR! botocore.exceptions.ClientError: An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials';
  const EXPORTED = 'yeah its ASIA from our sso script, i export aws_access_key_id aws_secret_access_key and aws_session_token';

  it('when the paste names ec2.py and DescribeInstances, then the case is not said to run on an EC2 instance', () => {
    const r = say(open(EC2_PY).state, EXPORTED, new Clock());
    expect(whereItRuns(r.state).runtime).not.toBe('ec2');
    expect(fixOf(r.replies)?.shownFor ?? '').not.toMatch(/EC2/);
  });

  it('when the person says the token is exported, then the fix names the token name the tool reads, not the export they did', () => {
    const r = say(open(EC2_PY).state, EXPORTED, new Clock());
    const fix = fixOf(r.replies)!;
    expect(fix.causeId).toBe('missing-session-token');
    const shown = shownText(fix);
    expect(shown).toMatch(/AWS_SECURITY_TOKEN/);
    expect(shown).not.toMatch(/export AWS_SESSION_TOKEN=/);
  });

  it('when the person says they forgot to export the token, then the export steps stay', () => {
    const r = say(open(EC2_PY).state, 'yeah its ASIA, i forgot to export aws_session_token', new Clock());
    const fix = fixOf(r.replies) ?? fixOf(send(r.state, { kind: 'confirm-cause', causeId: 'missing-session-token', user: 'U1', at: '' }, new Clock()).replies)!;
    expect(shownText(fix)).not.toMatch(/AWS_SECURITY_TOKEN/);
  });
});

// QA36's GitHub Actions log (configure-aws-credentials with keys from secrets and role-to-assume): the role's trust
// policy lacks sts:TagSession, which the action needs since it tags the session by default (its README).
describe('qa36 F10: sts:TagSession denied is the role\'s trust policy', () => {

  it('when the fix is asked for, then it adds sts:TagSession to the trust policy (or skips tagging), with no identity-policy step and no OIDC playbook', () => {
    const r = say(open(GH_TAG_SESSION_LOG).state, 'show me the fix', new Clock());
    const fix = fixOf(r.replies)!;
    expect(fix.causeId).toBe('authorization-not-authentication');
    expect(fix.title).toMatch(/sts:TagSession/);
    const shown = shownText(fix);
    expect(shown).toMatch(/trust policy/);
    expect(shown).toMatch(/"sts:AssumeRole", "sts:TagSession"/);
    expect(shown).toMatch(/role-skip-session-tagging: true/);
    expect(shown).not.toMatch(/Add the missing action to the CI role policy/);
    expect((fix.playbooks ?? []).map((p) => p.id)).not.toContain('github-actions-oidc');
    expect(renderReplies([fix])).not.toMatch(/OIDC role for the job/);
  });
});

// Terraform's AWS provider: "AWS account ID not allowed: <account>" (rules/catalogue/terraform.ts tf.account-not-allowed).
describe('qa36 F8: Terraform\'s refused account is a valid caller of the wrong account, told as such', () => {
  const TF = 'terraform apply in prod fails:\nError: error configuring Terraform AWS Provider: AWS account ID not allowed: 444455556666';

  it('when Terraform refuses the account, then the opening says AWS accepted the caller and names allowed_account_ids, not an unknown key or an authentication failure', () => {
    const r = open(TF);
    const text = ofType(r.replies, 'text').map((t) => t.text).join('\n');
    expect(text).toMatch(/allowed_account_ids/);
    expect(text).not.toMatch(/never heard of it|authentication\* failure/);
  });

  it('when the caller identity of the wrong account is pasted, then neither the endpoint nor the key prefix is asked', () => {
    const clock = new Clock();
    const r0 = open(TF);
    const r1 = say(r0.state, 'this is what i get, should be prod 111122223333:\n$ aws sts get-caller-identity\n{\n    "UserId": "AIDAIOSFODNN7EXAMPLE",\n    "Account": "444455556666",\n    "Arn": "arn:aws:iam::444455556666:user/alice"\n}', clock);
    const asked = [r0, r1].flatMap((r) => ofType(r.replies, 'question').map((q) => q.id));
    expect(asked).not.toContain('target');
    expect(asked).not.toContain('key-prefix');
  });

  it('when the wrong-account fix is shown, then it is the provider block\'s profile or role, in its own words', () => {
    const r = send(open(TF).state, { kind: 'confirm-cause', causeId: 'wrong-account-or-partition', user: 'U1', at: '' }, new Clock());
    const fix = fixOf(r.replies)!;
    expect(fix.title).toMatch(/Terraform/);
    expect(shownText(fix)).toMatch(/allowed_account_ids/);
    expect(shownText(fix)).toMatch(/profile = "<profile>"|assume_role/);
    expect(ofType(r.replies, 'text').map((t) => t.text).join('\n')).not.toMatch(/never heard of it/);
  });
});
