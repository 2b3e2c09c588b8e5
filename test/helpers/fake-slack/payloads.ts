/** Builders for the payloads Slack sends (shapes from docs/slack-samples). Synthetic ids only. */
let counter = 0;
const next = () => ++counter;

export interface MessageOpts {
  text: string;
  channel?: string;
  user?: string;
  ts?: string;
  thread_ts?: string;
  subtype?: string;
  files?: unknown[];
  eventId?: string;
  type?: 'message' | 'app_mention';
  bot_id?: string;
  app_id?: string;
}

export function messageEvent(o: MessageOpts): Record<string, unknown> {
  const n = next();
  const ts = o.ts ?? `1700000000.${String(n).padStart(6, '0')}`;
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: o.eventId ?? `Ev${String(n).padStart(8, '0')}`,
    event_time: 1700000000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: {
      type: o.type ?? 'message',
      ...(o.subtype ? { subtype: o.subtype } : {}),
      channel: o.channel ?? 'C1',
      channel_type: 'channel',
      user: o.user ?? 'U1',
      text: o.text,
      ts,
      event_ts: ts,
      ...(o.thread_ts ? { thread_ts: o.thread_ts } : {}),
      ...(o.files ? { files: o.files } : {}),
      ...(o.bot_id ? { bot_id: o.bot_id } : {}),
      ...(o.app_id ? { app_id: o.app_id } : {}),
    },
  };
}

export function slashCommand(o: { text: string; responseUrl: string; user?: string; channel?: string }): Record<string, string> {
  const n = next();
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'example',
    channel_id: o.channel ?? 'C1',
    channel_name: 'ops',
    user_id: o.user ?? 'U1',
    user_name: 'alice',
    command: '/awskey',
    text: o.text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: o.responseUrl,
    trigger_id: `1.2.trigger${n}`,
  };
}

export function blockAction(o: {
  actionId: string;
  value: string;
  responseUrl: string;
  channel?: string;
  messageTs: string;
  threadTs?: string;
  user?: string;
  messageBlocks?: unknown[];
}): Record<string, unknown> {
  const n = next();
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'example' },
    user: { id: o.user ?? 'U1', username: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', channel_id: o.channel ?? 'C1', message_ts: o.messageTs, ...(o.threadTs ? { thread_ts: o.threadTs } : {}), is_ephemeral: false },
    channel: { id: o.channel ?? 'C1', name: 'ops' },
    message: { type: 'message', ts: o.messageTs, ...(o.threadTs ? { thread_ts: o.threadTs } : {}), text: 'awskey reply', ...(o.messageBlocks ? { blocks: o.messageBlocks } : {}) },
    trigger_id: `1.2.action${n}`,
    response_url: o.responseUrl,
    actions: [{ type: 'button', action_id: o.actionId, block_id: 'b1', value: o.value, text: { type: 'plain_text', text: 'Yes, it works elsewhere' }, action_ts: `1700000200.${n}` }],
  };
}

export const formOf = (o: Record<string, string>) => new URLSearchParams(o).toString();
export const payloadForm = (o: unknown) => `payload=${encodeURIComponent(JSON.stringify(o))}`;
