/**
 * AccessDenied handled as an expert would: authentication worked, so first whose identity and
 * whose resource; cross-account, SCP, boundary, session and resource policies get their own steps;
 * a paste that shows which credential provider won points to the source first.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';
import { factValues } from '../../../../src/core/rules/fact-values';

function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString() }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
const answer = (s: CaseState, choiceId: string) => send(s, { kind: 'answer', questionId: s.pending!.id, choiceId, user: 'U01ALICE', at: '' }, new Clock());
const playbooks = (replies: Reply[]) => ofType(replies, 'remediation').flatMap((r) => (r.playbooks ?? []).map((p) => p.id));

const SCP = 'An error occurred (AccessDenied) when calling the CreateBucket operation: User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::new-bucket" with an explicit deny in a service control policy';
const KMS_OTHER = 'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:sts::123456789012:assumed-role/app/i-0abc is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action';
const TERRAFORM = [
  '2026-11-22T08:41:03.120Z [INFO]  provider.terraform-provider-aws_v5.31.0_x5: AWS Auth provider used: "EnvProvider": tf_provider_addr=registry.terraform.io/hashicorp/aws',
  'Error: reading S3 Bucket (tf-state-ops): AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tf-state-ops" because no identity-based policy allows the s3:ListBucket action',
].join('\n');

describe('AccessDenied as an expert handles it', () => {
  it('when an AccessDenied opens the case, then it first asks whose identity and whose resource, not the permissions fix', () => {
    const r = open(PASTES.accessDenied);
    expect(r.state.phase).toBe('diagnosing');
    expect(r.state.pending?.id).toBe('resource-account');
    expect(ofType(r.replies, 'remediation')).toHaveLength(0);
  });

  it('when the denied identity is not the one meant and the source\'s fix is shown, then its first steps are about the identity AWS denied, not an unknown key', () => {
    const r = answer(open(PASTES.accessDenied).state, 'wrong-identity');
    const fix = send(r.state, { paste: PASTES.configureListEnv }, new Clock());
    expect(fix.state.scoring?.current).toBe('env-var-override');
    expect(playbooks(fix.replies).slice(0, 1)).toEqual(['authz-wrong-identity']);
  });

  it('when the denied identity is not the one meant, then the case turns to the credential source, not the policy', () => {
    const r = answer(open(PASTES.accessDenied).state, 'wrong-identity');
    expect(['wrong-profile', 'env-var-override']).toContain(r.state.causes[0]!.id);
    expect(ofType(r.replies, 'remediation').map((x) => x.causeId)).not.toContain('authorization-not-authentication');
    if (r.state.phase === 'diagnosing') expect(r.state.pending?.id).toBe('configure-list');
    const env = send(r.state, { paste: PASTES.configureListEnv }, new Clock());
    expect(env.state.scoring?.current).toBe('env-var-override');
  });

  it('when the identity is right and the policy says no identity policy allows it, then the fix grants that one action', () => {
    const r = answer(open(PASTES.accessDenied).state, 'same');
    expect(r.state.scoring?.current).toBe('authorization-not-authentication');
    expect(playbooks(r.replies)).toEqual(['authz-identity-policy']);
  });

  it('when the resource is in another account, then the cross-account steps come with the fix', () => {
    const r = answer(open(PASTES.accessDenied).state, 'other');
    expect(playbooks(r.replies)).toContain('authz-cross-account');
  });

  it('when the message names a service control policy, then the SCP steps come with the fix', () => {
    const r = answer(open(SCP).state, 'same');
    expect(playbooks(r.replies)).toEqual(['authz-scp']);
  });

  it('when the message names a VPC endpoint policy, then the endpoint policy steps come with the fix', () => {
    const vpce = 'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/app/i-0abc is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::vendor-data/x.csv" because no VPC endpoint policy allows the s3:GetObject action';
    const r = answer(open(vpce).state, 'same');
    expect(playbooks(r.replies)).toEqual(['authz-vpce-policy']);
  });

  it('when the denied KMS key is in another account than the caller, then that is read from the paste and the cross-account and resource-policy steps follow', () => {
    const r = open(KMS_OTHER);
    expect(r.state.asked.map((a) => a.id)).not.toContain('resource-account');
    expect(r.state.scoring?.current).toBe('authorization-not-authentication');
    expect(playbooks(r.replies)).toEqual(['authz-cross-account', 'authz-resource-policy']);
  });

  it('when Terraform says which credential provider won, then the case points to that source first', () => {
    const r = open(TERRAFORM);
    expect(ofType(r.replies, 'text').map((x) => x.text).join(' ')).toMatch(/EnvProvider/);
    expect(r.state.pending?.id).toBe('resource-account');
    const fix = answer(r.state, 'same');
    expect(playbooks(fix.replies).slice(0, 1)).toEqual(['authz-source-first']);
    expect(playbooks(fix.replies)).toContain('terraform-s3-backend');
  });
  it('when the denied command names the profile it ran with, then the case points to that profile first', () => {
    const r = open('$ aws s3 ls s3://acme-reports --profile dev\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied');
    expect(r.state.pending?.id).toBe('caller-identity');
    expect(r.state.causes.slice(0, 2).map((c) => c.id)).toEqual(['authorization-not-authentication', 'wrong-profile']);
    const fix = answer(send(r.state, { say: 'skip' }, new Clock()).state, 'same');
    expect(playbooks(fix.replies).slice(0, 1)).toEqual(['authz-named-profile']);
  });

  it('when a comment in the pasted backend block says the bucket does not exist in the caller\'s accounts, then whose resource is not asked', () => {
    // Shift3/dj-starter#63 (tuning thread), as the reporter wrote it.
    const paste = [
      'Then I tried to run `terraform init` and was not able to as I was getting this error.',
      '```',
      'Error refreshing state: AccessDenied: Access Denied',
      '        status code: 403, request id: N7XHKNMYFE4YSDJ2',
      '```',
      'terraform {',
      '  backend "s3" {',
      '    bucket  = "shift3-terraform-state" //Does not exist in BWTC-Client-Sandbox and BWTC-Developer-Sandbox',
      '    region  = "us-west-2"',
      '  }',
      '}',
    ].join('\n');
    const r = open(paste);
    expect(r.state.pending?.id).not.toBe('resource-account');
    expect(r.state.asked.filter((a) => !a.said).map((a) => a.id)).not.toContain('resource-account');
  });

  it('when asked whose resource it is, then "does not exist in <our accounts>" answers another account', () => {
    const r = send(open(PASTES.accessDenied).state, { say: 'the state bucket does not exist in BWTC-Client-Sandbox and BWTC-Developer-Sandbox' }, new Clock());
    expect(r.state.asked.find((a) => a.id === 'resource-account')?.answer).toBe('other');
  });

  it('when the paste shows a denial and no rejection, then the caller counts as denied (key-problem questions are not asked); a rejection beside it keeps them', () => {
    const denied = (codes: string[]) => factValues({ keyIds: [], locations: {} }, codes, {}).callerDenied;
    expect(denied(['AccessDenied'])).toEqual(['yes']);
    expect(denied(['AccessDeniedException', 'AmazonS3Exception'])).toEqual(['yes']);
    expect(denied(['AccessDenied', 'InvalidClientTokenId'])).toBeUndefined();
    expect(denied(['AccessDenied', 'SignatureDoesNotMatch'])).toBeUndefined();
    expect(denied(['InvalidAccessKeyId'])).toBeUndefined();
  });
});

/** Words true only of a key AWS did not accept: wrong after a denial, where AWS authenticated the caller. */
const UNKNOWN_KEY = /unknown to the account|never heard of it|never accepted the identity|authentication\* failure/i;

describe('after a denial, every cause is explained for a key AWS accepted', () => {
  it('when a source cause is shown for a denied call, then its explanation is about a valid but wrong identity, and the wrong fix named is granting the permission to it', () => {
    // A role not delivered too: the runtime then calls as another, valid identity (the node's or instance's role).
    for (const cause of ['wrong-profile', 'env-var-override', 'wrong-account-or-partition', 'role-credentials-unavailable'] as const) {
      const r = send(open(PASTES.accessDenied).state, { kind: 'confirm-cause', causeId: cause, user: 'U1', at: '' }, new Clock());
      const fix = ofType(r.replies, 'remediation')[0]!;
      const text = ofType(r.replies, 'text').map((x) => x.text).join('\n');
      expect(`${cause}: ${text}`).toMatch(/authenticated the call|authenticated it/);
      expect(`${cause}: ${text} ${fix.avoid.join(' ')}`).not.toMatch(UNKNOWN_KEY);
      expect(fix.avoid.join(' ')).toMatch(/grant the permission to the identity that was denied/);
    }
  });

  it('when "not this" walks past the permissions fix, then no cause shown after it says the key was unknown or never accepted', () => {
    let s = answer(open(PASTES.accessDenied).state, 'same').state;
    const shown: string[] = [];
    for (let i = 0; i < 14 && s.phase !== 'resolved'; i++) {
      const r = send(s, s.phase === 'diagnosing' && s.pending ? { say: 'not sure' } : { say: 'not this' }, new Clock());
      s = r.state;
      const fix = ofType(r.replies, 'remediation')[0];
      if (!fix) continue;
      shown.push(fix.causeId);
      const text = ofType(r.replies, 'text').map((x) => x.text).join('\n');
      expect(`${fix.causeId}: ${text} ${fix.avoid.join(' ')}`).not.toMatch(UNKNOWN_KEY);
    }
    expect(shown.length).toBeGreaterThan(3);
  });

  it('when the same causes are shown for a rejected key, then they keep their authentication words', () => {
    const r = send(open(PASTES.cliInvalidToken).state, { kind: 'confirm-cause', causeId: 'wrong-profile', user: 'U1', at: '' }, new Clock());
    expect(ofType(r.replies, 'text').map((x) => x.text).join('\n')).toMatch(/unknown to the account you target/);
  });
});
