/**
 * Issue #9, no redundant question: a sentence that names both what issued the keys (an assumed role, STS, a sign-in
 * tool) and where they are kept (environment variables, the shared files) answers "how do these credentials get into
 * the failing runtime?" with the issuer (probes.ts `outranks`): the keys are temporary, the assumed role's story. The
 * phrasing recurs across collection batches (restic/restic#2836, okta/okta-aws-cli#117); before, the two choices'
 * words cancelled and the question was asked again.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../../../src/core/conversation/description';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const QUESTIONS = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const reply = (text: string) => interpret(text, probeById('sign-in'), QUESTIONS).answer?.choiceId;
const opening = (text: string) => saidIn(personsSentences(text), QUESTIONS).stated.find((a) => a.probeId === 'sign-in')?.choiceId;

describe('sign-in: the issuer of the keys over where they are kept', () => {
  it.each([
    'I use `aws sts assume-role` that gives me a public and a secret key to put in `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.',
    'We retrieve env var credentials using okta-aws-cli.',
    'The pipeline assumes a deploy role and exports the keys as environment variables.',
    'We use saml2aws, which writes the keys to the credentials file.',
  ])('when someone says %j, then sign-in reads an assumed role, unasked and as a reply', (text) => {
    expect(opening(text)).toBe('assume-role');
    expect(reply(text)).toBe('assume-role');
  });

  it.each([
    // "assume" the verb, a permission granted, a question: no issuer named.
    'I assume the keys come from environment variables.',
    'We granted the user access and export the keys in env vars.',
    'Should the pipeline assume a role instead of using the keys in environment variables?',
    // Reviewer's probes (mend, stop 30): a sign-in tool the person has left is not what issues the keys now.
    'We stopped using aws-vault and now keep the keys in the credentials file.',
    'We moved off okta and now export plain access keys as environment variables.',
    'We switched from saml2aws to keys in the credentials file last month.',
  ])('when someone says %j, then sign-in is not read as an assumed role', (text) => {
    expect(opening(text)).not.toBe('assume-role');
    expect(reply(text)).not.toBe('assume-role');
  });

  it('when only where the keys are kept is named, then that is the answer', () => {
    expect(opening('We export the access keys as environment variables in the job.')).toBe('env');
    expect(reply('they are in the credentials file')).toBe('file');
  });
});
