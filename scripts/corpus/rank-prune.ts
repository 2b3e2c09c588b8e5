/**
 * Each evidence id's out-of-fold worth on the tuning halves (never reads holdout/): the leave-one-batch-out table of
 * rank-cv.ts --table (context ratios refitted without the left-out batch) with every case ranked as if that one piece
 * of evidence had never been given, against the table with it. rank-ablate.ts counts what a rule decides in-sample;
 * this counts what the ranking loses or gains out of fold without it, per batch and column (whole case, error line
 * alone, hand context rules out; top-1 where the text shows the cause and top-3).
 *   ZERO   removing it changes no cell: it decides nothing the priors and ratios do not (a pruning candidate)
 *   GAIN   removing it gains somewhere and loses nowhere (it costs more than it gives: remove)
 *   LOSS   removing it loses somewhere and gains nowhere (it earns its place)
 *   MIXED  both
 * The priors (`prior.*`), the learned ratios (`context.*`) and the catalogue (`catalogue.*`, entries quoted from
 * sources) are not listed: priors-fit.ts and rank-cv.ts weigh the first two, detection work the third.
 * Usage: tsx scripts/corpus/rank-prune.ts [--ids=a,b] [--all] [--greedy]   (--all also prints LOSS lines; --ids: only
 * these, dropped together as one variant; --greedy: the ZERO and GAIN ids dropped one after another, each kept out only
 * while no cell of any batch is below the table with every rule in, and the set so dropped)
 */
import { cell, loboTable, type LoboRow } from './rank-cv';
import { loadRankCases, withoutEvidence, type RankCase } from './rank-cases';

const COLUMNS = ['whole', 'line', 'no-ctx'] as const;

/** Per batch and column, the change in top-1 and top-3 counts (variant minus base), only where one moved. */
function deltas(base: Map<number, LoboRow>, variant: Map<number, LoboRow>): string[] {
  const out: string[] = [];
  for (const [b, row] of [...base].sort((x, y) => x[0] - y[0])) {
    if (b === 0) continue;
    row.forEach((s, k) => {
      const v = variant.get(b)![k]!;
      const d1 = v.shown - s.shown;
      const d3 = v.top3 - s.top3;
      if (d1 || d3) out.push(`b${b} ${COLUMNS[k]} ${d1 >= 0 ? '+' : ''}${d1}/${d3 >= 0 ? '+' : ''}${d3}`);
    });
  }
  return out;
}

function verdict(changes: readonly string[]): 'ZERO' | 'GAIN' | 'LOSS' | 'MIXED' {
  const moves = changes.flatMap((c) => c.split(' ')[2]!.split('/').map(Number));
  const up = moves.some((n) => n > 0);
  const down = moves.some((n) => n < 0);
  return up && down ? 'MIXED' : up ? 'GAIN' : down ? 'LOSS' : 'ZERO';
}

function main(): void {
  const cases = loadRankCases();
  const base = loboTable(cases);
  const total = (t: Map<number, LoboRow>): string => t.get(0)!.map(cell).join(', ');
  const only = process.argv.find((a) => a.startsWith('--ids='))?.slice('--ids='.length).split(',');
  const variant = (drop: (id: string) => boolean): Map<number, LoboRow> => loboTable(cases.map((c: RankCase) => withoutEvidence(c, drop)));
  console.log(`base: ${total(base)}`);
  if (only) {
    const t = variant((id) => only.includes(id));
    const d = deltas(base, t);
    console.log(`${verdict(d)} without ${only.join(', ')}: ${total(t)}\n  ${d.join('; ') || 'no cell moves'}`);
    return;
  }
  const ids = new Set<string>();
  for (const c of cases) for (const list of [...(c.evidence?.values() ?? []), ...(c.thin?.evidence?.values() ?? [])]) for (const [id] of list) ids.add(id);
  const candidates: string[] = [];
  const listed = [...ids].filter((id) => !/^(prior|context|catalogue)\./.test(id)).sort();
  for (const id of listed) {
    const t = variant((x) => x === id);
    const d = deltas(base, t);
    const v = verdict(d);
    if (v === 'LOSS' && !process.argv.includes('--all')) continue;
    console.log(`${v.padEnd(5)} ${id}${d.length ? `: ${d.join('; ')}` : ''}`);
    if (v === 'ZERO' || v === 'GAIN') candidates.push(id);
  }
  if (!process.argv.includes('--greedy')) return;
  // Dropped together, rules that each decide nothing can decide something (two carrying the same signal): grow the set
  // one id at a time and keep an id out only while no batch's cell falls below the base table.
  const dropped: string[] = [];
  for (const id of candidates) {
    const d = deltas(base, variant((x) => x === id || dropped.includes(x)));
    if (verdict(d) === 'ZERO' || verdict(d) === 'GAIN') dropped.push(id);
    else console.log(`kept (costs beside the ones dropped): ${id}: ${d.join('; ')}`);
  }
  const t = variant((x) => dropped.includes(x));
  console.log(`dropped together (${dropped.length}): ${total(t)}\n  ${deltas(base, t).join('; ') || 'no cell moves'}\n--ids=${dropped.join(',')}`);
}

if (require.main === module) main();
