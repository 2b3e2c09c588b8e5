/**
 * What the audit of issue 9's whole text against the product found short, each from the input a
 * user gave: an expected account written beside the pasted error, and what fixed it said after a
 * verification had already closed the case.
 */
import { step } from '../../../../src/core/conversation/engine';
import { lateFixNote } from '../../../../src/core/conversation/fixing';
import { remediationReplies } from '../../../../src/core/conversation/replies';
import { redact } from '../../../../src/core/redact';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';
import { renderReply } from '../../../../src/adapters/cli/render-terminal';
import { renderMessages } from '../../../../src/adapters/slack/render-blocks';

const at = new Date(T0).toISOString();
function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
const OTHER_ACCOUNT = PASTES.callerIdentity.replace(/123456789012/g, '111122223333');

describe('issue 9 item 5: the expected identity written beside the pasted error', () => {
  it.each([
    ['on its own line', `${PASTES.cliInvalidToken}\nIt should be account 111122223333`],
    ['in the same line, after the message', `${PASTES.cliInvalidToken.trim()} It should be account 111122223333`],
  ])('when "it should be account …" is written %s, then a caller identity in another account does not verify', (_where, text) => {
    const clock = new Clock();
    const r = open(text);
    expect(r.state.expected).toEqual({ account: '111122223333' });
    const fix = send(r.state, { kind: 'confirm-cause', causeId: r.state.causes[0]!.id, user: 'U01ALICE', at }, clock);
    const wrong = send(send(fix.state, { say: 'done' }, clock).state, { paste: PASTES.callerIdentity }, clock);
    expect(wrong.state.phase).toBe('verifying');
    expect(wrong.state.verification).toMatchObject({ account: '123456789012', matched: false });
    expect(send(wrong.state, { paste: OTHER_ACCOUNT }, clock).state.phase).toBe('resolved');
  });

  it('when the error itself names accounts, then none of them is taken as the expected one', () => {
    const denied = 'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy';
    expect(open(denied).state.expected).toBeUndefined();
  });
});

describe('issue 9 item 10: what the team said fixed it, after a verification closed the case', () => {
  const verified = () => {
    const clock = new Clock();
    const r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    const fix = send(r.state, { kind: 'confirm-cause', causeId: 'env-var-override', user: 'U01ALICE', at }, clock);
    const done = send(send(fix.state, { say: 'done' }, clock).state, { paste: PASTES.callerIdentity }, clock);
    expect(done.state.phase).toBe('resolved');
    expect(ofType(done.replies, 'text').map((t) => t.text).join(' ')).toMatch(/Say what fixed it/);
    return { state: done.state, clock };
  };

  it.each(['resolved - removed the stale AWS_ACCESS_KEY_ID export from .bashrc', 'removing the stale AWS_ACCESS_KEY_ID export from .bashrc fixed it'])('when "%s" follows, then the summary says it, in the same case', (words) => {
    const { state, clock } = verified();
    const r = send(state, { say: words }, clock);
    expect(r.state.openedAt).toBe(state.openedAt);
    expect(r.state.earlier).toBeUndefined();
    expect(r.state.fixedBy).toMatch(/stale AWS_ACCESS_KEY_ID export from \.bashrc/);
    expect(ofType(r.replies, 'summary')[0]!.markdown).toMatch(/### What fixed it\n- In the team's words: .*stale AWS_ACCESS_KEY_ID export/);
  });

  it.each(['thanks, the new key works', 'it works now - thanks!', 'resolved'])('when "%s" follows, then nothing is recorded as what fixed it', (words) => {
    expect(lateFixNote(words)).toBeUndefined();
    const { state, clock } = verified();
    const r = send(state, { say: words }, clock);
    expect(r.state.fixedBy).toBeUndefined();
    expect(r.replies).toEqual([]);
  });

  it('when a new error follows, then it opens a new case and is not taken as a note', () => {
    const { state, clock } = verified();
    expect(lateFixNote(PASTES.cliInvalidToken)).toBeUndefined();
    const r = send(state, { paste: PASTES.cliInvalidToken }, clock);
    expect(r.state.earlier).toHaveLength(1);
    expect(r.state.phase).toBe('diagnosing');
  });
});

describe('issue 9 item 6: AccessDenied points to the source and to its own kind first', () => {
  const TERRAFORM = [
    '2026-11-22T08:41:03.120Z [INFO]  provider.terraform-provider-aws_v5.31.0_x5: AWS Auth provider used: "EnvProvider": tf_provider_addr=registry.terraform.io/hashicorp/aws',
    'Error: reading S3 Bucket (tf-state-ops): AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::tf-state-ops" because no resource-based policy allows the s3:ListBucket action',
  ].join('\n');
  const fixFor = (choice: string) => {
    const r = open(TERRAFORM);
    expect(r.state.pending?.id).toBe('resource-account');
    return send(r.state, { kind: 'answer', questionId: 'resource-account', choiceId: choice, user: 'U01ALICE', at }, new Clock());
  };

  it('when an AccessDenied opens the case, then the opening never says that changing the credential source will not help', () => {
    const text = ofType(open(TERRAFORM).replies, 'text').map((t) => t.text).join('\n');
    expect(text).not.toMatch(/credential source will not help/);
    expect(text).toMatch(/calling identity \(the ARN in the error, or `aws sts get-caller-identity`[^)]*\) is the one you meant/);
  });

  it('when the fix is shown, then the source the paste shows and the kind of denial come before the platform steps, in the terminal and in Slack', () => {
    const r = fixFor('other');
    const fix = ofType(r.replies, 'remediation')[0]!;
    expect(fix.causeId).toBe('authorization-not-authentication');
    expect(fix.playbooks?.filter((p) => p.first).map((p) => p.id)).toEqual(['authz-source-first', 'authz-cross-account', 'authz-resource-policy']);
    const terminal = renderReply(fix);
    const firstPlatform = terminal.indexOf('  [Linux / macOS]');
    expect(terminal.indexOf('check that source first')).toBeGreaterThan(0);
    expect(terminal.indexOf('check that source first')).toBeLessThan(terminal.indexOf('Cross-account: both accounts'));
    expect(terminal.indexOf('Cross-account: both accounts')).toBeLessThan(firstPlatform);
    // The Terraform backend playbook is about the tool, not this denial: after the platform steps.
    expect(terminal.indexOf('Terraform: the S3 backend')).toBeGreaterThan(firstPlatform);
    const slack = JSON.stringify(renderMessages([fix]));
    expect(slack.indexOf('check that source first')).toBeLessThan(slack.indexOf('Linux / macOS'));
    expect(slack.indexOf('Cross-account: both accounts')).toBeLessThan(slack.indexOf('Linux / macOS'));
  });
});

describe('issue 9 item 7: the GitHub Actions OIDC playbook reaches Slack and --jsonl whole', () => {
  it('when the fix for a GitHub Actions job is rendered for Slack, then `id-token: write` is shown, not redacted', () => {
    const replies = remediationReplies('role-credentials-unavailable', { tool: ['github-actions'], runtime: ['github-actions'] });
    const slack = JSON.stringify(renderMessages(replies));
    expect(slack).toContain('permissions:\\n  id-token: write\\n  contents: read');
    expect(slack).toContain('grant `permissions: id-token: write`');
    expect(slack).not.toContain('REDACTED');
  });

  it.each(['id-token: writeAbc123XyZ987pq', 'id_token: readXyz/abc+123456789'])('when a token value only starts with an access level (%s), then it is still redacted', (text) => {
    expect(redact(text).text).toMatch(/REDACTED/);
  });
});

describe('issue 9 item 7: EKS "You must be logged in to the server"', () => {
  it('when kubectl says it, then the access entries / aws-auth playbook comes before the platform steps', () => {
    const r = open('$ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)');
    const fix = r.state.phase === 'remediating' ? r : send(r.state, { say: 'show me the fix' }, new Clock());
    const rem = ofType(fix.replies, 'remediation')[0]!;
    expect(rem.playbooks?.find((p) => p.id === 'eks-cluster-access')?.first).toBe(true);
    const text = renderReply(rem);
    expect(text.indexOf('aws eks create-access-entry')).toBeGreaterThan(0);
    expect(text.indexOf('aws eks create-access-entry')).toBeLessThan(text.indexOf('  [Kubernetes (IRSA)]'));
    expect(text).toContain('kubectl -n kube-system get configmap aws-auth');
  });

  it('when an SDK inside a pod fails, then the kubectl access-entry playbook is not offered', () => {
    const replies = remediationReplies('missing-session-token', { runtime: ['eks'] });
    expect(ofType(replies, 'remediation')[0]!.playbooks?.map((p) => p.id) ?? []).not.toContain('eks-cluster-access');
  });
});

describe('issue 9 item 5: a policy with an ARN is evidence, and the record says so', () => {
  it('when a trust policy is pasted after the fix, then the timeline and summary never call its ARN an identity', () => {
    const clock = new Clock();
    const r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    const fix = send(r.state, { kind: 'confirm-cause', causeId: 'env-var-override', user: 'U01ALICE', at }, clock);
    const verifying = send(fix.state, { say: 'done' }, clock).state;
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/deploy' }, Action: 'sts:AssumeRole' }] }, null, 2);
    const after = send(verifying, { paste: policy }, clock);
    expect(after.state.verification).toBeUndefined();
    const done = send(after.state, { say: 'resolved' }, clock);
    const summary = ofType(done.replies, 'summary')[0]!.markdown;
    expect(summary).not.toMatch(/identity arn:aws:iam::111122223333:role\/deploy/);
    expect(summary).toMatch(/ARN arn:aws:iam::111122223333:role\/deploy/);
    expect(summary).toMatch(/Not verified/);
  });
});

describe('issue 9 item 6: each kind of denial gets its own steps', () => {
  const denied = (why: string) => `An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::app-artifacts/build.zip" ${why}`;
  it.each([
    ['an SCP', 'with an explicit deny in a service control policy', 'authz-scp'],
    ['a permissions boundary', 'because no permissions boundary allows the s3:PutObject action', 'authz-boundary'],
    ['a session policy', 'because no session policy allows the s3:PutObject action', 'authz-session-policy'],
    ['a resource policy', 'with an explicit deny in a resource-based policy', 'authz-resource-policy'],
    ['a missing identity policy', 'because no identity-based policy allows the s3:PutObject action', 'authz-identity-policy'],
  ])('when %s denies it and the identity is the right one, then its playbook leads the fix', (_kind, why, playbook) => {
    const r = open(denied(why));
    expect(r.state.pending?.id).toBe('resource-account');
    const fix = send(r.state, { kind: 'answer', questionId: 'resource-account', choiceId: 'same', user: 'U01ALICE', at }, new Clock());
    const rem = ofType(fix.replies, 'remediation')[0]!;
    expect(rem.causeId).toBe('authorization-not-authentication');
    expect(rem.playbooks?.filter((p) => p.first).map((p) => p.id)).toEqual([playbook]);
  });
});

describe('issue 9 item 10: "resolve - <what fixed it>", the word the terminal teaches', () => {
  it('when the team types "resolve - …" during the fix, then the case closes with that as what fixed it', () => {
    const clock = new Clock();
    const r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    const fix = send(r.state, { kind: 'confirm-cause', causeId: 'env-var-override', user: 'U01ALICE', at }, clock);
    const done = send(fix.state, { say: 'resolve - removed the old export from .bashrc' }, clock);
    expect(done.state.phase).toBe('resolved');
    expect(done.state.fixedBy).toBe('removed the old export from .bashrc');
  });
});
