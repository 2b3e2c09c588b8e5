/**
 * `npm run eval:conversations -- --tuning --batches=…`: cross-validation on the tuning half without
 * running (or printing anything of) the held-out half.
 */
import { evaluateConversations, filterOf, formatConversationReport } from '../../scripts/eval-conversations';

describe('conversation evaluation filter', () => {
  it('when --tuning and --batches are given, then they become the filter', () => {
    expect(filterOf(['--tuning', '--batches=1,3'])).toEqual({ halves: ['tuning'], batches: [1, 3] });
    expect(filterOf(['--verbose'])).toEqual({});
  });

  it('when only one tuning batch is replayed, then no held-out thread is run and no held-out table is printed', async () => {
    const e = await evaluateConversations(filterOf(['--tuning', '--batches=4']));
    expect(e.replays.length).toBeGreaterThan(0);
    expect(e.replays.every((r) => r.half === 'tuning')).toBe(true);
    expect(e.byHalf.holdout.all.n).toBe(0);
    const report = formatConversationReport(e);
    expect(report).toContain('tuning half');
    expect(report).not.toMatch(/held-out/);
  }, 60_000);
});
