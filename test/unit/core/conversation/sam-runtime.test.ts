/**
 * The runtime question's container words (probes.ts): `sam local invoke` / `start-api` run the function in a local
 * Docker container, but the SAM CLI itself (`sam deploy`, `sam build`, "the SAM CLI") runs wherever the team runs it.
 */
import { interpret } from '../../../../src/core/conversation/interpreter';
import { saidIn } from '../../../../src/core/conversation/read-as-answer';
import { probeById } from '../../../../src/core/knowledge';

const runtimeSaid = (s: string) => saidIn([s], ['runtime']).stated.find((a) => a.probeId === 'runtime')?.choiceId;

describe('SAM and the runtime question', () => {
  it('when the team names the SAM CLI, then no container is read', () => {
    expect(runtimeSaid('We deploy it with the SAM CLI.')).not.toBe('container');
    expect(runtimeSaid('I installed sam-cli with brew.')).not.toBe('container');
    expect(interpret('with the SAM CLI', probeById('runtime'), ['runtime']).answer?.choiceId).not.toBe('container');
  });

  it('when the team runs the function with sam local, then it runs in a container', () => {
    expect(interpret('in sam local invoke', probeById('runtime'), ['runtime']).answer?.choiceId).toBe('container');
  });
});
