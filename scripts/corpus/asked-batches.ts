/**
 * `npx tsx scripts/corpus/asked-batches.ts`: per tuning batch, how many texts rules/asked-not-reported.ts reads as a
 * question or request with no failure told (its reading alone, on the text's lines), by label, and how many it silences
 * in diagnose (the not-aws.credential-question kind): tuning pastes, tuning real negatives and tuning conversation
 * openings. Read as: the reading must match negatives in batches other than the one it was written for, and silence no
 * credential error or opening anywhere. Never reads a held-out file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/core/diagnose';
import { askedNotReported } from '../../src/core/rules/asked-not-reported';
import { EVAL_NOW } from '../eval-lib';

interface Row { asked: { neg: number; pos: number }; silenced: { neg: number; pos: number }; n: { neg: number; pos: number } }

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const SETS: Array<{ name: string; dir: string; text: (j: Record<string, unknown>) => string }> = [
  { name: 'pastes', dir: 'real-pastes', text: (j) => String(j['paste']) },
  { name: 'real negatives', dir: 'real-negatives', text: (j) => String(j['paste']) },
  { name: 'conversation openings', dir: 'real-conversations', text: (j) => String(j['opening']) },
];

for (const set of SETS) {
  const dir = join(FIXTURES, set.dir, 'tuning');
  const rows = new Map<number, Row>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
    const text = set.text(j);
    const label = j['cause'] === 'not-aws-credential-error' ? 'neg' : 'pos';
    const batch = typeof j['batch'] === 'number' ? j['batch'] : 1;
    const row = rows.get(batch) ?? { asked: { neg: 0, pos: 0 }, silenced: { neg: 0, pos: 0 }, n: { neg: 0, pos: 0 } };
    rows.set(batch, row);
    row.n[label]++;
    if (askedNotReported(text.split('\n'))) row.asked[label]++;
    const notAws = diagnose(text, { now: EVAL_NOW }).causes.find((c) => c.id === 'not-aws-credential-error');
    if (notAws?.evidence.some((e) => e.id === 'not-aws.credential-question')) row.silenced[label]++;
  }
  console.log(`\n${set.name} (tuning)\n| batch | read as asked: negatives | credential errors | silenced: negatives | credential errors |\n|---|---|---|---|---|`);
  for (const [b, r] of [...rows].sort((x, y) => x[0] - y[0])) {
    if (r.asked.neg + r.asked.pos + r.silenced.neg + r.silenced.pos === 0) continue;
    console.log(`| ${b} | ${r.asked.neg}/${r.n.neg} | ${r.asked.pos}/${r.n.pos} | ${r.silenced.neg} | ${r.silenced.pos} |`);
  }
}
