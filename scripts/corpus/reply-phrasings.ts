/**
 * `npx tsx scripts/corpus/reply-phrasings.ts [--list] [--by-batch]`: every reporter phrasing on the conversations' TUNING
 * half (the `phrasing` field the simulated user types when asked) given as the reply to its own question: read as the
 * truth's choice (right), as another choice (misread), or as none (unread: the question is shown again).
 */
import { loadConversations, KNOWN_QUESTIONS } from '../../test/helpers/sim-user';
import { interpret } from '../../src/core/conversation/interpreter';
import { PROBES, probeById } from '../../src/core/knowledge';

const list = process.argv.includes('--list');
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
    if (truth === undefined || !words || probe?.kind !== 'question') continue;
    const read = interpret(words, probe, open.filter((id) => id !== q)).answer?.choiceId;
    const kind = read === undefined ? 'unread' : read === truth ? 'right' : 'misread';
    for (const r of [all, byQ.get(q) ?? byQ.set(q, empty()).get(q)!, byBatch.get(c.batch ?? 1) ?? byBatch.set(c.batch ?? 1, empty()).get(c.batch ?? 1)!]) r[kind]++;
    if (list && kind !== 'right') console.log(`${kind.toUpperCase()} b${c.batch ?? 1} ${file} ${q}=${truth}${read ? ` read ${read}` : ''}: ${JSON.stringify(words.replace(/\s+/g, ' ').slice(0, 200))}`);
  }
}
const line = (label: string, r: Row) => `${label.padEnd(18)} right ${r.right}, misread ${r.misread}, unread ${r.unread}`;
console.log(line('all', all));
for (const [q, r] of [...byQ].sort()) console.log(`  ${line(q, r)}`);
if (process.argv.includes('--by-batch')) for (const [b, r] of [...byBatch].sort((x, y) => x[0] - y[0])) console.log(`  ${line(`batch ${b}`, r)}`);
