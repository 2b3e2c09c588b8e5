/**
 * `npx tsx scripts/eval-prose-detection.ts [--misses]`: how detection does on thin text, the shape fresh real threads
 * miss most (prose-only and title-only reports). Tuning halves only; the held-out halves are never read here.
 *
 * Views of each tuning case, all labelled by the case's cause (a negative stays a negative):
 * - `paste`: the real paste as `npm run eval:real` reads it;
 * - `title`: the thread's title alone (a title-only report);
 * - `paste prose`: only the lines of the paste a person wrote (looksLikeProse), the error text left out;
 * - `conversation title`, `conversation opening`, `conversation prose`: the same for the real-conversations corpus
 *   (every thread there is a credential failure).
 * Cross-validation by batch: the rows for batches 1-4 are where a change is developed (`--misses` lists their misses
 * and false positives only); batch 5's rows are the check, printed as numbers only. A title or a prose-only view need
 * not be detectable (a pull request's title rarely says what failed): compare variants, do not aim at 100 %.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/core/diagnose';
import { looksLikeProse } from '../src/core/extract/context-hints';
import { EVAL_NOW } from './eval-lib';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
/** Batches the reader was developed on; later ones are the check. */
const DEVELOP_BATCHES = 4;

interface View {
  view: string;
  batch: number;
  positive: boolean;
  text: string;
  file: string;
}

function loadTuning(corpus: string): Array<Record<string, unknown> & { file: string }> {
  const dir = join(FIXTURES, corpus, 'tuning');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>) }));
}

/** The lines a person wrote, inline code kept as words. */
function proseOnly(text: string): string {
  return text
    .split('\n')
    .filter((l) => looksLikeProse(l.replace(/`([^`\n]{1,80})`/g, '$1')))
    .join('\n');
}

export function views(): View[] {
  const out: View[] = [];
  const add = (view: string, c: { file: string; batch?: unknown }, positive: boolean, text: unknown): void => {
    if (typeof text === 'string' && text.trim()) out.push({ view, batch: typeof c.batch === 'number' ? c.batch : 1, positive, text, file: c.file });
  };
  for (const c of loadTuning('real-pastes')) {
    const positive = c.cause !== 'not-aws-credential-error';
    add('paste', c, positive, c.paste);
    add('title', c, positive, c.title);
    add('paste prose', c, positive, proseOnly(String(c.paste)));
  }
  for (const c of loadTuning('real-conversations')) {
    add('conversation title', c, true, c.title);
    add('conversation opening', c, true, c.opening);
    add('conversation prose', c, true, proseOnly(String(c.opening)));
  }
  return out;
}

function main(): void {
  const misses = process.argv.includes('--misses');
  const rows = new Map<string, { hit: number; pos: number; fp: number; neg: number }>();
  const listed: string[] = [];
  for (const v of views()) {
    const d = diagnose(v.text, { now: EVAL_NOW });
    const key = `${v.view.padEnd(22)} ${v.batch <= DEVELOP_BATCHES ? `batches 1-${DEVELOP_BATCHES}` : `batch ${v.batch} (check)`}`;
    const r = rows.get(key) ?? { hit: 0, pos: 0, fp: 0, neg: 0 };
    rows.set(key, r);
    if (v.positive) {
      r.pos++;
      if (d.detected) r.hit++;
    } else {
      r.neg++;
      if (d.detected) r.fp++;
    }
    if (misses && v.batch <= DEVELOP_BATCHES && v.positive !== d.detected) listed.push(`  ${v.positive ? 'miss' : 'false positive'} [${v.view}] ${v.file}: ${JSON.stringify(v.text.slice(0, 200))}`);
  }
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
  for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`${key.padEnd(45)} detection ${pct(r.hit, r.pos).padEnd(16)} false positives ${r.neg ? pct(r.fp, r.neg) : 'n/a'}\n`);
  }
  if (misses) process.stdout.write(`\nbatches 1-${DEVELOP_BATCHES}, misses and false positives (${listed.length}):\n${listed.join('\n')}\n`);
}

if (require.main === module) main();
