/**
 * `npx tsx scripts/corpus/said-vs-truth.ts [--list]`: over the conversations' TUNING replays, every question recorded as
 * said (read from the person's words before it was asked: `said: <choice>` in `understood`) against the simulated
 * user's truth profile: the choice it would have given when asked. A reading that differs is a misread in disguise
 * (the question was not asked, so the eval's misread count cannot see it).
 */
import { evaluateConversations } from '../eval-conversations';
import { KNOWN_QUESTIONS } from '../../test/helpers/sim-user';
void (async () => {
  const e = await evaluateConversations({ halves: ['tuning'] });
  const files = new Map((await import('../../test/helpers/sim-user')).loadConversations().filter((l) => l.half === 'tuning').map((l) => [l.file, l.c]));
  let said = 0, right = 0, wrong = 0, unknown = 0;
  const byQ: Record<string, number[]> = {};
  for (const r of e.replays) {
    const c = files.get(r.file)!;
    for (const t of r.turns) for (const u of t.understood ?? []) {
      if (!u.answer.startsWith('said: ')) continue;
      said++;
      const truth = KNOWN_QUESTIONS[u.question]?.choice(c.truth);
      const mine = u.answer.slice(6);
      const q = (byQ[u.question] ??= [0, 0, 0]);
      if (truth === undefined) { unknown++; q[2]!++; } else if (truth === mine) { right++; q[0]!++; } else { wrong++; q[1]!++; if (process.argv.includes('--list')) console.log(`WRONG ${r.file} ${u.question}=${mine} truth ${truth}`); }
    }
  }
  console.log(`said entries ${said}: right ${right}, differ ${wrong}, truth unknown ${unknown}`);
  for (const [q, [a, b, c]] of Object.entries(byQ)) console.log(`  ${q}: right ${a}, differ ${b}, unknown ${c}`);
})();
