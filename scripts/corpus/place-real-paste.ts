/**
 * Places real-paste corpus cases (test/fixtures/real-pastes, see its README) in their half by the split rule shared
 * with the real-conversations corpus: sha1(canonical thread URL), first hex digit 0-7 → tuning, 8-f → holdout.
 * Never decided by hand. A thread may give several pastes: the first is `<owner>-<repo>-<n>.json`, the next
 * `<owner>-<repo>-<n>-2.json`, … (a draft whose paste is already stored under that thread is not written twice).
 * A thread already stored under another collection batch is refused: a later batch takes fresh threads only, and
 * re-placing an identical (e.g. title-only) paste would otherwise rewrite the earlier batch's case.
 * Usage: tsx scripts/corpus/place-real-paste.ts [--negatives] <draft.json|draft.yaml>...  (each draft: one case or a
 * list of cases; YAML block scalars keep a paste verbatim without JSON escaping)
 * `--negatives` places into test/fixtures/real-negatives (its README) instead, by the same split, and refuses a thread
 * already in real-pastes or real-conversations: the negatives corpus measures false positives on threads of its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf, splitOf } from './thread-split';
import { parse as parseYaml } from 'yaml';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const ROOT = join(FIXTURES, 'real-pastes');
export const NEGATIVES_ROOT = join(FIXTURES, 'real-negatives');

interface Draft { url: string; paste: string; labelled_at?: string; batch?: number }

export function place(c: Draft, root: string = ROOT): string {
  const half = splitOf(c.url);
  const dir = join(root, half);
  mkdirSync(dir, { recursive: true });
  for (let k = 1; ; k++) {
    const out = join(dir, `${slugOf(c.url)}${k === 1 ? '' : `-${k}`}.json`);
    if (existsSync(out)) {
      const old = JSON.parse(readFileSync(out, 'utf8')) as Partial<Draft>;
      if ((old.batch ?? 1) !== (c.batch ?? 1)) {
        throw new Error(`${c.url} is already in batch ${old.batch ?? 1} (${half}/${out.slice(dir.length + 1)}); a later batch takes fresh threads only`);
      }
      if (old.paste !== c.paste) continue;
      // Re-placing a draft keeps the first labelling time.
      if (old.labelled_at) c = { ...c, labelled_at: old.labelled_at };
    }
    writeFileSync(out, JSON.stringify(c, null, 2) + '\n');
    return `${half}\t${out}`;
  }
}

if (require.main === module) main();

/** Every thread URL stored in the given corpus roots (both halves). */
export function threadUrls(roots: readonly string[]): Set<string> {
  const urls = new Set<string>();
  for (const root of roots) {
    for (const half of ['tuning', 'holdout']) {
      const dir = join(root, half);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
        urls.add((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { url: string }).url);
      }
    }
  }
  return urls;
}

function main(): void {
  const args = process.argv.slice(2);
  const negatives = args.includes('--negatives');
  const root = negatives ? NEGATIVES_ROOT : ROOT;
  const taken = negatives ? threadUrls([ROOT, join(FIXTURES, 'real-conversations')]) : new Set<string>();
  for (const file of args.filter((a) => a !== '--negatives')) {
    const text = readFileSync(file, 'utf8');
    const parsed: unknown = /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text);
    const cases = Array.isArray(parsed) ? parsed : [parsed];
    // The label is written when the draft is placed, before any awskey run on the corpus (README: label first).
    const now = new Date().toISOString();
    for (const c of cases as Draft[]) {
      if (taken.has(c.url)) {
        console.log(`skipped\t${c.url} (already in real-pastes or real-conversations)`);
        continue;
      }
      console.log(place({ ...c, labelled_at: c.labelled_at ?? now }, root));
    }
  }
}
