/**
 * A case typed message by message, as `chat` does: each text said to awskey by one person at T0. For the tests that
 * replay a finding's own messages.
 */
import { step } from '../../src/core/conversation/engine';
import type { CaseState, Reply } from '../../src/core/conversation/types';
import { T0 } from './case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };
const at = new Date(T0).toISOString();

/** The case after the last of `texts`, and the replies to it. */
export function typed(texts: string[]): { state: CaseState; replies: Reply[] } {
  let state: CaseState | undefined;
  let replies: Reply[] = [];
  for (const text of texts) {
    const r = step(state, { kind: 'message', text, user: 'U01ALICE', at, addressed: true }, ctx);
    if (!r) throw new Error('no case');
    state = r.state;
    replies = r.replies;
  }
  return { state: state!, replies };
}

/** The ids of what the case applied (answers, statements, fact signals). */
export const applied = (s: CaseState): string[] => s.scoring!.applied.map((a) => a.id);
