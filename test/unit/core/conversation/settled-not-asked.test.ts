/**
 * Property over every tuning conversation (test/fixtures/real-conversations/tuning, replayed by the simulated user as
 * `npm run eval:conversations` does): no question or command is on screen whose answer the case already holds at that
 * turn. Checked on the case as stored after each reply that shows a question:
 * - its facts do not settle it, and no paste showed nor prose stated it (settled.ts, the test the policy makes);
 * - it was not answered before (a question asked again after its answer; a "not sure" reopened when the caller's
 *   identity arrives is the one re-ask the engine means, evidence.ts).
 * The held-out half is never read here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONVERSATIONS_DIR, replay, type ConversationCase } from '../../../helpers/sim-user';
import { probeById } from '../../../../src/core/knowledge';
import { stateValues } from '../../../../src/core/conversation/belief';
import { settled } from '../../../../src/core/conversation/settled';

const TUNING = join(CONVERSATIONS_DIR, 'tuning');
const files = readdirSync(TUNING).filter((f) => f.endsWith('.json')).sort();

jest.setTimeout(600_000);

describe('no question is asked whose answer the case already holds (every tuning conversation)', () => {
  it(`holds over the ${files.length} tuning threads`, async () => {
    const found: string[] = [];
    let shown = 0;
    for (const file of files) {
      const c = JSON.parse(readFileSync(join(TUNING, file), 'utf8')) as ConversationCase;
      await replay({ half: 'tuning', file, c }, undefined, 'button', undefined, (reply, state) => {
        const q = reply.question;
        if (!q || !state || state.pending?.id !== q.id) return;
        shown++;
        const probe = probeById(q.id)!;
        if (settled(state, probe, stateValues(state))) found.push(`${file}: ${q.id} asked although the case's facts or pastes settle it`);
        const before = state.asked.filter((a) => a.id === q.id && a.answer !== undefined);
        if (before.length > 0) found.push(`${file}: ${q.id} asked again after it was answered (${before.map((a) => a.answer).join(', ')})`);
      });
    }
    expect(shown).toBeGreaterThan(300); // the property is checked on questions actually shown
    expect(found).toEqual([]);
  });
});
