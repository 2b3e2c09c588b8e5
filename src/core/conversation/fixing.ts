/**
 * The fix and what follows it: showing a cause's remediation, switching it when the evidence moves,
 * ruling a cause out, verification by a caller identity, and resolution with the summary.
 */
import { quotedWords } from '../redact';
import { CAUSE_TITLES, type CauseId } from '../taxonomy';
import { evidenceFor, rank, stateValues } from './belief';
import { deniedOnly, isTheFailingCall, matchesExpected, otherFailingClient, type CallerIdentity } from './verification';
import { causesReply, helpText, pct, playbookIds, remediationReplies, verificationReply } from './replies';
import { buildSummary, SAID_WORKING } from './summary';
import { whereItRuns } from './runtime';
import { interpret } from './interpreter';
import { toldOutcome, type ToldOutcome } from './told-outcome';
import { log, refresh, type Turn } from './turn';
import type { Reply, VerificationOutcome } from './types';

/**
 * New output or a statement during the fix can point elsewhere (an env dump shows an ASIA key
 * without a token while the env-var fix is on screen): switch to the new leader's fix, and say
 * why, unless the team confirmed the current cause.
 */
export function switchFix(t: Turn): boolean {
  const { s, sc } = t;
  if ((s.phase !== 'remediating' && s.phase !== 'verifying') || !sc.current || s.confirmed === sc.current) return false;
  const ranking = rank(sc, s.rejected);
  const top = ranking[0];
  const current = ranking.find((c) => c.id === sc.current)?.score ?? 0;
  if (!top || top.id === sc.current || top.score < t.policy.switchRatio * current) return false;
  // The evidence line's own full stop goes: the sentence goes on.
  const because = whyItLeads(t, top.id, sc.current)?.trimEnd().replace(/\.$/, '');
  t.replies.push({ type: 'text', text: `That changes the picture: *${CAUSE_TITLES[top.id]}* now leads (${pct(top.score)}) over *${CAUSE_TITLES[sc.current]}* (${pct(current)})${because ? `, because: ${because}` : ''}. Here is its fix instead.` });
  log(t, `switched from ${sc.current} to ${top.id} on new evidence`);
  startRemediation(t, top.id);
  return true;
}

/**
 * Why the new leader overtook the fix on screen (QA 35 N3): of its evidence that is no evidence for the cause it
 * overtook, what this step added — the latest thing said or answered, else the first line read from the texts — and
 * failing that its first such line. A line both causes share (the error's own message) explains nothing about the
 * switch; none such, and the reply gives no "because".
 */
function whyItLeads(t: Turn, leader: CauseId, overtaken: CauseId): string | undefined {
  const all = Number.POSITIVE_INFINITY;
  const theirs = new Set(evidenceFor(t.sc, overtaken, all));
  const had = new Set(t.before ? evidenceFor(t.before, leader, all) : []);
  const own = evidenceFor(t.sc, leader, all).filter((e) => !theirs.has(e));
  const added = own.filter((e) => !had.has(e));
  const said = new Set(t.sc.applied.map((a) => a.evidence));
  return added.filter((e) => said.has(e)).at(-1) ?? added[0] ?? own[0];
}

/** The playbooks of the fix on screen (none while diagnosing), by id. */
export function fixPlaybooks(t: Turn): string[] {
  const { s, sc } = t;
  if ((s.phase !== 'remediating' && s.phase !== 'verifying') || !sc.current) return [];
  return playbookIds(sc.current, stateValues(s), whereItRuns(s));
}

/**
 * Something said during the fix that makes a playbook apply to it ("the tool has no field for a session token"): the
 * cause stands but its steps change, so the fix is shown again with them rather than a bare "noted".
 */
export function reshowFix(t: Turn, before: string[]): boolean {
  const { s, sc } = t;
  const added = fixPlaybooks(t).filter((id) => !before.includes(id));
  if (!sc.current || added.length === 0) return false;
  s.phase = 'remediating';
  s.pending = undefined;
  refresh(t);
  log(t, `remediation shown again for ${sc.current}: ${added.join(', ')} now applies`);
  t.replies.push({ type: 'text', text: 'That changes the steps, not the cause: here is the fix again with what applies now.' });
  t.replies.push(...remediationReplies(sc.current, stateValues(s), whereItRuns(s)));
  return true;
}

/** An error pasted while verifying: the fix shown was not the whole story, so its cause is ruled out. */
export function stillFailing(t: Turn): void {
  const { s, sc } = t;
  if (s.phase !== 'verifying' || !sc.current) return;
  t.replies.push({ type: 'text', text: `Still failing, so *${CAUSE_TITLES[sc.current]}* was not the whole story. Looking at the next cause.` });
  reject(t, sc.current, 'still failing after its fix');
}

export function stepDone(t: Turn): void {
  const { s, sc } = t;
  if (s.phase === 'remediating' && sc.current) {
    s.phase = 'verifying';
    s.pending = undefined;
    log(t, `steps done for ${sc.current}`);
    refresh(t);
    t.replies.push(verificationReply(sc.current, stateValues(s), whereItRuns(s)));
    return;
  }
  if (s.phase === 'verifying' && sc.current) {
    t.replies.push(verificationReply(sc.current, stateValues(s), whereItRuns(s)));
    return;
  }
  t.replies.push({ type: 'text', text: helpText(s) });
}

/**
 * A caller identity pasted after the fix: verified when it is the identity the team expects. It shows
 * that AWS accepts the credentials where get-caller-identity ran; that is the failing runtime only
 * when the check is the failing call itself (verification.ts isTheFailingCall). When the case knows
 * the failing client is not the AWS CLI (an SDK, a script, Terraform, a CI step), the CLI working
 * does not speak for it: the identity is recorded and the original call decides.
 */
export function verify(t: Turn, id: CallerIdentity): void {
  const { s, sc } = t;
  const matched = matchesExpected(id, s.expected);
  // A permissions fix, or any fix of a call that was denied (not unrecognised): the identity worked
  // before the fix too, so only the retried call tells.
  const confirmsOnly = sc.current === 'authorization-not-authentication' || deniedOnly(s.errorCodes);
  const client = confirmsOnly ? undefined : otherFailingClient(s);
  const outcome: VerificationOutcome = !matched ? 'not-verified' : confirmsOnly || client ? 'identity-confirmed' : 'verified';
  const inFailingRuntime = outcome === 'verified' && isTheFailingCall(s);
  s.verification = { at: t.now, account: id.account, arn: id.arn, matched, outcome, ...(sc.current ? { cause: sc.current } : {}), ...(inFailingRuntime ? { inFailingRuntime: true } : {}) };
  if (outcome === 'not-verified') {
    const want = [s.expected?.account && `account ${s.expected.account}`, s.expected?.principal && `\`${s.expected.principal}\``].filter(Boolean).join(' / ');
    log(t, `verification failed: ${id.arn} is not the expected ${want}`);
    t.replies.push({ type: 'text', text: `Not verified: the runtime now authenticates as \`${id.arn}\` (account ${id.account}), but you said it should be ${want}. It still loads other credentials than intended; check the source again, or paste the new error.` });
    return;
  }
  if (outcome === 'identity-confirmed' && client) {
    log(t, `identity shown by get-caller-identity: ${id.arn}`);
    t.replies.push({ type: 'text', text: `AWS accepts the credentials where get-caller-identity was run (\`${id.arn}\`, account ${id.account}). That does not show that ${client} gets them: did ${client} succeed now? Say "resolved" when it works, or "still failing" (or paste the new error).` });
    return;
  }
  if (outcome === 'identity-confirmed') {
    log(t, `identity confirmed: ${id.arn}`);
    t.replies.push({ type: 'text', text: `The identity is \`${id.arn}\`. Now retry the call that was denied; say "resolved" when it works, or paste the new error.` });
    return;
  }
  log(t, inFailingRuntime ? `verified: the failing runtime now authenticates as ${id.arn}` : `verified: get-caller-identity returned ${id.arn}`);
  const where = inFailingRuntime ? 'in the failing runtime' : 'where get-caller-identity was run';
  t.replies.push({ type: 'text', text: `Verified: AWS accepts the credentials now ${where} (\`${id.arn}\`, account ${id.account}). Say what fixed it ("resolved - <what you changed>") and it goes into the summary.` });
  resolve(t);
}

/**
 * The team says the failing call works now ("yes" to "did the python script succeed now?", "yep works"): the case closes
 * on their word. It is no caller identity from the failing runtime, so the verification record stays as it was and the
 * summary says whose word it is (summary.ts SAID_WORKING).
 */
function saidWorking(t: Turn, client: string | undefined): void {
  log(t, `${SAID_WORKING} ${client ?? 'the failing call'} works now`);
  resolve(t);
}

/**
 * Words at the verify step that tell the outcome ("yes", "nope same error", "still says expired", told-outcome.ts): "works"
 * closes the case on the team's word (saidWorking); "failing" is returned for the caller to run as the typed command
 * "still failing" (commands.ts, which imports this module). Undefined when the words tell no outcome, or before the
 * verify step.
 */
export function toldAtVerify(t: Turn, text: string): ToldOutcome | undefined {
  const { s } = t;
  if (s.phase !== 'verifying') return undefined;
  const client = otherFailingClient(s);
  // "did <client> succeed now?" was asked when a caller identity was recorded for another client (verify above).
  const askedYesNo = s.verification?.outcome === 'identity-confirmed';
  const told = toldOutcome(text, s, askedYesNo, client !== undefined);
  if (told === 'works') saidWorking(t, client);
  return told;
}

/** A line of words, not a paste: only such a line can say what fixed a case. */
const MAX_NOTE_LINE = 300;
const THANKS_ONLY = /^(thanks|thank you|thx|ty|cheers|great|nice|awesome|perfect)\b[\s\S]{0,20}$/i;

/**
 * What fixed a case that is already resolved ("resolved - removed the old export", "re-running
 * aws sso login fixed it"), typically said after a verification closed it; undefined for anything
 * else (a new error, thanks, chatter), which the caller treats as text after resolution.
 */
export function lateFixNote(text: string): string | undefined {
  const line = text.trim();
  if (line.length > MAX_NOTE_LINE || line.includes('\n')) return undefined;
  const said = interpret(line, undefined, []);
  if (said.intent !== 'resolve' || !said.note || THANKS_ONLY.test(said.note.trim())) return undefined;
  return said.note;
}

export function resolve(t: Turn, note?: string): void {
  const { s } = t;
  const clean = note ? quotedWords(note).slice(0, 200) : '';
  if (s.phase !== 'resolved') {
    s.phase = 'resolved';
    s.resolvedAt = t.now;
    s.pending = undefined;
    log(t, clean ? `resolved: ${clean}` : 'resolved');
  } else if (clean) log(t, `what fixed it: ${clean}`);
  // What the team says fixed it, also when said after a verification closed the case.
  if (clean) s.fixedBy = clean;
  refresh(t);
  t.replies.push({ type: 'summary', markdown: buildSummary(s) });
}

/**
 * "False alarm", "nothing is broken": the case closes as not an incident (QA 39 F6). No summary (there was no cause to
 * name), no `resolvedAt` (so no time to resolution and no resolved-case metric), one short line.
 */
export function dismiss(t: Turn): void {
  const { s } = t;
  if (s.phase === 'resolved') return;
  s.phase = 'resolved';
  s.dismissed = true;
  s.pending = undefined;
  log(t, 'closed: not an incident');
  t.replies.push({ type: 'text', text: 'Sorry for the noise: closed as not an incident, nothing recorded.' });
}

export function startRemediation(t: Turn, cause: CauseId, note?: Reply): void {
  const { s, sc } = t;
  s.phase = 'remediating';
  s.pending = undefined;
  sc.current = cause;
  delete sc.fixRequested;
  refresh(t);
  log(t, `remediation shown: ${cause}`);
  // An opening paste that goes straight to the fix has just listed the causes: once is enough.
  if (!t.replies.some((r) => r.type === 'causes')) t.replies.push(causesReply(s, rank(sc, s.rejected)));
  if (note) t.replies.push(note);
  t.replies.push(...remediationReplies(cause, stateValues(s), whereItRuns(s)));
}

/** The team says this is the cause: its fix, and it is not switched by later evidence. */
export function confirm(t: Turn, cause: CauseId): void {
  t.s.confirmed = cause;
  log(t, `confirmed cause ${cause}`);
  startRemediation(t, cause);
}

export function reject(t: Turn, cause: CauseId, why: string): void {
  const { s, sc } = t;
  if (!s.rejected.includes(cause)) s.rejected.push(cause);
  if (s.confirmed === cause) delete s.confirmed;
  if (sc.current === cause) {
    delete sc.current;
    s.phase = 'diagnosing';
    s.pending = undefined;
  }
  log(t, `ruled out ${cause}: ${why}`);
  t.replies.push({ type: 'text', text: `OK, ruling out *${CAUSE_TITLES[cause]}*.` });
}
