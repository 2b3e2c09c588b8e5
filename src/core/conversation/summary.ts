/** The postmortem-ready summary of a resolved case (Markdown). */
import { CAUSE_TITLES } from '../taxonomy';
import { KNOWLEDGE } from '../knowledge';
import type { CaseState } from './types';

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

export function buildSummary(state: CaseState): string {
  const cause = state.confirmed ?? state.scoring?.current ?? state.causes[0]?.id;
  const lines: string[] = ['## AWS credential case summary', ''];
  // A postmortem must not claim a fix that was never shown: the playbook counts only once it was.
  const fixShown = cause !== undefined && state.timeline.some((t) => t.event === `remediation shown: ${cause}`);
  if (cause) {
    const score = state.causes.find((c) => c.id === cause)?.score;
    const verified = fixShown && state.timeline.some((t) => t.event.startsWith('verified:'));
    const how = state.confirmed
      ? `confirmed by the team${verified ? '; fix verified in the failing runtime' : ''}`
      : verified
        ? 'its fix was verified in the failing runtime'
        : fixShown
        ? 'leading cause when resolved'
        : `not confirmed: only the leading guess when resolved${score !== undefined ? `, ${Math.round(score * 100)}%` : ''}`;
    lines.push(`**Cause:** ${CAUSE_TITLES[cause]} (\`${cause}\`, ${how})`);
  } else lines.push('**Cause:** not determined');
  if (state.errorCodes.length > 0) lines.push(`**Error:** ${state.errorCodes.map((c) => `\`${c}\``).join(', ')}`);
  const opened = Date.parse(state.openedAt);
  const resolved = Date.parse(state.resolvedAt ?? state.updatedAt);
  lines.push(`**Opened:** ${state.openedAt} by ${who(state.openedBy)}`);
  if (state.resolvedAt) lines.push(`**Resolved:** ${state.resolvedAt}`);
  lines.push(`**Time to resolution:** ${formatDuration(resolved - opened)}`);
  lines.push('');
  const evidence = cause ? (state.causes.find((c) => c.id === cause)?.evidence ?? []) : [];
  lines.push('### Evidence');
  lines.push(...(evidence.length > 0 ? evidence.map((e) => `- ${e}`) : ['- (none recorded)']));
  if (state.rejected.length > 0) lines.push(`- Ruled out: ${state.rejected.map((c) => `\`${c}\``).join(', ')}`);
  lines.push('');
  lines.push('### What was done');
  const done = state.timeline.filter((t) => /^(remediation|switched|steps|verif|lookup|confirmed|rejected|resolved:)/.test(t.event));
  lines.push(...(done.length > 0 ? done.map((t) => `- ${t.event}`) : ['- (no steps recorded)']));
  if (cause && fixShown) lines.push(`- Playbook: ${KNOWLEDGE[cause].remediation.title}`);
  lines.push('');
  lines.push(`### Who helped`);
  lines.push(state.participants.map(who).join(', '));
  lines.push('');
  lines.push('### Timeline (UTC)');
  lines.push('| Time | Who | Event |', '|---|---|---|');
  for (const t of state.timeline) lines.push(`| ${t.at} | ${cell(who(t.user))} | ${cell(t.event)} |`);
  return lines.join('\n');
}
