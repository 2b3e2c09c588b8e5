/**
 * Proofs of regex safety already made, so the safety tests re-prove only what changed.
 *
 * recheck's automaton checker is deterministic: the same pattern, flags and recheck version give the same answer. Proving
 * ~2,000 patterns took most of a 2-core CI run's regex-safety time (one file over 15 minutes at load 20), while a change
 * touches a handful. So a pattern proven safe is recorded here by a hash of (recheck version, checker, flags, source),
 * and the tests prove live every pattern not recorded — a new or edited pattern is always proven, never trusted. A
 * recheck upgrade changes every key, so everything is proven again.
 *
 * The record is test/fixtures/regex-proofs.json, reviewed like code. `npm run test:regex-proofs` (REGEX_PROOFS_WRITE=1)
 * proves what is not recorded and rewrites it with today's patterns only; the tests fail on an entry no pattern of today
 * has, so it cannot grow stale. To prove everything again, delete the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';

const FILE = join(__dirname, '..', 'fixtures', 'regex-proofs.json');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RECHECK_VERSION: string = (require('recheck/package.json') as { version: string }).version;

interface ProofFile { readonly recheck: string; readonly safe: Record<string, string[]> }

/** True when the tests should rewrite the record: proofs still asked for are kept, new ones added, stale ones dropped. */
export const writing = process.env.REGEX_PROOFS_WRITE === '1';

/** The key of one proof: changes with the pattern, its flags and recheck's version. */
export function proofKey(source: string, flags: string): string {
  return createHash('sha256').update(`${RECHECK_VERSION}\0automaton\0${flags}\0${source}`).digest('hex').slice(0, 32);
}

function load(): ProofFile {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8')) as ProofFile;
  } catch {
    return { recheck: RECHECK_VERSION, safe: {} };
  }
}

/**
 * One test file's proofs (`group` names it in the record). `prove` answers from the record or proves live; `keysUsed`
 * lists what this run asked for, so a test can check the record holds nothing else; `save` rewrites the group (only when
 * writing).
 */
export function proofs(group: string) {
  const file = load();
  const recorded = new Set(file.recheck === RECHECK_VERSION ? (file.safe[group] ?? []) : []);
  const used = new Set<string>();
  const provenNow = new Set<string>();
  return {
    recorded: [...recorded],
    keysUsed: used,
    /** 'safe' from the record, else recheck's answer proven now (120 s per pattern: headroom for a loaded machine). */
    async prove(source: string, flags: string): Promise<{ status: string; detail?: string; live: boolean }> {
      const k = proofKey(source, flags);
      used.add(k);
      if (recorded.has(k)) return { status: 'safe', live: false };
      const proof = await check(source, flags, { checker: 'automaton', timeout: 120_000 });
      if (proof.status === 'safe') provenNow.add(k);
      return { status: proof.status, detail: proof.status === 'unknown' ? proof.error.kind : undefined, live: true };
    },
    /** Fails, saying what to run, when the record holds a proof no pattern of this run asked for. */
    expectNoStale(): void {
      const stale = [...recorded].filter((k) => !used.has(k));
      if (stale.length > 0) {
        throw new Error(`${stale.length} proof(s) in test/fixtures/regex-proofs.json name no pattern of today (a pattern was rewritten or removed): run \`npm run test:regex-proofs\` and commit the record`);
      }
    },
    save(): void {
      if (!writing) return;
      const now = load();
      const safe = now.recheck === RECHECK_VERSION ? { ...now.safe } : {};
      // Today's patterns only: kept proofs still asked for, and the ones proven now.
      safe[group] = [...used].filter((k) => recorded.has(k) || provenNow.has(k)).sort();
      writeFileSync(FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, safe }, null, 1)}\n`);
    },
  };
}
