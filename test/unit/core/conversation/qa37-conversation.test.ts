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
