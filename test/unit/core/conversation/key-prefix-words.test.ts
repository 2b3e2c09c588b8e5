/**
 * Words about the key prefix in prose (issue 9 item 4: understand people): "test" and "other" are everyday words
 * in an opening ("I am able test login", "other endpoints") and say nothing of the key unless the key-prefix
 * question is the one being answered; a key listed with its session token is a temporary key.
 */
import { interpret, statementsIn } from '../../../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../../../src/core/knowledge';

const OPEN = PROBES.map((p) => p.id);
const keyPrefixStated = (sentence: string) => statementsIn([sentence], OPEN).stated.find((s) => s.probeId === 'key-prefix')?.choiceId;

describe('the key prefix in words', () => {
  it.each([
    'I am able test login / register user and get valid tokens.',
    'However I cannot test other endpoints /pets or /pets/{petId}.',
    'It worked in all other regions, just not those two.',
  ])('when an opening says "%s", then no key prefix is read from it', (sentence) => {
    expect(keyPrefixStated(sentence)).toBeUndefined();
  });

  it.each([
    ['we run it against localstack', 'other'],
    ['the CI uses dummy credentials on purpose', 'other'],
    ['I get valid accesskey, secretKey and sessionToken from Cognito', 'asia'],
    ['it returns an access key id, secret access key and session token', 'asia'],
  ])('when the words say "%s", then the key prefix is read as %s', (sentence, choice) => {
    expect(keyPrefixStated(sentence)).toBe(choice);
  });

  it.each(['a test one', 'something else', 'other'])('when the key-prefix question is pending and the answer is "%s", then it is "something else"', (reply) => {
    expect(interpret(reply, probeById('key-prefix'), OPEN).answer).toEqual({ probeId: 'key-prefix', choiceId: 'other' });
  });
});
