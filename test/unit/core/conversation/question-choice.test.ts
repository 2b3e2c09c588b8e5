/**
 * Question choice: the env-keys question (is AWS_ACCESS_KEY_ID set in the failing environment?), read
 * from people's words and from pastes, and what its answers do to the belief. Openings and answers are
 * real tuning threads of test/fixtures/real-conversations (their URLs beside each test).
 */
import { step } from '../../../../src/core/conversation/engine';
import { interpret } from '../../../../src/core/conversation/interpreter';
import { askable } from '../../../../src/core/conversation/policy';
import { stateValues } from '../../../../src/core/conversation/belief';
import type { CaseState } from '../../../../src/core/conversation/types';
import { probeById } from '../../../../src/core/knowledge';
import { Clock, T0, send } from '../../../helpers/case-script';

const open = (text: string) => step(undefined, { kind: 'paste', text, user: 'U1', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } })!;
const ENV_KEYS = probeById('env-keys')!;

/** Answers each pending step from `answers` (question id → words), "I don't know" to the rest, until a fix or `max` steps. */
function drive(state: CaseState, answers: Record<string, string>, max = 8): { state: CaseState; said: string[] } {
  const clock = new Clock();
  const said: string[] = [];
  let s = state;
  for (let i = 0; i < max && s.phase === 'diagnosing' && s.pending; i++) {
    const id = s.pending.id;
    said.push(id);
    s = send(s, { say: answers[id] ?? (probeById(id)?.kind === 'command' ? "I can't run that here" : "I don't know") }, clock).state;
  }
  return { state: s, said };
}

describe('the env-keys question', () => {
  it.each([
    // CircleCI-Public/aws-ecr-orb#49, code-dot-org/code-dot-org#7903
    ['my env var was not actually set', 'no'],
    ['the AWS_ environment variables set in deployment.rb were being reset', 'no'],
    ['no', 'no'],
    // Negated, however it is said: never a "yes".
    ["we don't set env vars for this", 'no'],
    ['I never exported AWS_ACCESS_KEY_ID', 'no'],
    ['we do not really use env vars', 'no'],
    ["no, it's all in ~/.aws/credentials", 'no'],
    // mmmorris1975/aws-runas#22, aws-samples/aws-java-sample#20
    ['the security token that I cached in my environment yesterday', 'yes'],
    ["if, like a tyear ago, you set them in your .bashrc, that ain't gonna help!", 'yes'],
    ['yes, AWS_ACCESS_KEY_ID is there', 'yes'],
    ['not sure', 'unknown'],
  ])('reads "%s" as %s', (words, choice) => {
    expect(interpret(words, ENV_KEYS, []).answer).toEqual({ probeId: 'env-keys', choiceId: choice });
  });

  it('separates keys left in the environment from a profile that is not read: "set" puts env-var-override first (aws-samples/aws-java-sample#20)', () => {
    const opening =
      "It does, and it's properly set up in my ~/.aws/credentials file and it's successfully used by the Javascript SDK and the AWS CLI - and (while it shouldn't make a difference) I changed the region setting in the Java code to be EU-WEST-1 to try that too. Same problem\n\nGiven that, what's the problem please?";
    const start = open(opening).state;
    expect(start.causes[0]!.id).toBe('wrong-profile');
    const r = drive(start, { 'env-keys': "if, like a tyear ago, you set them in your .bashrc, that ain't gonna help!" });
    expect(r.said).toContain('env-keys');
    expect(r.state.asked.find((a) => a.id === 'env-keys')?.answer).toBe('yes');
    expect(r.state.scoring?.current).toBe('env-var-override');
  });

  it('is still asked after "the credentials come from environment variables": meant to be there is not there (CircleCI-Public/aws-ecr-orb#49)', () => {
    const s = open('our CircleCI job fails to authenticate to AWS: InvalidClientTokenId: The security token included in the request is invalid.').state;
    const clock = new Clock();
    const afterSignIn = send(s, { kind: 'answer', questionId: 'sign-in', choiceId: 'env', user: 'U1', at: '' }, clock).state;
    expect(afterSignIn.scoring?.implied.signIn).toBe('env');
    expect(askable(afterSignIn, stateValues(afterSignIn)).map((p) => p.id)).toContain('env-keys');
  });

  it('is not asked when a paste shows AWS_ACCESS_KEY_ID given a key (a job\'s env map)', () => {
    const s = open(['InvalidClientTokenId: The security token included in the request is invalid.', 'env:', '  AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE', '  AWS_REGION: eu-west-1'].join('\n')).state;
    expect(stateValues(s).envKeys).toEqual(['yes']);
    expect(askable(s, stateValues(s)).map((p) => p.id)).not.toContain('env-keys');
  });
});
