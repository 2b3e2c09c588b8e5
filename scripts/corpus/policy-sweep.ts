/**
 * `npx tsx scripts/corpus/policy-sweep.ts [--grid=NAME] [--set=key=value,…] [--answers=mixed] [--rows] [--json]`:
 * the policy's numbers (src/core/conversation/policy-params.ts) chosen on data. Replays the TUNING half of
 * test/fixtures/real-conversations (the simulated user of test/helpers/sim-user.ts, as `npm run eval:conversations`)
 * once per setting of a small grid, each setting passed in the engine's step context (engine.ts `StepContext.policy`,
 * through the use case's deps; the core reads no environment), and prints:
 * - with `--rows`, per setting and batch: first fix / within 8 / questions to the right fix / redundant / misread;
 * - leave-one-batch-out over the tuning batches: for each held-back batch, the setting picked on the others (most
 *   first fixes, then most right fixes within 8 turns, then fewer questions to the right fix, then the setting
 *   that changes fewer shipped numbers), its score on the held-back batch against the shipped numbers', and win/tie/lose;
 * - the setting the same rule picks on every tuning batch (what would ship).
 * `--set=leadShare=0.5,maxProbes=4` sweeps that one setting against the shipped numbers; `--grid=` names a grid
 * below (default `main`). Held-out threads are never replayed.
 */
import { evaluateConversations, add, empty, filterOf, isNegative, meanQuestions, type Stats } from '../eval-conversations';
import { DEFAULT_POLICY_PARAMS, type PolicyParams } from '../../src/core/conversation/policy-params';

type Setting = Partial<PolicyParams>;
type Numbers = { [K in keyof PolicyParams as PolicyParams[K] extends number ? K : never]?: number[] };

/** Every combination of the values listed per number (the others at their shipped values). */
function product(axes: Numbers, base: Setting = {}): Setting[] {
  let out: Setting[] = [base];
  for (const [key, values] of Object.entries(axes) as Array<[keyof Numbers, number[]]>) out = out.flatMap((s) => values.map((v) => ({ ...s, [key]: v })));
  return out;
}

/** One number at a time around the shipped values. */
function oneAtATime(axes: Numbers): Setting[] {
  return (Object.entries(axes) as Array<[keyof Numbers, number[]]>).flatMap(([key, values]) => values.map((v) => ({ [key]: v })));
}

const GRIDS: Record<string, () => Setting[]> = {
  /** Each number alone, over the range a person would consider. */
  single: () =>
    oneAtATime({
      leadShare: [0.3, 0.35, 0.45, 0.5, 0.6],
      leadRatio: [2, 2.5, 4, 5],
      sharpen: [1, 1.5, 3],
      maxProbes: [2, 4, 5],
      maxSteps: [4, 6, 7],
      maxStepsDescribed: [1, 3],
      minGain: [0.02, 0.04, 0.08, 0.12],
      commandCost: [1, 1.2, 1.8],
      minChangeProbability: [0.1, 0.15, 0.3],
      switchRatio: [1.2, 2],
    }),
  /** Together: the clear-ahead threshold, the step budgets, the worth of a question and the sharpening of scores. */
  main: () =>
    product({
      leadShare: [0.4, 0.5],
      leadRatio: [2, 3, 4],
      sharpen: [2, 3],
      maxSteps: [4, 5, 6],
      maxStepsDescribed: [1, 2, 3],
      minGain: [0.04, 0.06, 0.08],
    }),
  /** The step budgets alone: informative answers, steps of any kind, steps from a description. */
  budgets: () => product({ maxSteps: [3, 4, 5, 6, 7], maxStepsDescribed: [1, 2, 3], maxProbes: [2, 3, 4] }),
  /**
   * The information-gain costs. Stop 24 also swept a cost power (every step costing the same, or the catalogue's costs
   * raised) and a gain by the leader's expected share (`top1`): neither was picked out of fold, and both are gone as
   * knobs (policy-sweep.results.md keeps their tables).
   */
  costs: () => product({ commandCost: [1, 1.4, 2], minGain: [0.04, 0.06, 0.08] }),
  /** The clear-ahead threshold alone (stop 30): asking on before a fix when the leader's margin is small, priced in questions. */
  clear: () => product({ leadShare: [0.3, 0.4, 0.5, 0.6], leadRatio: [2, 3, 4, 6] }),
};

function parseSet(arg: string): Setting {
  const out: Setting = {};
  for (const kv of arg.split(',')) {
    const [k, v] = kv.split('=');
    if (!k || v === undefined || typeof DEFAULT_POLICY_PARAMS[k as keyof PolicyParams] !== 'number' || Number.isNaN(Number(v))) throw new Error(`--set: unknown or bad ${kv}`);
    else (out as Record<string, number>)[k] = Number(v);
  }
  return out;
}

const label = (s: Setting) => (Object.keys(s).length === 0 ? 'shipped' : Object.entries(s).map(([k, v]) => `${k}=${v}`).join(' '));

/** Shipped first (so it wins ties), then the grid without repeating it. */
function settingsOf(argv: string[]): Setting[] {
  const set = argv.find((a) => a.startsWith('--set='));
  const grid = argv.find((a) => a.startsWith('--grid='))?.slice('--grid='.length) ?? 'main';
  const listed = set ? [parseSet(set.slice('--set='.length))] : (GRIDS[grid] ?? (() => { throw new Error(`--grid: one of ${Object.keys(GRIDS).join('|')}`); }))();
  const same = (s: Setting) => Object.entries(s).every(([k, v]) => DEFAULT_POLICY_PARAMS[k as keyof PolicyParams] === v);
  return [{}, ...listed.filter((s) => !same(s))];
}

type ByBatch = Map<number, Stats>;

async function run(setting: Setting, argv: string[]): Promise<ByBatch> {
  const e = await evaluateConversations({ ...filterOf(argv), halves: ['tuning'], policy: { ...DEFAULT_POLICY_PARAMS, ...setting } });
  const by: ByBatch = new Map();
  for (const r of e.replays.filter((x) => !isNegative(x))) {
    const s = by.get(r.batch) ?? empty();
    add(s, r);
    by.set(r.batch, s);
  }
  return by;
}

function sum(by: ByBatch, batches: number[]): Stats {
  const t = empty();
  for (const b of batches) {
    const s = by.get(b);
    if (!s) continue;
    for (const k of Object.keys(t) as Array<keyof Stats>) t[k] += s[k];
  }
  return t;
}

/** The order the choice uses: first fixes, then within 8, then fewer questions to the right fix (mean). */
function better(a: Stats, b: Stats): number {
  if (a.firstFix !== b.firstFix) return a.firstFix - b.firstFix;
  if (a.within8 !== b.within8) return a.within8 - b.within8;
  const qa = meanQuestions(a);
  const qb = meanQuestions(b);
  return Number.isNaN(qa) || Number.isNaN(qb) || Math.abs(qa - qb) < 1e-9 ? 0 : qb - qa;
}

const changed = (s: Setting) => Object.entries(s).filter(([k, v]) => DEFAULT_POLICY_PARAMS[k as keyof PolicyParams] !== v).length;

/** Picked on `batches`: the best setting by `better`; a tie keeps the one that changes fewer shipped numbers, then the earlier. */
function pick(settings: Setting[], results: ByBatch[], batches: number[]): number {
  let best = 0;
  for (let i = 1; i < results.length; i++) {
    const d = better(sum(results[i]!, batches), sum(results[best]!, batches));
    if (d > 0 || (d === 0 && changed(settings[i]!) < changed(settings[best]!))) best = i;
  }
  return best;
}

const cell = (s: Stats) => `${s.firstFix}/${s.within8}/${Number.isNaN(meanQuestions(s)) ? '-' : meanQuestions(s).toFixed(2)}/${s.redundant}/${s.misread}`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const settings = settingsOf(argv);
  const results: ByBatch[] = [];
  for (const s of settings) results.push(await run(s, argv));
  const batches = [...results[0]!.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(settings.map((s, i) => ({ setting: s, batches: Object.fromEntries(results[i]!) })))}\n`);
    return;
  }
  if (argv.includes('--rows')) {
    out.push(`Per batch (tuning): first fix / within 8 / questions to the right fix / redundant / misread; batches ${batches.join(' ')}`);
    settings.forEach((s, i) => out.push(`${label(s).padEnd(60)} ${batches.map((b) => cell(results[i]!.get(b)!)).join('  ')}  | all ${cell(sum(results[i]!, batches))}`));
  }
  out.push(`\nLeave-one-batch-out over tuning batches ${batches.join(', ')} (${settings.length} settings; pick on the others by first fix, then within 8, then fewer questions):`);
  out.push('| held back | picked on the others | held-back batch: picked | shipped | |');
  out.push('|---|---|---|---|---|');
  const tally = { win: 0, tie: 0, lose: 0, worstLoss: 0 };
  for (const b of batches) {
    const i = pick(settings, results, batches.filter((x) => x !== b));
    const got = results[i]!.get(b)!;
    const base = results[0]!.get(b)!;
    const d = better(got, base);
    const verdict = d > 0 ? 'win' : d < 0 ? 'lose' : 'tie';
    tally[verdict]++;
    if (d < 0) tally.worstLoss = Math.max(tally.worstLoss, base.firstFix - got.firstFix);
    out.push(`| b${b} | ${label(settings[i]!)} | ${cell(got)} | ${cell(base)} | ${verdict} |`);
  }
  out.push(`Folds: ${tally.win} win, ${tally.tie} tie, ${tally.lose} lose (largest first-fix loss ${tally.worstLoss} thread(s)).`);
  const all = pick(settings, results, batches);
  out.push(`Picked on all of ${batches.join(', ')}: ${label(settings[all]!)}  ${cell(sum(results[all]!, batches))}  (shipped ${cell(sum(results[0]!, batches))})`);
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
