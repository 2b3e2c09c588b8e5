/**
 * The policy: which step comes next while diagnosing. A question (or a command to paste back) by
 * expected information gain over the whole posterior, divided by what it costs the person to
 * answer; the fix once one cause is clearly ahead. Answers that told nothing ("not sure", "skip")
 * do not use the question budget, and no fix is shown for an unclear leader while a question that
 * could change the leader is still unasked — unless the team asks for the fix. "Could change the
 * leader": worth asking (MIN_GAIN) and an answer at least MIN_CHANGE_PROBABILITY likely would put
 * another cause first.
 */
import type { CauseId } from '../taxonomy';
import type { Effects, FactName, Probe } from '../knowledge/types';
import { FACT_SIGNALS, PROBES, probeById } from '../knowledge';
import { PASTED_OUTPUT, SKIPPED, type CaseState } from './types';
import { allHold, type FactValues } from '../rules/fact-values';
import { settled, settledByFacts } from './settled';
import { isClearlyAhead, rankWith, stateValues, type Ranking } from './belief';
import { DEFAULT_POLICY_PARAMS, type PolicyParams } from './policy-params';
import { fittedEffects, type AnswerLikelihoods } from '../knowledge/answer-likelihoods';

export type NextStep =
  | { kind: 'fix'; cause: CauseId; why: 'confirmed' | 'clear' | 'requested' | 'budget' | 'nothing-left' }
  | { kind: 'ask'; probe: Probe }
  | { kind: 'wait'; probe: Probe }
  | { kind: 'exhausted' };

function entropy(p: number[]): number {
  let h = 0;
  for (const x of p) if (x > 0) h -= x * Math.log2(x);
  return h;
}

/**
 * What an answer would do to the belief: the choice's own effects and the fact signals its implied
 * facts would switch on (an "ASIA" answer implies a temporary key, and the belief then applies the
 * temporary-key signals), exactly as the belief will apply them.
 */
function outcomesOf(probe: Probe, values: FactValues, table: Readonly<AnswerLikelihoods>): Effects[] {
  if (probe.kind === 'question') return probe.choices.filter((c) => c.id !== 'unknown').map((c) => withImpliedSignals(fittedEffects(probe.id, c.id, c.effects, table), c.implies, values));
  const signals = probe.outcomes.map((id) => FACT_SIGNALS.find((s) => s.id === id)?.effects ?? {});
  return [...signals, {}]; // the output may also tell us nothing new
}

/** What one answer would do to the belief (its effects and the fact signals its implied facts switch on). */
export function answerEffects(probe: Probe, choiceId: string, values: FactValues = {}, table: Readonly<AnswerLikelihoods> = DEFAULT_POLICY_PARAMS.answerLikelihoods): Effects | undefined {
  const choice = probe.kind === 'question' ? probe.choices.find((c) => c.id === choiceId) : undefined;
  return choice ? withImpliedSignals(fittedEffects(probe.id, choice.id, choice.effects, table), choice.implies, values) : undefined;
}

function withImpliedSignals(effects: Effects, implies: Partial<Record<FactName, string>> | undefined, values: FactValues): Effects {
  if (!implies) return effects;
  const after: FactValues = { ...values };
  for (const [fact, v] of Object.entries(implies) as Array<[FactName, string]>) after[fact] = [...(after[fact] ?? []), v];
  const out: Effects = { ...effects };
  for (const sig of FACT_SIGNALS) {
    if (allHold(values, sig.when) || !allHold(after, sig.when)) continue;
    for (const [id, f] of Object.entries(sig.effects) as Array<[CauseId, number]>) out[id] = (out[id] ?? 1) * f;
  }
  return out;
}

/**
 * The predictive distribution of `probe`'s outcomes under the belief: P(outcome) and, per outcome,
 * the joint P(cause, outcome) over the live causes. Each outcome's likelihood given a cause is its
 * effect, normalised per cause over the outcomes.
 */
type Prediction = { q: number[]; outcomes: Array<{ effects: Effects; p: number; joint: number[] }> };

function predict(probe: Probe, ranking: Ranking, values: FactValues, table: Readonly<AnswerLikelihoods>): Prediction | undefined {
  const live = ranking.filter((c) => c.score > 0);
  const total = live.reduce((s, c) => s + c.score, 0);
  if (total <= 0) return undefined;
  const q = live.map((c) => c.score / total);
  const effects = outcomesOf(probe, values, table);
  const lik = live.map((c) => {
    const f = effects.map((e) => e[c.id] ?? 1);
    const sum = f.reduce((s, x) => s + x, 0);
    return f.map((x) => x / sum);
  });
  const outcomes = effects.map((e, o) => {
    const joint = q.map((qc, i) => qc * lik[i]![o]!);
    return { effects: e, p: joint.reduce((s, x) => s + x, 0), joint };
  });
  return { q, outcomes };
}

/**
 * `predict` for one belief, each probe's computed once: nextStep asks of every candidate both whether it could change
 * the leader and what it would gain, from the same prediction (predict was half of a turn's planning, next-step.ts
 * advance, in a CPU profile of synthetic replays: each probe's was computed twice).
 */
function predictions(ranking: Ranking, values: FactValues, table: Readonly<AnswerLikelihoods>): (probe: Probe) => Prediction | undefined {
  const memo = new Map<Probe, Prediction | undefined>();
  return (probe) => {
    if (!memo.has(probe)) memo.set(probe, predict(probe, ranking, values, table));
    return memo.get(probe);
  };
}

function gainOf(pr: Prediction | undefined): number {
  if (!pr) return 0;
  let expected = 0;
  for (const o of pr.outcomes) if (o.p > 0) expected += o.p * entropy(o.joint.map((x) => x / o.p));
  return entropy(pr.q) - expected;
}

/** Expected reduction of uncertainty over every cause still possible if we ask `probe`. */
export function expectedGain(probe: Probe, ranking: Ranking, values: FactValues = {}, table: Readonly<AnswerLikelihoods> = DEFAULT_POLICY_PARAMS.answerLikelihoods): number {
  return gainOf(predict(probe, ranking, values, table));
}

function leaderChanges(pr: Prediction | undefined, ranking: Ranking, policy: Readonly<PolicyParams>): boolean {
  const leader = ranking[0]?.id;
  return (pr?.outcomes ?? []).some((o) => o.p >= policy.minChangeProbability && rankWith(ranking, o.effects)[0]?.id !== leader);
}

/** True when an answer to `probe` that is not unlikely would put another cause first. */
export function couldChangeLeader(probe: Probe, ranking: Ranking, values: FactValues, policy: Readonly<PolicyParams>): boolean {
  return leaderChanges(predict(probe, ranking, values, policy.answerLikelihoods), ranking, policy);
}

const costOf = (p: Probe, policy: Readonly<PolicyParams>) => p.cost ?? (p.kind === 'command' ? policy.commandCost : policy.questionCost);

export function askable(state: CaseState, values: FactValues): Probe[] {
  const asked = new Set(state.asked.map((a) => a.id));
  return PROBES.filter((p) => !asked.has(p.id) && !settledByFacts(p, values) && (!p.onlyWhen || allHold(values, p.onlyWhen)));
}


/**
 * The team said it cannot run a command here ("I can't run that here", "skip"): the failing place has no
 * shell or CLI at hand (a CI job, a container, a managed service), so a second command would be refused
 * too and spend a step. The questions it can answer in words come next (the credential source in words
 * after `aws configure list`, whose account it is after get-caller-identity). Chosen by leave-one-batch-out
 * over the conversations' tuning batches 1-8: picked in every fold, and the held-back batch tied or won in
 * every fold (first fix +1 thread in b8, fewer questions in six batches; docs/conversation.md).
 */
export function refusedACommand(state: CaseState): boolean {
  const commands = state.asked.filter((a) => probeById(a.id)?.kind === 'command');
  // A command's output or a caller identity pasted since shows the team can run commands after all.
  const ranOne = commands.some((a) => a.answer === PASTED_OUTPUT) || (state.scoring?.applied ?? []).some((a) => a.id === 'observe:identity-ok');
  return !ranOne && commands.some((a) => a.answer === SKIPPED);
}


export function bestProbe(candidates: Probe[], ranking: Ranking, values: FactValues, policy: Readonly<PolicyParams>, predicted = predictions(ranking, values, policy.answerLikelihoods)): Probe | undefined {
  let best: { probe: Probe; gain: number } | undefined;
  for (const probe of candidates) {
    const gain = gainOf(predicted(probe)) / costOf(probe, policy);
    if (gain > policy.minGain && (!best || gain > best.gain)) best = { probe, gain };
  }
  return best?.probe;
}

/** Whether `probe` must be asked before this leader's fix, however clear it looks (AccessDenied: who calls, whose account?). */
function comesFirst(probe: Probe, leader: CauseId, values: FactValues): boolean {
  return (probe.firstFor?.includes(leader) ?? false) && (!probe.firstWhen || allHold(values, probe.firstWhen));
}

export function informativeAnswers(state: CaseState): number {
  const answered = state.asked.filter((a) => a.answer !== undefined && !a.said).length;
  return Math.max(0, answered - (state.scoring?.uninformative ?? 0));
}

/** Steps of any kind taken (asked, refused fixes); a question the person's words answered before it was asked took none. */
const stepsTaken = (state: CaseState) => state.asked.filter((a) => !a.said).length + state.rejected.length;

/** The next step under the policy's numbers (policy-params.ts; the engine passes the step context's). */
export function nextStep(state: CaseState, ranking: Ranking, policy: Readonly<PolicyParams>): NextStep {
  const top = ranking[0];
  if (!top || top.score <= 0) return { kind: 'exhausted' };
  if (state.confirmed && !state.rejected.includes(state.confirmed)) return { kind: 'fix', cause: state.confirmed, why: 'confirmed' };
  if (state.scoring?.fixRequested) return { kind: 'fix', cause: top.id, why: 'requested' };
  const values = stateValues(state);
  // What a paste shows or the prose around a pasted error states is not asked either (settled.ts; it may still be said).
  const noCommands = refusedACommand(state);
  const candidates = askable(state, values).filter((p) => !settled(state, p, values) && !(noCommands && p.kind === 'command'));
  const pending = state.pending ? probeById(state.pending.id) : undefined;
  const first = candidates.find((p) => comesFirst(p, top.id, values));
  if (pending && (comesFirst(pending, top.id, values) || !isClearlyAhead(ranking, policy))) return { kind: 'wait', probe: pending };
  if (first) return { kind: 'ask', probe: first };
  if (isClearlyAhead(ranking, policy)) return { kind: 'fix', cause: top.id, why: 'clear' };
  const { maxProbes, maxSteps, maxStepsDescribed } = policy;
  if (stepsTaken(state) >= (state.scoring?.described ? maxStepsDescribed : maxSteps)) return { kind: 'fix', cause: top.id, why: 'budget' };
  const predicted = predictions(ranking, values, policy.answerLikelihoods);
  const changers = candidates.filter((p) => leaderChanges(predicted(p), ranking, policy));
  if (informativeAnswers(state) >= maxProbes) {
    const probe = bestProbe(changers, ranking, values, policy, predicted);
    return probe ? { kind: 'ask', probe } : { kind: 'fix', cause: top.id, why: 'budget' };
  }
  const probe = bestProbe(candidates, ranking, values, policy, predicted) ?? bestProbe(changers, ranking, values, policy, predicted);
  return probe ? { kind: 'ask', probe } : { kind: 'fix', cause: top.id, why: 'nothing-left' };
}
