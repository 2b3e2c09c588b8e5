import { step } from '../../../../src/core/conversation/engine';
import type { CaseInput, CaseState, Reply } from '../../../../src/core/conversation/types';
import type { LookupResult } from '../../../../src/core/lookup/types';
import { Clock, T0, defaultAnswers, ofType, runToRemediation, send, takenFor } from '../../../helpers/case-script';
import { EXAMPLE_SECRET, PASTES } from '../../../helpers/pastes';
import { DEFAULT_POLICY_PARAMS } from '../../../../src/core/conversation/policy-params';

const { maxProbes: MAX_PROBES, maxSteps: MAX_STEPS } = DEFAULT_POLICY_PARAMS;

const at = new Date(T0).toISOString();
const open = (text: string, user = 'U01ALICE') => step(undefined, { kind: 'paste', text, user, at }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
const opened = (text: string) => {
  const r = open(text);
  if (!r) throw new Error('no case opened');
  return r;
};
const nextSteps = (replies: Reply[]) => replies.filter((r) => r.type === 'question' || r.type === 'command');

function lookup(verdict: LookupResult['verdict']): LookupResult {
  return { hint: 'AKIA…MPLE', verdict, matches: [], accounts: { scanned: 3, failed: [] }, deletionEvents: [], indexAgeSeconds: 10, explanation: `verdict ${verdict}`, nextStep: 'next' };
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('conversation engine', () => {
  it('when the first paste holds no AWS error, then no case is opened (silence)', () => {
    expect(open('hello team, anyone up for lunch?')).toBeUndefined();
    expect(open('')).toBeUndefined();
  });

  it('when the first input is not a paste, then no case is opened', () => {
    expect(step(undefined, { kind: 'resolve', user: 'U1', at }, { now: new Date(T0) })).toBeUndefined();
    expect(step(undefined, { kind: 'answer', questionId: 'rotation', choiceId: 'rotated', user: 'U1', at }, { now: new Date(T0) })).toBeUndefined();
  });

  it('when an ambiguous error opens a case, then it explains, ranks and asks exactly one next step', () => {
    const r = opened(PASTES.cliInvalidToken);
    expect(r.state.key).toEqual({ channel: 'C1', thread: '1.0' });
    expect(r.state.phase).toBe('diagnosing');
    expect(ofType(r.replies, 'heading')[0]!.text).toContain('InvalidClientTokenId');
    expect(ofType(r.replies, 'text')[0]!.text).toMatch(/authentication/i);
    expect(ofType(r.replies, 'causes')[0]!.causes.length).toBe(3);
    expect(nextSteps(r.replies)).toHaveLength(1);
    expect(r.state.pending?.id).toBe((nextSteps(r.replies)[0] as { id: string }).id);
    const q = ofType(r.replies, 'question')[0];
    if (q) expect(q.choices.length).toBeGreaterThan(1);
  });

  it('when the paste already shows the credential source, then `aws configure list` is never asked', () => {
    const opening = `${PASTES.cliInvalidToken}\n$ aws configure list\n${PASTES.configureListEnv}`;
    // No answer for configure-list: being asked for it fails the run.
    const { 'configure-list': _never, ...known } = defaultAnswers(opening, { 'works-elsewhere': { choice: 'yes' } }, '');
    const run = runToRemediation(opening, known);
    expect(run.state.facts.credentialSource).toBe('env');
    expect(run.asked).not.toContain('configure-list');
    expect(run.state.scoring?.current).toBe('env-var-override');
  });

  it('when the paste shows the key id, then its prefix is never asked', () => {
    const run = runToRemediation(PASTES.s3AsiaNoToken, { 'session-token': { choice: 'no' }, 'sign-in': { choice: 'assume-role' }, 'configure-list': { paste: PASTES.configureListEnv } });
    expect(run.asked).not.toContain('key-prefix');
    expect(run.state.scoring?.current).toBe('missing-session-token');
  });

  it('when a question is answered in words, then simple rules read the choice', () => {
    const clock = new Clock();
    let s = opened(PASTES.cliInvalidToken).state;
    s = { ...s, pending: { id: 'key-prefix', kind: 'question' }, asked: [...s.asked, { id: 'key-prefix', at }] };
    const r = send(s, { say: 'yes it starts with ASIA' }, clock);
    expect(r.state.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
    expect(r.state.scoring?.implied.keyKind).toBe('temporary');
    const r2 = send(r.state, { say: 'we rotated yesterday' }, clock);
    expect(takenFor(r2.state, 'rotation')).toBe('rotated');
    const r3 = send(r2.state, { say: "it's running in GitHub Actions" }, clock);
    expect(takenFor(r3.state, 'runtime')).toBe('ci');
  });

  it('when a question is answered by number, then the numbered choice is taken', () => {
    const clock = new Clock();
    let s = opened(PASTES.cliInvalidToken).state;
    s = { ...s, pending: { id: 'rotation', kind: 'question' }, asked: [...s.asked, { id: 'rotation', at }] };
    const r = send(s, { say: '2' }, clock);
    expect(r.state.asked.find((a) => a.id === 'rotation')?.answer).toBe('disabled');
  });

  it.each([
    ['binary noise', '\u0000\u0001\u0002\u00ff\ufffd\u0007'.repeat(50)],
    ['1 MB of text', 'lorem ipsum '.repeat(90_000)],
    ['emoji', '🤷‍♀️🔥🔥💥'],
    ['a number that is no choice', '42'],
  ])('when the answer is %s, then the engine re-asks the pending step instead of crashing', (_name, text) => {
    const clock = new Clock();
    const first = opened(PASTES.cliInvalidToken);
    const pending = first.state.pending!;
    const r = send(first.state, { say: text }, clock);
    expect(r.state.pending).toEqual(pending);
    expect(r.state.phase).toBe('diagnosing');
    expect(ofType(r.replies, 'text')[0]!.text).toMatch(/^Noted, but nothing in that answers the question\.|no choice/i);
    expect(nextSteps(r.replies).map((x) => (x as { id: string }).id)).toEqual([pending.id]);
    expect(JSON.stringify(r.state).length).toBeLessThan(60_000);
  });

  it('when people keep chatting after two re-asks, then the engine says only that nothing was taken (never silence, no nagging)', () => {
    const clock = new Clock();
    let s = opened(PASTES.cliInvalidToken).state;
    const first = send(s, { say: 'brb coffee' }, clock);
    expect(ofType(first.replies, 'text')[0]!.text).toMatch(/^Noted, but nothing in that answers the question\./);
    expect(nextSteps(first.replies).map((x) => (x as { id: string }).id)).toEqual([s.pending!.id]);
    s = send(first.state, { say: 'ok back' }, clock).state;
    const third = send(s, { say: 'did anyone see the game' }, clock);
    expect(third.replies.filter((r) => r.type !== 'actions')).toEqual([{ type: 'text', text: 'Noted, but nothing in that answers the question.' }]);
  });

  it('when a paste holds a secret, then a private rotate-now warning is sent once per kind and the secret is nowhere', () => {
    const clock = new Clock();
    const r = opened(PASTES.withSecret);
    const warnings = ofType(r.replies, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.private).toBe(true);
    expect(warnings[0]!.text).toMatch(/rotate/i);
    expect(r.state.secretsWarned).toContain('secret-access-key');
    const again = send(r.state, { paste: PASTES.withSecret }, clock);
    expect(ofType(again.replies, 'warning')).toHaveLength(0);
    for (const blob of [JSON.stringify(r), JSON.stringify(again)]) {
      expect(blob).not.toContain(EXAMPLE_SECRET);
      expect(blob).not.toContain('AKIAIOSFODNN7EXAMPLE');
    }
  });

  it('when a key id is known, then a lookup is offered with only its prefix and last four', () => {
    const r = opened(PASTES.withSecret);
    const actions = ofType(r.replies, 'actions')[0]!.actions;
    const lookupAction = actions.find((a) => a.id === 'run-lookup');
    expect(lookupAction).toEqual({ id: 'run-lookup', label: expect.any(String), hint: 'AKIA…MPLE' });
  });

  it('when the lookup says the key is inactive, then the key-deleted remediation follows', () => {
    const clock = new Clock();
    const r = send(opened(PASTES.cliInvalidToken).state, { lookup: lookup('inactive') }, clock);
    expect(r.state.phase).toBe('remediating');
    expect(r.state.scoring?.current).toBe('key-deleted-or-inactive');
    expect(r.state.lookups).toEqual([{ at: expect.any(String), hint: 'AKIA…MPLE', verdict: 'inactive' }]);
  });

  it('when the lookup says the key is active and used recently, then the source causes outrank a deleted key', () => {
    const clock = new Clock();
    const r = send(opened(PASTES.cliInvalidToken).state, { lookup: lookup('active-recently-used') }, clock);
    const score = (id: string) => r.state.causes.find((c) => c.id === id)!.score;
    for (const id of ['env-var-override', 'wrong-profile', 'stale-credentials-after-rotation']) expect(score(id)).toBeGreaterThan(score('key-deleted-or-inactive'));
  });

  it('when the lookup says other-account or temporary-key, then those causes lead', () => {
    const clock = new Clock();
    const other = send(opened(PASTES.cliInvalidToken).state, { lookup: lookup('other-account') }, clock);
    expect(other.state.causes[0]!.id).toBe('wrong-account-or-partition');
    const temp = send(opened(PASTES.cliInvalidToken).state, { lookup: lookup('temporary-key') }, clock);
    expect(['missing-session-token', 'temporary-credentials-expired']).toContain(temp.state.causes[0]!.id);
  });

  it('when the user confirms a cause, then its remediation is shown; when they reject it, the case moves on', () => {
    const clock = new Clock();
    const s0 = opened(PASTES.cliInvalidToken).state;
    const confirmed = send(s0, { kind: 'confirm-cause', causeId: 'wrong-profile', user: 'U02BOB', at }, clock);
    expect(confirmed.state.phase).toBe('remediating');
    expect(ofType(confirmed.replies, 'remediation')[0]!.causeId).toBe('wrong-profile');
    const actions = ofType(confirmed.replies, 'actions')[0]!.actions.map((a) => a.id);
    expect(actions).toEqual(['step-done', 'reject-cause', 'resolve', 'other-platforms']);
    const rejected = send(confirmed.state, { kind: 'reject-cause', causeId: 'wrong-profile', user: 'U02BOB', at }, clock);
    expect(rejected.state.rejected).toContain('wrong-profile');
    expect(rejected.state.confirmed).toBeUndefined();
    expect(rejected.state.scoring?.current).not.toBe('wrong-profile');
    expect(rejected.state.causes.find((c) => c.id === 'wrong-profile')!.score).toBe(0);
    expect(rejected.state.participants).toEqual(['U01ALICE', 'U02BOB']);
  });

  it('when verification still fails, then the current cause is ruled out and diagnosis resumes', () => {
    const clock = new Clock();
    const s0 = opened(PASTES.cliInvalidToken).state;
    let s = send(s0, { kind: 'confirm-cause', causeId: 'env-var-override', user: 'U1', at }, clock).state;
    s = send(s, { kind: 'step-done', user: 'U1', at }, clock).state;
    expect(s.phase).toBe('verifying');
    const r = send(s, { paste: PASTES.cliInvalidToken }, clock);
    expect(r.state.rejected).toContain('env-var-override');
    expect(r.state.phase).not.toBe('verifying');
    expect(ofType(r.replies, 'text')[0]!.text).toMatch(/still failing/i);
  });

  it('when the case is resolved by hand, then the summary has the cause, timeline, helpers and time to resolution', () => {
    const clock = new Clock(90_000);
    let s = opened(PASTES.cliInvalidToken).state;
    s = send(s, { kind: 'confirm-cause', causeId: 'env-var-override', user: 'U02BOB', at }, clock).state;
    const r = send(s, { kind: 'resolve', user: 'U02BOB', at, note: `unset the vars; secret was ${EXAMPLE_SECRET}` }, clock);
    expect(r.state.phase).toBe('resolved');
    expect(r.state.resolvedAt).toBe('2026-11-22T09:03:00.000Z');
    const md = ofType(r.replies, 'summary')[0]!.markdown;
    expect(md).toContain('`env-var-override`');
    expect(md).toContain('confirmed by the team');
    expect(md).toContain('**Time to resolution:** 3m');
    expect(md).toContain('<@U01ALICE>, <@U02BOB>');
    expect(md).toContain('| 2026-11-22T09:00:00.000Z | <@U01ALICE> | opened the case');
    expect(md).not.toContain(EXAMPLE_SECRET);
    expect(JSON.stringify(r.state)).not.toContain(EXAMPLE_SECRET);
  });

  it('when chatter follows a resolved case, then it stays quiet; a new error opens a new case, not a merged one', () => {
    const clock = new Clock();
    let s = opened(PASTES.cliInvalidToken).state;
    s = send(s, { kind: 'resolve', user: 'U1', at }, clock).state;
    expect(send(s, { say: 'thanks all!' }, clock).replies).toEqual([]);
    // Words after resolution never open a case, even about credentials.
    expect(send(s, { say: 'the new access key works now, thanks' }, clock).replies).toEqual([]);
    const next = send(s, { paste: PASTES.expiredToken }, clock);
    expect(next.state.phase).not.toBe('resolved');
    expect(next.state.openedAt).not.toBe(s.openedAt);
    // The two incidents are not merged: only the new error is in the new case.
    expect(next.state.errorCodes).toEqual(['ExpiredToken']);
    expect(next.state.scoring!.texts!.join('\n')).not.toMatch(/InvalidClientTokenId/);
    expect(next.state.earlier).toEqual([expect.objectContaining({ openedAt: s.openedAt, resolvedAt: s.resolvedAt })]);
    expect(next.state.causes[0]!.id).toBe('temporary-credentials-expired');
    expect(ofType(next.replies, 'heading')[0]!.text).toMatch(/ExpiredToken/);
  });

  it('when a problem is described to awskey after a resolved case, then it opens a new case; thanks said to awskey stays quiet', () => {
    const clock = new Clock();
    let s = opened(PASTES.cliInvalidToken).state;
    s = send(s, { kind: 'resolve', user: 'U1', at }, clock).state;
    const addressed = (text: string): CaseInput => ({ kind: 'paste', text, user: 'U1', at, addressed: true });
    // Said to awskey, but about the case just closed: nothing.
    expect(send(s, addressed('thanks, the new access key works'), clock).replies).toEqual([]);
    expect(send(s, addressed('thanks, that fixed the credential error'), clock).replies).toEqual([]);
    // The same words as a description, overheard: nothing either.
    const words = 'the publish pipeline is failing in `Configure AWS Credentials` before `npm publish`'; // https://github.com/circlefin/circle-nodejs-sdk/pull/142
    expect(send(s, { kind: 'paste', text: words, user: 'U1', at }, clock).replies).toEqual([]);
    const next = send(s, addressed(words), clock);
    // A new case, being worked (the words' context hints may already put a fix first: belief.ts describedBase).
    expect(['diagnosing', 'remediating']).toContain(next.state.phase);
    expect(next.state.openedAt).not.toBe(s.openedAt);
    expect(next.state.errorCodes).toEqual([]);
    expect(next.state.scoring!.texts!.join('\n')).not.toMatch(/InvalidClientTokenId/);
    expect(next.state.earlier).toEqual([expect.objectContaining({ openedAt: s.openedAt, resolvedAt: s.resolvedAt })]);
    expect(ofType(next.replies, 'text')[0]!.text).toMatch(/resolved, so this problem opens a new case/);
  });

  it('when the runtime is known, then its remediation variant comes first', () => {
    const clock = new Clock();
    let s = opened(PASTES.cliInvalidToken).state;
    s = send(s, { say: "it's running in GitHub Actions" }, clock).state;
    const r = send(s, { kind: 'confirm-cause', causeId: 'stale-credentials-after-rotation', user: 'U1', at }, clock);
    expect(ofType(r.replies, 'remediation')[0]!.variants[0]!.platform).toBe('ci');
  });

  it('when the same input is applied twice to a frozen state, then the results are identical and the state untouched', () => {
    const s0 = deepFreeze(opened(PASTES.cliInvalidToken).state) as CaseState;
    const input: CaseInput = { kind: 'message', text: 'we rotated yesterday', user: 'U2', at };
    const a = step(s0, input, { now: new Date(T0 + 1000) });
    const b = step(s0, input, { now: new Date(T0 + 1000) });
    expect(a).toEqual(b);
    expect(a!.state).not.toBe(s0);
  });

  it('when an unknown question or choice id arrives, then the engine re-asks rather than failing', () => {
    const clock = new Clock();
    const s0 = opened(PASTES.cliInvalidToken).state;
    const r = send(s0, { kind: 'answer', questionId: 'nope', choiceId: 'x', user: 'U1', at }, clock);
    expect(r.state.asked).toEqual(s0.asked);
    expect(ofType(r.replies, 'text').length).toBeGreaterThan(0);
  });

  it('when a question is answered twice (a double click), then the second answer changes nothing and says nothing', () => {
    const clock = new Clock();
    const s0 = opened(PASTES.cliInvalidToken).state;
    const first = send(s0, { kind: 'answer', questionId: 'rotation', choiceId: 'rotated', user: 'U1', at }, clock);
    expect(first.state.asked.find((a) => a.id === 'rotation')?.answer).toBe('rotated');
    const second = send(first.state, { kind: 'answer', questionId: 'rotation', choiceId: 'disabled', user: 'U2', at }, clock);
    expect(second.replies).toEqual([]);
    expect(second.state.asked).toEqual(first.state.asked);
    expect(second.state.causes).toEqual(first.state.causes);
  });

  it('when every step is skipped or unknown, then the skips do not use the question budget, and the best guess comes after at most MAX_STEPS steps, with "Not this cause"', () => {
    const run = runToRemediation(PASTES.cliInvalidToken, Object.fromEntries(['configure-list', 'caller-identity', 'key-prefix', 'rotation', 'works-elsewhere', 'target', 'session-token', 'sign-in', 'clock', 'copied', 'runtime'].map((id) => [id, { say: 'skip' }])));
    expect(run.state.phase).toBe('remediating');
    expect(run.inputs).toBeGreaterThan(MAX_PROBES);
    expect(run.inputs).toBeLessThanOrEqual(MAX_STEPS);
    const actions = ofType(run.replies[run.replies.length - 1]!, 'actions')[0]!.actions;
    expect(actions.find((a) => a.id === 'reject-cause')).toEqual({ id: 'reject-cause', label: 'Not this cause', causeId: run.state.scoring!.current });
  });

  it('when the paste names an opt-in region, then "which endpoint" is not asked', () => {
    const opening = PASTES.optInRegion;
    const { target: _never, ...known } = defaultAnswers(opening, { 'works-elsewhere': { choice: 'yes' } }, PASTES.configureListFile);
    const run = runToRemediation(opening, known);
    expect(run.state.facts.region).toBe('af-south-1');
    expect(run.asked).not.toContain('target');
    expect(run.state.scoring?.current).toBe('region-endpoint');
  });
});
