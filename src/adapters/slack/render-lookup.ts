/**
 * LookupResult (the `/awskey` verdict) -> a Block Kit message. Key ids in a LookupResult are already
 * redacted to prefix + last 4; the redactor still runs over every string as a last guard.
 */
import type { types } from '@slack/bolt';
import { redact } from '../../core/redact';
import type { LookupResult, LookupVerdict } from '../../core/lookup/types';
import { actionId, encodeButtonValue } from './action-values';
import type { SlackMessage } from './render-blocks';
import { escapeMrkdwn, splitText, truncate } from './slack-text';

type Block = types.KnownBlock;

const md = (s: string) => escapeMrkdwn(redact(s).text);

export const VERDICT_LABELS: Record<LookupVerdict, string> = {
  'active-recently-used': ':large_green_circle: Active and recently used',
  'active-unused': ':large_yellow_circle: Active, not used recently',
  inactive: ':red_circle: Deactivated',
  'not-found': ':grey_question: Not found in the scanned accounts',
  deleted: ':x: Deleted',
  'other-account': ':office: Belongs to another account',
  ambiguous: ':twisted_rightwards_arrows: Several keys match',
  incomplete: ':warning: Incomplete scan',
  'temporary-key': ':hourglass: Temporary (STS) key',
  'invalid-hint': ':no_entry: Not a key id',
};

function matchLine(m: LookupResult['matches'][number]): string {
  const used = m.lastUsed?.date
    ? `last used ${m.lastUsed.date.slice(0, 10)}${m.lastUsed.service ? ` (${m.lastUsed.service}${m.lastUsed.region ? `, ${m.lastUsed.region}` : ''})` : ''}`
    : 'never used';
  return `• \`${md(m.accessKeyId)}\` — user *${md(m.userName)}* in ${md(m.accountName)} (${md(m.accountId)}): ${m.status}, ${used}${m.createDate ? `, created ${m.createDate.slice(0, 10)}` : ''}`;
}

export function renderLookup(result: LookupResult, opts: { requester?: string; shareId?: string } = {}): SlackMessage {
  const blocks: Block[] = [];
  const title = `Key ${result.hint}: ${VERDICT_LABELS[result.verdict].replace(/^:[a-z_]+: /, '')}`;
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*${md(`Key ${result.hint}`)}* — ${VERDICT_LABELS[result.verdict]}`, 3000) } });
  const body: string[] = [md(result.explanation)];
  if (result.pastedIdNote) body.push(`:warning: ${md(result.pastedIdNote)}`);
  if (result.matches.length) body.push(result.matches.slice(0, 10).map(matchLine).join('\n') + (result.matches.length > 10 ? `\n…and ${result.matches.length - 10} more` : ''));
  if (result.decodedAccountId) body.push(`The key id encodes account ${md(result.decodedAccountId)}.`);
  if (result.deletionEvents.length) {
    body.push(
      `*CloudTrail*\n${result.deletionEvents
        .slice(0, 5)
        .map((e) => `• ${e.eventName} ${e.eventTime.slice(0, 16).replace('T', ' ')} UTC${e.userName ? ` (user ${md(e.userName)})` : ''}${e.actor ? ` by ${md(e.actor)}` : ''}`)
        .join('\n')}`,
    );
  }
  if (result.accounts.failed.length) {
    const more = result.accounts.failed.length - 10;
    body.push(`*Incomplete in ${result.accounts.failed.length} account(s):*\n${result.accounts.failed.slice(0, 10).map((f) => `• ${md(f.accountName ?? f.accountId)}: ${md(f.reason)}`).join('\n')}${more > 0 ? `\n…and ${more} more` : ''}`);
  }
  if (result.nextStep) body.push(`:point_right: *Next step:* ${md(result.nextStep)}`);
  for (const text of splitText(body.filter(Boolean).join('\n\n'), 3000)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  const age = result.indexAgeSeconds > 0 ? ` · index ${Math.round(result.indexAgeSeconds / 60)} min old` : '';
  const who = opts.requester ? `Looked up by <@${opts.requester}> · ` : '';
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${who}${result.accounts.scanned} account(s) scanned${age}` }] });
  if (opts.shareId) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', action_id: actionId('share'), text: { type: 'plain_text', text: 'Share in channel' }, value: encodeButtonValue({ k: 'share', id: opts.shareId }) }],
    });
  }
  return { text: truncate(escapeMrkdwn(redact(`${title}. ${result.explanation}`).text), 3000), blocks };
}
