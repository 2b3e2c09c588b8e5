/**
 * What people said, taken into the case: the prose written around a paste or in a description
 * (statements of fact, never answers), and a typed reply's answer to the pending question, the
 * statements it makes and the identity it says the runtime should use. The interpreter reads the
 * words; this records them and moves the belief.
 */
import { fittedEffects } from '../knowledge/answer-likelihoods';
import { saidEffects } from '../knowledge/said-effects';
import { PROBES, probeById } from '../knowledge';
import type { Effects, Statement } from '../knowledge/types';
import type { CauseId } from '../taxonomy';
import { ANSWERED_BY_FACTS, PASTED_OUTPUT, SKIPPED, type CaseScoring } from './types';
import { apply, stateValues, statementReading, withdrawAnswer } from './belief';
import { settled } from './settled';
import { personsSentences } from './description';
import type { Interpretation } from './interpreter';
import { saidIn } from './read-as-answer';
import { expectedIdentityIn, otherFailingClient } from './verification';
import { quotedWords } from '../redact';
import { toldExtraStep, toldFixWorking } from './told-outcome';
import { SAID_WORKING } from './summary';
import { applyChoice, log, type Turn } from './turn';

/** knowledge/statements.ts: the lapse cue said in a typed reply. */
const LAPSE_STATEMENT = 'credentials-lapse';

/**
 * What a person wrote around a paste or in a description states facts ("kubectl works just fine",
 * "w/o sessionToken"): statements, never answers. Sentences that are themselves an error message
 * ("The AWS Access Key Id you provided does not exist in our records.") are the paste's evidence,
 * not something the person said.
 */
export function readProse(t: Turn, text: string, opening = false): number {
  // "it should be account 111122223333" beside a pasted error: verification checks against it.
  const expected = t.s.expected ? undefined : expectedIdentityIn(text);
  if (expected) {
    t.s.expected = expected;
    log(t, `expected identity: ${[expected.account, expected.principal].filter(Boolean).join(' ')}`);
  }
  const sentences = personsSentences(text);
  if (sentences.length === 0) return 0;
  // Every question not answered yet: one that needs more facts first ("is a session token set?"
  // needs a temporary key) is not asked later when the words already said it.
  const open = PROBES.filter((p) => !t.s.asked.some((a) => a.id === p.id && a.answer !== undefined)).map((p) => p.id);
  // The questions the words answer, read as words nobody asked for must be (read-as-answer.ts): by their statement
  // words or their own answer words; where sentences answer one question differently, the last one's choice. The
  // statements of fact come from the same reading of each sentence.
  const said = saidIn(sentences, open);
  if (!t.sc.described) {
    // An error was pasted: diagnose has read this prose as part of the paste (its hints and prose
    // classifier), so with no answers the ranking stays diagnose's. What the words already state is
    // only not asked again.
    const stated = (t.sc.statedInPastes ??= []);
    for (const a of said.stated) if (!stated.includes(a.probeId)) stated.push(a.probeId);
    // The facts those words imply ("the credentials of an IAM user": a long-term key) are not what
    // diagnose reads from prose: they count through their fact signals, as an answer's would, so a
    // question left unasked loses nothing. The choice's own effects stay unapplied (diagnose weighed the words).
    for (const a of said.stated) {
      const probe = probeById(a.probeId);
      const choice = probe?.kind === 'question' ? probe.choices.find((c) => c.id === a.choiceId) : undefined;
      for (const [fact, v] of Object.entries(choice?.implies ?? {})) t.sc.implied[fact] ??= v;
    }
    // So do the facts a statement implies ("it runs under cron": process other-user), so that the steps for that fact
    // (playbooks/other-process.ts) are shown beside a pasted error too; the statement's effects stay unapplied, as above.
    for (const st of said.statements) for (const [fact, v] of Object.entries(st.implies ?? {})) t.sc.implied[fact] ??= v;
    recordSaid(t, said.stated);
    return 0;
  }
  // A description's texts are the belief's evidence: its base already weighs the lapse cue (belief.ts rebase), so the
  // statement made of the same words would count them twice.
  const statements = said.statements.filter((st) => st.id !== LAPSE_STATEMENT);
  const moved = applyStated(t, said.stated, statements, opening) + applyStatements(t, statements) + (expected ? 1 : 0);
  recordSaid(t, said.stated);
  return moved;
}

/**
 * The questions the person's words answered, recorded as said (`said` on the asked entry, types.ts): not asked afterwards, shown
 * in `chat --jsonl`'s `understood` as `said: <choice>`, and no step of the question budget (policy.ts).
 */
function recordSaid(t: Turn, stated: Array<{ probeId: string; choiceId: string }>): void {
  for (const a of stated) {
    if (a.choiceId === 'unknown' || t.s.asked.some((x) => x.id === a.probeId)) continue;
    t.s.asked.push({ id: a.probeId, at: t.now, answer: a.choiceId, answeredBy: t.user, said: true });
    log(t, `read as said: ${a.probeId} = ${a.choiceId}`);
  }
}

/**
 * A reply that tells what made it work (a `toldFix` statement, QA 35 N8), or the step the fix needed besides its own at the
 * verify step ("…, had to restart claude": QA 36 F1), is kept for the summary's "What fixed it".
 */
export function noteToldFix(t: Turn, text: string, statements: readonly Statement[]): void {
  const step = t.s.phase === 'verifying' ? toldExtraStep(text) : undefined;
  // A change told done and the failing call said to work since (QA 36 F16): what fixed it, and the team's word that it
  // works (the summary's verification lists it as said, no caller identity). At the verify step told-outcome.ts reads it.
  const client = otherFailingClient(t.s);
  const working = t.s.phase !== 'verifying' && t.s.phase !== 'resolved' && toldFixWorking(text, client !== undefined);
  const told = step ?? (working || statements.some((st) => st.toldFix) ? text : undefined);
  if (told !== undefined) t.s.toldFix = quotedWords(told).slice(0, 200);
  if (working) log(t, `${SAID_WORKING} ${client ?? 'the failing call'} works now`);
}

/** A typed reply taken in: its answer to the pending question, statements, expected identity. Returns how many moved the case. */
export function takeWords(t: Turn, words: Interpretation): number {
  const { s } = t;
  let moved = 0;
  // "I misread": every choice of the last answer is taken back before what this reply says instead is taken in. A
  // question the reply answers again is corrected by that answer ("sorry, I misread: it starts with ASIA"), not withdrawn.
  const again = (probeId: string) => words.answer?.probeId === probeId || words.stated.some((x) => x.probeId === probeId);
  if (words.retracts) moved += withdrawDenied(t, (t.sc.lastSaid ?? []).filter((x) => !again(x.probeId)));
  const from = t.sc.applied.length;
  if (words.answer && applyChoice(t, words.answer.probeId, words.answer.choiceId)) moved++;
  // Only the pending question is answered; what the words state about others counts as statements.
  // A denial beside another choice of the same question ("actually, was ASIA not AKIA") is a correction: applyStated replaces it.
  moved += withdrawDenied(t, (words.denied ?? []).filter((d) => !words.stated.some((x) => x.probeId === d.probeId) && words.answer?.probeId !== d.probeId));
  moved += applyStated(t, words.stated, words.statements);
  moved += applyStatements(t, words.statements);
  oneReadingPerCause(t.sc.applied.slice(from));
  const given = t.sc.applied.slice(from).flatMap((x) => {
    if (x.overruled || !/^(?:answer|statement):[^=]+=/.test(x.id)) return [];
    const said = x.id.slice(x.id.indexOf(':') + 1);
    return [{ probeId: said.slice(0, said.indexOf('=')), choiceId: said.slice(said.indexOf('=') + 1) }];
  });
  if (given.length > 0) t.sc.lastSaid = given;
  if (words.expected) {
    s.expected = { ...s.expected, ...words.expected };
    log(t, `expected identity: ${[words.expected.account, words.expected.principal].filter(Boolean).join(' ')}`);
    moved++;
  }
  return moved;
}

/**
 * A correction that denies what was answered or said before ("yeah its sso", then "no wait, not sso": QA 36 F21): that
 * answer's evidence is withdrawn, the question is open again (recorded as not answered), and so is every question that
 * was taken as answered by the facts it implied (the key prefix, after SSO) and that no other fact settles now. Returns
 * how many were withdrawn.
 */
function withdrawDenied(t: Turn, denied: ReadonlyArray<{ probeId: string; choiceId: string }>): number {
  let n = 0;
  for (const d of denied) {
    const asked = t.s.asked.find((x) => x.id === d.probeId && x.answer === d.choiceId);
    if (!asked && statedChoice(t.sc, d.probeId) !== d.choiceId) continue;
    const standing = t.sc.applied.filter((x) => !x.overruled);
    withdrawAnswer(t.sc, d.probeId, d.choiceId, t.s.facts, t.s.errorCodes);
    const stoodOn = touchesCurrent(t, standing.filter((x) => x.overruled), {});
    // Only the questions the withdrawn facts settled are open again: one a pasted fact still settles stays answered (R36b-8).
    const values = stateValues(t.s);
    const unsettled = (id: string) => {
      const probe = probeById(id);
      return probe !== undefined && !settled(t.s, probe, values);
    };
    t.s.asked = t.s.asked.filter((x) => x !== asked && !(x.answer === ANSWERED_BY_FACTS && unsettled(x.id)));
    log(t, `taken back ${d.probeId}: ${d.choiceId}`);
    if (stoodOn) reopenDiagnosis(t);
    n++;
  }
  return n;
}

/**
 * What a description states that a question would ask ("we rotated yesterday" for the rotation
 * question): taken in as a statement of fact, with the answer's effects and implied facts (so the
 * question is not asked), but never recorded as an answer. Returns how many were new.
 * `opening`: the words open the case. Only there are a choice's effects weighed as said (said-effects.ts): its factors
 * were fitted on openings, and a later reply that mentions the environment's keys ("fwiw I export AWS_ACCESS_KEY_ID in
 * my .bashrc") after a pasted error is read as an answer would be.
 */
export function applyStated(t: Turn, stated: Array<{ probeId: string; choiceId: string }>, statements: readonly Statement[] = [], opening = false): number {
  let n = 0;
  const statementIds = statements.map((st) => st.id);
  for (const a of stated) {
    const probe = probeById(a.probeId);
    const choice = probe?.kind === 'question' ? probe.choices.find((c) => c.id === a.choiceId) : undefined;
    const id = `statement:${a.probeId}=${a.choiceId}`;
    if (!choice || choice.id === 'unknown' || t.sc.applied.some((x) => x.id === id && !x.overruled)) continue;
    const asked = t.s.asked.find((x) => x.id === a.probeId && x.answer !== undefined);
    const earlier = asked?.answer ?? statedChoice(t.sc, a.probeId);
    if (earlier !== undefined && (opening || !corrects(earlier, choice.id))) continue;
    if (earlier !== undefined) {
      // Said again in a later reply with another choice: the person corrects the earlier answer (QA 34 F14), or the
      // earlier statement when the choice was said unasked ("ASIA" typed while the fix was shown: QA 35 N1).
      const standing = t.sc.applied.filter((x) => !x.overruled);
      withdrawAnswer(t.sc, a.probeId, earlier, t.s.facts, t.s.errorCodes);
      const stoodOn = touchesCurrent(t, standing.filter((x) => x.overruled), choice.effects);
      log(t, `corrected ${a.probeId}: ${earlier} -> ${choice.id}`);
      if (asked) {
        asked.answer = choice.id;
        asked.answeredBy = t.user;
      }
      if (stoodOn) reopenDiagnosis(t);
    }
    const effects = fittedEffects(a.probeId, a.choiceId, choice.effects, t.policy.answerLikelihoods);
    apply(t.sc, id, t.now, opening ? saidEffects(a.probeId, a.choiceId, effects, statementIds) : effects, choice.evidence, choice.implies);
    log(t, `said: ${choice.evidence}`);
    n++;
  }
  return n;
}

/**
 * A fix chosen on an answer now corrected stood on evidence taken back (review 34b R34b-5): the case goes back to
 * diagnosing, where the policy decides again (ask or fix) as on a fresh answer, and the fix shown is not counted as
 * tried. A cause the team confirmed stays theirs.
 */
function reopenDiagnosis(t: Turn): void {
  if ((t.s.phase !== 'remediating' && t.s.phase !== 'verifying') || t.s.confirmed) return;
  t.s.phase = 'diagnosing';
  // The team is told why the fix on screen is dropped (issue #9 Build 1: a switch says why).
  t.replies.push({ type: 'text', text: 'The fix shown stood on the answer you just corrected, so it no longer stands: the case is weighed again.' });
  delete t.sc.current;
  log(t, 'back to diagnosing: the answer its fix stood on was corrected');
}

/**
 * Whether a correction moves the cause whose fix is shown: the weighing it took back (the earlier answer's and the fact
 * signals that answer implied) or the new choice's effects name it. Correcting an answer the fix did not stand on
 * ("actually it's a github actions runner" during the session-token fix) leaves the fix where it is (review 34d R34d-7).
 */
function touchesCurrent(t: Turn, withdrawn: CaseScoring['applied'], later: Effects): boolean {
  const cause = t.sc.current;
  const touches = (effects: Effects) => cause !== undefined && (effects[cause] ?? 1) !== 1;
  return touches(later) || withdrawn.some((x) => touches(x.effects));
}

/** The questions answered, or whose choice was said unasked (QA 35 N1): what a correction can take back (interpreter.ts). */
export function answeredOrSaid(t: Turn): string[] {
  const { s, sc } = t;
  return PROBES.filter((p) => p.kind === 'question' && (s.asked.some((a) => a.id === p.id && a.answer !== undefined) || statedChoice(sc, p.id) !== undefined)).map((p) => p.id);
}

/** The choice of a question said unasked and still standing (`statement:<probe>=<choice>`), if any: the last one said. */
export function statedChoice(sc: CaseScoring, probeId: string): string | undefined {
  const prefix = `statement:${probeId}=`;
  const said = sc.applied.filter((x) => !x.overruled && x.id.startsWith(prefix)).at(-1);
  return said?.id.slice(prefix.length);
}

/** An earlier answer a later statement replaces: a real choice (not "not sure", a skip or a pasted output) that differs. */
function corrects(earlier: string, later: string): boolean {
  return earlier !== later && ![`unknown`, SKIPPED, PASTED_OUTPUT].includes(earlier);
}

/** Statements of fact taken in (each once per case); returns how many were new. */
export function applyStatements(t: Turn, statements: Statement[]): number {
  let n = 0;
  for (const st of statements) {
    if (t.sc.applied.some((a) => a.id === `statement:${st.id}`)) continue;
    const { effects, evidence } = statementReading(st, stateValues(t.s));
    apply(t.sc, `statement:${st.id}`, t.now, effects, evidence, st.implies);
    log(t, `said: ${evidence}`);
    n++;
  }
  return n;
}

/**
 * One reply read as an answer and statements ("AWS_ACCESS_KEY_ID=AKIA… was set in the CI env": AKIA, env keys, CI)
 * is one piece of evidence said three ways: each reading raises a key kept from before a rotation because a static
 * key sits in a CI secret. Per cause the reply moves the belief as far as its strongest reading, not their product.
 */
function oneReadingPerCause(entries: CaseScoring['applied']): void {
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  for (const e of entries) {
    if (!/^(answer|statement):/.test(e.id)) continue;
    const effects = { ...e.effects };
    for (const [cause, f] of Object.entries(effects) as Array<[CauseId, number]>) {
      const seen = f >= 1 ? up : down;
      const m = seen.get(cause) ?? 1;
      const strongest = f >= 1 ? Math.max(m, f) : Math.min(m, f);
      effects[cause] = strongest / m;
      seen.set(cause, strongest);
    }
    e.effects = effects;
  }
}
