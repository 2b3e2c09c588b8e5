/**
 * Evidence taken in, apart from answers and statements:
 * - a text: its facts and error codes join the case's, the belief reads it with everything said
 *   before, what diagnose does not weigh is observed, and the answers a paste contradicts are
 *   overruled; says whether the text moved the case;
 * - hidden characters a paste showed, and a clean caller identity outside a fix;
 * - a key lookup's verdict.
 */
import type { Diagnosis } from '../diagnosis';
import { quotedWords, redact } from '../redact';
import { showsErrorText } from '../diagnosis';
import { AUTHORIZATION_ERRORS, LOOKUP_EFFECTS, signalById } from '../knowledge';
import { apply, applyImpliedSignals, noteHeardFacts, observeIgnoredFacts, observeText, overruleAnswers, overruleByPastedLeader, rank, stateValues, type Ranking } from './belief';
import { factValues, type FactValues } from '../rules/fact-values';
import { mergeFacts } from './facts';
import { describePaste } from './replies';
import { readProse } from './said';
import type { CaseInput, CaseState } from './types';
import { log, type Turn } from './turn';
import { noteIncidentStart, takeReadings } from './paste-readings';

/** Error codes kept per case. */
export const MAX_ERROR_CODES = 10;
const authorizationCase = (s: CaseState) => s.errorCodes.some((c) => AUTHORIZATION_ERRORS.includes(c));
const RERANK_EPSILON = 0.001;
/** A case is a conversation, not a lookup log: past this many, further lookups change nothing. */
const MAX_LOOKUPS = 20;

export interface TakenIn {
  /** The text showed a fact the questions use, or (a paste) re-read the case differently. */
  learned: boolean;
  /** How many statements the prose around a paste made that moved the belief. */
  stated: number;
}

/**
 * @param paste the text is a paste (evidence only), not a typed reply
 * @param understood the interpreter read the words as an answer or statements: they count through those
 */
export function takeText(t: Turn, text: string, d: Diagnosis, paste: boolean, understood: boolean): TakenIn {
  const { s, sc } = t;
  const before = stateValues(s);
  const pastedBefore = { facts: s.facts, errorCodes: [...s.errorCodes] };
  s.facts = mergeFacts(s.facts, d.facts);
  for (const c of d.errorCodes) if (!s.errorCodes.includes(c) && s.errorCodes.length < MAX_ERROR_CODES) s.errorCodes.push(c);
  if (authorizationCase(s) && s.facts.arn !== undefined && s.facts.arn !== pastedBefore.facts.arn) reopenWhenIdentityArrives(t);
  const baseBefore = { ...sc.base };
  const rankedBefore = rank(sc, s.rejected);
  // Words the interpreter understood count through their answer; diagnose would misread "ASIA" alone as a key id.
  const reread = paste || !understood;
  if (reread) observeText(sc, text, t.clock, t.policy.sharpen, d);
  noteHeardFacts(sc, factValues(pastedBefore.facts, [], {}), factValues(d.facts, [], {}), reread);
  // After an AccessDenied, diagnose's credential-source rules (written for unknown-key errors) do
  // not weigh a later `Type env`: the belief takes such facts in as observations.
  if (paste && authorizationCase(s)) observeIgnoredFacts(sc, factValues(pastedBefore.facts, pastedBefore.errorCodes, {}), factValues(s.facts, s.errorCodes, {}), baseBefore, t.now);
  let stated = 0;
  if (paste) {
    noteIncidentStart(t, text);
    takeReadings(t, text);
    stated = readProse(t, text);
  }
  hiddenCharacters(t);
  // A paste that re-reads the case differently moved it, even when it adds no fact the questions use
  // (a key listing that shows the used key inactive): it is never just "noted".
  const learned = learnedSomething(before, stateValues(s)) || (paste && reranked(rankedBefore, rank(sc, s.rejected)));
  const overruled = [...overruleAnswers(sc, factValues(s.facts, s.errorCodes, {})), ...(paste ? overruleByPastedLeader(sc, baseBefore) : [])];
  for (const e of overruled) {
    t.replies.push({ type: 'text', text: `The pasted output overrules an earlier answer (${e.charAt(0).toLowerCase()}${e.slice(1)}).` });
    log(t, `answer overruled by pasted output: ${e}`);
  }
  // The timeline says what happened: output pasted, or words said (QA 35 N10: "that didnt work, … aws sso login" is no
  // "pasted output: operation Login").
  if (learned || showsErrorText(d)) log(t, paste ? `pasted output: ${describePaste(d)}` : `said: "${saidLine(text)}"`);
  return { learned, stated };
}

/** Words said, as the timeline keeps them: redacted, on one line, cut to a summary cell's length. */
const MAX_SAID = 160;
function saidLine(text: string): string {
  const line = quotedWords(text);
  return line.length > MAX_SAID ? `${line.slice(0, MAX_SAID - 1)}…` : line;
}

/** Questions a "not sure" may be asked once more for when the caller's identity arrives. */
const REOPEN_ON_IDENTITY = ['resource-account'];

/**
 * AccessDenied: "not sure" whose account the resource is in was said without knowing who calls. Once
 * the caller's identity arrives (a caller-identity output, a later error naming the ARN), the team
 * can compare accounts: the question is asked once more, never a third time.
 */
function reopenWhenIdentityArrives(t: Turn): void {
  const { s, sc } = t;
  const reopened = (sc.reopened ??= []);
  for (const id of REOPEN_ON_IDENTITY) {
    const i = s.asked.findIndex((a) => a.id === id && a.answer === 'unknown');
    if (i < 0 || reopened.includes(id)) continue;
    s.asked.splice(i, 1);
    // The "not sure" no longer counts as a step taken (it counted as uninformative).
    if ((sc.uninformative ?? 0) > 0) sc.uninformative! -= 1;
    reopened.push(id);
    log(t, `reopened: ${id} (the caller's identity is now known)`);
  }
}

/**
 * Hidden characters are removed before the text is kept as evidence, so diagnose of the kept text
 * cannot see them: they count as a fact from the paste that showed them.
 */
export function hiddenCharacters(t: Turn): void {
  const { s, sc } = t;
  if (!s.facts.hiddenCharacters?.some((h) => h.inCredential) || sc.applied.some((a) => a.id === 'observe:hidden-characters')) return;
  const sig = signalById('hidden-characters')!;
  apply(sc, 'observe:hidden-characters', t.now, sig.effects, sig.evidence);
}

/** A clean caller identity from the runtime, outside a fix: its credentials authenticate now. */
export function observeCleanIdentity(t: Turn): void {
  if (t.sc.applied.some((a) => a.id === 'observe:identity-ok')) return;
  const sig = signalById('identity-ok')!;
  apply(t.sc, 'observe:identity-ok', t.now, sig.effects, sig.evidence);
}

/** A key lookup's verdict taken in, with a line saying what it found; false when the case has had its share of lookups. */
export function takeLookup(t: Turn, result: Extract<CaseInput, { kind: 'lookup-result' }>['result']): boolean {
  const { s, sc } = t;
  if (s.lookups.length >= MAX_LOOKUPS) return false;
  const hint = redact(result.hint).text.slice(0, 40);
  const effect = LOOKUP_EFFECTS[result.verdict] ?? { effects: {}, evidence: 'Unknown lookup result' };
  s.lookups.push({ at: t.now, hint, verdict: result.verdict });
  log(t, `lookup ${hint}: ${result.verdict}`);
  // An STS session key is a fact about the key, not only a verdict: later questions rely on it.
  const implies = result.verdict === 'temporary-key' && sc.implied.keyKind === undefined ? { keyKind: 'temporary' } : undefined;
  apply(sc, `lookup:${result.verdict}:${s.lookups.length}`, t.now, effect.effects, effect.evidence, implies);
  applyImpliedSignals(sc, s.facts, s.errorCodes, t.now);
  t.replies.push({ type: 'text', text: `Lookup of \`${hint}\`: ${redact(result.explanation).text.slice(0, 600)}` });
  return true;
}

function learnedSomething(before: FactValues, after: FactValues): boolean {
  return (Object.keys(after) as Array<keyof FactValues>).some((k) => (after[k] ?? []).some((v) => !(before[k] ?? []).includes(v)));
}

function reranked(before: Ranking, after: Ranking): boolean {
  return after.some((c, i) => c.id !== before[i]?.id || Math.abs(c.score - before[i]!.score) > RERANK_EPSILON);
}
