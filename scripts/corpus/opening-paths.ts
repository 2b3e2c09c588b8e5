/**
 * `npx tsx scripts/corpus/opening-paths.ts`: what opens a case on each opening of the conversations' TUNING half, said to
 * awskey directly (a DM, `chat --jsonl`), per collection batch, for credential failures and for negatives apart
 * (src/core/conversation/description.ts `opensCase`):
 * - `error`: diagnose reads error text (detected, not told in words) — always opens;
 * - `told`: diagnose reads a failure told in words (detected, `toldInWords`);
 * - `words`: diagnose detects nothing and the conversation's own reading of the words opens it (the credential topic, a
 *   role's delivery, a token that expires, AWS named next to trouble);
 * - `asked`: no case, and the words only ask, request or propose (src/core/rules/asked-not-reported.ts), which opensCase
 *   refuses before its own reading of the words;
 * - `none`: no case otherwise.
 * And, for the openings diagnose detects, how many would still open if diagnose detected nothing (its error codes kept):
 * how much of the class a change on the diagnosis side alone can close. Never reads the held-out half.
 */
import { loadConversations } from '../../test/helpers/sim-user';
import { diagnose } from '../../src/core/diagnose';
import { showsErrorText } from '../../src/core/diagnosis';
import { askedOnly, opensCase } from '../../src/core/conversation/description';

type Path = 'error' | 'told' | 'words' | 'asked' | 'none';
const PATHS: readonly Path[] = ['error', 'told', 'words', 'asked', 'none'];
const NOW = new Date('2026-12-01T00:00:00Z');

function main(): void {
  const rows = new Map<string, Record<Path, number> & { stillWithoutDiagnose: number }>();
  for (const l of loadConversations().filter((x) => x.half === 'tuning')) {
    const d = diagnose(l.c.opening, { now: NOW });
    const opens = opensCase(d, l.c.opening, { addressed: true });
    const asked = !opens && !d.detected && askedOnly(d, l.c.opening);
    const path: Path = asked ? 'asked' : !opens ? 'none' : showsErrorText(d) ? 'error' : d.detected ? 'told' : 'words';
    const kind = l.c.cause === 'not-aws-credential-error' ? 'negatives' : 'credential failures';
    for (const key of [`${kind} b${l.c.batch ?? 1}`, `${kind} all`]) {
      const r = rows.get(key) ?? { error: 0, told: 0, words: 0, asked: 0, none: 0, stillWithoutDiagnose: 0 };
      r[path]++;
      if (d.detected && opensCase({ ...d, detected: false }, l.c.opening, { addressed: true })) r.stillWithoutDiagnose++;
      rows.set(key, r);
    }
  }
  const order = (k: string) => (k.startsWith('negatives') ? 1000 : 0) + (k.endsWith(' all') ? 999 : Number(k.slice(k.lastIndexOf('b') + 1)));
  process.stdout.write(`${'tuning half'.padEnd(26)} ${PATHS.map((p) => p.padStart(6)).join('')}  detected, still open without diagnose\n`);
  for (const [k, r] of [...rows.entries()].sort((a, b) => order(a[0]) - order(b[0]))) {
    process.stdout.write(`${k.padEnd(26)} ${PATHS.map((p) => String(r[p]).padStart(6)).join('')}  ${r.stillWithoutDiagnose} of ${r.error + r.told}\n`);
  }
}

main();
