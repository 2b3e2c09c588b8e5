/**
 * A case opened from one text said to awskey directly (an @mention, a DM, the terminal chat): the engine's first step, as
 * the tests of what an opening's words move use it.
 */
import { step } from '../../src/core/conversation/engine';
import type { CaseState } from '../../src/core/conversation/types';
import { T0 } from './case-script';

const ctx = { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } };

/** The engine's answer to `text` as the first thing said to awskey; undefined when it opens no case. */
export const sayToAwskey = (text: string) => step(undefined, { kind: 'paste', text, user: 'U01ALICE', at: new Date(T0).toISOString(), addressed: true }, ctx);

/** The case `text` opens (throws when it opens none). */
export function openedBy(text: string): CaseState {
  const r = sayToAwskey(text);
  if (!r) throw new Error('no case opened');
  return r.state;
}

/** The ids of the evidence applied on top of the case's base (answers, statements, implied facts). */
export const appliedIds = (s: CaseState): string[] => s.scoring!.applied.map((a) => a.id);
