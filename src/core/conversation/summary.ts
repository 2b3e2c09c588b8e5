/**
 * The postmortem-ready summary of a resolved case (Markdown): the cause and how sure we are, when
 * the incident started (the earliest timestamp in the pasted logs, beside the time it was pasted),
 * what the team said fixed it, the verification evidence, the causes ruled out (as ruled out, not
 * as things done), what was done, who helped, and the timeline.
 */
import { CAUSE_TITLES, isCauseId } from '../taxonomy';
import { KNOWLEDGE } from '../knowledge';
import { awsCodes } from '../extract/error-codes';
import type { CaseState } from './types';
import { isClearlyAhead } from './belief';
import { DEFAULT_POLICY_PARAMS } from './policy-params';

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  const totalMinutes = Math.round(ms / 60000);
  if (totalMinutes < 1) return `${Math.max(0, Math.round(ms / 1000))}s`;
  const d = Math.floor(totalMinutes / 1440);
  const h = Math.floor((totalMinutes % 1440) / 60);
  const m = totalMinutes % 60;
  return [d ? `${d}d` : '', h ? `${h}h` : '', m || (!d && !h) ? `${m}m` : ''].filter(Boolean).join(' ');
}

/** Slack user ids become mentions; other names (the terminal user) stay as they are. */
export function who(user: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(user) ? `<@${user}>` : user;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Timeline events that are things done (not questions, pastes or causes ruled out). */
const DONE = /^(remediation shown|switched|steps done|verified|verification failed|identity confirmed|identity shown|lookup|confirmed|resolved:)/;

function causeLine(state: CaseState): string {
  const cause = state.confirmed ?? state.scoring?.current ?? state.causes[0]?.id;
  if (!cause) return '**Cause:** not determined';
  // A postmortem must not claim a fix that was never shown: the playbook counts only once it was.
  const fixShown = state.timeline.some((t) => t.event === `remediation shown: ${cause}`);
  const verified = fixShown && state.verification?.outcome === 'verified' && (state.verification.cause ?? cause) === cause;
  const score = state.causes.find((c) => c.id === cause)?.score;
  // Only what is known: "in the failing runtime" when the check was the failing call itself.
  const where = state.verification?.inFailingRuntime ? 'in the failing runtime' : 'where get-caller-identity was run';
  // A guess nothing backs (not confirmed, no fix of it shown or verified) and not clear of the others is no cause to record:
  // a postmortem would blame it (QA 36 F1: environment variables at 12%). The candidates are named instead.
  if (!state.confirmed && !verified && !fixShown && !isClearlyAhead(rankingOf(state), DEFAULT_POLICY_PARAMS)) return `**Cause:** not determined (${candidates(state)})`;
  const how = state.confirmed
    ? `confirmed by the team${verified ? `; fix verified ${where}` : ''}`
    : verified
      ? `its fix was verified ${where}`
      : fixShown
        ? 'leading cause when resolved'
        : `not confirmed: only the leading guess when resolved${score !== undefined ? `, ${Math.round(score * 100)}%` : ''}`;
  return `**Cause:** ${CAUSE_TITLES[cause]} (\`${cause}\`, ${how})`;
}

/** The stored ranking without the causes ruled out. */
const rankingOf = (state: CaseState) => state.causes.filter((c) => !state.rejected.includes(c.id));

/** The leading candidates when resolved, none of them clear: up to three, with their shares. */
function candidates(state: CaseState): string {
  const top = rankingOf(state).slice(0, 3).map((c) => `${CAUSE_TITLES[c.id]} \`${c.id}\` ${Math.round(c.score * 100)}%`);
  return top.length > 0 ? `none confirmed or clearly ahead; the candidates when resolved: ${top.join(', ')}` : 'no candidate left';
}

function whenLines(state: CaseState): string[] {
  const out: string[] = [];
  const start = state.incidentStart && state.incidentStart < state.openedAt ? state.incidentStart : undefined;
  if (start) out.push(`**Incident start:** ${start} (earliest timestamp in the pasted logs; pasted ${state.openedAt} by ${who(state.openedBy)})`);
  else out.push(`**Opened:** ${state.openedAt} by ${who(state.openedBy)} (no timestamp in the pasted logs)`);
  if (state.resolvedAt) out.push(`**Resolved:** ${state.resolvedAt}`);
  const end = Date.parse(state.resolvedAt ?? state.updatedAt);
  out.push(`**Time to resolution:** ${formatDuration(end - Date.parse(start ?? state.openedAt))}${start ? ' (from the incident start)' : ''}`);
  return out;
}

/** The timeline event of the team saying the failing call works now (fixing.ts saidWorking): their word, not a check. */
export const SAID_WORKING = 'the team said';

function verificationLines(state: CaseState): string[] {
  const v = state.verification;
  const said = state.timeline
    .filter((t) => t.event.startsWith(`${SAID_WORKING} `))
    .map((t) => `- ${t.at}: ${who(t.user)} said ${t.event.slice(SAID_WORKING.length + 1)} (their word: no caller identity from the failing runtime).`);
  if (!v) return said.length > 0 ? said : ['- Not verified: no `aws sts get-caller-identity` output from the failing runtime was pasted after the fix.'];
  const expected = state.expected ? ` (expected ${[state.expected.account, state.expected.principal].filter(Boolean).join(' / ')}: ${v.matched ? 'matches' : 'does NOT match'})` : '';
  const where = v.inFailingRuntime ? 'in the failing runtime' : '(where it was run: not said to be the failing runtime)';
  return [`- ${v.at}: \`aws sts get-caller-identity\` ${where} returned \`${v.arn}\`, account ${v.account}${expected}.`, ...said];
}

function ruledOutLines(state: CaseState): string[] {
  const out: string[] = [];
  for (const t of state.timeline) {
    const m = /^ruled out ([a-z-]+): (.*)$/.exec(t.event);
    if (m && isCauseId(m[1])) out.push(`- ${CAUSE_TITLES[m[1]]} (\`${m[1]}\`): ${m[2]} (${t.at}, ${who(t.user)})`);
  }
  // Older cases recorded only the ids.
  for (const c of state.rejected) if (!out.some((l) => l.includes(`(\`${c}\`)`))) out.push(`- ${CAUSE_TITLES[c]} (\`${c}\`)`);
  return out;
}

function earlierLine(e: NonNullable<CaseState['earlier']>[number]): string {
  const cause = e.cause ? `${CAUSE_TITLES[e.cause]} (\`${e.cause}\`)` : 'cause not determined';
  const end = e.resolvedAt ? `resolved ${e.resolvedAt}${e.fixedBy ? ` (${e.fixedBy})` : ''}` : 'left unresolved when another incident opened this case';
  return `- Opened ${e.openedAt}: ${cause}; ${end}`;
}

export function buildSummary(state: CaseState): string {
  const cause = state.confirmed ?? state.scoring?.current ?? state.causes[0]?.id;
  const fixShown = cause !== undefined && state.timeline.some((t) => t.event === `remediation shown: ${cause}`);
  const lines: string[] = ['## AWS credential case summary', '', causeLine(state)];
  const codes = awsCodes(state.errorCodes);
  if (codes.length > 0) lines.push(`**Error:** ${codes.map((c) => `\`${c}\``).join(', ')}`);
  lines.push(...whenLines(state), '');
  const fixed = [...(state.toldFix ? [`- Told before it was resolved: ${state.toldFix}`] : []), ...(state.fixedBy ? [`- In the team's words: ${state.fixedBy}`] : [])];
  lines.push('### What fixed it', ...(fixed.length > 0 ? fixed : ['- (not stated: say "resolved - <what you changed>" and it is added here)']), '');
  lines.push('### Verification', ...verificationLines(state), '');
  const evidence = cause ? (state.causes.find((c) => c.id === cause)?.evidence ?? []) : [];
  lines.push('### Evidence', ...(evidence.length > 0 ? evidence.map((e) => `- ${e}`) : ['- (none recorded)']), '');
  const ruledOut = ruledOutLines(state);
  if (ruledOut.length > 0) lines.push('### Ruled out', ...ruledOut, '');
  lines.push('### What was done');
  // Dead ends are listed under "Ruled out", not as things done; each step once.
  const dead = new Set(state.rejected);
  const done = [...new Set(state.timeline.filter((t) => DONE.test(t.event) && ![...dead].some((c) => t.event.endsWith(` ${c}`) || t.event.includes(`: ${c}`) || t.event.includes(` ${c} `))).map((t) => t.event))];
  lines.push(...(done.length > 0 ? done.map((e) => `- ${e}`) : ['- (no steps recorded)']));
  if (cause && fixShown) lines.push(`- Playbook: ${KNOWLEDGE[cause].remediation.title}`);
  lines.push('');
  lines.push('### Who helped', state.participants.map(who).join(', '), '');
  // Earlier cases of the thread are never merged into this one; the summary still names them (one left open by another
  // incident pasted mid-case has no summary of its own).
  if (state.earlier && state.earlier.length > 0) lines.push('### Earlier cases in this thread', ...state.earlier.map(earlierLine), '');
  lines.push('### Timeline (UTC)', '| Time | Who | Event |', '|---|---|---|');
  for (const t of state.timeline) lines.push(`| ${t.at} | ${cell(who(t.user))} | ${cell(t.event)} |`);
  return lines.join('\n');
}
