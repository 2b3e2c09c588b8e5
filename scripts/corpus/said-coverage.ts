/**
 * `npx tsx scripts/corpus/said-coverage.ts [--list]`: on the conversations' TUNING half, every question whose answer the
 * reporter's own words in the opening state (the simulated user's `saysItself`, what it counts as redundant if asked),
 * opened through the real engine: is the question settled before it is asked (recorded as said, stated in the prose, or
 * its facts known), or still askable? Of the askable ones, how the interpreter reads those same words given as the reply.
 */
import { loadConversations, KNOWN_QUESTIONS, saysItself } from '../../test/helpers/sim-user';
import { step } from '../../src/core/conversation/engine';
import { askable } from '../../src/core/conversation/policy';
import { stateValues } from '../../src/core/conversation/belief';
import { interpret } from '../../src/core/conversation/interpreter';
import { probeById } from '../../src/core/knowledge';
import { shownBy } from '../../test/helpers/shown-in-pastes';

const list = process.argv.includes('--list');
const now = new Date('2026-12-01T09:00:00Z');
let phrased = 0;
let settled = 0;
let open = 0;
let readAsReply = 0;
let shownOpen = 0;
for (const { half, file, c } of loadConversations()) {
  if (half !== 'tuning') continue;
  const r = step(undefined, { kind: 'paste', text: c.opening, user: 'U1', at: now.toISOString() }, { now, key: { channel: 'C1', thread: '1' } });
  if (!r) continue;
  const s = r.state;
  const left = new Set(askable(s, stateValues(s)).map((p) => p.id).filter((id) => !(s.scoring?.statedInPastes ?? []).includes(id)));
  for (const q of left) {
    if (!shownBy(q, c.opening)) continue;
    shownOpen++;
    if (list) console.log(`SHOWN-OPEN ${file} ${q}`);
  }
  for (const [q, known] of Object.entries(KNOWN_QUESTIONS)) {
    const truth = known.choice(c.truth);
    const words = truth !== undefined ? c.phrasing[known.field] : undefined;
    if (!words || !saysItself(words, [c.opening])) continue;
    phrased++;
    if (!left.has(q)) {
      settled++;
      continue;
    }
    open++;
    const asReply = interpret(words, probeById(q), []).answer?.choiceId;
    if (asReply === truth) readAsReply++;
    if (list) console.log(`OPEN ${file} ${q}: "${words.replace(/\s+/g, ' ').slice(0, 140)}" (as a reply: ${asReply ?? 'nothing'}, truth ${truth})`);
  }
}
console.log(`questions the opening shows (shown-in-pastes.ts) still askable: ${shownOpen}`);
console.log(`phrasing in the opening ${phrased}: settled before asked ${settled}, still askable ${open} (of them read right as a reply ${readAsReply})`);
