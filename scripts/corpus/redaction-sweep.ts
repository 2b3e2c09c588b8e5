/**
 * What redaction removes from real text: `findSecrets` run over every tuning-half paste of the three real corpora
 * (real-pastes `paste`, real-negatives `paste`, real-conversations `opening` and `pastes.*`), counted by label (kind).
 * Real threads hold few real secrets, so every span here is either a documentation example key (it must go) or a
 * false redaction to look at. Tuning halves only: the held-out dirs are never read.
 * Usage: tsx scripts/corpus/redaction-sweep.ts [--spans]   (--spans also lists each span with its file, to review locally)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSecrets } from '../../src/core/redact';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const CORPORA = ['real-pastes', 'real-negatives', 'real-conversations'] as const;

interface Text {
  corpus: string;
  file: string;
  field: string;
  text: string;
}

/** The texts of one case file a person pasted: the paste, or a thread's opening and its pasted outputs. */
function textsOf(corpus: string, file: string, c: Record<string, unknown>): Text[] {
  const out: Text[] = [];
  const add = (field: string, v: unknown): void => {
    if (typeof v === 'string' && v !== '') out.push({ corpus, file, field, text: v });
  };
  add('paste', c.paste);
  add('opening', c.opening);
  if (c.pastes !== null && typeof c.pastes === 'object') for (const [k, v] of Object.entries(c.pastes)) add(`pastes.${k}`, v);
  return out;
}

function tuningTexts(corpus: string): Text[] {
  const dir = join(FIXTURES, corpus, 'tuning');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => textsOf(corpus, f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>));
}

const showSpans = process.argv.includes('--spans');
const lines: string[] = [];
const total = new Map<string, number>();
for (const corpus of CORPORA) {
  const texts = tuningTexts(corpus);
  const byKind = new Map<string, number>();
  let withAny = 0;
  for (const t of texts) {
    const found = findSecrets(t.text);
    if (found.length > 0) withAny++;
    for (const f of found) {
      byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
      total.set(f.kind, (total.get(f.kind) ?? 0) + 1);
      if (showSpans) {
        const before = t.text.slice(Math.max(0, f.start - 40), f.start).replace(/\n/g, '⏎');
        const after = t.text.slice(f.end, f.end + 20).replace(/\n/g, '⏎');
        lines.push(`  ${f.kind}\t${t.corpus}/${t.file} ${t.field}\t…${before}«${t.text.slice(f.start, f.end).replace(/\n/g, '⏎')}»${after}…`);
      }
    }
  }
  const kinds = [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`);
  lines.push(`${corpus} tuning: ${texts.length} texts, ${withAny} with a span; spans by label: ${kinds.join(', ') || 'none'}`);
}
const all = [...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`);
lines.push(`all tuning: ${[...total.values()].reduce((a, b) => a + b, 0)} spans: ${all.join(', ') || 'none'}`);
process.stdout.write(`${lines.join('\n')}\n`);
