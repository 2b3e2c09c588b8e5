/**
 * `npx tsx scripts/corpus/asked-reading-of-opening.ts [--list]`: on the conversations' TUNING half only, an experiment: each
 * question still askable after the opening, read in each of the opening's own sentences (description.ts `personsSentences`)
 * as if that sentence were typed in reply to it (interpreter.ts `interpret`). Counts the readings that name a choice
 * (not "not sure") against the thread's truth profile: right, wrong, or no truth to compare. A reading this precise could
 * settle the question before it is asked. Stop 33 (batches 1-18): sign-in 12 right / 10 wrong, key-prefix 4 / 4, copied 2 / 1,
 * runtime 0 / 1, target 1 / 1, clock 1 / 0 (and 74 readings with no truth to compare): far too loose to settle a question
 * unasked (the asked reader takes answer-only words, "no", "local", a bare tool, that a sentence says of something else).
 */
import { loadConversations, KNOWN_QUESTIONS } from '../../test/helpers/sim-user';
import { step } from '../../src/core/conversation/engine';
import { askable } from '../../src/core/conversation/policy';
import { stateValues } from '../../src/core/conversation/belief';
import { interpret } from '../../src/core/conversation/interpreter';
import { personsSentences } from '../../src/core/conversation/description';
import { probeById } from '../../src/core/knowledge';

const list = process.argv.includes('--list');
const now = new Date('2026-12-01T09:00:00Z');
const count = new Map<string, { right: number; wrong: number; noTruth: number }>();
for (const { half, file, c } of loadConversations()) {
  if (half !== 'tuning') continue;
  const r = step(undefined, { kind: 'paste', text: c.opening, user: 'U1', at: now.toISOString() }, { now, key: { channel: 'C1', thread: '1' } });
  if (!r) continue;
  const s = r.state;
  const left = askable(s, stateValues(s)).map((p) => p.id).filter((id) => !(s.scoring?.statedInPastes ?? []).includes(id));
  const sentences = personsSentences(c.opening);
  for (const q of left) {
    const probe = probeById(q);
    if (probe?.kind !== 'question') continue;
    const read = new Set<string>();
    for (const sentence of sentences) {
      const a = interpret(sentence, probe, []).answer;
      if (a && a.choiceId !== 'unknown') read.add(a.choiceId);
    }
    if (read.size !== 1) continue;
    const got = [...read][0]!;
    const truth = KNOWN_QUESTIONS[q]?.choice(c.truth);
    const k = count.get(q) ?? { right: 0, wrong: 0, noTruth: 0 };
    const verdict = truth === undefined ? 'noTruth' : truth === got ? 'right' : 'wrong';
    k[verdict]++;
    count.set(q, k);
    if (list && verdict !== 'right') console.log(`${verdict.padEnd(7)} ${q.padEnd(16)} ${got.padEnd(12)} truth ${truth ?? '-'}  ${file}`);
  }
}
for (const [q, k] of count) console.log(`${q.padEnd(18)} right ${k.right}  wrong ${k.wrong}  no truth ${k.noTruth}`);
