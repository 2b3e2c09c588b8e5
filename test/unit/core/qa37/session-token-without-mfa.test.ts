/**
 * QA37 F14 (99designs/aws-vault#172): aws-vault's GetSessionToken session, no MFA, calling IAM. IAM refuses such a
 * session as an invalid token (STS API Reference, GetSessionToken; aws-vault USAGE.md "Temporary credentials limitations
 * with STS, IAM"): the fix is `--no-session` or MFA, not "send the session token", which aws-vault already set.
 */
import { diagnose } from '../../../../src/core/diagnose';
import { step } from '../../../../src/core/conversation/engine';
import { rank } from '../../../../src/core/conversation/belief';
import type { CaseState } from '../../../../src/core/conversation/types';
import { T0 } from '../../../helpers/case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const at = new Date(T0).toISOString();
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the ListRoles operation: The security token included in the request is invalid.';
const V4_LOG = [
  'I do not have MFA for my user',
  '$ aws-vault --debug exec sandbox -- aws iam list-roles',
  '2018/03/01 10:00:00 Getting new session token for profile sandbox',
  '2018/03/01 10:00:01 Setting subprocess env: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY',
  '2018/03/01 10:00:01 Setting subprocess env: AWS_SESSION_TOKEN, AWS_SECURITY_TOKEN',
  ERROR,
].join('\n');

describe('QA37 F14: a GetSessionToken session without MFA refused by IAM', () => {
  it('when aws-vault v4\'s debug log shows a new session token and an IAM call fails, then the session\'s limit leads, not a missing token', () => {
    const d = diagnose(V4_LOG);
    expect(d.causes[0]!.id).toBe('authorization-not-authentication');
    expect(d.causes.slice(0, 3).map((c) => c.id)).not.toContain('missing-session-token');
  });

  it('when aws-vault v7 logs "using GetSessionToken" without MFA, then it reads the same; "(with MFA)" does not', () => {
    const v7 = (mfa: string) => `$ aws-vault exec --debug dev -- aws iam get-user\n2024/01/01 10:00:00 profile dev: using GetSessionToken ${mfa}\nAn error occurred (InvalidClientTokenId) when calling the GetUser operation: The security token included in the request is invalid`;
    expect(diagnose(v7('')).causes[0]!.id).toBe('authorization-not-authentication');
    expect(diagnose(v7('(with MFA)')).causes[0]!.id).not.toBe('authorization-not-authentication');
  });

  it('when `aws-vault exec` of a user profile runs an IAM command (its USAGE.md example), then the session counts; with --no-session it does not', () => {
    const run = (flags: string) => `$ aws-vault exec ${flags}jonsmith -- aws iam get-user\nAn error occurred (InvalidClientTokenId) when calling the GetUser operation: The security token included in the request is invalid`;
    expect(diagnose(run('')).causes[0]!.id).toBe('authorization-not-authentication');
    expect(diagnose(run('--no-session ')).causes[0]!.id).not.toBe('authorization-not-authentication');
  });

  it('when the chat is asked for the fix, then it gives --no-session and MFA steps, not "export AWS_SESSION_TOKEN"', () => {
    let state: CaseState | undefined;
    let replies = '';
    for (const text of [V4_LOG, 'show me the fix']) {
      const r = step(state, { kind: 'message', text, user: 'U01ALICE', at, addressed: true }, ctx);
      state = r!.state;
      replies += JSON.stringify(r!.replies);
    }
    expect(rank(state!.scoring!, state!.rejected)[0]!.id).toBe('authorization-not-authentication');
    expect(replies).toMatch(/aws-vault exec --no-session/);
    expect(replies).toMatch(/mfa_serial/);
    expect(replies).not.toMatch(/export AWS_SESSION_TOKEN/);
  });
});
