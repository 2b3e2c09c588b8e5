/**
 * Every awskey button: acknowledged at once, decoded (untrusted input), turned into a case input or a
 * lookup, and answered in the same thread. "Share in channel" posts a stored lookup verdict.
 */
import type { App, BlockAction, ButtonAction, types, webApi } from '@slack/bolt';
import type { CaseInput, CaseKey } from '../../core/conversation/types';
import { parseKeyHint } from '../../core/key-id';
import { OTHER_PLATFORMS_WORDS } from '../../core/conversation/replies';
import { apologyText, logFailure, newCorrelationId } from './apology';
import { decodeButtonValue, type ButtonValue } from './action-values';
import { runCaseInput } from './case-flow';
import { ACTION_PREFIX } from './contract';
import type { ListenerEnv } from './env';
import { accountsPhrase, checkAccess, displayHint, NOT_CONFIGURED_TEXT, runLookup, SHARE_TTL_SECONDS, type SharedLookup } from './lookup-flow';
import { renderLookup } from './render-lookup';
import { escapeMrkdwn } from './slack-text';

type Respond = (m: { text: string; replace_original?: boolean; response_type?: 'ephemeral' | 'in_channel'; blocks?: unknown[] }) => Promise<unknown>;

const EXPIRED = 'I no longer have this case (cases expire after a quiet period). Paste the error again to start a new one.';

/** The thread a button lives in: its message's thread root, or the message itself. */
export function threadOfAction(body: BlockAction): CaseKey | undefined {
  const container = body.container as { channel_id?: string; thread_ts?: string; message_ts?: string };
  const channel = body.channel?.id ?? container.channel_id;
  const thread = container.thread_ts ?? (body.message?.thread_ts as string | undefined) ?? container.message_ts ?? body.message?.ts;
  return channel && thread ? { channel, thread } : undefined;
}

function caseInputOf(v: ButtonValue, user: string, at: string): CaseInput | undefined {
  switch (v.k) {
    case 'answer':
      return { kind: 'answer', questionId: v.q, choiceId: v.c, user, at };
    case 'confirm':
      return { kind: 'confirm-cause', causeId: v.cause, user, at };
    case 'reject':
      return { kind: 'reject-cause', causeId: v.cause, user, at };
    case 'step-done':
      return { kind: 'step-done', user, at };
    case 'resolve':
      return { kind: 'resolve', user, at };
    case 'platforms':
      // The very words the terminal types, so both take the same path through the case.
      return { kind: 'message', text: OTHER_PLATFORMS_WORDS, user, at, addressed: true };
    default:
      return undefined;
  }
}

/** Only the person who ran the lookup may share it, and only where they ran it. */
export const SHARE_REFUSED = ':no_entry: Only the person who ran this lookup can share it, in the channel where they ran it. Run `/awskey` yourself to see the result.';

async function share(env: ListenerEnv, client: webApi.WebClient, v: Extract<ButtonValue, { k: 'share' }>, who: { user: string; channel?: string }, respond: Respond): Promise<void> {
  const { user } = who;
  const stored = await env.kv.get<SharedLookup>(`share:${v.id}`);
  if (!stored) return void (await respond({ response_type: 'ephemeral', replace_original: false, text: 'This lookup result has expired; run `/awskey` again.' }));
  if (stored.requester !== user || stored.channel !== who.channel) {
    const reason = stored.requester !== user ? 'not the requester' : 'another channel';
    env.logger.warn({ user, channel: who.channel, reason }, 'lookup share refused');
    env.audit.record({ at: env.clock.now().toISOString(), actor: user, action: 'lookup-share-refused', detail: { channel: who.channel, requester: stored.requester, reason } });
    return void (await respond({ response_type: 'ephemeral', replace_original: false, text: SHARE_REFUSED }));
  }
  // A double click, before Slack has replaced the private message, must not post the verdict twice.
  const posted = `share-posted:${v.id}`;
  if (!(await env.kv.setIfAbsent(posted, 1, SHARE_TTL_SECONDS))) {
    return void (await respond({ response_type: 'ephemeral', replace_original: false, text: 'This lookup result is already shared in the channel.' }));
  }
  const message = renderLookup(stored.result, { requester: stored.requester });
  try {
    await client.chat.postMessage({ channel: stored.channel, text: message.text, blocks: message.blocks, unfurl_links: false });
  } catch (err) {
    await env.kv.delete(posted); // not posted: the user may try again (after inviting the bot)
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code === 'not_in_channel' || code === 'channel_not_found') {
      return void (await respond({ response_type: 'ephemeral', replace_original: false, text: 'I cannot post in this channel: invite me first (`/invite @awskey`).' }));
    }
    throw err;
  }
  env.logger.info({ user, verdict: stored.result.verdict, channel: stored.channel }, 'lookup shared in channel');
  await respond({ response_type: 'ephemeral', replace_original: true, text: `${message.text}\n_Shared in the channel._`, blocks: [...message.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: '_Shared in the channel._' }] }] });
}

async function lookupForCase(env: ListenerEnv, client: webApi.WebClient, key: CaseKey, v: Extract<ButtonValue, { k: 'run-lookup' }>, user: string): Promise<void> {
  const note = (text: string) => client.chat.postEphemeral({ channel: key.channel, user, thread_ts: key.thread, text });
  if (!env.keyDirectory) return void (await note(NOT_CONFIGURED_TEXT));
  const parsed = parseKeyHint(v.hint);
  if (!parsed.ok) return void (await note(parsed.message));
  const decision = await checkAccess(env, client, user, key.channel);
  if (!decision.allowed) {
    env.audit.record({ at: env.clock.now().toISOString(), actor: user, action: 'key-lookup-refused', detail: { via: 'button', channel: key.channel, hint: displayHint(parsed.hint), reason: decision.reason } });
    return void (await note(`:no_entry: ${decision.reason}`));
  }
  await note(`:mag: Looking up ${displayHint(parsed.hint)} across ${accountsPhrase(env.accountCount)}…`);
  const { result } = await runLookup(env, parsed.hint, { user, channel: key.channel });
  const { outcome } = await runCaseInput(env, client, key, { kind: 'lookup-result', result, user, at: env.clock.now().toISOString() });
  if (outcome === undefined) {
    const m = renderLookup(result);
    await client.chat.postEphemeral({ channel: key.channel, user, thread_ts: key.thread, text: m.text, blocks: m.blocks });
  }
}

type Blocks = Array<{ type: string; elements?: Array<{ action_id?: string }> }>;

/** The clicked message's blocks with the clicked button row replaced by who chose what. */
export function answeredBlocks(blocks: Blocks, actionIdClicked: string, label: string, user: string): Blocks | undefined {
  const i = blocks.findIndex((b) => b.type === 'actions' && b.elements?.some((e) => e.action_id === actionIdClicked));
  if (i < 0) return undefined;
  const note = { type: 'context', elements: [{ type: 'mrkdwn', text: `:white_check_mark: <@${user}> chose *${escapeMrkdwn(label)}*` }] };
  return [...blocks.slice(0, i), note, ...blocks.slice(i + 1)] as Blocks;
}

/** Retire the clicked buttons so a question is not answered twice; cosmetic, so failures are only logged. */
async function markAnswered(env: ListenerEnv, client: webApi.WebClient, body: BlockAction, action: ButtonAction, user: string): Promise<void> {
  const message = body.message as { ts?: string; text?: string; blocks?: Blocks } | undefined;
  const channel = body.channel?.id ?? (body.container as { channel_id?: string }).channel_id;
  if (!message?.ts || !message.blocks || !channel || (body.container as { is_ephemeral?: boolean }).is_ephemeral) return;
  const blocks = answeredBlocks(message.blocks, action.action_id, action.text?.text ?? 'this', user);
  if (!blocks) return;
  try {
    await client.chat.update({ channel, ts: message.ts, text: message.text ?? 'awskey', blocks: blocks as unknown as types.KnownBlock[] });
  } catch (err) {
    env.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not retire the clicked buttons');
  }
}

export function registerActionListener(app: App, env: ListenerEnv): void {
  app.action<BlockAction<ButtonAction>>({ action_id: new RegExp(`^${ACTION_PREFIX}`) }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const user = body.user.id;
    const log = env.logger.child({ action: action.action_id, user });
    const r = respond as unknown as Respond;
    try {
      const value = decodeButtonValue(action.value);
      const key = threadOfAction(body);
      if (!value || !key) {
        log.warn({ valueChars: action.value?.length ?? 0 }, 'unreadable button payload ignored');
        return;
      }
      if (value.k === 'share') return await share(env, client, value, { user, channel: body.channel?.id ?? (body.container as { channel_id?: string }).channel_id }, r);
      if (value.k === 'run-lookup') return await lookupForCase(env, client, key, value, user);
      const input = caseInputOf(value, user, env.clock.now().toISOString());
      if (!input) return;
      const { outcome } = await runCaseInput(env, client, key, input);
      if (!outcome) return void (await r({ response_type: 'ephemeral', replace_original: false, text: EXPIRED }));
      await markAnswered(env, client, body, action, user);
    } catch (err) {
      const correlationId = newCorrelationId();
      logFailure(log, 'action', err, correlationId);
      env.metrics.failures.inc({ where: 'action' });
      await r({ response_type: 'ephemeral', replace_original: false, text: apologyText(correlationId, err) }).catch(() => undefined);
    }
  });
}
