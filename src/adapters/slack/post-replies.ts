/**
 * Posting rendered replies: public ones in the case thread, private warnings as ephemeral messages
 * to the poster (visible to them only, in the same thread).
 */
import type { webApi } from '@slack/bolt';
import type { SecretKind } from '../../core/diagnosis';
import type { Reply } from '../../core/conversation/types';
import { renderMessages, splitPrivate } from './render-blocks';

type WebClient = webApi.WebClient;

export interface ThreadTarget {
  channel: string;
  thread: string;
  user: string;
}

export async function postReplies(client: WebClient, target: ThreadTarget, replies: Reply[]): Promise<number> {
  const { publicReplies, privateReplies } = splitPrivate(replies);
  let posted = 0;
  // Private first: the poster learns about a pasted secret before anything else happens.
  for (const m of renderMessages(privateReplies)) {
    await client.chat.postEphemeral({ channel: target.channel, user: target.user, thread_ts: target.thread, text: m.text, blocks: m.blocks });
    posted++;
  }
  for (const m of renderMessages(publicReplies)) {
    await client.chat.postMessage({ channel: target.channel, thread_ts: target.thread, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
    posted++;
  }
  return posted;
}

const ROTATION: Record<string, string> = {
  'secret-access-key':
    'Treat that access key as leaked: in IAM create a new access key for the same user, switch every consumer to it, then *deactivate* and *delete* the old one (`aws iam update-access-key --status Inactive`, then `aws iam delete-access-key`). Check CloudTrail for use you do not recognise.',
  'session-token': 'Treat those temporary credentials as leaked: revoke the role\'s active sessions (IAM console → Roles → Revoke active sessions) or wait for them to expire, and check CloudTrail.',
  'slack-token': 'Revoke that Slack token in the app\'s settings and issue a new one.',
  'private-key': 'Replace that private key and revoke the old one wherever it is trusted.',
};

/** Where the secret's text was seen: a channel message, a direct or group message, or slash-command text. */
export type SecretSeenIn = 'channel' | 'direct-message' | 'group-message' | 'slash-command';

/**
 * What of a message holds the secret: its text, a file uploaded with it (paste-listener reads text files into the
 * case), or both. Editing a message's text leaves its files as they are; a file has a delete of its own (review 34c R34c-5).
 */
export type SecretHeldIn = 'message' | 'file' | 'message-and-file';

/**
 * What of a message holds its secrets: `found` in the text read, the message's own text first (up to `messageEnd`) and
 * its files' after it; `fileUnread`: a secret in a file's unread middle.
 */
export function secretHeldIn(found: readonly { start: number; kind: SecretKind }[], messageEnd: number, fileUnread: boolean): SecretHeldIn {
  const alarming = found.filter((s) => ALARMING_SECRETS.has(s.kind));
  const inMessage = alarming.some((s) => s.start < messageEnd);
  const inFile = fileUnread || alarming.some((s) => s.start >= messageEnd);
  return inFile ? (inMessage ? 'message-and-file' : 'file') : 'message';
}

/** What holds the secret, as the warning's subject; and what the poster must delete. */
const HOLDER: Record<SecretHeldIn, { subject: string; remove: string; it: string }> = {
  message: { subject: 'Your message contains', remove: 'the message', it: 'it' },
  file: { subject: 'The file you uploaded contains', remove: 'the file (editing your message does not remove it)', it: 'it' },
  'message-and-file': { subject: 'Your message and the file you uploaded with it contain', remove: 'the message and the file', it: 'them' },
};

/** Who has seen the text, said truly per place ({held}, {remove}, {it}: HOLDER's). Slash-command text is never shown in the channel. */
const SEEN_IN: Record<SecretSeenIn, string> = {
  channel: '{held} what looks like {what}. Only you can see this note. I have not stored or repeated it, but the channel has seen it: please delete {remove} (I cannot: Slack lets an app delete only its own messages and files) and rotate the secret now.',
  'direct-message': '{held} what looks like {what}. Only you can see this note. I have not stored or repeated it; no one else is in this conversation, but Slack keeps {remove}: please delete {it} (I cannot: Slack lets an app delete only its own messages and files) and rotate the secret now.',
  'group-message': '{held} what looks like {what}. Only you can see this note. I have not stored or repeated it, but everyone in this conversation has seen it: please delete {remove} (I cannot: Slack lets an app delete only its own messages and files) and rotate the secret now.',
  'slash-command': 'The text you gave the command contains what looks like {what}. Only you can see this note. Slash-command text is not shown in the channel and I have not stored or repeated it, but it went through Slack to me: treat the secret as exposed and rotate it now.',
};

/** What to do first, per what holds the secret: a message's text can be edited, a file only deleted. */
const DELETE_NOW: Record<SecretHeldIn, string> = {
  message: 'Delete your message now, or edit the secret out of it',
  file: 'Delete the file you uploaded now (editing your message does not remove it)',
  'message-and-file': 'Delete your message and the file you uploaded with it now (editing the message leaves the file)',
};

/** Who the message still shows the secret to. */
const STILL_SHOWN_TO: Record<SecretSeenIn, string | undefined> = {
  channel: 'it still shows the secret to everyone in the channel',
  'group-message': 'it still shows the secret to everyone in this conversation',
  'direct-message': 'Slack keeps it',
  'slash-command': undefined,
};

/**
 * Said first in every private warning about a message's secret, the engine's included: "I redacted it" is true of
 * awskey's copy only, while the message itself still shows the secret. A Slack app's bot token can delete or edit
 * only the app's own messages and files (chat.delete / chat.update, files.delete), so the poster must do it.
 */
function stillShown(seenIn: SecretSeenIn, heldIn: SecretHeldIn): string | undefined {
  const to = STILL_SHOWN_TO[seenIn];
  return to && `${DELETE_NOW[heldIn]}: ${to}. I cannot do that for you (Slack lets an app delete or edit only its own messages and files).`;
}

/** `replies` with every private warning led by what to do about the message or file that still shows the secret. */
export function withMessageAdvice(replies: Reply[], seenIn: SecretSeenIn, heldIn: SecretHeldIn = 'message'): Reply[] {
  const advice = stillShown(seenIn, heldIn);
  if (advice === undefined) return replies;
  return replies.map((r) => (r.type === 'warning' && r.private === true ? { ...r, text: `${advice}\n\n${r.text}` } : r));
}

/** The Slack conversation type of a message event (`channel_type`) as where its text was seen. */
export function seenInOf(channelType: string | undefined): SecretSeenIn {
  return channelType === 'im' ? 'direct-message' : channelType === 'mpim' ? 'group-message' : 'channel';
}

/** The private warning for a pasted secret. Names the kind only; never repeats any of it. */
export function secretWarning(kinds: SecretKind[], seenIn: SecretSeenIn, heldIn: SecretHeldIn = 'message'): Reply {
  const steps = kinds.map((k) => ROTATION[k]).filter((s): s is string => s !== undefined);
  const what = kinds.includes('secret-access-key') ? 'an AWS secret access key' : kinds.includes('session-token') ? 'an AWS session token' : 'a secret';
  const held = HOLDER[heldIn];
  return {
    type: 'warning',
    private: true,
    text: `${SEEN_IN[seenIn].replace('{held}', held.subject).replace('{remove}', held.remove).replace('{it}', held.it).replace('{what}', what)}${steps.length ? `\n${steps.join('\n')}` : ''}\nNext time share only the key id (AKIA…1234) and the error text.`,
  };
}

/** Every kind of secret earns its poster a private warning (a password or a GitHub token as much as an AWS key). */
export const ALARMING_SECRETS: ReadonlySet<SecretKind> = new Set(['secret-access-key', 'session-token', 'slack-token', 'private-key', 'password', 'signature', 'other-token']);
