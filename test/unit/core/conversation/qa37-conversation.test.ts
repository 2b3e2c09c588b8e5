/**
 * QA37's conversation findings (F4, F5, F9, F17), typed message by message through the engine as `chat` does.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { T0 } from '../../../helpers/case-script';
import { applied, typed } from '../../../helpers/typed-case';

const opening = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const lead = (s: CaseState) => s.scoring!.current ?? [...s.causes].sort((a, b) => b.score - a.score)[0]!.id;
const texts = (replies: Reply[]) => replies.map((r) => ('text' in r ? String(r.text) : '')).join('\n');

describe('QA37 F4: a plain correction of the key prefix during the fix', () => {
  it.each(["it's AKIA", 'it starts with AKIA', "it's a long-term key", '1'])('when "%s" follows the ASIA answer and its fix, then the key prefix is AKIA and the temporary-key fix is dropped with a reason', (said) => {
    const before = typed([opening, '2']);
    expect(before.state.scoring!.current).toBe('missing-session-token');
    const { state, replies } = typed([opening, '2', said]);
    expect(state.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('akia');
    expect(lead(state)).not.toBe('missing-session-token');
    expect(texts(replies)).toContain('no longer stands');
    expect(texts(replies)).not.toContain('Noted, but nothing');
  });
  it('when the same choice is said again, then nothing is corrected', () => {
    const { state } = typed([opening, '2', "it's ASIA"]);
    expect(state.scoring!.current).toBe('missing-session-token');
  });
  it('when a question about the key is asked, then it corrects nothing', () => {
    const { state } = typed([opening, '2', 'what does AKIA mean?']);
    expect(state.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
  });
  it('when a runbook answers the closed key-prefix question again with another choice, then the answer is replaced (not silence)', () => {
    const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
    const at = new Date(T0).toISOString();
    const { state: s1 } = typed([opening, 'AKIA']);
    expect(s1.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('akia');
    const r = step(s1, { kind: 'answer', questionId: 'key-prefix', choiceId: 'asia', user: 'U01ALICE', at }, ctx)!;
    expect(r.state.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
    expect(r.replies.length).toBeGreaterThan(0);
    expect(applied(r.state)).toContain('statement:key-prefix=asia');
    // The same choice again (a double click, a retried event) stays silent.
    const again = step(r.state, { kind: 'answer', questionId: 'key-prefix', choiceId: 'asia', user: 'U01ALICE', at }, ctx)!;
    expect(again.replies).toEqual([]);
  });
});

describe('QA37 F17: "why do you need that?" at a question', () => {
  it.each(['why do you need that?', 'why?', 'why does that matter?', "what's that for?", 'why is that needed', 'why do you ask'])('when "%s" is asked at the key-prefix question, then its reason is said and the question shown again', (said) => {
    const { state, replies } = typed([opening, said]);
    expect(state.pending?.id).toBe('key-prefix');
    expect(texts(replies)).toContain('Why it is asked: AKIA is a long-term user key');
    expect(replies.some((r) => r.type === 'question' && r.id === 'key-prefix')).toBe(true);
    expect(texts(replies)).not.toContain('Noted, but nothing');
    expect(state.asked.find((a) => a.id === 'key-prefix')?.answer).toBeUndefined();
  });
  it('when a "why" question states a fact, then it is no request for the reason', () => {
    const { replies } = typed([opening, 'why does the env still hold the old key?']);
    expect(texts(replies)).not.toContain('Why it is asked');
  });
});

describe('QA37 F9: the state bucket said to be in this account', () => {
  const err = 'Error: Error saving state: failed to upload state: AccessDenied: Access Denied\n\tstatus code: 403, request id: 7YB3K9QZ2M4N6P8R, host id: abc\n\nError: Failed to persist state to backend.\nThe error shown above has prevented Terraform from writing the updated state to the configured backend. To allow for subsequent recovery, the state has been written to the file "errored.tfstate" in the current working directory.';
  const id = '{\n    "UserId": "AIDAEXAMPLEUSERID0001",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/deploy"\n}';
  const answer = 'yes that is the right user; the state bucket is in this account, and it uses SSE-KMS with our own key';
  it('when the team says the bucket is in this account, then it is the same account, never "another account", and the fix says the KMS key step', () => {
    const { state, replies } = typed([err, id, answer]);
    expect(applied(state)).toContain('answer:resource-account=same');
    expect(applied(state)).not.toContain('statement:other-account');
    const fix = JSON.stringify(replies.find((r) => r.type === 'remediation'));
    expect(fix).toContain('authz-same-account-kms');
    expect(fix).toContain('kms:GenerateDataKey');
    expect(fix).not.toContain('authz-cross-account');
  });
  it('when the bucket is said to be "not in this account", then it is not read as the same account', () => {
    const { state } = typed([err, id, 'right user, but the bucket is not in this account']);
    expect(applied(state)).not.toContain('answer:resource-account=same');
  });
  it('when the bucket lives in the ops account, then another account is still read', () => {
    const { state } = typed([opening, 'the state bucket lives in the ops account 111122223333']);
    expect(applied(state)).toContain('statement:other-account');
  });
});

describe('QA37 F5: a second incident beside the open case', () => {
  const terraform = 'Error: error configuring S3 Backend: error validating provider credentials: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 5d4f1f5e-1c2b-4c3d-9e8f-0a1b2c3d4e5f';
  const kubectl = 'error: You must be logged in to the server (Unauthorized)';
  it.each(['also our kubectl is broken too:', 'btw the staging box says:', 'meanwhile on the other cluster:', 'unrelated, but:'])('when "%s" introduces another family of error, then it opens a new case and the first keeps its facts', (lead) => {
    const { state, replies } = typed([terraform, '1', `${lead}\n${kubectl}`]);
    expect(state.earlier?.length ?? 0).toBe(1);
    expect(state.errorCodes).not.toContain('InvalidClientTokenId');
    expect(texts(replies)).toContain('opens a new case');
  });
  it('when "also" starts a story of the same incident, then it stays in the case', () => {
    const { state } = typed([terraform, '1', `also it fails in CI too:\n${terraform}`]);
    expect(state.earlier?.length ?? 0).toBe(0);
  });
});
