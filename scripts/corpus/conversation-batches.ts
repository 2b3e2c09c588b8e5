/**
 * `npx tsx scripts/corpus/conversation-batches.ts [--json]`: the conversation eval of the TUNING half, one row per
 * collection batch (first fix, right fix within 8 turns, questions to the right fix, redundant, misread), for
 * choosing a policy setting by leave-one-batch-out cross-validation (pick on four batches, check on the fifth)
 * without running, or printing anything of, the held-out half. `--json` prints the rows for a CV table script.
 */
import { evaluateConversations, meanQuestions, rate, type Stats } from '../eval-conversations';

async function main(): Promise<void> {
  const e = await evaluateConversations({ halves: ['tuning'] });
  const byBatch = new Map<number, Stats>();
  for (const r of e.replays) {
    const b = r.batch;
    const s = byBatch.get(b) ?? { n: 0, opened: 0, firstFix: 0, within8: 0, questionsToRight: 0, reached: 0, redundant: 0, misread: 0 };
    s.n++;
    if (r.opened) s.opened++;
    if (r.firstFixRight) s.firstFix++;
    if (r.rightFixTurn !== undefined) {
      s.within8++;
      s.reached++;
      s.questionsToRight += r.questionsToRight ?? 0;
    }
    s.redundant += r.redundant.length;
    s.misread += r.misread.length;
    byBatch.set(b, s);
  }
  const rows = [...byBatch.entries()].sort((a, b) => a[0] - b[0]);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(rows))}\n`);
    return;
  }
  const all = e.byHalf.tuning.all;
  const line = (label: string, s: Stats) =>
    `${label.padEnd(6)} ${String(s.n).padStart(3)}  first fix ${(100 * rate(s.firstFix, s.n)).toFixed(0).padStart(3)}% (${s.firstFix})  within 8 ${(100 * rate(s.within8, s.n)).toFixed(0).padStart(3)}%  Q ${meanQuestions(s).toFixed(2)}  redundant ${s.redundant}  misread ${s.misread}`;
  for (const [b, s] of rows) process.stdout.write(`${line(`b${b}`, s)}\n`);
  process.stdout.write(`${line('all', all)}\n`);
}

void main();
