/**
 * `npx tsx scripts/corpus/conversation-batches.ts [--json]`: the conversation eval of the TUNING half, one row per
 * collection batch (first fix, right fix within 8 turns, questions to the right fix, redundant, misread), for
 * choosing a policy setting by leave-one-batch-out cross-validation (pick on four batches, check on the fifth)
 * without running, or printing anything of, the held-out half. `--json` prints the rows for a CV table script.
 */
import { add, empty, evaluateConversations, isNegative, meanQuestions, rate, type Stats } from '../eval-conversations';

async function main(): Promise<void> {
  const e = await evaluateConversations({ halves: ['tuning'] });
  const byBatch = new Map<number, Stats>();
  for (const r of e.replays.filter((x) => !isNegative(x))) {
    const s = byBatch.get(r.batch) ?? empty();
    add(s, r);
    byBatch.set(r.batch, s);
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
