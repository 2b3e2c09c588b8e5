/**
 * The failing client named in words (verification.ts noteNamedClient): a CLI identity check cannot verify a script's
 * failure. Review R34c-3 (stop 34): "does not work" read as "works" (no client kept, so the CLI's identity closed the
 * case), and "it is not a script" kept a script (so the CLI could never verify).
 */
import { noteNamedClient } from '../../../../src/core/conversation/verification';
import type { CaseState } from '../../../../src/core/conversation/types';

const named = (text: string): string | undefined => {
  const state = {} as CaseState;
  noteNamedClient(state, text);
  return state.namedClient;
};

describe('noteNamedClient', () => {
  it.each([
    ['the aws cli works but the python script still does not work', 'the python script'],
    ['the python script is not working', 'the python script'],
    ['our node script fails with the same error', 'the node script'],
    // A contraction typed without its apostrophe still denies (stop 35 read-through).
    ['the python script doesnt work', 'the python script'],
  ])('when the team says %s, then the failing client is %s', (text, client) => {
    expect(named(text)).toBe(client);
  });

  it.each(['it is not a script, plain aws cli', 'the python script works now', 'no SDK here, just the CLI'])('when the team says %s, then no other client is kept', (text) => {
    expect(named(text)).toBeUndefined();
  });
});
