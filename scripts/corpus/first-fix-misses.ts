/**
 * `npx tsx scripts/corpus/first-fix-misses.ts [--batches=1,2]`: where the first fix goes wrong on the TUNING half of
 * test/fixtures/real-conversations (never the held-out half), replayed with the simulated user of test/helpers/sim-user.ts.
 * Prints
 * - calibration: first fixes by the leader's share of belief when the fix was shown, and how many were right;
 * - per labelled cause, which wrong fixes were shown first;
 * - per miss, the leader and the truth's place when the fix was shown, and every question whose truthful answer (from
 *   the case's truth profile, as the simulated user would give it) would have put an acceptable cause first, by the
 *   policy's own outcome model (`answerEffects`: the choice's effects and the fact signals it implies). A miss with no
 *   such question cannot be mended by asking: its truth profile does not hold the answer that would separate them;
 *   beside it, the truth-profile facts no question asks yet (what a new question could ask);
 * - per miss, whether the fix came for a leader under the clear-ahead threshold (shown because the steps ran out or
 *   nothing worth asking was left), and where the truth stands when every question the truth profile answers is
 *   answered together on the opening ranking (an upper bound on what asking more, in any order, could do).
 * - the misses counted by what went wrong in the conversation (ranking / asked-too-little / after-unknown / unasked).
 */
import { evaluateConversations, isNegative } from '../eval-conversations';
import { KNOWN_QUESTIONS, loadConversations } from '../../test/helpers/sim-user';
import { PROBES } from '../../src/core/knowledge';
import { answerEffects } from '../../src/core/conversation/policy';
import { isClearlyAhead, rankWith, type Ranking } from '../../src/core/conversation/belief';
import { DEFAULT_POLICY_PARAMS } from '../../src/core/conversation/policy-params';

/** Truth-profile fields no question of the catalogue asks (sim-user's KNOWN_QUESTIONS maps the others). */
const UNASKED_FIELDS = ['envKeysSet', 'profileIntended', 'profileUsed', 'ssoSessionExpired', 'tool'] as const;

const BUCKETS = [
  { label: 'under 40 %', below: 0.4 },
  { label: '40-55 %', below: 0.55 },
  { label: '55-75 %', below: 0.75 },
  { label: '75 % and over', below: Infinity },
];

const CLASS_MEANING: Record<string, string> = {
  ranking: 'no question the truth profile answers would put the right cause first (the opening ranking or a missing question)',
  'asked-too-little': 'a separating question was asked and answered truthfully, yet the fix shown was wrong (its answer moved too little)',
  'after-unknown': 'a separating question was still unasked, and the fix came right after an answer that told nothing',
  unasked: 'a separating question was still unasked when the fix was shown',
};

/** What went wrong in the conversation of one first-fix miss (the first class that fits, in CLASS_MEANING's order). */
function missClass(r: { turns: Array<{ fix?: string; understood?: Array<{ answer: string }> }> }, separating: string[]): string {
  if (separating.length === 0) return 'ranking';
  if (separating.some((x) => x.endsWith(' (asked)'))) return 'asked-too-little';
  const at = r.turns.findIndex((t) => t.fix);
  const told = r.turns[at]?.understood ?? [];
  return told.some((u) => u.answer === 'unknown' || u.answer === 'skipped') ? 'after-unknown' : 'unasked';
}

async function main(): Promise<void> {
  const arg = process.argv.find((a) => a.startsWith('--batches='));
  // "1,2,5" or a range "1-10".
  const batches = arg ? arg.slice('--batches='.length).split(',').flatMap((x) => { const [a, b] = x.split('-').map(Number); return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i); }) : undefined;
  const e = await evaluateConversations({ halves: ['tuning'], ...(batches ? { batches } : {}) });
  const cases = new Map(loadConversations().filter((l) => l.half === 'tuning').map((l) => [l.file, l.c]));
  const calibration = BUCKETS.map(() => ({ n: 0, right: 0 }));
  const wrongByCause = new Map<string, Map<string, number>>();
  const misses: string[] = [];
  let mendable = 0;
  let mendableTogether = 0;
  const classes = new Map<string, number>();
  for (const r of e.replays.filter((x) => !isNegative(x))) {
    const at = r.turns.find((t) => t.fix);
    if (!at) continue;
    const ranking: Ranking = (at.ranking ?? []).map((x) => ({ id: x.cause, score: x.p }));
    const share = ranking[0]?.score ?? 0;
    const b = calibration[BUCKETS.findIndex((x) => share < x.below)]!;
    b.n++;
    if (r.firstFixRight) {
      b.right++;
      continue;
    }
    const wrong = wrongByCause.get(r.cause) ?? new Map<string, number>();
    wrong.set(r.firstFix!, (wrong.get(r.firstFix!) ?? 0) + 1);
    wrongByCause.set(r.cause, wrong);
    const c = cases.get(r.file)!;
    const place = ranking.findIndex((x) => r.accept.includes(x.id));
    const separating: string[] = [];
    for (const probe of PROBES) {
      const choice = KNOWN_QUESTIONS[probe.id]?.choice(c.truth);
      const effects = choice === undefined ? undefined : answerEffects(probe, choice);
      if (!effects) continue;
      const after = rankWith(ranking, effects);
      if (r.accept.includes(after[0]!.id)) separating.push(`${probe.id}=${choice}${r.turns.some((t) => t.question === probe.id) ? ' (asked)' : ''}`);
    }
    if (separating.length > 0) mendable++;
    // Every answer the truth profile holds, together, on the opening ranking.
    let together: Ranking = (r.turns[0]?.ranking ?? []).map((x) => ({ id: x.cause, score: x.p }));
    for (const probe of PROBES) {
      const choice = KNOWN_QUESTIONS[probe.id]?.choice(c.truth);
      const effects = choice === undefined ? undefined : answerEffects(probe, choice);
      if (effects) together = rankWith(together, effects);
    }
    const togetherPlace = together.findIndex((x) => r.accept.includes(x.id));
    if (togetherPlace === 0) mendableTogether++;
    const cls = missClass(r, separating);
    classes.set(cls, (classes.get(cls) ?? 0) + 1);
    const unasked = UNASKED_FIELDS.filter((f) => c.truth[f] !== null).map((f) => `${f}=${String(c.truth[f])}`);
    misses.push(
      `  b${r.batch} ${r.file} [${cls}]: ${r.cause}; shown ${r.firstFix} at ${(100 * share).toFixed(0)} %${isClearlyAhead(ranking, DEFAULT_POLICY_PARAMS) ? ' (clearly ahead)' : ' (under clear-ahead)'}; truth #${place + 1} at ${(100 * (ranking[place]?.score ?? 0)).toFixed(0)} %; ` +
        `all known answers together: truth #${togetherPlace + 1} (leader ${together[0]?.id}); ` +
        `separating question: ${separating.join(', ') || 'none the truth profile answers'}${unasked.length > 0 ? `; facts no question asks: ${unasked.join(' ')}` : ''}`,
    );
  }
  const out = ['First fixes by the leader\'s share when shown (tuning):'];
  BUCKETS.forEach((x, i) => out.push(`  ${x.label.padEnd(14)} ${calibration[i]!.right} right of ${calibration[i]!.n}`));
  out.push('', 'Wrong first fixes, per labelled cause:');
  for (const [cause, m] of [...wrongByCause].sort((a, b) => a[0].localeCompare(b[0]))) out.push(`  ${cause.padEnd(34)} ${[...m].map(([id, n]) => `${id} ${n}`).join(', ')}`);
  out.push('', 'Misses by what went wrong in the conversation:');
  for (const [cls, n] of [...classes].sort((a, b) => b[1] - a[1])) out.push(`  ${cls.padEnd(20)} ${n}  ${CLASS_MEANING[cls]}`);
  out.push('', `Misses (${misses.length}; ${mendable} with a question whose truthful answer puts an acceptable cause first; ${mendableTogether} where all known answers together would):`, ...misses);
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
