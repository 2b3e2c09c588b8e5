/**
 * Every diagnosis the tuning halves and the paste corpus give, written one per line to a file, so a change meant to
 * leave the output alone (a speed pass) is proved to by diffing the file before and after it:
 *   npx tsx scripts/corpus/diagnosis-snapshot.ts /tmp/before.jsonl
 *   (change the code)
 *   npx tsx scripts/corpus/diagnosis-snapshot.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 * Each line is the whole Diagnosis (causes with their scores and evidence, facts, notes) and the redacted text. The texts:
 * every tuning-half text of the three real corpora (real-pastes and real-negatives `paste`, real-conversations `opening`
 * and `pastes.*`), every text of test/fixtures/pastes/, and the bench's shapes (bench/paste.ts at 4 KB and 1 MB, the
 * repeated secret shapes of bench/shapes.ts at 64 KB), so the long-input paths are covered too.
 * Tuning halves only: the held-out dirs are never read.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diagnose } from '../../src/core/diagnose';
import { redact } from '../../src/core/redact';
import { pasteOf } from '../../bench/paste';
import { repeatedShapes } from '../../bench/shapes';
import { EVAL_NOW } from '../eval-lib';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');

/** [name, text] of every text to diagnose. */
function texts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const corpus of ['real-pastes', 'real-negatives', 'real-conversations']) {
    const dir = join(FIXTURES, corpus, 'tuning');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      const add = (field: string, v: unknown): void => {
        if (typeof v === 'string' && v !== '') out.push([`${corpus}/${file}#${field}`, v]);
      };
      add('paste', c.paste);
      add('opening', c.opening);
      if (c.pastes !== null && typeof c.pastes === 'object') for (const [k, v] of Object.entries(c.pastes)) add(`pastes.${k}`, v);
    }
  }
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push([`pastes/${relative(join(FIXTURES, 'pastes'), path)}`, readFileSync(path, 'utf8')]);
    }
  };
  walk(join(FIXTURES, 'pastes'));
  out.push(['bench/4 KB', pasteOf(4096)], ['bench/1 MB', pasteOf(1_000_000)]);
  for (const [label, text] of repeatedShapes(65_536)) out.push([`bench/64 KB ${label}`, text]);
  return out;
}

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: tsx scripts/corpus/diagnosis-snapshot.ts <out.jsonl>\n');
  process.exit(2);
}
// Sets and Maps (none today, but a field may become one) are written as arrays so a change in them still shows.
const replacer = (_k: string, v: unknown): unknown => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : v);
const lines = texts().map(([name, text]) => JSON.stringify({ name, diagnosis: diagnose(text, { now: EVAL_NOW }), redacted: redact(text).text }, replacer));
writeFileSync(target, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} diagnoses written to ${target}\n`);
