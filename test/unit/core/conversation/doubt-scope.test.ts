/**
 * A doubt holds for the clause it stands in (interpreter.ts `undoubted`): the rest of the sentence still states what
 * it states. Before, a doubt anywhere in a sentence discarded everything it said.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { probeById } from '../../../../src/core/knowledge';

const OPEN = ['sign-in', 'runtime', 'clock', 'key-prefix', 'session-token', 'target'];
const said = (s: string) => Object.fromEntries(saidIn([s], OPEN).stated.map((a) => [a.probeId, a.choiceId]));

describe('a doubt scoped to its clause', () => {
  it('when a sentence states the sign-in and then doubts a reason, then the sign-in is read', () => {
    expect(said('We sign in with aws sso login, but I am not sure why the token expires so fast.')).toMatchObject({ 'sign-in': 'sso' });
  });

  it('when a sentence states where it runs and then supposes a cause, then where it runs is read', () => {
    expect(said('Our pods run on EKS with IRSA, maybe the webhook is slow.')).toMatchObject({ 'sign-in': 'role', runtime: 'kubernetes' });
  });

  it('when the doubt is about the setup itself, or stands alone after it, then nothing is read', () => {
    expect(said("Not sure if it's SSO.")).toEqual({});
    expect(said("maybe it's the instance role")).toEqual({});
    expect(said('We use SSO, I guess.')).toEqual({});
  });

  it('when the question is asked, then a doubt still leaves only "not sure", and only in its own clause', () => {
    const clock = probeById('clock');
    const signIn = probeById('sign-in');
    expect(interpret('not sure, maybe', clock, OPEN).answer?.choiceId).toBe('unknown');
    expect(interpret('not sure what profile it uses', signIn, OPEN).answer?.choiceId).toBe('unknown');
    expect(interpret('aws sso login, not sure why it expires', signIn, OPEN).answer?.choiceId).toBe('sso');
  });

  it('when asked about the clock, then "it might be off" is no answer: the vocabulary reads a hedge as no choice (the question is shown again)', () => {
    // probes.ts UNSURE and interpreter.ts DOUBT: a doubted choice is never read as that choice.
    expect(interpret('it might be off by a few minutes', probeById('clock'), OPEN).answer).toBeUndefined();
  });
});
