/**
 * Issue #9, no redundant question and no misread: a fact mentioned in a yes-or-no question is put up for an answer, not
 * stated ("Should the pipeline use SSO instead?"), so read from an opening it settles no question (read-as-answer.ts
 * `ASKS_WHETHER`). A how or why question takes its setup as given ("How do I use my SSO profile with it?") and is read.
 * Nor does advice under a condition ("If you use SSO, run aws sso login first."): a tool's help or a commenter's tip.
 */
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES } from '../../../../src/core/knowledge';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const opening = (question: string, text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === question)?.choiceId;

describe('a yes-or-no question states nothing', () => {
  it.each([
    ['sign-in', 'Should the pipeline use SSO instead?'],
    ['sign-in', 'Is the key in the environment variables?'],
    ['sign-in', 'And could an assumed role be the problem here?'],
    ['runtime', 'Does this also fail in GitHub Actions?'],
  ])('when an opening asks (%s) %j, then nothing is read for it', (question, text) => {
    expect(opening(question, text)).toBeUndefined();
  });

  it.each([
    ['sign-in', 'How do I use my SSO profile with it?', 'sso'],
    ['sign-in', 'We log in with SSO. Should we pass the profile name?', 'sso'],
  ])('when an opening says (%s) %j, then its setup is read', (question, text, choice) => {
    expect(opening(question, text)).toBe(choice);
  });
});

describe('advice under a condition states nothing', () => {
  it.each([
    ['sign-in', 'If you use SSO, run aws sso login first.'],
    ['sign-in', 'When you keep the keys in environment variables, unset them before switching profiles.'],
  ])('when an opening advises (%s) %j, then nothing is read for it', (question, text) => {
    expect(opening(question, text)).toBeUndefined();
  });

  it('when the condition is the team\'s own, then the rest is read', () => {
    expect(opening('sign-in', 'If I run it locally, it uses the keys in my environment variables.')).toBe('env');
  });
});
