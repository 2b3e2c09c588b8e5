/**
 * The case story: load the thread's case, run the pure conversation engine on the input, store the
 * new state atomically, and return the replies for the adapter to render.
 */
import type { CaseInput, CaseKey, CaseState, EngineResult, Reply } from '../core/conversation/types';
import { step } from '../core/conversation/engine';
import type { PolicyParams } from '../core/conversation/policy-params';
import { isStoreUnavailable } from '../errors';
import type { CaseStore, Clock, Logger } from './ports';

export interface CaseDeps {
  cases: CaseStore;
  clock: Clock;
  logger: Logger;
  /** The policy's numbers: the shipped defaults when absent; scripts/corpus/policy-sweep.ts replays with its own. */
  policy?: Readonly<PolicyParams>;
}

export interface CaseOutcome {
  replies: Reply[];
  state: CaseState;
  created: boolean; // this input opened the case (also a new case after a resolved one in the same thread)
  /** A paste longer than diagnose reads was read as its head and tail: how much was read. */
  readNote?: string;
}

/** Said instead of the steps that need a stored case (buttons, questions, paste-backs) when the store is down. */
export const UNSAVED_NOTE =
  'I could not save this case (my storage is unreachable right now), so I cannot follow up in this thread: once I am back, paste the error again for the questions and the fix.';

/** What stays useful without a stored case: the meaning, the ranked causes, warnings. */
const STATELESS_REPLIES = new Set<Reply['type']>(['heading', 'text', 'warning', 'causes']);

/**
 * Returns undefined when there is no case for `key` and the input does not open one
 * (e.g. ordinary chat): the adapter then stays silent.
 */
export async function handleCaseInput(deps: CaseDeps, key: CaseKey, input: CaseInput, opts: { newThread?: boolean } = {}): Promise<CaseOutcome | undefined> {
  const now = deps.clock.now();
  // The store may call the function again under contention; the result of the last call is the one stored.
  let last: { result: EngineResult | undefined; created: boolean } = { result: undefined, created: false };
  try {
    await deps.cases.update(key, (current) => {
      const result = step(current, input, { now, key, policy: deps.policy });
      last = { result, created: result?.opened === true };
      return result?.state;
    });
  } catch (err) {
    // Redis restarting or unreachable: a paste that starts a thread (no case can exist for it yet) is
    // still answered from the pure engine, rather than with an apology; a reply in a thread is not,
    // since its case cannot be read.
    if (!isStoreUnavailable(err) || !opts.newThread || input.kind !== 'paste') throw err;
    const result = step(undefined, input, { now, key, policy: deps.policy });
    if (!result) return undefined;
    deps.logger.warn({ input: input.kind, size: sizeOf(input), err: err.message }, 'store unavailable: first answer given without saving the case');
    const replies = result.replies.filter((r) => STATELESS_REPLIES.has(r.type));
    return { replies: [...replies, { type: 'text', text: UNSAVED_NOTE }], state: result.state, created: false, ...(result.readNote ? { readNote: result.readNote } : {}) };
  }
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
