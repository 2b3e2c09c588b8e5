/**
 * What the tuning analysis scripts (scripts/corpus/conversation-batches.ts, first-fix-misses.ts) read from a
 * replay: the thread's collection batch and the case's ranking after every input.
 */
import { loadConversations, replay } from '../helpers/sim-user';

describe('a replay records its batch and the ranking after each input', () => {
  it('for a tuning thread of a later batch', async () => {
    const l = loadConversations().find((x) => x.half === 'tuning' && (x.c.batch ?? 1) > 1)!;
    const r = await replay(l);
    expect(r.batch).toBe(l.c.batch);
    expect(r.turns.length).toBeGreaterThan(0);
    for (const t of r.turns.filter((x) => x.kind !== 'no-case')) {
      expect(t.ranking!.length).toBeGreaterThan(0);
      expect(t.ranking!.reduce((s, c) => s + c.p, 0)).toBeCloseTo(1, 1);
    }
  });
});
