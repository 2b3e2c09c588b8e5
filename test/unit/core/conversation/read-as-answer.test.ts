/**
 * Issue #9, redundant questions: what the opening already states, in the words a reply to that question would use, is
 * read as its answer before the question is asked (src/core/conversation/read-as-answer.ts), recorded as said, and the
 * question is not asked. Through the real engine; chat sentences that only look like answers answer nothing.
 */
import { step } from '../../../../src/core/conversation/engine';
import { answersIn, saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import type { CaseState } from '../../../../src/core/conversation/types';
import { PROBES } from '../../../../src/core/knowledge';
import { afterFollowUp } from '../../../helpers/synthetic-case';

const now = new Date('2026-12-01T09:00:00Z');
const at = now.toISOString();
const ctx = { now };
const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const SIGNATURE = 'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.';

/** Opens a case with `text` and answers "I don't know" to everything asked; returns the questions asked, in order. */
function run(text: string): { state: CaseState; seen: string[] } {
  let r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at }, { now, key: { channel: 'C1', thread: '1' } })!;
  const seen: string[] = [];
  for (let i = 0; i < 8 && r.state.phase === 'diagnosing' && r.state.pending; i++) {
    seen.push(r.state.pending.id);
    r = step(r.state, { kind: 'paste', text: "I don't know", user: 'U01ALICE', at }, ctx)!;
  }
  return { state: r.state, seen };
}

const read = (text: string) => answersIn(personsSentences(text), QUESTIONS);

describe('the opening read with each question\'s own answer words', () => {
  it('when the opening says the clock is not synchronized (the clock question\'s answer words), then the clock question is not asked and the answer is recorded as said', () => {
    const { state, seen } = run(`${SIGNATURE}\nThe clock on the build agent is not synchronized.`);
    expect(seen).not.toContain('clock');
    expect(state.asked.find((a) => a.id === 'clock')).toMatchObject({ answer: 'off', said: true });
  });

  it('when the opening asks about the clock rather than stating it, then the clock question is still asked (control: the same words as a question)', () => {
    const { seen } = run(`${SIGNATURE}\nIs the clock on the build agent not synchronized?`);
    expect(seen).toContain('clock');
  });

  it('when the opening says the region was opted in, then the region question is recorded as said, not asked', () => {
    const { state, seen } = run('An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nThe calls go to me-south-1. We opted in to the region last week.');
    expect(seen).not.toContain('region-enabled');
    expect(state.asked.find((a) => a.id === 'region-enabled')).toMatchObject({ answer: 'enabled', said: true });
  });

  it('records what was said with the said flag and the question\'s choice, told apart from an answer to the question on screen', () => {
    const { state } = run(`${SIGNATURE}\nThe keys on this runner were set with aws configure.`);
    const said = state.asked.filter((a) => a.said);
    expect(said.map((a) => a.id)).toContain('copied');
    for (const a of said) {
      const probe = PROBES.find((p) => p.id === a.id);
      expect(probe?.kind === 'question' && probe.choices.some((c) => c.id === a.answer)).toBe(true);
    }
  });

  it('chat --jsonl shows a said reading in `understood` as `said: <choice>`, never as the bare choice (docs/conversation.md)', async () => {
    const { understood } = await afterFollowUp(SIGNATURE, `${SIGNATURE}\nThe clock on the build agent is not synchronized.`);
    expect(understood).toContain('clock=said: off');
    expect(understood).not.toContain('clock=off');
  });

  it('reads a phrase of the answer words in a sentence on the question\'s topic', () => {
    expect(read('The clock on the build agent is not synchronized.')).toEqual([{ probeId: 'clock', choiceId: 'off' }]);
    expect(read('We opted in to the region last week.')).toEqual([{ probeId: 'region-enabled', choiceId: 'enabled' }]);
    expect(read('The keys on this runner were set with aws configure.')).toEqual([{ probeId: 'copied', choiceId: 'no' }]);
  });

  it('a word ending in "nt" is no denial ("environment", "account", "client"): only a negation or an auxiliary with n\'t cancels the words', () => {
    expect(read('In our environment the keys were set with aws configure.')).toEqual([{ probeId: 'copied', choiceId: 'no' }]);
    expect(read('For the prod account the keys were set with aws configure.')).toEqual([{ probeId: 'copied', choiceId: 'no' }]);
    expect(read('On the client the keys were set with aws configure.')).toEqual([{ probeId: 'copied', choiceId: 'no' }]);
    expect(read("The keys weren't set with aws configure.")).toEqual([]);
    expect(read("The keys couldn't be set with aws configure.")).toEqual([]);
  });
});

describe('chat sentences that must not answer a question nobody asked', () => {
  it.each([
    ['a bare yes', 'Yes, the job fails every time we deploy.'],
    ['one answer word ("missing") off the topic', 'Some files are missing from the bucket.'],
    ['one answer word ("profile")', 'I pass --profile prod to every command.'],
    ['a phrase off the topic ("works fine" about nothing elsewhere)', 'The upload works fine for small files.'],
    ['a question', 'Could the clock on the agent be not synchronized?'],
    ['a condition', 'If the clock is not synchronized, the signature fails.'],
    ['a tool\'s advice to "you"', 'You can configure credentials by running aws configure.'],
    ['the shared files\' path, where every kind of profile lives', 'My ~/.aws/credentials are kept up to date always.'],
    ['a denial before the words', 'The keys were never set with aws configure.'],
  ])('%s: "%s"', (_why, sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('one answer word ("other") in a sentence about keys is no key prefix: "My creds are working fine for every other resource."', () => {
    expect(read('My creds are working fine for every other resource.').map((a) => a.probeId)).not.toContain('key-prefix');
  });

  it('a negation in markdown bold is a negation: "steps that **are not** using the instance role" says no role (OctopusDeploy/Issues#8177, b22)', () => {
    const said = saidIn(personsSentences('This only affects steps that **are not** using the instance role authentication.'), QUESTIONS);
    expect(said.stated.map((a) => a.probeId)).not.toContain('sign-in');
  });

  it('a log line stating the same words is no sentence of the person\'s', () => {
    expect(read('2026-12-01T09:00:00Z WARN clock not synchronized (ntp)')).toEqual([]);
  });
});
