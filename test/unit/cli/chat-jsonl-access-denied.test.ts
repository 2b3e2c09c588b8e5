/**
 * AccessDenied as an expert works it, driven through `chat --jsonl`: authentication succeeded, so
 * the first step is who the caller is (read from the error's ARN, or `aws sts get-caller-identity`
 * when the error names none) and then whose account owns the resource. A "not sure" about the
 * resource's account is asked once more when the caller's identity arrives later.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';

const BARE_ACCESS_DENIED = '$ aws s3 ls s3://acme-reports\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied';
const WITH_ARN =
  'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-reports/x.csv"';

describe('chat --jsonl: AccessDenied, caller identity first', () => {
  it('when an AccessDenied names no caller, then the first step is get-caller-identity, then whose resource it is', async () => {
    const { send } = await jsonlChat('ad1');
    const first = await send({ text: BARE_ACCESS_DENIED });
    expect(first.pending?.id).toBe('caller-identity');
    expect(first.question?.commands.join('\n')).toMatch(/get-caller-identity/);
    const second = await send({ text: PASTES.callerIdentity });
    expect(second.pending?.id).toBe('resource-account');
    expect((await send({ answer: { question: 'resource-account', choice: 'same' } })).fix?.cause).toBe('authorization-not-authentication');
  });

  it('when the denied command named a profile, then get-caller-identity is asked with that profile', async () => {
    const { send } = await jsonlChat('ad5');
    const first = await send({ text: BARE_ACCESS_DENIED.replace('s3://acme-reports', 's3://acme-reports --profile dev') });
    expect(first.pending?.id).toBe('caller-identity');
    expect(first.question?.commands).toEqual(['aws sts get-caller-identity --profile dev']);
  });

  it('when the error names the caller, then get-caller-identity is not asked and whose resource comes first', async () => {
    const { send } = await jsonlChat('ad2');
    const first = await send({ text: WITH_ARN });
    expect(first.pending?.id).toBe('resource-account');
  });

  // The identity arrives while the permissions fix is shown; "not this" then reopens whose resource it is. (Before the
  // refusal prior, priors.ts fam.authz, it arrived while the sign-in question was open; a wrong profile now stands
  // far enough ahead there that its fix comes first, so the identity is pasted one step earlier.)
  it('when whose resource it is was "not sure" and the caller identity comes later, then it is asked once more', async () => {
    const { send } = await jsonlChat('ad3');
    await send({ text: BARE_ACCESS_DENIED });
    expect((await send({ text: 'skip' })).pending?.id).toBe('resource-account');
    const fix = await send({ answer: { question: 'resource-account', choice: 'unknown' } });
    expect(fix.fix?.cause).toBe('authorization-not-authentication');
    await send({ text: PASTES.callerIdentity });
    const after = await send({ text: 'not this' });
    expect(after.phase).toBe('diagnosing');
    expect(after.pending?.id).toBe('resource-account');
    const wrong = await send({ answer: { question: 'resource-account', choice: 'wrong-identity' } });
    expect(['wrong-profile', 'env-var-override']).toContain(wrong.ranking![0]!.cause);
  });

  it('when whose resource it is stays "not sure" after it was asked once more, then another identity does not ask it a third time', async () => {
    const { send } = await jsonlChat('ad4');
    await send({ text: BARE_ACCESS_DENIED });
    await send({ text: 'skip' });
    await send({ answer: { question: 'resource-account', choice: 'unknown' } });
    await send({ text: PASTES.callerIdentity });
    expect((await send({ text: 'not this' })).pending?.id).toBe('resource-account');
    await send({ answer: { question: 'resource-account', choice: 'unknown' } });
    const other = await send({ text: PASTES.callerIdentity.replace(/123456789012/g, '111122223333').replace('user/alice', 'user/bob') });
    expect(other.pending?.id).not.toBe('resource-account');
  });

  // STS refuses AssumeRole to an account's root user, whatever the trust policy says: no policy question helps.
  const ROOT_ASSUME =
    '$ aws sts get-caller-identity\n{"UserId": "123456789012", "Account": "123456789012", "Arn": "arn:aws:iam::123456789012:root"}\n$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/deploy --role-session-name x\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts';

  it.each([
    ['with the root ARN in the paste', ROOT_ASSUME],
    ['with the message alone', 'An error occurred (AccessDenied) when calling the AssumeRole operation: Roles may not be assumed by root accounts.'],
  ])('when AssumeRole says roles may not be assumed by root accounts (%s), then the root-user fix comes first, not whose resource it is', async (_what, text) => {
    const { send } = await jsonlChat(`ad-root-${text.length}`);
    const first = await send({ text });
    expect(first.pending?.id).toBeUndefined();
    expect(first.kind).toBe('fix');
    expect(first.fix?.cause).toBe('authorization-not-authentication');
    expect(first.fix?.playbooks?.[0]?.id).toBe('authz-root-caller');
    expect(first.fix?.playbooks?.[0]?.title).toMatch(/root user, which cannot assume roles/);
    // The opening line says what this is (STS API reference: root user credentials cannot call AssumeRole), not the code's generic words.
    const opening = (first.text ?? []).join('\n');
    expect(opening).toMatch(/the caller is the account's root user, and root user credentials cannot call AssumeRole/);
    expect(opening).not.toMatch(/a policy does not allow this action/);
  });
});
