/**
 * The case story: load the thread's case, run the pure conversation engine on the input, store the
 * new state atomically, and return the replies for the adapter to render.
 */
import type { CaseInput, CaseKey, CaseState, EngineResult, Reply } from '../core/conversation/types';
import { step } from '../core/conversation/engine';
import type { CaseStore, Clock, Logger } from './ports';

export interface CaseDeps {
  cases: CaseStore;
  clock: Clock;
  logger: Logger;
}

export interface CaseOutcome {
  replies: Reply[];
  state: CaseState;
  created: boolean; // this input opened the case (also a new case after a resolved one in the same thread)
  /** A paste longer than diagnose reads was read as its head and tail: how much was read. */
  readNote?: string;
}

/**
 * Returns undefined when there is no case for `key` and the input does not open one
 * (e.g. ordinary chat): the adapter then stays silent.
 */
export async function handleCaseInput(deps: CaseDeps, key: CaseKey, input: CaseInput): Promise<CaseOutcome | undefined> {
  const now = deps.clock.now();
  // The store may call the function again under contention; the result of the last call is the one stored.
  let last: { result: EngineResult | undefined; created: boolean } = { result: undefined, created: false };
  await deps.cases.update(key, (current) => {
    const result = step(current, input, { now, key });
    last = { result, created: result?.opened === true };
    return result?.state;
  });
  const { result, created } = last;
  if (!result) {
    deps.logger.debug({ input: input.kind, size: sizeOf(input) }, 'no case for this input');
    return undefined;
  }
  // Cause ids and sizes only: never the pasted text.
  deps.logger.info(
    {
      input: input.kind,
      size: sizeOf(input),
      created,
      phase: result.state.phase,
      top: result.state.causes.slice(0, 3).map((c) => c.id),
      replies: result.replies.length,
    },
    'case input handled',
  );
  return { replies: result.replies, state: result.state, created, ...(result.readNote ? { readNote: result.readNote } : {}) };
}

function sizeOf(input: CaseInput): number {
  return input.kind === 'paste' || input.kind === 'message' ? input.text.length : 0;
}
