/**
 * The belief: one posterior over every cause, updated by every input of the case.
 *
 * The evidence model is diagnose's: the base is `diagnose()` of everything pasted or said so far,
 * read together (so with no answers the ranking is exactly `diagnose(P1 + … + Pn)`). On top of it,
 * what diagnose cannot read from text multiplies in as likelihood ratios: answers to questions,
 * key lookups, statements of fact, facts that answers imply, and observations of the runtime (a
 * clean caller identity pasted on its own; after an AccessDenied, a credential-source fact that
 * diagnose's unknown-key rules do not weigh). A pasted fact overrules an earlier answer that
 * contradicts it. The ranking is rebuilt from scratch on every input.
 */
import { diagnose } from '../diagnose';
import type { Diagnosis, Facts } from '../diagnosis';
import { normalise } from '../normalise';
import { keepHeadAndTail } from '../input-window';
import { keepForEvidence } from './kept-evidence';
import { redact, replaceEncodedKeyIds } from '../redact';
import { decodeAccountId, FULL_KEY_ID } from '../key-id';
import { CAUSE_IDS, type CauseId } from '../taxonomy';
import { CODE_MEANINGS } from '../meanings';
import { FACT_SIGNALS, STATEMENTS, probeById } from '../knowledge';
import { RUNTIME_KINDS, type RuntimeKind } from '../extract/runtimes';
import type { Effects, FactName, Statement } from '../knowledge/types';
import type { CaseScoring, CaseState } from './types';
import { allHold, factValues, type FactValues } from '../rules/fact-values';
import { DESCRIBED_PRIOR } from './description-prior';
import { proseSentences } from './description';
import { LAPSE_EFFECTS } from '../extract/lapse-cue';
import { hintEvidence } from '../classifier/hint-classifier';
import { showsErrorText } from '../diagnosis';
import { contextWeights, DELTA, isContextSignal } from '../rules/context-ratios';
import { CAUSE_COUNTS, CONTEXT_COUNTS } from '../rules/context-counts';
import type { PolicyParams } from './policy-params';

/** Every cause keeps a little weight (added, so diagnose's order is kept) so later answers can revive it. */
const FLOOR = 0.005;
/** The evidence text kept per case (already redacted): the opening paste and the latest inputs. */
const MAX_EVIDENCE_CHARS = 48_000;
const MAX_EVIDENCE_TEXTS = 40;
const MAX_EVIDENCE_LINES = 6;

export type Ranking = Array<{ id: CauseId; score: number }>;

/**
 * Diagnosis scores are independent confidences, not shares: they are sharpened (raised to `sharpen`,
 * policy-params.ts) before normalising, so a clear diagnosis reads as one.
 */

export function normaliseBase(causes: Array<{ id: CauseId; score: number }>, sharpen: number): Partial<Record<CauseId, number>> {
  const weight = (x: number) => Math.max(0, x) ** sharpen;
  const total = causes.reduce((s, c) => s + weight(c.score), 0);
  const base: Partial<Record<CauseId, number>> = {};
  for (const c of causes) base[c.id] = total > 0 ? weight(c.score) / total : 1 / CAUSE_IDS.length;
  return base;
}

export function emptyScoring(): CaseScoring {
  return { base: {}, baseEvidence: {}, applied: [], seenSignals: [], implied: {}, reasks: 0, texts: [] };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A stand-in for a full key id that tells diagnose everything it reads from one — prefix, last 4,
 * length, a digit AWS never uses, the account a new-format id encodes — and nothing else.
 */
function standIn(prefix: string, body: string, last4: string): string {
  const id = prefix + body + last4;
  const account = decodeAccountId(id);
  if (account) {
    // New format: a set top bit, then the account in bits 9..48 of the first ten base32 characters.
    let bits = (1n << 49n) | (BigInt(account) << 9n);
    let head = '';
    for (let i = 0; i < 10; i++, bits >>= 5n) head = BASE32[Number(bits & 31n)]! + head;
    return `${prefix}${head}AA${last4}`;
  }
  const filler = /[0189]/.test(body) ? '0' : 'A';
  return `${prefix}I${filler.repeat(body.length - 1)}${last4}`;
}

/**
 * The text as diagnose reads it, secrets out and full key ids replaced by stand-ins (only prefix and
 * last 4 leave the core): what may be kept on the case.
 */
export function evidenceText(raw: string): string {
  const plain = redact(normalise(keepHeadAndTail(raw)).text).text.replace(FULL_KEY_ID, (_m, prefix: string, body: string, last4: string) => standIn(prefix, body, last4));
  // A key id in base64 (a Kubernetes Secret's data:) keeps its encoding: the case reads the same, the id is not kept.
  return replaceEncodedKeyIds(plain, (prefix, body, last4, encode) => encode(standIn(prefix, body, last4)));
}

/**
 * Add one input's text to the evidence and re-read everything together. Returns the diagnosis of
 * all the evidence (its facts are the case's facts as diagnose sees them). `sharpen`: policy-params.ts.
 */
export function observeText(sc: CaseScoring, raw: string, now: Date, sharpen: number, read?: Diagnosis): Diagnosis {
  // A case stored before the belief kept its evidence has only its base: keep it under the new one.
  if (sc.texts === undefined && Object.keys(sc.base).length > 0) sc.legacyBase = { ...sc.base };
  const texts = (sc.texts ??= []);
  // One input keeps at most half the room, so a huge log cannot push the opening paste out: its head
  // and its tail, as diagnose reads a long input (the error is usually at the end of a log), and the lines `read`
  // (diagnose of this input) found its evidence on, wherever they are.
  const text = keepForEvidence(evidenceText(raw), MAX_EVIDENCE_CHARS / 2, read);
  if (text.trim() !== '') texts.push(text);
  // Keep the opening paste and the latest inputs within the bound.
  while (texts.length > 2 && (texts.length > MAX_EVIDENCE_TEXTS || texts.reduce((n, t) => n + t.length, 0) > MAX_EVIDENCE_CHARS)) texts.splice(1, 1);
  return rebase(sc, now, sharpen);
}

/** Re-read the stored evidence (after a paste, or when the time matters for expiry). */
export function rebase(sc: CaseScoring, now: Date, sharpen: number): Diagnosis {
  // The context signals diagnose found (runtimes, the reporter's hints): a description is weighed by them directly.
  let context: string[] = [];
  // Credentials said to have worked and then lapsed (extract/lapse-cue.ts): diagnose reads the cue, as for a paste.
  let lapse = false;
  // A description's hints are read even when its words would not pass diagnose's early gate for chat.
  const all = diagnose((sc.texts ?? []).join('\n'), {
    now,
    signalsPastGate: sc.described === true,
    onSignals: (signals) => {
      context = signals.map((s) => s.id).filter(isContextSignal);
      lapse = signals.some((s) => s.id === 'said.lapse');
    },
  });
  if (sc.described && !showsErrorText(all)) {
    // Opened from a description and still no error text: the described-problem prior, moved by
    // what the text shows (a key id, a credential source, a region) and what it says (the context
    // hints); the statements apply on top.
    const text = (sc.texts ?? []).join('\n');
    const sentences = proseSentences(text);
    const described = describedBase(factValues(all.facts, [], {}), hintEvidence(sentences.join(' ')), context);
    // When diagnose reads a credential failure in the words and any config pasted with them (a setting
    // name the SDKs do not read, "Access Denied" said in a sentence), that is evidence too, but without an error
    // its scores are not calibrated shares: it gets a fifth of the belief.
    const read = all.detected ? normaliseBase(all.causes.filter((c) => c.id !== 'not-aws-credential-error'), sharpen) : undefined;
    const mixed = read ? Object.fromEntries(CAUSE_IDS.map((id) => [id, (1 - DESCRIBED_DIAGNOSE_SHARE) * (described[id] ?? 0) + DESCRIBED_DIAGNOSE_SHARE * (read[id] ?? 0)])) : described;
    // Credentials said to have worked and then lapsed weigh the whole reading, diagnose's share too.
    sc.base = lapse ? reweigh(mixed, LAPSE_EFFECTS) : mixed;
    sc.baseEvidence = read ? evidenceOf(all) : {};
    return all;
  }
  // Once an error is pasted, the case is read like any other: diagnose's base. Sentences diagnose
  // recognises as a credential failure use its base too (better on the tuning threads), but the case
  // still says it works from a description.
  if (sc.described && showsErrorText(all)) delete sc.described;
  sc.base = normaliseBase(all.causes, sharpen);
  const legacy = sc.legacyBase;
  if (legacy) {
    const merged = CAUSE_IDS.map((id) => Math.max(legacy[id] ?? 0, sc.base[id] ?? 0));
    const total = merged.reduce((a, b) => a + b, 0) || 1;
    CAUSE_IDS.forEach((id, i) => (sc.base[id] = merged[i]! / total));
  }
  sc.baseEvidence = evidenceOf(all);
  if (all.meaning) sc.meaning = all.meaning; // diagnose's sentence is already redacted
  const shown = (all.facts.shown ?? []).flatMap((x) => (x.choice === undefined ? [] : [`${x.probe}=${x.choice}`]));
  if (shown.length > 0) sc.baseShown = shown;
  else delete sc.baseShown;
  return all;
}

/**
 * The share of a description's belief that diagnose's reading of it gets. Chosen by leave-one-batch-out
 * cross-validation on the tuning half of test/fixtures/real-conversations (`npm run eval:conversations --
 * --tuning --batches=N`, batches 1-5): first fix per batch for 0 / 0.1 / 0.2 / 0.3 / 0.5 was b1 92 % for all,
 * b2 79 / 83 / 83 / 83 / 83, b3 95 / 100 / 100 / 100 / 100, b4 74 % for all, b5 80 / 80 / 80 / 80 / 75. In every
 * fold 0.1-0.3 tie for best on the four other batches (0.5 loses batch 5 when it is among them) and the held-back
 * batch rises or stays; 0.2 is the middle of that plateau.
 */
const DESCRIBED_DIAGNOSE_SHARE = 0.2;

/** Fact signals that read a description safely: an ARN in a config or a policy is not an identity. */
const DESCRIBED_SIGNALS = FACT_SIGNALS.filter((sig) => !sig.when.some((w) => w.fact === 'arn' || w.fact === 'errorCode'));

/**
 * diagnose's prose classifier reads the description as it reads the prose around a paste; its
 * evidence weight w (at most 0.9) counts here as a likelihood ratio e^(2w) (at most about 6).
 */
const HINT_STRENGTH = 2;

/**
 * The context hints diagnose read ("the credentials expire after an hour", "AWS_ACCESS_KEY_ID is still set", a
 * runtime) weigh a description by the likelihood ratios addContext uses around an error (rules/context-ratios.ts:
 * p(c | f) / q_c from the tuning threads' label counts, shrunk by DELTA, only where above 1), raised to this power.
 * Around an error they are small weights on a ranking the error already made; in a description they are most of
 * what the text says. 0 ignores them (the belief before stop 22). Chosen by leave-one-batch-out over the
 * conversations' tuning batches 1-8 (docs/conversation.md, "Context hints in a description (stop 22)"): 2 is picked in every fold on 0-2.
 */
const DESCRIBED_CONTEXT_STRENGTH = 2;

/** ln(p(c | f) / q_c) per context signal and cause, where positive: contextWeights at GAMMA 1 and no cap. */
const CONTEXT_LOG_RATIOS = new Map(Object.entries(CONTEXT_COUNTS).map(([signal, m]) => [signal, contextWeights(m, CAUSE_COUNTS, 1, DELTA, Infinity)]));

function describedBase(values: FactValues, hint: ReturnType<typeof hintEvidence>, context: readonly string[]): Partial<Record<CauseId, number>> {
  const w = CAUSE_IDS.map((id) => {
    let x = DESCRIBED_PRIOR[id] ?? 0;
    if (hint?.cause === id) x *= Math.exp(HINT_STRENGTH * hint.evidence.weight);
    for (const signal of context) x *= Math.exp(DESCRIBED_CONTEXT_STRENGTH * (CONTEXT_LOG_RATIOS.get(signal)?.[id] ?? 0));
    for (const sig of DESCRIBED_SIGNALS) if (allHold(values, sig.when)) x *= sig.effects[id] ?? 1;
    return x;
  });
  const total = w.reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(CAUSE_IDS.map((id, i) => [id, w[i]! / total]));
}

/** Shares times likelihood ratios, normalised again. */
function reweigh(shares: Partial<Record<CauseId, number>>, ratios: Partial<Record<CauseId, number>>): Partial<Record<CauseId, number>> {
  const w = CAUSE_IDS.map((id) => (shares[id] ?? 0) * (ratios[id] ?? 1));
  const total = w.reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(CAUSE_IDS.map((id, i) => [id, w[i]! / total]));
}

function evidenceOf(d: Diagnosis): Partial<Record<CauseId, string[]>> {
  const out: Partial<Record<CauseId, string[]>> = {};
  for (const c of d.causes) {
    // diagnose's evidence text is already redacted and masked.
    const texts = c.evidence.filter((e) => e.polarity === 'for').map((e) => e.text.slice(0, 200));
    if (texts.length > 0) out[c.id] = [...new Set(texts)].slice(0, MAX_EVIDENCE_LINES);
  }
  return out;
}

export function apply(sc: CaseScoring, id: string, at: string, effects: Effects, evidence: string, implies?: Partial<Record<FactName, string>>): void {
  // What the implied facts held before (the runtime the words implied): an overruled answer gives it back.
  const replaced = Object.fromEntries(Object.keys(implies ?? {}).flatMap((k) => (sc.implied[k] === undefined ? [] : [[k, sc.implied[k]!]])));
  sc.applied.push({ id, at, effects, evidence, ...(implies && Object.keys(implies).length > 0 ? { implies } : {}), ...(Object.keys(replaced).length > 0 ? { replaced } : {}) });
  for (const [k, v] of Object.entries(implies ?? {})) sc.implied[k] = v;
}

/**
 * An overruled answer stops implying its facts: each goes back to what it held before the answer
 * (the runtime the words implied), never to nothing, and a fact a later answer set is left alone.
 */
function withdrawImplied(sc: CaseScoring, a: CaseScoring['applied'][number]): void {
  for (const [fact, v] of Object.entries(a.implies ?? {})) {
    if (sc.implied[fact] !== v) continue;
    const before = a.replaced?.[fact];
    if (before === undefined) delete sc.implied[fact];
    else sc.implied[fact] = before;
  }
}

/**
 * Runtime answers name a family (the question's "CI", "a container", "EC2 or Lambda", "my laptop");
 * diagnose names the member it read (github-actions, docker, lambda, wsl). A member whose answer
 * (extract/runtimes.ts) implies the runtime said is the same answer, not a contradiction.
 */
const RUNTIME_QUESTION = probeById('runtime');
const answeredAs = (runtime: string): string | undefined => {
  const answer = (RUNTIME_KINDS as Record<string, RuntimeKind | undefined>)[runtime]?.answer;
  return RUNTIME_QUESTION?.kind === 'question' ? RUNTIME_QUESTION.choices.find((c) => c.id === answer)?.implies?.runtime : undefined;
};
const agrees = (fact: string, said: string, seen: string[]) => seen.includes(said) || (fact === 'runtime' && seen.some((x) => answeredAs(x) === said));

/**
 * Facts pasted later win over words said earlier: an answer that implied a fact the pastes now
 * contradict ("AKIA" said, an `ASIA…` key pasted) stops counting.
 */
export function overruleAnswers(sc: CaseScoring, pasted: FactValues): string[] {
  const overruled: string[] = [];
  for (const a of sc.applied) {
    if (a.overruled || !a.implies) continue;
    const clash = Object.entries(a.implies).find(([fact, v]) => {
      const seen = pasted[fact as FactName] ?? [];
      return seen.length > 0 && !agrees(fact, v, seen);
    });
    if (!clash) continue;
    a.overruled = true;
    overruled.push(a.evidence);
    withdrawImplied(sc, a);
  }
  return overruled;
}

/**
 * A later statement of the same question corrects the earlier answer ("ASIA", then "wait no sorry its AKIA"): the
 * earlier answer or statement stops counting, with the facts it implied, and so do the fact signals only those facts
 * held up (an ASIA key's "temporary key without its token"). Returns the evidence withdrawn.
 */
export function withdrawAnswer(sc: CaseScoring, probeId: string, choiceId: string, facts: Facts, errorCodes: string[]): string[] {
  const withdrawn: string[] = [];
  for (const a of sc.applied) {
    if (a.overruled || (a.id !== `answer:${probeId}=${choiceId}` && a.id !== `statement:${probeId}=${choiceId}`)) continue;
    a.overruled = true;
    withdrawn.push(a.evidence);
    withdrawImplied(sc, a);
  }
  const held = withImplied(withoutHeard(factValues(facts, errorCodes, {}), sc.heard), sc.implied);
  for (const a of sc.applied) {
    const sig = !a.overruled && a.id.startsWith('fact:') ? FACT_SIGNALS.find((x) => `fact:${x.id}` === a.id) : undefined;
    if (!sig || allHold(held, sig.when)) continue;
    a.overruled = true;
    sc.seenSignals = sc.seenSignals.filter((id) => id !== sig.id);
    withdrawn.push(a.evidence);
  }
  return withdrawn;
}

/**
 * Decisive evidence pasted later outweighs a vague answer given earlier: when a paste moves
 * diagnose's own reading to a new leader, the earlier answers and statements that argued against
 * that leader stop counting ("fails everywhere" said, then `Type env` pasted).
 */
export function overruleByPastedLeader(sc: CaseScoring, baseBefore: Partial<Record<CauseId, number>>): string[] {
  const leader = (base: Partial<Record<CauseId, number>>) => CAUSE_IDS.reduce((a, b) => ((base[b] ?? 0) > (base[a] ?? 0) ? b : a));
  const before = leader(baseBefore);
  const after = leader(sc.base);
  if (before === after || (sc.base[after] ?? 0) <= (baseBefore[after] ?? 0)) return [];
  const overruled: string[] = [];
  for (const a of sc.applied) {
    if (a.overruled || !/^(answer|statement):/.test(a.id) || (a.effects[after] ?? 1) >= 1) continue;
    a.overruled = true;
    overruled.push(a.evidence);
    withdrawImplied(sc, a);
  }
  return overruled;
}

/**
 * Fact signals for facts that only answers established (a pasted fact is already in the
 * diagnosis base; counting it again would double it).
 */
export function applyImpliedSignals(sc: CaseScoring, facts: Facts, errorCodes: string[], at: string): void {
  // An error printed without its code ("The AWS Access Key Id you provided does not exist in our
  // records.") has the code's meaning: signals that need the code hold for it too.
  const codes = [...errorCodes, ...codesOfMeaning(sc.meaning).filter((c) => !errorCodes.includes(c))];
  // A fact only typed words showed is no paste's: its signal counts when an answer implies it, as for any answer.
  const pasted = withoutHeard(factValues(facts, codes, {}), sc.heard);
  const withAnswers = withImplied(pasted, sc.implied);
  for (const sig of FACT_SIGNALS) {
    if (sc.seenSignals.includes(sig.id) || !allHold(withAnswers, sig.when) || allHold(pasted, sig.when)) continue;
    sc.seenSignals.push(sig.id);
    apply(sc, `fact:${sig.id}`, at, sig.effects, sig.evidence);
  }
  rereadStatements(sc, withAnswers);
}

/**
 * A statement whose meaning hangs on the case's facts (`otherwise`, knowledge/types.ts) counts as the facts read now,
 * whichever came first: "no session token" said, then the key answered AKIA, weighs as said of a long-term key.
 */
function rereadStatements(sc: CaseScoring, values: FactValues): void {
  for (const a of sc.applied) {
    const st = !a.overruled && a.id.startsWith('statement:') ? STATEMENTS.find((x) => `statement:${x.id}` === a.id) : undefined;
    if (!st?.otherwise) continue;
    const reading = statementReading(st, values);
    // The same reading keeps its effects as the reply weighed them (said.ts oneReadingPerCause).
    if (reading.evidence === a.evidence) continue;
    a.effects = reading.effects;
    a.evidence = reading.evidence;
  }
}

/** A statement's effects and evidence as the case's facts read it. */
export function statementReading(st: Statement, values: FactValues): Pick<Statement, 'effects' | 'evidence'> {
  return st.otherwise && allHold(values, st.otherwise.when) ? st.otherwise : st;
}

/**
 * Keep the facts of a text the belief did not re-read apart (`heard`), or, when it did re-read it, take its facts
 * out of them: a fact diagnose weighed in the base is pasted, one only typed words showed is not.
 */
export function noteHeardFacts(sc: CaseScoring, before: FactValues, after: FactValues, reread: boolean): void {
  const heard = (sc.heard ??= {});
  for (const [fact, values] of Object.entries(after) as Array<[FactName, string[]]>) {
    const kept = heard[fact] ?? [];
    const now = reread ? kept.filter((v) => !values.includes(v)) : [...kept, ...values.filter((v) => !(before[fact] ?? []).includes(v) && !kept.includes(v))];
    if (now.length > 0) heard[fact] = now;
    else delete heard[fact];
  }
  if (Object.keys(heard).length === 0) delete sc.heard;
}

function withoutHeard(values: FactValues, heard: CaseScoring['heard']): FactValues {
  if (!heard) return values;
  const out: FactValues = {};
  for (const [fact, list] of Object.entries(values) as Array<[FactName, string[]]>) {
    const kept = list.filter((v) => !(heard[fact] ?? []).includes(v));
    if (kept.length > 0) out[fact] = kept;
  }
  return out;
}

function withImplied(values: FactValues, implied: Record<string, string>): FactValues {
  const out: FactValues = { ...values };
  for (const [fact, v] of Object.entries(implied)) {
    const list = out[fact as FactName] ?? [];
    if (!list.includes(v)) out[fact as FactName] = [...list, v];
  }
  return out;
}

function codesOfMeaning(meaning: string | undefined): string[] {
  if (!meaning) return [];
  const code = Object.keys(CODE_MEANINGS).find((c) => CODE_MEANINGS[c] === meaning);
  return code ? [code] : [];
}

/**
 * A fact a later paste shows that diagnose's rules do not weigh in this context (an `aws configure
 * list` with Type env after an AccessDenied: the env rules belong to the unknown-key errors) still
 * tells something: its fact signal applies as an observation, once. Only when every cause it
 * raises has no support at all in the re-read diagnosis, so nothing diagnose weighed counts twice.
 */
const IGNORED = 1e-9;

export function observeIgnoredFacts(sc: CaseScoring, before: FactValues, after: FactValues, baseBefore: Partial<Record<CauseId, number>>, at: string): string[] {
  const applied: string[] = [];
  for (const sig of FACT_SIGNALS) {
    if (sc.seenSignals.includes(sig.id) || allHold(before, sig.when) || !allHold(after, sig.when)) continue;
    const raised = (Object.entries(sig.effects) as Array<[CauseId, number]>).filter(([, f]) => f > 1).map(([id]) => id);
    // Ignored: no cause it raises has any support in the re-read diagnosis.
    if (raised.length === 0 || raised.some((id) => (sc.base[id] ?? 0) > IGNORED || (sc.base[id] ?? 0) > (baseBefore[id] ?? 0) + 1e-9)) continue;
    sc.seenSignals.push(sig.id);
    apply(sc, `observe:${sig.id}`, at, sig.effects, sig.evidence);
    applied.push(sig.id);
  }
  return applied;
}

/**
 * One evidence model: an answer or statement whose choice the pasted text itself shows ("its sso", then a profile
 * with `sso_start_url` pasted; extract/shown-answers.ts) is weighed by diagnose in the base already (rules/shown-answers.ts).
 * Its own effects would count the same fact a second time (QA 34 F2: "SSO" said and shown took the expiry ×3 on top
 * of the paste's), so only the base counts it; the answer stays on the record.
 */
const countedInBase = (sc: CaseScoring, id: string): boolean => sc.baseShown !== undefined && /^(?:answer|statement):/.test(id) && sc.baseShown.includes(id.slice(id.indexOf(':') + 1));

export function rank(sc: CaseScoring, rejected: CauseId[]): Ranking {
  const w = CAUSE_IDS.map((id) => {
    if (rejected.includes(id)) return { id, score: 0 };
    let s = (sc.base[id] ?? 0) + FLOOR;
    for (const a of sc.applied) if (!a.overruled && !countedInBase(sc, a.id)) s *= a.effects[id] ?? 1;
    return { id, score: s };
  });
  const total = w.reduce((s, c) => s + c.score, 0) || 1;
  return w.map((c) => ({ id: c.id, score: c.score / total })).sort((a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
}

/** The ranking if `effects` were applied too (for the policy's look-ahead). */
export function rankWith(r: Ranking, effects: Effects): Ranking {
  const w = r.map((c) => ({ id: c.id, score: c.score * (effects[c.id] ?? 1) }));
  const total = w.reduce((s, c) => s + c.score, 0) || 1;
  return w.map((c) => ({ id: c.id, score: c.score / total })).sort((a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id));
}

/** Whether the leader is clear enough for its fix: the policy's `leadShare`, and `leadRatio` times the runner-up. */
export function isClearlyAhead(r: Ranking, policy: Pick<PolicyParams, 'leadShare' | 'leadRatio'>): boolean {
  const [first, second] = r;
  if (!first) return false;
  const { leadShare, leadRatio } = policy;
  return first.score >= leadShare && first.score >= leadRatio * (second?.score ?? 0);
}

export function stateValues(state: CaseState): FactValues {
  const values = factValues(state.facts, state.errorCodes, state.scoring?.implied ?? {});
  // How the credentials got in, as the paste shows it (facts.shown: an SSO token error, a web identity exchange): the
  // question is not asked (paste-readings.ts), so the playbooks and the questions that hang on it read it as its answer
  // (qa37 F7, F16). Not in factValues: diagnose weighs a shown answer only while its question's skipWhen does not hold.
  if (!values.signIn) {
    const shown = [...new Set((state.facts.shown ?? []).flatMap((x) => (x.probe === 'sign-in' && x.choice ? [x.choice] : [])))];
    if (shown.length > 0) values.signIn = shown;
  }
  return values;
}

/** What the evidence says for a cause: diagnose's evidence, then what answers and lookups added. */
export function evidenceFor(sc: Readonly<CaseScoring>, id: CauseId, max = MAX_EVIDENCE_LINES): string[] {
  const out = [...(sc.baseEvidence[id] ?? [])];
  for (const a of sc.applied) {
    const f = a.effects[id];
    if (!a.overruled && !countedInBase(sc, a.id) && f !== undefined && f > 1 && !out.includes(a.evidence)) out.push(a.evidence);
  }
  return out.slice(0, max);
}
