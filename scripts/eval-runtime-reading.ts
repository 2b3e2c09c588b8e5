/**
 * `npx tsx scripts/eval-runtime-reading.ts`: how well the fix's runtime reading (src/core/conversation/runtime.ts)
 * finds where the failing call ran, on the TUNING half of test/fixtures/real-conversations only (the held-out
 * half is never read). Each thread's opening, then the opening with everything the reporter pasted, is opened
 * as a case and read; the result is compared with the thread's labelled runtime (truth.runtime), for threads
 * that have one. Prints: right platform, not known (the default shell steps, said to be a default), wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../src/core/conversation/engine';
import { whereItRuns, type Where } from '../src/core/conversation/runtime';

const DIR = join(__dirname, '..', 'test', 'fixtures', 'real-conversations', 'tuning');

interface Case {
  opening: string;
  truth: { runtime: string | null };
  pastes: { 'configure-list': string | null; 'caller-identity': string | null; env: string | null; other: string[] };
}

/** The labelled runtime as the platform whose steps fit it, and whether it is the person's own shell. */
const EXPECTED: Record<string, { platform: Where['platform'][]; local?: boolean }> = {
  laptop: { platform: ['linux-macos', 'windows-powershell'], local: true },
  ci: { platform: ['ci'], local: false },
  // Lambda has its own steps now: the shell's (all it had before) no longer count as right for a function.
  lambda: { platform: ['lambda'], local: false },
  ec2: { platform: ['linux-macos'], local: false },
  eks: { platform: ['kubernetes-irsa'] },
  kubernetes: { platform: ['kubernetes-irsa'] },
  docker: { platform: ['container-ecs'], local: false },
  ecs: { platform: ['container-ecs'], local: false },
};

function read(text: string): Where | undefined {
  const r = step(undefined, { kind: 'paste', text, user: 'eval', at: '2026-12-01T09:00:00Z', addressed: true }, { now: new Date('2026-12-01T09:00:00Z'), key: { channel: 'eval', thread: '1' } });
  return r ? whereItRuns(r.state) : undefined;
}

const tally = { opening: { right: 0, unknown: 0, wrong: 0, noCase: 0 }, withPastes: { right: 0, unknown: 0, wrong: 0, noCase: 0 } };
let n = 0;
let unlabelledShown = 0;
let unlabelled = 0;
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
  const c = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Case;
  const truth = c.truth.runtime;
  const pasted = [c.opening, c.pastes['configure-list'], c.pastes['caller-identity'], c.pastes.env, ...c.pastes.other].filter((x): x is string => Boolean(x)).join('\n\n');
  if (!truth || !EXPECTED[truth]) {
    unlabelled++;
    if (read(pasted)?.label) unlabelledShown++;
    continue;
  }
  n++;
  const want = EXPECTED[truth]!;
  for (const [k, text] of [['opening', c.opening], ['withPastes', pasted]] as const) {
    const w = read(text);
    const t = tally[k];
    if (!w) t.noCase++;
    else if (!w.label && w.local === undefined) t.unknown++;
    else if (want.platform.includes(w.platform) && (want.local === undefined || w.local === undefined || w.local === want.local)) t.right++;
    else {
      t.wrong++;
      if (process.argv.includes('--verbose')) console.log(`  wrong (${k}): ${file}: labelled ${truth}, read ${w.platform}${w.label ? ` (${w.label}, ${w.because})` : ''}`);
    }
  }
}
const pct = (x: number) => `${((100 * x) / n).toFixed(1)} %`;
console.log(`Runtime reading, tuning half of the real conversations: ${n} threads with a labelled runtime`);
for (const [k, t] of Object.entries(tally)) console.log(`  ${k.padEnd(11)} right ${pct(t.right)} (${t.right})  not known ${pct(t.unknown)} (${t.unknown})  wrong ${pct(t.wrong)} (${t.wrong})  no case ${t.noCase}`);
console.log(`  ${unlabelled} threads have no labelled runtime; a runtime was named for ${unlabelledShown} of them (from their pastes)`);
