/**
 * Remediation for the runtime at hand: the detected runtime's steps only (the others behind one
 * "other platforms" line, in Slack and in the terminal), no "not on your laptop" for a laptop,
 * and the tool's playbook when the tool is known.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { renderReplies } from '../../../../src/adapters/cli/render-terminal';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';

function open(text: string): { state: CaseState; replies: Reply[] } {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString() }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r;
}
const confirm = (s: CaseState, causeId: 'env-var-override' | 'no-credentials-found' | 'wrong-account-or-partition') => send(s, { kind: 'confirm-cause', causeId, user: 'U1', at: '' }, new Clock());

describe('remediation for the runtime at hand', () => {
  it('when the runtime is a laptop, then the fix shows the shells of a laptop, the rest is one line, and nobody is told "not on your laptop"', () => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'laptop', user: 'U1', at: '' }, new Clock());
    const fix = confirm(r.state, 'env-var-override');
    const rem = ofType(fix.replies, 'remediation')[0]!;
    expect(rem.variants.slice(0, rem.primary).map((v) => v.platform)).toEqual(['linux-macos', 'windows-powershell']);
    const text = renderReplies(fix.replies);
    expect(text).toMatch(/Other platforms: CI runners, Containers \/ ECS, Kubernetes \(IRSA\), SSO users/);
    expect(text).not.toMatch(/\[CI runners\]/);
    expect(text.split('\n').length).toBeLessThan(45);
    expect(text).not.toMatch(/not on your laptop|only from your own laptop/i);
    const verify = send(fix.state, { say: 'done' }, new Clock());
    expect(ofType(verify.replies, 'verification')[0]!.text).not.toMatch(/not on your laptop/);
  });

  it('when the runtime is not known, then every platform is shown (no primary)', () => {
    const fix = confirm(open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`).state, 'env-var-override');
    expect(ofType(fix.replies, 'remediation')[0]!.primary).toBeUndefined();
  });

  it('when the team asks for "other platforms", then every platform\'s steps follow', () => {
    let r = open(`${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    r = send(r.state, { kind: 'answer', questionId: 'runtime', choiceId: 'ci', user: 'U1', at: '' }, new Clock());
    const fix = confirm(r.state, 'env-var-override');
    const more = send(fix.state, { say: 'other platforms' }, new Clock());
    const rem = ofType(more.replies, 'remediation')[0]!;
    expect(rem.primary).toBeUndefined();
    expect(rem.variants.length).toBeGreaterThan(3);
  });

  it.each([
    ['Terraform', 'Error: configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider found.', 'no-credentials-found', 'terraform-s3-backend'],
    ['LocalStack', PASTES.localstackKeys, 'wrong-account-or-partition', 'localstack'],
    ['kubectl', 'error: You must be logged in to the server (Unauthorized)', 'no-credentials-found', 'eks-cluster-access'],
  ] as const)('when the paste shows %s, then its playbook comes with the fix', (_tool, paste, cause, playbook) => {
    const r = open(paste);
    const fix = r.state.phase === 'remediating' && r.state.scoring?.current === cause ? r : confirm(r.state, cause);
    expect(ofType(fix.replies, 'remediation')[0]!.playbooks?.map((p) => p.id)).toContain(playbook);
  });
});
