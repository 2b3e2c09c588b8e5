/**
 * Compares variants of the family priors (src/core/rules/priors.ts) offline, by leave-one-batch-out over the tuning
 * halves (never reads holdout/): each variant replaces the shipped prior table, and the context ratios are refitted
 * on the training batches as rank-cv.ts does. Scores whole cases and each case's error line alone.
 * Usage: tsx scripts/corpus/rank-variants.ts
 */
import { isContextSignal } from '../../src/core/rules/context-ratios';
import { TALK_WEIGHTS } from '../../src/core/rules/cause-talk-weights';
import { PRIORS, type FamilyPrior } from '../../src/core/rules/priors';
import type { CauseId } from '../../src/core/taxonomy';
import { crossValidate, fitContext, fmt, priors, thinCases } from './rank-cv';
import { loadRankCases, type RankCase } from './rank-cases';

type Weights = Partial<Record<CauseId, number>>;
type Variant = {
  name: string;
  table: FamilyPrior[];
  extra?: (c: RankCase) => Weights;
  /** Context signals counted for the learned ratios (default: the shipped hint.* / runtime.*). */
  counted?: (signal: string) => boolean;
  gamma?: number;
};

/** The shipped table with some families' weights replaced (merged: a cause set to 0 drops out). */
function withWeights(changes: Record<string, Weights>): FamilyPrior[] {
  return PRIORS.map((p) => (changes[p.family] ? { ...p, weights: { ...p.weights, ...changes[p.family] } } : p));
}

const sub = (family: string, weights: Weights): FamilyPrior => ({ family, source: '', text: '', weights });

/**
 * What was compared (December 2026, batches 1-5): the shipped table against the table without this session's two
 * changes, and the other variants tried (each lost or tied; their numbers are in the priors.ts comments and the report).
 */
/** Talk weights per cause instead of the shipped ones (cause-talk-weights.ts): the difference is added to each case. */
const talkAt = (name: string, weights: Weights): Variant => ({
  name,
  table: PRIORS,
  extra: (c) => Object.fromEntries([...c.talk].map(([id, w]) => [id, w * ((weights[id] ?? TALK_WEIGHTS[id] ?? 0) / (TALK_WEIGHTS[id] ?? 1) - 1)])),
});
const TALK_VARIANTS: Variant[] = [
  talkAt('talk all 0', Object.fromEntries(Object.keys(TALK_WEIGHTS).map((k) => [k, 0]))),
  talkAt('talk all 0.6', Object.fromEntries(Object.keys(TALK_WEIGHTS).map((k) => [k, 0.6]))),
  talkAt('talk authz 0', { 'authorization-not-authentication': 0 }),
  talkAt('talk authz 0.1', { 'authorization-not-authentication': 0.1 }),
  talkAt('talk token 0.6', { 'missing-session-token': 0.6 }),
  talkAt('talk token 1.0', { 'missing-session-token': 1.0 }),
  talkAt('talk region 0.6', { 'region-endpoint': 0.6 }),
  talkAt('talk env 0.6', { 'env-var-override': 0.6 }),
  talkAt('talk rotation 0.6', { 'stale-credentials-after-rotation': 0.6 }),
  talkAt('talk role 0.6', { 'role-credentials-unavailable': 0.6 }),
  talkAt('talk expired 0.6', { 'temporary-credentials-expired': 0.6 }),
  talkAt('talk profile 0.6', { 'wrong-profile': 0.6 }),
  talkAt('talk account 0.6', { 'wrong-account-or-partition': 0.6 }),
  talkAt('talk clock 0.6', { 'clock-skew': 0.6 }),
];
const without = (family: string): FamilyPrior[] => PRIORS.filter((p) => p.family !== family);
const VARIANTS: Variant[] = [
  { name: 'shipped', table: PRIORS },
  ...TALK_VARIANTS,
  { name: 'no key-not-in-records prior', table: without('msg.key-not-in-records') },
  ...[0.4, 0.8, 1.2].map((w) => ({
    name: `reported on compute: role +${w}`,
    table: PRIORS,
    extra: (c: RankCase): Weights => (c.signals.has('fam.reported') && ['runtime.ec2', 'runtime.ecs', 'runtime.eks'].some((s) => c.signals.has(s)) ? { 'role-credentials-unavailable': w } : {}),
  })),
  ...[0.4, 0.8].map((w) => ({
    name: `reported on eks: role +${w}`,
    table: PRIORS,
    extra: (c: RankCase): Weights => (c.signals.has('fam.reported') && c.signals.has('runtime.eks') ? { 'role-credentials-unavailable': w } : {}),
  })),
  { name: 'reported: role 0.15 (before)', table: withWeights({ 'fam.reported': { 'role-credentials-unavailable': 0.15 } }) },
  { name: 'unknown-key: token first 0.8', table: withWeights({ 'fam.unknown-key': { 'missing-session-token': 0.8 } }) },
  { name: 'unknown-key: malformed 0.6', table: withWeights({ 'fam.unknown-key': { 'malformed-credentials': 0.6 } }) },
  { name: 'token-invalid: malformed +0.15', table: [...PRIORS, sub('msg.token-invalid', { 'malformed-credentials': 0.15 })] },
  { name: 'no-creds: role 0.7', table: withWeights({ 'fam.no-creds': { 'role-credentials-unavailable': 0.7 } }) },
  // Tool- and family-conditional ratios learned from counts, as the context ratios are (context-ratios.ts).
  { name: 'learned ratios + tool.*', table: PRIORS, counted: (s) => isContextSignal(s) || s.startsWith('tool.') },
  { name: 'learned ratios + fam.*', table: PRIORS, counted: (s) => isContextSignal(s) || s.startsWith('fam.') },
  { name: 'learned ratios + msg.*', table: PRIORS, counted: (s) => isContextSignal(s) || s.startsWith('msg.') },
  { name: 'learned ratios gamma 0.2', table: PRIORS, gamma: 0.2 },
];

function run(variants: readonly Variant[]): void {
  const cases = loadRankCases();
  const thin = thinCases(cases);
  for (const v of variants) {
    const base = (c: RankCase): Map<CauseId, number> => {
      const m = priors(c, v.table);
      for (const [id, w] of Object.entries(v.extra?.(c) ?? {})) m.set(id as CauseId, (m.get(id as CauseId) ?? 0) + w!);
      return m;
    };
    const make = (train: readonly RankCase[]) => fitContext(train, v.gamma, undefined, undefined, undefined, base, v.counted);
    console.log(`${v.name.padEnd(28)} whole ${fmt(crossValidate(cases, 'batch', make))}`);
    console.log(`${''.padEnd(28)} line  ${fmt(crossValidate(thin, 'batch', make))}`);
  }
}

if (require.main === module) run(VARIANTS);
export { withWeights, run, type Variant };
