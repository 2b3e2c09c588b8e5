/**
 * A statement moves the causes only when it tells a fact. Review R34d-8 (stop 34): "the tool takes no session token"
 * (+3 missing-session-token, tokenField none, and the fix shown again with the IAM-user-key playbook) was read from a
 * doubt ("not sure there is no field for a token") and from a line that says the token went in after all. A doubted
 * clause tells no fact, as it answers no question (interpreter.ts undoubted); the rest of the words still do.
 */
import { statementsIn } from '../../../../src/core/conversation/interpreter';
import { PROBES } from '../../../../src/core/knowledge';

const OPEN = PROBES.map((p) => p.id);
const ids = (sentence: string): string[] => statementsIn([sentence], OPEN).statements.map((s) => s.id);

describe('statements told, not doubted', () => {
  it.each([
    'not sure there is no field for a token',
    'maybe there is no field for a session token',
    'the plugin was set up last year. maybe there is no field for a session token',
    'it only has access key and secret fields but I put the token in the header',
    // Review 35b R35b-9: a doubt in the next sentence that points back ("about that", "or maybe it does") doubts the fact.
    "the tool doesn't have a field for a session token. not sure about that though",
    "the tool doesn't have a field for a session token. or maybe it does, not sure",
    "the tool doesn't have a field for a session token. I might be wrong",
  ])('when the words say %j, then the tool is not read as taking no token', (sentence) => {
    expect(ids(sentence)).not.toContain('tool-takes-no-token');
  });

  it.each([
    'the tool only takes the access key id and a secret',
    'there is no field for a session token in the plugin',
    'not sure why, but there is no field for a session token',
    // Review R35-6: a hedge in a sentence of its own doubts that sentence, not the fact told before it.
    "the tool doesn't have a field for a session token. not sure if that matters",
    'there is no field for a session token in the plugin. maybe that is why it fails',
  ])('when the words tell it (%j), then the tool takes no token', (sentence) => {
    expect(ids(sentence)).toContain('tool-takes-no-token');
  });

  it('when another statement stands beside a doubted clause, then it is still read', () => {
    expect(ids('maybe it is the proxy, but the env has the old key')).toContain('env-has-keys');
  });
});
