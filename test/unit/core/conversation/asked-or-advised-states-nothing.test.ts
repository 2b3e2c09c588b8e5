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
    // Reviewer's probes (mend, stop 30): a help request put as yes-or-no asks about the people, not the setup.
    ['sign-in', 'Does anyone know why aws sso login keeps failing?', 'sso'],
    ['sign-in', 'Has anyone seen this with SSO profiles?', 'sso'],
    ['sign-in', 'Can somebody help with my SSO login failing every morning?', 'sso'],
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

  // Reviewer's probe (mend, stop 30): a lead-in that points at the evidence is no condition on the fact after it.
  it.each([
    ['sign-in', 'If you look at my config, we use SSO profiles.', 'sso'],
    ['sign-in', 'If you check the workflow file, the keys are in environment variables.', 'env'],
  ])('when an opening points at the evidence (%s) %j, then the statement after it is read', (question, text, choice) => {
    expect(opening(question, text)).toBe(choice);
  });
});
