/**
 * Defects found by using awskey as a new user and as an on-call SRE (product trial, stop 20).
 */
import { step } from '../../../../src/core/conversation/engine';
import { interpret } from '../../../../src/core/conversation/interpreter';
import type { CaseInput } from '../../../../src/core/conversation/types';
import { Clock, T0 } from '../../../helpers/case-script';

const key = { channel: 'C1', thread: '1.0' };
const clock = new Clock();
const at = () => clock.tick();
const paste = (text: string): CaseInput => ({ kind: 'paste', text, user: 'U01SRE', at: new Date(T0).toISOString() });

const DENIED_VIA_ENV = '2026/11/22 08:50:01 [DEBUG] provider: AWS Auth provider used: "EnvProvider"\nError: error configuring S3 Backend: AccessDenied: Access Denied\n\tstatus code: 403, request id: 1234ABCD';
const IDENTITY = '{"UserId": "AIDAIOSFODNN7EXAMPLE", "Account": "111122223333", "Arn": "arn:aws:iam::111122223333:user/ci"}';

describe('trial: verifying the fix of an AccessDenied', () => {
  it('when a denied call is fixed by changing the credential source, then a caller identity confirms who calls but does not close the case as verified', () => {
    let r = step(undefined, paste(DENIED_VIA_ENV), { now: new Date(T0), key })!;
    // The permissions fix is shown, the team rules it out: the credential source's fix follows, then done.
    r = step(r.state, { kind: 'confirm-cause', causeId: 'authorization-not-authentication', user: 'U01SRE', at: at().toISOString() }, { now: at(), key })!;
    r = step(r.state, { kind: 'reject-cause', causeId: 'authorization-not-authentication', user: 'U01SRE', at: at().toISOString() }, { now: at(), key })!;
    expect(r.state.scoring?.current).toBe('env-var-override');
    r = step(r.state, { kind: 'step-done', user: 'U01SRE', at: at().toISOString() }, { now: at(), key })!;
    r = step(r.state, paste(IDENTITY), { now: at(), key })!;
    // get-caller-identity succeeded before the fix too (the caller was authenticated and denied):
    // only the retried call proves the fix.
    expect(r.state.verification?.outcome).toBe('identity-confirmed');
    expect(r.state.phase).not.toBe('resolved');
    const said = r.replies.map((x) => JSON.stringify(x)).join('\n');
    expect(said).not.toMatch(/AWS accepts the credentials now/);
    expect(said).toMatch(/retry the call that was denied/);
  });

  it('when an authentication error is fixed, then a caller identity still verifies and closes the case', () => {
    let r = step(undefined, paste('An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'), { now: new Date(T0), key })!;
    r = step(r.state, { kind: 'step-done', user: 'U01SRE', at: at().toISOString() }, { now: at(), key })!;
    r = step(r.state, paste(IDENTITY), { now: at(), key })!;
    expect(r.state.verification?.outcome).toBe('verified');
    expect(r.state.phase).toBe('resolved');
  });
});

describe('trial: a command typed with its note left out', () => {
  it.each(['resolved -', 'resolved:', 'fixed -', 'Resolved — '])('when "%s" is typed, then it resolves the case (it was taken as chatter and "Noted.")', (text) => {
    expect(interpret(text, undefined, []).intent).toBe('resolve');
    let r = step(undefined, paste('An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'), { now: new Date(T0), key })!;
    r = step(r.state, { kind: 'message', text, user: 'U01SRE', at: at().toISOString() }, { now: at(), key })!;
    expect(r.state.phase).toBe('resolved');
  });
});
