/** The fixture corpus keeps the engine honest: accuracy floors and each fixture's own assertions. */
import { evaluate, loadCorpus } from '../../../scripts/eval-lib';
import { CAUSE_IDS } from '../../../src/core/taxonomy';

describe('fixture corpus', () => {
  const cases = loadCorpus();
  const report = evaluate(cases);
  const describeMiss = (r: (typeof report.results)[number]): string =>
    `${r.c.folder}/${r.c.name}: top=${r.diagnosis.causes[0]!.id} detected=${r.diagnosis.detected} ${r.problems.join('; ')}`;

  it('when the corpus is loaded, then every cause id has at least 3 cases', () => {
    for (const id of CAUSE_IDS) expect(`${id}: ${cases.filter((c) => c.expected.top === id).length >= 3}`).toBe(`${id}: true`);
  });

  it('when every case is diagnosed, then top-1 >= 0.85 and top-3 >= 0.97', () => {
    const misses = report.results.filter((r) => !r.top1).map(describeMiss);
    expect({ top1: report.top1 >= 0.85, top3: report.top3 >= 0.97, misses }).toEqual({ top1: true, top3: true, misses: expect.any(Array) });
  });

  it('when detection is measured, then precision and recall are >= 0.95', () => {
    expect(report.detection.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.detection.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('when a fixture lists errorCodes or facts, then the diagnosis holds them', () => {
    expect(report.results.filter((r) => r.problems.length > 0).map(describeMiss)).toEqual([]);
  });

  it('when a fixture is seeded from the articles, then it is in the corpus', () => {
    expect(cases.filter((c) => c.name.startsWith('seed-')).length).toBeGreaterThanOrEqual(10);
  });
});
