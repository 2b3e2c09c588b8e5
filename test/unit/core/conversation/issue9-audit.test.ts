/**
 * What the audit of issue 9's whole text against the product found short, each from the input a
 * user gave: an expected account written beside the pasted error, and what fixed it said after a
 * verification had already closed the case.
 */
import { step } from '../../../../src/core/conversation/engine';
import { lateFixNote } from '../../../../src/core/conversation/fixing';
import type { CaseState, Reply } from '../../../../src/core/conversation/types';
import { Clock, T0, ofType, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';

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
