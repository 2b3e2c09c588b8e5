/**
 * `npx tsx scripts/corpus/said-why.ts <file.json> <question>…`: for a TUNING conversation, which of the opening's
 * sentences (personsSentences) gives which choice of the question, and by which words: the statement words (`say`,
 * read by interpreter.ts) or the answer-only words (`sayWhenAsked`); and what read-as-answer.ts `saidIn` (the
 * precision rules) reads from that sentence alone. A tool for classing the
 * readings `said-vs-truth.ts --list` finds differing from the truth profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personsSentences } from '../../src/core/conversation/description';
import { statementsIn } from '../../src/core/conversation/interpreter';
import { answersIn, saidIn } from '../../src/core/conversation/read-as-answer';
import { probeById } from '../../src/core/knowledge';
import { matches } from '../../src/core/says';

const [file, ...questions] = process.argv.slice(2);
const c = JSON.parse(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'real-conversations', 'tuning', file!), 'utf8')) as { opening: string; title: string };
for (const sentence of personsSentences(c.opening)) {
  for (const q of questions) {
    const probe = probeById(q);
    if (probe?.kind !== 'question') continue;
    const st = statementsIn([sentence], [q]).stated.find((a) => a.probeId === q);
    const aw = answersIn([sentence], [q]).find((a) => a.probeId === q);
    if (!st && !aw) continue;
    const choice = probe.choices.find((x) => x.id === (st ?? aw)!.choiceId)!;
    const hits = [...(choice.say ?? []), ...(choice.sayWhenAsked ?? [])].map((p) => matches(p, sentence)[0]?.[0]).filter(Boolean);
    const now = saidIn([sentence], [q]).stated[0]?.choiceId ?? 'none';
    console.log(`${q}=${choice.id} by ${st ? 'say' : 'answer words'} [${hits.join(' | ')}], read as said now: ${now}: ${sentence.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}
