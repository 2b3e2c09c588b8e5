/**
 * What the Slack app registers and needs. manifest.yml must agree with these lists; a deploy test
 * parses the manifest and compares, so the code and the app configuration cannot drift apart.
 */

/** Every button we render carries an action_id with this prefix; one listener routes them all. */
export const ACTION_PREFIX = 'awskey:';

export const SLASH_COMMANDS = ['/awskey'] as const;

/** Bolt event listeners registered (message.* subscriptions all arrive as `message`). */
export const LISTENED_EVENT_TYPES = ['message', 'app_mention'] as const;

/** Web API methods the code calls, with the bot scope each needs (a deploy test greps for calls). */
export const METHOD_SCOPES: Record<string, keyof typeof SCOPE_REASONS> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'usergroups.users.list': 'usergroups:read',
};

/** Events the app listens to (manifest `settings.event_subscriptions.bot_events`). */
export const SUBSCRIBED_EVENTS = ['app_mention', 'message.channels', 'message.groups', 'message.im', 'message.mpim'] as const;

/** Bot token scopes, each with the reason we need it (the reasons go into docs/slack-setup.md). */
export const SCOPE_REASONS = {
  'app_mentions:read': 'receive @awskey mentions',
  'channels:history': 'read pasted errors in public channels the bot is in',
  'groups:history': 'read pasted errors in private channels the bot is in',
  'im:history': 'read pasted errors in direct messages to the bot',
  'mpim:history': 'read pasted errors in group direct messages',
  'chat:write': 'reply in threads, post private warnings, share lookup results',
  commands: 'the /awskey slash command',
  'files:read': 'download pasted snippets and text files',
  'usergroups:read': 'check AWSKEY_ALLOWED_USERGROUPS membership for /awskey',
} as const;

export const REQUIRED_SCOPES = Object.keys(SCOPE_REASONS) as Array<keyof typeof SCOPE_REASONS>;

/** Message subtypes that carry a paste; every other subtype (edits, deletions, joins, bots) is ignored. */
export const PASTE_SUBTYPES: ReadonlyArray<string | undefined> = [undefined, 'file_share', 'thread_broadcast'];
