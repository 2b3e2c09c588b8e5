/**
 * Property over every tuning conversation (test/fixtures/real-conversations/tuning, replayed by the simulated user as
 * `npm run eval:conversations` does): no question is on screen that was answered before in the case (a "not sure"
 * reopened when the caller's identity arrives is the one re-ask the engine means, evidence.ts). Checked on the case as
 * stored after each reply that shows a question.
 * Whether the pastes already showed the answer is not checked here against settled.ts (the policy's own test: that
 * would check settled() with settled(), review 36 A-1); the independent yardstick is the eval's readers
 * (test/helpers/shown-in-pastes.ts via sim-user.ts), whose redundant count conversation-eval-floors.test.ts bounds and
 * sim-user-redundant-count.test.ts shows is not blind.
 * The held-out half is never read here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONVERSATIONS_DIR, replay, type ConversationCase } from '../../../helpers/sim-user';

const TUNING = join(CONVERSATIONS_DIR, 'tuning');
const files = readdirSync(TUNING).filter((f) => f.endsWith('.json')).sort();

jest.setTimeout(600_000);

describe('no question is asked again after its answer (every tuning conversation)', () => {
  it(`holds over the ${files.length} tuning threads`, async () => {
    const found: string[] = [];
    let shown = 0;
    for (const file of files) {
      const c = JSON.parse(readFileSync(join(TUNING, file), 'utf8')) as ConversationCase;
      await replay({ half: 'tuning', file, c }, undefined, 'button', undefined, (reply, state) => {
        const q = reply.question;
        if (!q || !state || state.pending?.id !== q.id) return;
        shown++;
        const before = state.asked.filter((a) => a.id === q.id && a.answer !== undefined);
        if (before.length > 0) found.push(`${file}: ${q.id} asked again after it was answered (${before.map((a) => a.answer).join(', ')})`);
      });
    }
    expect(shown).toBeGreaterThan(300); // the property is checked on questions actually shown
    expect(found).toEqual([]);
  });
});
