/**
 * `npx tsx scripts/corpus/reply-phrasings.ts [--list] [--by-batch] [--unasked]`: every reporter phrasing on the conversations' TUNING
 * half (the `phrasing` field the simulated user types when asked) given as the reply to its own question: read as the
 * truth's choice (right), as another choice (misread), or as none (unread: the question is shown again).
 * `--unasked`: each phrasing read instead as words nobody asked for (read-as-answer.ts `saidIn` over its sentences), as
 * an opening that states the fact is read: a reader that takes more of these asks fewer questions the eval counts as
 * redundant. A "don't know" truth is left out there.
 */
import { loadConversations, KNOWN_QUESTIONS } from '../../test/helpers/sim-user';
import { interpret } from '../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../src/core/knowledge';
import { saidIn } from '../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../src/core/conversation/description';

const list = process.argv.includes('--list');
const unasked = process.argv.includes('--unasked');
/** The phrasing read as words nobody asked for: the choice its sentences state for question `q`. */
function readUnasked(words: string, q: string): string | undefined {
  const sentences = personsSentences(words);
  return saidIn(sentences.length > 0 ? sentences : [words], [q]).stated.find((a) => a.probeId === q)?.choiceId;
}
const open = PROBES.map((p) => p.id);
type Row = { right: number; misread: number; unread: number };
const empty = (): Row => ({ right: 0, misread: 0, unread: 0 });
const byQ = new Map<string, Row>();
const byBatch = new Map<number, Row>();
const all = empty();
for (const { half, file, c } of loadConversations()) {
  if (half !== 'tuning') continue;
  for (const [q, known] of Object.entries(KNOWN_QUESTIONS)) {
    const truth = known.choice(c.truth);
    const words = c.phrasing[known.field];
    const probe = probeById(q);
    if (truth === undefined || !words || probe?.kind !== 'question' || (unasked && truth === 'unknown')) continue;
    const read = unasked ? readUnasked(words, q) : interpret(words, probe, open.filter((id) => id !== q)).answer?.choiceId;
    const kind = read === undefined ? 'unread' : read === truth ? 'right' : 'misread';
    for (const r of [all, byQ.get(q) ?? byQ.set(q, empty()).get(q)!, byBatch.get(c.batch ?? 1) ?? byBatch.set(c.batch ?? 1, empty()).get(c.batch ?? 1)!]) r[kind]++;
    if (list && kind !== 'right') console.log(`${kind.toUpperCase()} b${c.batch ?? 1} ${file} ${q}=${truth}${read ? ` read ${read}` : ''}: ${JSON.stringify(words.replace(/\s+/g, ' ').slice(0, 200))}`);
  }
}
const line = (label: string, r: Row) => `${label.padEnd(18)} right ${r.right}, misread ${r.misread}, unread ${r.unread}`;
console.log(line('all', all));
for (const [q, r] of [...byQ].sort()) console.log(`  ${line(q, r)}`);
if (process.argv.includes('--by-batch')) for (const [b, r] of [...byBatch].sort((x, y) => x[0] - y[0])) console.log(`  ${line(`batch ${b}`, r)}`);
