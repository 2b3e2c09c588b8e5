/**
 * What the opening-as-answer reader (src/core/conversation/read-as-answer.ts) reads on the conversations' TUNING
 * half, against each case's truth profile: per question, readings that match the truth, readings that differ
 * (a misread in disguise: the simulated user would have answered otherwise), readings where the truth is unknown;
 * and, of the reporter's own phrasings that stand in the opening (what the simulated user counts as redundant),
 * how many the reader or the older statement reader (`say` words only) takes.
 * Run: npx tsx scripts/corpus/read-as-answer-check.ts [--list]
 */
import { loadConversations, KNOWN_QUESTIONS, saysItself } from '../../test/helpers/sim-user';
import { personsSentences } from '../../src/core/conversation/description';
import { answersIn } from '../../src/core/conversation/read-as-answer';
import { interpret, statementsIn } from '../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../src/core/knowledge';

const list = process.argv.includes('--list');
const questions = PROBES.filter((p) => p.kind === 'question').map((p) => p.id);
const rows = new Map<string, { right: number; wrong: number; unknown: number; phrased: number; byNew: number; byOld: number; added: number; addedWrong: number }>();
const row = (q: string) => rows.get(q) ?? rows.set(q, { right: 0, wrong: 0, unknown: 0, phrased: 0, byNew: 0, byOld: 0, added: 0, addedWrong: 0 }).get(q)!;
for (const { half, file, c } of loadConversations()) {
  if (half !== 'tuning') continue;
  const sentences = personsSentences(c.opening);
  const old = statementsIn(sentences, questions).stated;
  const read = [...old, ...answersIn(sentences, questions.filter((q) => !old.some((a) => a.probeId === q)))];
  for (const q of questions) {
    const known = KNOWN_QUESTIONS[q];
    const truth = known?.choice(c.truth);
    const r = row(q);
    const mine = read.find((a) => a.probeId === q)?.choiceId;
    if (mine && !old.some((a) => a.probeId === q)) {
      r.added++;
      if (truth !== undefined && truth !== mine) r.addedWrong++;
      if (list) console.log(`ADDED ${truth === undefined ? 'unknown' : truth === mine ? 'right' : 'WRONG'} ${file} ${q}=${mine} (truth ${truth ?? '?'})`);
    }
    if (mine) {
      if (truth === undefined) r.unknown++;
      else if (truth === mine) r.right++;
      else r.wrong++;
      if (list && truth !== mine && !old.some((a) => a.probeId === q && a.choiceId === mine)) console.log(`${truth === undefined ? 'unknown' : 'WRONG'} ${file} ${q}=${mine} (truth ${truth ?? '?'})`);
    }
    const words = known && truth !== undefined ? c.phrasing[known.field] : undefined;
    if (words && saysItself(words, [c.opening])) {
      r.phrased++;
      if (mine === truth) r.byNew++;
      if (old.some((a) => a.probeId === q && a.choiceId === truth)) r.byOld++;
      // How the interpreter reads the same words given as the reply to the question on screen.
      const asAnswer = interpret(words, probeById(q), []).answer?.choiceId;
      if (list && mine !== truth) console.log(`MISSED ${file} ${q}: "${words}" (read ${mine ?? 'nothing'}; as a reply: ${asAnswer ?? 'nothing'}, truth ${truth})`);
    }
  }
}
console.log('question            read right  read wrong  truth unknown  phrasing in opening  taken (both)  taken (say only)  added by answer words  of them wrong');
for (const [q, r] of rows) console.log(`${q.padEnd(20)}${String(r.right).padStart(10)}${String(r.wrong).padStart(12)}${String(r.unknown).padStart(15)}${String(r.phrased).padStart(21)}${String(r.byNew).padStart(14)}${String(r.byOld).padStart(18)}${String(r.added).padStart(23)}${String(r.addedWrong).padStart(15)}`);
