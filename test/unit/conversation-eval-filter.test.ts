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

  it('when a tuning batch holds threads labelled not-aws-credential-error, then they are scored apart from the credential failures', async () => {
    // Batch 10's tuning half holds five negatives (PermanentRedirect and signing-bug threads): a thread with no credential
    // failure has no right fix, so counting it in first fix would cap the rate below what the engine does.
    const e = await evaluateConversations(filterOf(['--tuning', '--batches=10']));
    const negatives = e.replays.filter((r) => r.cause === 'not-aws-credential-error');
    expect(negatives.length).toBeGreaterThan(0);
    const h = e.byHalf.tuning;
    expect(h.negatives.n).toBe(negatives.length);
    expect(h.all.n).toBe(e.replays.length - negatives.length);
    expect(h.negatives.opened).toBe(negatives.filter((r) => r.opened).length);
    expect(h.byCause['not-aws-credential-error']).toBeUndefined();
    expect(formatConversationReport(e)).toContain(`negatives (not-aws-credential-error): ${h.negatives.opened} of ${h.negatives.n} opened a case`);
  }, 60_000);
});
