/**
 * `npx tsx scripts/corpus/shown-not-skipped.ts [--batches=1,2] [--list]`: questions the engine would still ask although the
 * opening already answers them, counted over the TUNING halves only (never the held-out ones):
 * - real-conversations tuning openings: the eval's own yardstick (test/helpers/sim-user.ts `shownInPastes`: what the
 *   paste shows, or the reporter's own sentence stating the truth-profile answer);
 * - real-pastes tuning pastes: what the paste shows (test/helpers/shown-in-pastes.ts; no truth profile there).
 * "Would still ask": after the opening, the question is not settled by the facts or taken as stated (`stillOpen`). The
 * eval counts a redundant question only when the policy happens to pick it; this counts every one it could pick, so a
 * mechanism that leaves questions open shows up before it costs a turn. `--list` prints each gap with its case.
 * It also counts the conversation gaps by question and by the eval's kind of redundancy (a paste shows the answer, or the
 * reporter's own sentence states it), with the batches they come from.
 * `--readings` also checks what the engine reads as stated in each tuning opening's sentences (description.ts
 * `personsSentences`, interpreter.ts `statementsIn`) against the thread's truth profile: right, wrong, or a truth
 * the profile does not hold (with `--list`, every reading that is not right).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../../src/core/conversation/engine';
import { anyHolds } from '../../src/core/rules/fact-values';
import { stateValues } from '../../src/core/conversation/belief';
import type { CaseState } from '../../src/core/conversation/types';
import { personsSentences } from '../../src/core/conversation/description';
import { statementsIn } from '../../src/core/conversation/interpreter';
import { PROBES } from '../../src/core/knowledge';
import { CONVERSATIONS_DIR, KNOWN_QUESTIONS, shownInPastes, type ConversationCase } from '../../test/helpers/sim-user';
import { SHOWN_IN_PASTES, shownBy } from '../../test/helpers/shown-in-pastes';

const T0 = new Date('2026-12-01T09:00:00Z');
const PASTES_DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'real-pastes', 'tuning');

function opened(text: string): CaseState | undefined {
  return step(undefined, { kind: 'paste', text, user: 'U1', at: T0.toISOString(), addressed: true }, { now: T0, key: { channel: 'C1', thread: '1.0' } })?.state;
}

/**
 * The questions still open after the opening: not answered, not settled by the facts (`skipWhen`) and not taken as
 * stated. A question that waits for another fact (`onlyWhen`: the session token needs a temporary key) counts too:
 * once that fact arrives it would be asked.
 */
function stillOpen(s: CaseState): Set<string> {
  const values = stateValues(s);
  const stated = s.scoring?.statedInPastes ?? [];
  const answered = new Set(s.asked.filter((a) => a.answer !== undefined).map((a) => a.id));
  return new Set(PROBES.filter((p) => !answered.has(p.id) && !stated.includes(p.id) && !anyHolds(values, p.skipWhen)).map((p) => p.id));
}

/** What the engine reads as stated in the tuning openings, against each thread's truth profile. */
function readings(list: boolean): void {
  const dir = join(CONVERSATIONS_DIR, 'tuning');
  const tally: Record<string, Record<'right' | 'wrong' | 'unknown', number>> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ConversationCase;
    for (const a of statementsIn(personsSentences(c.opening), PROBES.map((p) => p.id)).stated) {
      const truth = KNOWN_QUESTIONS[a.probeId]?.choice(c.truth);
      const verdict = truth === undefined ? 'unknown' : truth === a.choiceId ? 'right' : 'wrong';
      (tally[a.probeId] ??= { right: 0, wrong: 0, unknown: 0 })[verdict]++;
      if (list && verdict !== 'right') process.stdout.write(`${verdict.padEnd(8)} ${a.probeId}=${a.choiceId} (truth ${truth ?? '-'}) ${file}\n`);
    }
  }
  const all = { right: 0, wrong: 0, unknown: 0 };
  process.stdout.write('Read as stated in the tuning openings (right / wrong / no truth):\n');
  for (const [q, t] of Object.entries(tally).sort()) {
    process.stdout.write(`  ${q.padEnd(18)} ${t.right} / ${t.wrong} / ${t.unknown}\n`);
    for (const k of ['right', 'wrong', 'unknown'] as const) all[k] += t[k];
  }
  process.stdout.write(`  ${'all'.padEnd(18)} ${all.right} / ${all.wrong} / ${all.unknown}\n`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const b = argv.find((a) => a.startsWith('--batches='));
  const batches = b ? b.slice('--batches='.length).split(',').map(Number) : undefined;
  const list = argv.includes('--list');
  const gaps = new Map<string, number>();
  const note = (kind: string, q: string, file: string) => {
    const k = `${kind} ${q}`;
    gaps.set(k, (gaps.get(k) ?? 0) + 1);
    if (list) process.stdout.write(`${kind.padEnd(13)} ${q.padEnd(17)} ${file}\n`);
  };
  const dir = join(CONVERSATIONS_DIR, 'tuning');
  const kinds = new Map<string, Set<number>>();
  const kindCounts = new Map<string, number>();
  let nConv = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ConversationCase;
    if (batches && !batches.includes(c.batch ?? 1)) continue;
    const s = opened(c.opening);
    if (!s) continue;
    nConv++;
    const open = stillOpen(s);
    for (const q of new Set([...Object.keys(KNOWN_QUESTIONS), ...Object.keys(SHOWN_IN_PASTES)])) {
      if (!open.has(q) || !shownInPastes(q, [c.opening], c)) continue;
      note('conversation', q, file);
      // The eval's two kinds of redundancy: what a paste shows, or the reporter's own sentence stating the answer.
      const kind = `${q} ${shownBy(q, c.opening) ? 'paste shows it' : 'reporter says it'}`;
      const b = (kinds.get(kind) ?? new Set<number>()).add(c.batch ?? 1);
      kinds.set(kind, b);
      kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
    }
  }
  let nPastes = 0;
  if (!batches) {
    for (const file of readdirSync(PASTES_DIR).filter((f) => f.endsWith('.json')).sort()) {
      const text = (JSON.parse(readFileSync(join(PASTES_DIR, file), 'utf8')) as { paste: string }).paste;
      const s = opened(text);
      if (!s) continue;
      nPastes++;
      const open = stillOpen(s);
      for (const q of Object.keys(SHOWN_IN_PASTES)) if (open.has(q) && shownBy(q, text)) note('paste', q, file);
    }
  }
  process.stdout.write(`Opened: ${nConv} tuning conversations, ${nPastes} tuning pastes. Shown but still askable:\n`);
  for (const [k, n] of [...gaps.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) process.stdout.write(`  ${k.padEnd(32)} ${n}\n`);
  process.stdout.write('Conversation gaps by question and kind (batches):\n');
  for (const [k, n] of [...kindCounts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) process.stdout.write(`  ${k.padEnd(40)} ${String(n).padStart(3)}  b${[...kinds.get(k)!].sort((a, b) => a - b).join(',')}\n`);
  if (argv.includes('--readings')) readings(list);
}

main();
