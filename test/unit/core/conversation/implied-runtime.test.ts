/**
 * An explicit answer to the runtime question after the opening (issue 9 item 1: one belief, updated by
 * everything): it never wipes the runtime the words implied, and a runtime the paste names inside the
 * answer's family ("CI" answered, GitHub Actions pasted) agrees with it rather than overruling it.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { Clock, T0, send } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';

function open(text: string): CaseState {
  const r = step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } });
  if (!r) throw new Error('no case opened');
  return r.state;
}
const answerRuntime = (s: CaseState, choiceId: string) => send(s, { kind: 'answer', questionId: 'runtime', choiceId, user: 'U1', at: '' }, new Clock()).state;
const overruled = (s: CaseState) => (s.scoring?.applied ?? []).filter((a) => a.overruled).map((a) => a.id);

describe('an answer to the runtime question after the opening', () => {
  it('when the words implied a runtime and the answer clashes with what was read, then the words\' runtime stays implied', () => {
    const opened = open(`Our Lambda function started failing:\n${PASTES.cliInvalidToken}`);
    expect(opened.scoring?.implied.runtime).toBe('ec2');
    const s = answerRuntime(opened, 'laptop');
    expect(s.scoring?.implied).toEqual({ runtime: 'ec2' });
  });

  it.each([
    ['CI', 'ci', 'GITHUB_ACTIONS=true'],
    ['EC2 or Lambda', 'aws-compute', 'Our Lambda function started failing:'],
  ])('when the team answers %s and the paste shows a runtime of that kind, then the answer stands', (_what, choiceId, marker) => {
    const s = answerRuntime(open(`${marker}\n${PASTES.cliInvalidToken}`), choiceId);
    expect(overruled(s)).toEqual([]);
    expect(s.scoring?.implied.runtime).toBeDefined();
  });
});
