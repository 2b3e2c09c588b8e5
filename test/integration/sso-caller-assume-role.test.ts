/**
 * AssumeRole denied for an IAM Identity Center (SSO) caller (QA 39 F14): the `AWSReservedSSO_*` role cannot be edited,
 * so the fix names the permission set (its inline/managed policy is the caller's identity policy) and the role's
 * `aws-reserved/sso.amazonaws.com/` path for the trust policy, through `awskey chat --jsonl`'s code.
 */
import { jsonlChat } from '../helpers/jsonl-chat';

const SSO_DENIED = 'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Developer_abc123/jane@example.com is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deploy';
const USER_DENIED = 'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/jane is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/deploy';

const fixText = (r: { fix?: { steps: string[]; playbooks?: Array<{ id: string; steps: Array<{ text: string }> }> } }) =>
  [...(r.fix?.steps ?? []), ...(r.fix?.playbooks ?? []).flatMap((p) => [p.id, ...p.steps.map((s) => s.text)])].join('\n');

describe('chat --jsonl: AssumeRole denied for an SSO caller', () => {
  it('names the permission set and the aws-reserved/sso.amazonaws.com role path', async () => {
    const chat = await jsonlChat('sso-caller');
    const r = await chat.send({ text: SSO_DENIED });
    expect(r.kind).toBe('fix');
    const text = fixText(r);
    expect(text).toMatch(/permission set[^\n]*provision/i);
    expect(text).toContain('aws-reserved/sso.amazonaws.com/');
  });

  it('an IAM user caller gets no SSO steps', async () => {
    const chat = await jsonlChat('user-caller');
    const r = await chat.send({ text: USER_DENIED });
    expect(fixText(r)).not.toContain('aws-reserved/sso.amazonaws.com/');
  });
});
