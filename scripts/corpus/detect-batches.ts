/**
 * Detection per tuning batch of the real-pastes corpus, and false positives on every negative set a detection rule
 * must stay silent on: the tuning negatives per batch, the old corpora's `not-aws-credential-error` folders
 * (aggregate counts only for the held-out one). Used to choose detection rules batch by batch (a rule must not lose
 * detection on any batch nor add a false positive anywhere) without reading held-out cases.
 *
 *   npx tsx scripts/corpus/detect-batches.ts            # the table
 *   npx tsx scripts/corpus/detect-batches.ts --list=6,7,8   # also every tuning miss and false positive of those batches
 *   npx tsx scripts/corpus/detect-batches.ts --entries=a,b  # also how many texts of each set a catalogue entry's pattern matches
 *   npx tsx scripts/corpus/detect-batches.ts --signals=a,b  # also how many texts of each set raise a signal (msg.…, line.…, prose.…)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/core/diagnose';
import { CATALOGUE } from '../../src/core/rules/catalogue/index';
import { CORPUS_DIR, EVAL_NOW, HOLDOUT_DIR, loadCorpus } from '../eval-lib';
import { batchOf, loadHalf } from '../eval-real-pastes';

const listArg = process.argv.find((a) => a.startsWith('--list='));
const listBatches = new Set((listArg?.slice('--list='.length) ?? '').split(',').filter(Boolean).map(Number));

const tuning = loadHalf('tuning').map((c) => ({ c, detected: diagnose(c.paste, { now: EVAL_NOW }).detected }));
const batches = [...new Set(tuning.map((r) => batchOf(r.c)))].sort((a, b) => a - b);
const lines = ['| tuning batch | detection | false positives |', '|---|---|---|'];
let dHit = 0, dOf = 0, fHit = 0, fOf = 0;
for (const b of batches) {
  const rs = tuning.filter((r) => batchOf(r.c) === b);
  const pos = rs.filter((r) => r.c.cause !== 'not-aws-credential-error');
  const neg = rs.filter((r) => r.c.cause === 'not-aws-credential-error');
  const d = pos.filter((r) => r.detected).length;
  const f = neg.filter((r) => r.detected).length;
  dHit += d; dOf += pos.length; fHit += f; fOf += neg.length;
  lines.push(`| ${b} | ${d}/${pos.length} | ${f}/${neg.length} |`);
}
lines.push(`| all | ${dHit}/${dOf} | ${fHit}/${fOf} |`);
for (const [label, dir] of [['old corpus (tuning)', CORPUS_DIR], ['old corpus (held-out, count only)', HOLDOUT_DIR]] as const) {
  const neg = loadCorpus(dir).filter((c) => !c.expected.detected);
  const fired = neg.filter((c) => diagnose(c.text, { now: EVAL_NOW }).detected);
  lines.push(`| ${label} negatives | | ${fired.length}/${neg.length} |`);
  if (dir === CORPUS_DIR) for (const c of fired) lines.push(`|   fired: ${c.folder}/${c.name} | | |`);
}
// Every conversation opening is a credential failure (test/fixtures/real-conversations, tuning half only).
const CONVERSATIONS = join(__dirname, '..', '..', 'test', 'fixtures', 'real-conversations', 'tuning');
const openings = readdirSync(CONVERSATIONS).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(CONVERSATIONS, f), 'utf8')) as { opening: string; batch?: number });
const openingDetected = openings.map((o) => ({ batch: o.batch ?? 1, detected: diagnose(o.opening, { now: EVAL_NOW }).detected }));
lines.push(`| real-conversations tuning openings | ${openingDetected.filter((o) => o.detected).length}/${openings.length} | |`);
// Per batch too: a detection rule must not lose an opening of any batch either.
const openingBatches = [...new Set(openingDetected.map((o) => o.batch))].sort((a, b) => a - b);
lines.push(`|   by batch | ${openingBatches.map((b) => { const os = openingDetected.filter((o) => o.batch === b); return `b${b} ${os.filter((o) => o.detected).length}/${os.length}`; }).join(', ')} | |`);
console.log(lines.join('\n'));

for (const r of tuning) {
  if (!listBatches.has(batchOf(r.c))) continue;
  const negative = r.c.cause === 'not-aws-credential-error';
  if (negative === r.detected) {
    console.log(`\n=== batch ${batchOf(r.c)} ${negative ? 'FALSE POSITIVE' : 'MISS'} ${r.c.file} [${r.c.tool}] cause=${r.c.cause}`);
    console.log(r.c.paste.length > 1500 ? `${r.c.paste.slice(0, 1500)} …[${r.c.paste.length} chars]` : r.c.paste);
  }
}

// Each named catalogue entry's pattern (and its context, when it has one) over every set, negatives first.
const entriesArg = process.argv.find((a) => a.startsWith('--entries='));
const signalsArg = process.argv.find((a) => a.startsWith('--signals='));
if (entriesArg || signalsArg) {
  const sets: Array<[string, string[]]> = [
    ['tuning negatives', tuning.filter((r) => r.c.cause === 'not-aws-credential-error').map((r) => r.c.paste)],
    ['old corpus tuning negatives', loadCorpus(CORPUS_DIR).filter((c) => !c.expected.detected).map((c) => c.text)],
    ['old corpus held-out negatives (count only)', loadCorpus(HOLDOUT_DIR).filter((c) => !c.expected.detected).map((c) => c.text)],
    ['tuning credential errors', tuning.filter((r) => r.c.cause !== 'not-aws-credential-error').map((r) => r.c.paste)],
    ['tuning conversation openings', openings.map((o) => o.opening)],
  ];
  const header = (what: string): void => console.log(`\n| ${what} | ` + sets.map(([name, texts]) => `${name} (${texts.length})`).join(' | ') + ' |');
  // A signal raised anywhere in the text (read past the early gate too): a reader's reach, whether or not it detects.
  if (signalsArg) {
    header('signal');
    const raised = sets.map(([, texts]) => texts.map((t) => {
      const ids = new Set<string>();
      diagnose(t, { now: EVAL_NOW, signalsPastGate: true, onSignals: (sigs) => { for (const x of sigs) ids.add(x.id); } });
      return ids;
    }));
    for (const id of signalsArg.slice('--signals='.length).split(',')) console.log(`| ${id} | ` + raised.map((r) => r.filter((ids) => ids.has(id)).length).join(' | ') + ' |');
  }
  if (entriesArg) header('entry');
  for (const id of entriesArg?.slice('--entries='.length).split(',') ?? []) {
    const e = CATALOGUE.find((x) => x.id === id);
    if (!e) throw new Error(`no catalogue entry ${id}`);
    const fires = (t: string): boolean => e.re.test(t) && (!e.context || e.context.test(t));
    console.log(`| ${id} | ` + sets.map(([, texts]) => texts.filter(fires).length).join(' | ') + ' |');
  }
}
