/**
 * The unseen-batch experiment (scripts/eval-learned-batch.ts, scripts/learned-variants.ts): priors re-estimated from
 * labels are shrunk toward the shipped ones and keep each family's largest weight, the gate and the batch arguments
 * read as documented, and "rules only" is rank-cv.ts's leave-one-batch-out ranking (so the deltas it prints are
 * against the number the closing notes quote). Tuning halves only.
 */
import { estimatePriors, loadTextCases, scoreBatch } from '../../scripts/eval-learned-batch';
import { batchRange, emptyTally, gateOpens, VARIANTS } from '../../scripts/learned-variants';
import { crossValidate, fitContext } from '../../scripts/corpus/rank-cv';
import type { RankCase } from '../../scripts/corpus/rank-cases';
import { PRIORS } from '../../src/core/rules/priors';
import type { CauseId } from '../../src/core/taxonomy';

const unknownKey = (cause: CauseId, also: CauseId[] = []): RankCase => ({
  corpus: 'paste',
  file: `${cause}.json`,
  url: `https://github.com/o/r/issues/${cause}`,
  batch: 1,
  cause,
  ok: new Set([cause, ...also]),
  detected: true,
  family: 'fam.unknown-key',
  signals: new Set(['fam.authn', 'fam.unknown-key']),
  base: new Map(),
  baseNoContext: new Map(),
  talk: new Map(),
});

const weightsOf = (table: ReturnType<typeof estimatePriors>, family: string) => table.find((p) => p.family === family)!.weights;

describe('priors re-estimated from labels', () => {
  const cases = [
    ...Array.from({ length: 6 }, () => unknownKey('key-deleted-or-inactive')),
    ...Array.from({ length: 2 }, () => unknownKey('wrong-profile', ['env-var-override'])),
  ];
  const shipped = weightsOf(PRIORS, 'fam.unknown-key');

  it('follow the label counts with no shrinkage, keeping the family largest weight', () => {
    const w = weightsOf(estimatePriors(cases, 0, true), 'fam.unknown-key');
    expect(w['key-deleted-or-inactive']).toBe(Math.max(...Object.values(shipped)));
    expect(w['wrong-profile']).toBeCloseTo((2 / 6) * w['key-deleted-or-inactive']!, 1);
    // An also-acceptable label counts half.
    expect(w['env-var-override']).toBeCloseTo((1 / 6) * w['key-deleted-or-inactive']!, 1);
    expect(w['wrong-account-or-partition']).toBeUndefined();
  });

  it('come back to the shipped weights as the shrinkage grows', () => {
    expect(weightsOf(estimatePriors(cases, 1e9, true), 'fam.unknown-key')).toEqual(shipped);
  });

  it('keep a family with fewer than five labelled cases, and cases where a decisive observation sets the prior aside', () => {
    const few = cases.slice(0, 4);
    expect(weightsOf(estimatePriors(few, 0, true), 'fam.unknown-key')).toEqual(shipped);
    const decided = cases.map((c) => ({ ...c, signals: new Set([...c.signals, 'key.kind.temporary']) }));
    expect(weightsOf(estimatePriors(decided, 0, true), 'fam.unknown-key')).toEqual(shipped);
  });

  it('bring in a cause the prior does not name only when asked to', () => {
    const other = Array.from({ length: 6 }, () => unknownKey('clock-skew'));
    expect(weightsOf(estimatePriors(other, 0, true), 'fam.unknown-key')['clock-skew']).toBeUndefined();
    expect(weightsOf(estimatePriors(other, 0, false), 'fam.unknown-key')['clock-skew']).toBeGreaterThan(0);
  });
});

describe('variants and arguments', () => {
  it('opens the gate below the leader threshold, and with a margin only for close leaders', () => {
    const v = VARIANTS.find((x) => x.below === 0.5 && x.margin === undefined)!;
    expect(gateOpens(v, 0.49, 0.1)).toBe(true);
    expect(gateOpens(v, 0.5, 0.1)).toBe(false);
    const m = VARIANTS.find((x) => x.margin !== undefined)!;
    expect(gateOpens(m, 0.9, 0.85)).toBe(true);
    expect(gateOpens(m, 0.9, 0.5)).toBe(false);
  });

  it('names every variant once (the command line picks them by name)', () => {
    expect(new Set(VARIANTS.map((v) => v.name)).size).toBe(VARIANTS.length);
  });

  it('reads batch ranges', () => {
    expect(batchRange('train', [1], ['--train=1-4'])).toEqual([1, 2, 3, 4]);
    expect(batchRange('test', [6], ['--test=7'])).toEqual([7]);
    expect(batchRange('test', [6], [])).toEqual([6]);
  });
});

describe('rules only', () => {
  it("is rank-cv.ts's leave-one-batch-out ranking", () => {
    const cases = loadTextCases();
    const batches = [...new Set(cases.map((c) => c.batch))].sort();
    const t = emptyTally();
    for (const b of batches) scoreBatch(cases.filter((c) => c.batch !== b), cases.filter((c) => c.batch === b), undefined, PRIORS, t);
    const cv = crossValidate(cases, 'batch', (train) => fitContext(train));
    expect([t.shown, t.shownOf, t.top3, t.of]).toEqual([cv.shown, cv.shownOf, cv.top3, cv.of]);
    expect(t.of).toBeGreaterThan(400);
  }, 120_000);
});
