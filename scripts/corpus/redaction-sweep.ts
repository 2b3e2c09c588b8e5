/**
 * What redaction removes from real text: `findSecrets` run over every tuning-half paste of the three real corpora
 * (real-pastes `paste`, real-negatives `paste`, real-conversations `opening` and `pastes.*`), counted by label (kind).
 * Real threads hold few real secrets, so every span here is either a documentation example key (it must go) or a
 * false redaction to look at. Tuning halves only: the held-out dirs are never read.
 * Fewer spans read as better, but a span dropped may be a secret let through (review 33, R33-9): so each text also gets
 * one planted secret of the shapes people type (a lowercase word, a short mixed one, `$`-led, an unclosed template
 * mark, snake words, dotted words, `this.`-led, an AWS key), under a label of the places they write them, after its
 * first line, and the planted recall (planted secrets that no longer appear in the redacted text) is printed beside
 * the span counts. Shapes and places rotate over the texts; the secrets are drawn by a seeded generator (reproducible).
 * Usage: tsx scripts/corpus/redaction-sweep.ts [--spans]   (--spans also lists each span with its file, to review locally)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSecrets, redact } from '../../src/core/redact';

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
/** Each corpus's tuning texts, read once for the sweep and the planting below. */
const TEXTS = new Map(CORPORA.map((c) => [c, tuningTexts(c)]));
for (const corpus of CORPORA) {
  const texts = TEXTS.get(corpus)!;
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
/** mulberry32: a small seeded generator, so that the planted secrets are the same on every run. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(33);
const pick = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const word = (): string => pick(LOWER, 4 + Math.floor(random() * 6));
const upper = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const digits = (): string => String(Math.floor(random() * 10000));
const SHAPES: Array<[string, () => string]> = [
  ['lowercase word', () => pick(LOWER, 6 + Math.floor(random() * 11))],
  ['short mixed', () => `${upper(word())}${digits()}`],
  ['$-led', () => `$${word()}${upper(word())}${digits()}`],
  ['template mark first', () => `${['<', '((', '{{'][Math.floor(random() * 3)]!}${upper(word())}${digits()}`],
  ['snake words', () => `${word()}_${['secret', 'password', 'token'][Math.floor(random() * 3)]!}_${word()}`],
  ['dotted words', () => `${upper(word())}.${upper(word())}.Password`],
  ['this.-led', () => `this.${upper(word())}${upper(word())}${digits()}`],
  ['AWS key', () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 39) + '7'],
];
const PLACES: Array<(secret: string) => string> = [
  (p) => `password: ${p}`,
  (p) => `DB_PASSWORD=${p}`,
  (p) => `my password: ${p} and it still fails`,
  (p) => `client_secret: ${p} and then`,
  (p) => `aws_secret_access_key = ${p}`,
  (p) => `"secret_key": "${p}",`,
  (p) => `kind: Secret\nstringData:\n  db-pass: |\n    ${p}`,
];
const plantedBy = new Map<string, [number, number]>();
let textIndex = 0;
for (const corpus of CORPORA) {
  for (const t of TEXTS.get(corpus)!) {
    const [shape, make] = SHAPES[textIndex % SHAPES.length]!;
    const place = PLACES[Math.floor(textIndex / SHAPES.length) % PLACES.length]!;
    textIndex++;
    const secret = make();
    if (t.text.includes(secret)) continue;
    const nl = t.text.indexOf('\n');
    const planted = nl < 0 ? `${t.text}\n${place(secret)}` : `${t.text.slice(0, nl + 1)}${place(secret)}\n${t.text.slice(nl + 1)}`;
    const counts = plantedBy.get(shape) ?? [0, 0];
    counts[1]++;
    if (!redact(planted).text.includes(secret)) counts[0]++;
    else if (showSpans) lines.push(`  planted, left whole (${shape})\t${t.corpus}/${t.file} ${t.field}\t${place(secret).replace(/\n/g, '⏎')}`);
    plantedBy.set(shape, counts);
  }
}
const gone = [...plantedBy.values()].reduce((n, c) => n + c[0], 0);
const planted = [...plantedBy.values()].reduce((n, c) => n + c[1], 0);
const byShape = [...plantedBy].map(([shape, [g, n]]) => `${shape} ${g}/${n}`).join(', ');

const all = [...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`);
lines.push(`all tuning: ${[...total.values()].reduce((a, b) => a + b, 0)} spans: ${all.join(', ') || 'none'}`);
lines.push(`planted recall: ${gone}/${planted} planted secrets gone; by shape: ${byShape}`);
process.stdout.write(`${lines.join('\n')}\n`);
