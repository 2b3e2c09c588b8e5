/**
 * Compares variants of the ranking's data offline, by leave-one-batch-out over the tuning halves (never reads
 * holdout/): the family priors (src/core/rules/priors.ts), an extra weight per case, the talk weights
 * (cause-talk-weights.ts), which signals the learned context ratios count. The context ratios are refitted on the
 * training batches as rank-cv.ts does. Scores whole cases and each case's error line alone.
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

/** Talk weights per cause instead of the shipped ones (cause-talk-weights.ts): the difference is added to each case. */
const talkAt = (name: string, weights: Weights): Variant => ({
  name,
  table: PRIORS,
  extra: (c) => Object.fromEntries([...c.talk].map(([id, w]) => [id, w * ((weights[id] ?? TALK_WEIGHTS[id] ?? 0) / (TALK_WEIGHTS[id] ?? 1) - 1)])),
});
const everyTalk = (w: number): Weights => Object.fromEntries(Object.keys(TALK_WEIGHTS).map((k) => [k, w]));
const without = (family: string): FamilyPrior[] => PRIORS.filter((p) => p.family !== family);
const COMPUTE = ['runtime.github-actions', 'runtime.gitlab-ci', 'hint.ci', 'runtime.lambda', 'runtime.ecs', 'runtime.eks', 'runtime.ec2'];
const NAMES_PROFILE = (s: string): boolean => s.startsWith('profile.') || ['hint.profile', 'env.profile-set', 'hint.talk-wrong-profile', 'fam.profile'].includes(s);

/**
 * What was compared (December 2026, tuning batches 1-5), each against `shipped`: this session's key-not-in-records
 * prior and the reported prior's role weight taken back out, and the variants tried and not landed (each tied or lost;
 * numbers in the report of branch s20-rank).
 */
const VARIANTS: Variant[] = [
  { name: 'shipped', table: PRIORS },
  { name: 'no key-not-in-records prior', table: without('msg.key-not-in-records') },
  { name: 'reported: role 0.15', table: withWeights({ 'fam.reported': { 'role-credentials-unavailable': 0.15 } }) },
  { name: 'unknown-key: token first 0.8', table: withWeights({ 'fam.unknown-key': { 'missing-session-token': 0.8 } }) },
  { name: 'unknown-key: malformed 0.6', table: withWeights({ 'fam.unknown-key': { 'malformed-credentials': 0.6 } }) },
  { name: 'token-invalid: malformed +0.15', table: [...PRIORS, sub('msg.token-invalid', { 'malformed-credentials': 0.15 })] },
  { name: 'no-creds: role 0.7', table: withWeights({ 'fam.no-creds': { 'role-credentials-unavailable': 0.7 } }) },
  { name: 'no-creds: profile 0.5', table: withWeights({ 'fam.no-creds': { 'wrong-profile': 0.5 } }) },
  { name: 'authfailure: clock 0.7', table: withWeights({ 'fam.authfailure': { 'clock-skew': 0.7 } }) },
  { name: 'kubectl: authz 1.3', table: withWeights({ 'fam.kubectl': { 'authorization-not-authentication': 1.3 } }) },
  {
    name: 'CI/compute, no profile: profile -0.4',
    table: PRIORS,
    extra: (c) => (COMPUTE.some((s) => c.signals.has(s)) && ![...c.signals].some(NAMES_PROFILE) ? { 'wrong-profile': -0.4 } : {}),
  },
  talkAt('talk all 0', everyTalk(0)),
  talkAt('talk all 0.6', everyTalk(0.6)),
  talkAt('talk authz 0', { 'authorization-not-authentication': 0 }),
  talkAt('talk token 1.0', { 'missing-session-token': 1.0 }),
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
    console.log(`${v.name.padEnd(36)} whole ${fmt(crossValidate(cases, 'batch', make))}`);
    console.log(`${''.padEnd(36)} line  ${fmt(crossValidate(thin, 'batch', make))}`);
  }
}

if (require.main === module) run(VARIANTS);
export { withWeights, run, type Variant };
