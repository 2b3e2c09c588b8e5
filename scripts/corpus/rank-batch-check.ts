/**
 * Develop-and-check split of the tuning halves by collection batch (never reads holdout/): the context ratios are
 * fitted on batches 1–3 only and every case is ranked as rank-cv.ts ranks it (hand-written rules as diagnose() gives
 * them, priors, fitted ratios). Batches 1–3 are the development set; batches 4 and 5 the check (print numbers only
 * for them unless --misses). Used to choose between variants of the cause-talk reader (extract/cause-talk.ts).
 * Usage: tsx scripts/corpus/rank-batch-check.ts [--misses]
 */
import { fitContext, fmt, score, type Score } from './rank-cv';
import { loadRankCases, type RankCase } from './rank-cases';

function main(): void {
  const cases = loadRankCases();
  const dev = cases.filter((c) => c.batch <= 3);
  const extra = fitContext(dev);
  const groups: Array<[string, RankCase[]]> = [
    ['dev batches 1-3', dev],
    ['check batch 4', cases.filter((c) => c.batch === 4)],
    ['check batch 5', cases.filter((c) => c.batch === 5)],
  ];
  for (const [name, group] of groups) {
    for (const corpus of ['paste', 'opening'] as const) {
      const s: Score = { shown: 0, shownOf: 0, top3: 0, of: 0, brier: 0 };
      const misses = process.argv.includes('--misses') && name.startsWith('dev');
      score(group.filter((x) => x.corpus === corpus), extra, s, (c, ranked, h) => {
        if (misses && ((c.shown && !h.top1) || !h.top3)) console.log(`    miss ${c.corpus} ${c.file}: want ${c.cause} got ${ranked.slice(0, 3).map((r) => `${r.id}:${r.score}`).join(' ')}`);
      });
      if (s.of) console.log(`${name.padEnd(16)} ${corpus.padEnd(8)} n=${s.of} ${corpus === 'paste' ? fmt(s) : fmt(s).replace(/top-1 where shown [^,]*, /, '')}`);
    }
  }
}

main();
