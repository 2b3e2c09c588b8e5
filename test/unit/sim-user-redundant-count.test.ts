/**
 * The eval's redundancy count is not blind: a question whose answer the opening already holds, by the eval's own
 * reading of the thread (test/helpers/sim-user.ts `shownInPastes`: the reporter's sentence stating the answer, or a
 * paste shape of shown-in-pastes.ts), is counted when the engine asks it. The sentence planted here states the
 * answer in words no reader of the engine knows, so the engine asks the question and the eval must count it; the
 * control is the same thread without the sentence. However the engine's readers grow, this plant stays unread.
 */
import { replay } from '../helpers/sim-user';
import { syntheticCase } from '../helpers/synthetic-case';

const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
/** The answer in words nobody's reader knows: the simulated user would type it when asked, and it is in the opening. */
const PLANTED = 'Zorblax frobnicates the quuxed widget flange daily';

async function redundantOf(opening: string) {
  const r = await replay({ half: 'tuning', file: 'planted.json', c: syntheticCase(opening, { keyPrefix: 'AKIA' }, { keyPrefix: PLANTED }) });
  return { asked: r.turns.map((t) => t.question).filter(Boolean), redundant: r.redundant };
}

describe("the eval's redundant-question count (sim-user.ts replay)", () => {
  it('counts a question asked although the opening states its answer', async () => {
    const planted = await redundantOf(`${ERROR}\n\n${PLANTED}.`);
    expect(planted.asked).toContain('key-prefix');
    expect(planted.redundant).toContain('key-prefix (the pastes already show it)');
  });

  it('does not count it when the opening does not state it (the control)', async () => {
    const control = await redundantOf(ERROR);
    expect(control.asked).toContain('key-prefix');
    expect(control.redundant).toEqual([]);
  });
});
