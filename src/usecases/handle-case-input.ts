/**
 * The case story: load the thread's case, run the pure conversation engine on the input, store the
 * new state atomically, and return the replies for the adapter to render.
 * PLACEHOLDER until the conversation issue lands: stays silent.
 */
import type { CaseInput, CaseKey, CaseState, Reply } from '../core/conversation/types';
import type { CaseStore, Clock, Logger } from './ports';

export interface CaseDeps {
  cases: CaseStore;
  clock: Clock;
  logger: Logger;
}

export interface CaseOutcome {
  replies: Reply[];
  state: CaseState;
  created: boolean; // this input opened the case
}

/**
 * Returns undefined when there is no case for `key` and the input does not open one
 * (e.g. ordinary chat): the adapter then stays silent.
 */
export async function handleCaseInput(_deps: CaseDeps, _key: CaseKey, _input: CaseInput): Promise<CaseOutcome | undefined> {
  return undefined;
}
