/**
 * `npx tsx scripts/corpus/said-phrasings.ts [--list] [--by-batch]`: every reporter phrasing on the conversations' TUNING
 * half (the `phrasing` field the simulated user types when asked) read as words nobody asked for (read-as-answer.ts
 * `saidIn` over its sentences, every question open): read as the truth's choice (right), as another (wrong), or not read.
 * The unasked twin of reply-phrasings.ts: a reader that takes more of these takes more of the openings that state a fact
 * (the eval counts asking it then as redundant). A "don't know" truth is left out.
 */
import { loadConversations, KNOWN_QUESTIONS } from '../../test/helpers/sim-user';
import { saidIn } from '../../src/core/conversation/read-as-answer';
import { personsSentences } from '../../src/core/conversation/description';

const list = process.argv.includes('--list');
type Row = { right: number; wrong: number; unread: number };
const empty = (): Row => ({ right: 0, wrong: 0, unread: 0 });
const byQ = new Map<string, Row>();
const byBatch = new Map<number, Row>();
const all = empty();
for (const { half, file, c } of loadConversations()) {
  if (half !== 'tuning') continue;
  for (const [q, known] of Object.entries(KNOWN_QUESTIONS)) {
    const truth = known.choice(c.truth);
    const words = truth !== undefined && truth !== 'unknown' ? c.phrasing[known.field] : undefined;
    if (!words) continue;
    const sentences = personsSentences(words);
    const read = saidIn(sentences.length > 0 ? sentences : [words], [q]).stated.find((a) => a.probeId === q)?.choiceId;
    const kind = read === undefined ? 'unread' : read === truth ? 'right' : 'wrong';
    for (const r of [all, byQ.get(q) ?? byQ.set(q, empty()).get(q)!, byBatch.get(c.batch ?? 1) ?? byBatch.set(c.batch ?? 1, empty()).get(c.batch ?? 1)!]) r[kind]++;
    if (list && kind !== 'right') console.log(`${kind.toUpperCase()} b${c.batch ?? 1} ${file} ${q}=${truth}${read ? ` read ${read}` : ''}: ${JSON.stringify(words.replace(/\s+/g, ' ').slice(0, 200))}`);
  }
}
const line = (label: string, r: Row) => `${label.padEnd(18)} right ${r.right}, wrong ${r.wrong}, unread ${r.unread}`;
for (const [q, r] of byQ) console.log(line(q, r));
if (process.argv.includes('--by-batch')) for (const [b, r] of [...byBatch].sort((x, y) => x[0] - y[0])) console.log(line(`batch ${b}`, r));
console.log(line('all', all));
