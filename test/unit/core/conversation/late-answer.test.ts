/**
 * QA38 F16 in the engine: an answer whose `writtenAt` is before the pending question was asked is read against the
 * question open when it was written, never the pending one.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { writtenAtOf } from '../../../../src/adapters/slack/paste-listener';

const key = { channel: 'C1', thread: '1.0' };
const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const at = (s: number) => new Date(Date.UTC(2026, 11, 7, 10, 0, s));

function afterFirstAnswer(): CaseState {
  const opened = step(undefined, { kind: 'paste', text: ERROR, user: 'U7', at: at(0).toISOString() }, { now: at(0), key })!;
  expect(opened.state.pending?.id).toBe('key-prefix');
  const next = step(opened.state, { kind: 'message', text: '1', user: 'U1', at: at(10).toISOString(), writtenAt: at(9).toISOString() }, { now: at(10), key })!;
  expect(next.state.pending?.id).toBe('target');
  return next.state;
}
const said = (state: CaseState, text: string, written: number) =>
  step(state, { kind: 'message', text, user: 'U2', at: at(12).toISOString(), writtenAt: at(written).toISOString() }, { now: at(12), key })!;
const texts = (r: { replies: Array<{ type: string; text?: string }> }) => r.replies.map((x) => x.text ?? '').join('\n');

describe('QA38 F16: an answer written before the question pending', () => {
  test('when it agrees with the answer taken, then nothing changes and the pending question stays', () => {
    const r = said(afterFirstAnswer(), '1', 8);
    expect(texts(r)).toMatch(/agrees with the answer already taken/);
    expect(r.state.pending?.id).toBe('target');
    expect(r.state.asked.find((a) => a.id === 'target')?.answer).toBeUndefined();
  });

  test('when it is a number no choice of the earlier question has, then it is a remark, not an answer to the pending one', () => {
    const r = said(afterFirstAnswer(), '5', 8);
    expect(texts(r)).toMatch(/written before the question above was asked/);
    expect(r.state.asked.find((a) => a.id === 'target')?.answer).toBeUndefined();
  });

  test('when it was written after the pending question was asked, then it answers it as before', () => {
    const r = said(afterFirstAnswer(), '1', 11);
    expect(r.state.asked.find((a) => a.id === 'target')?.answer).toBeDefined();
  });

  test('a Slack ts is taken as when the message was written only near its arrival', () => {
    const now = at(30);
    expect(writtenAtOf(`${now.getTime() / 1000 - 20}.000100`, now)).toEqual({ writtenAt: new Date(now.getTime() - 20_000).toISOString() });
    expect(writtenAtOf('1700000200.000001', now)).toEqual({});
    expect(writtenAtOf('x', now)).toEqual({});
  });
});
