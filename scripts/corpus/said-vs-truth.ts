/**
 * `npx tsx scripts/corpus/said-vs-truth.ts [--list] [--list-right] [--list-unknown] [--by-batch]`: over the conversations' TUNING replays, every question recorded as
 * said (read from the person's words before it was asked: `said: <choice>` in `understood`) against the simulated
 * user's truth profile: the choice it would have given when asked. A reading that differs is a misread in disguise
 * (the question was not asked, so the eval's misread count cannot see it).
 */
import { evaluateConversations } from '../eval-conversations';
import { KNOWN_QUESTIONS, loadConversations, type ConversationCase } from '../../test/helpers/sim-user';

const SAID = 'said: ';

async function main(): Promise<void> {
  const e = await evaluateConversations({ halves: ['tuning'] });
  const cases = new Map<string, ConversationCase>(loadConversations().filter((l) => l.half === 'tuning').map((l) => [l.file, l.c]));
  const total = { said: 0, right: 0, differ: 0, unknown: 0 };
  const byQuestion = new Map<string, { right: number; differ: number; unknown: number }>();
  const byBatch = new Map<number, { right: number; differ: number; unknown: number }>();
  for (const r of e.replays) {
    const c = cases.get(r.file);
    if (!c) continue;
    for (const t of r.turns) {
      for (const u of t.understood ?? []) {
        if (!u.answer.startsWith(SAID)) continue;
        total.said++;
        const truth = KNOWN_QUESTIONS[u.question]?.choice(c.truth);
        const read = u.answer.slice(SAID.length);
        const q = byQuestion.get(u.question) ?? { right: 0, differ: 0, unknown: 0 };
        byQuestion.set(u.question, q);
        const kind = truth === undefined ? 'unknown' : truth === read ? 'right' : 'differ';
        q[kind]++;
        const b = byBatch.get(c.batch ?? 1) ?? { right: 0, differ: 0, unknown: 0 };
        byBatch.set(c.batch ?? 1, b);
        b[kind]++;
        total[kind]++;
        if (kind === 'differ' && process.argv.includes('--list')) console.log(`DIFFERS ${r.file} ${u.question}=${read} (would answer ${truth})`);
        if (kind === 'right' && process.argv.includes('--list-right')) console.log(`RIGHT ${r.file} ${u.question}=${read}`);
        if (kind === 'unknown' && process.argv.includes('--list-unknown')) console.log(`UNKNOWN ${r.file} ${u.question}=${read}`);
      }
    }
  }
  console.log(`said ${total.said}: as the truth ${total.right}, differ ${total.differ}, truth unknown ${total.unknown}`);
  for (const [q, n] of byQuestion) console.log(`  ${q.padEnd(18)} as the truth ${n.right}, differ ${n.differ}, unknown ${n.unknown}`);
  if (process.argv.includes('--by-batch')) {
    for (const [b, n] of [...byBatch].sort((x, y) => x[0] - y[0])) console.log(`  batch ${String(b).padEnd(12)} as the truth ${n.right}, differ ${n.differ}, unknown ${n.unknown}`);
  }
}

void main();
