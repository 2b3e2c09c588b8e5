/**
 * Pastes: every message (channels, private channels, DMs, group DMs), @mentions, snippets and text
 * files, thread broadcasts. A root message opens a case keyed by its own ts; a reply joins the case
 * of its thread. Only what the engine recognises gets an answer, always in a thread; ordinary chat
 * gets nothing. A pasted secret gets a private warning whatever else happens, and so does a secret
 * added by editing a message (edit-warning.ts).
 */
import type { App, webApi } from '@slack/bolt';
import type { CaseKey, Reply } from '../../core/conversation/types';
import { diagnose } from '../../core/diagnose';
import { headAndTail } from '../../core/input-window';
import { MAX_INPUT_CHARS } from '../../core/normalise';
import { redactFound } from '../../core/redact';
import { caseStoreKey } from '../store/case-store';
import { apologise, logFailure, newCorrelationId } from './apology';
import { runCaseInput } from './case-flow';
import { LISTENED_EVENT_TYPES, PASTE_SUBTYPES } from './contract';
import type { ListenerEnv } from './env';
import { downloadPastedFiles, notTextNote, partlyReadNote, tooLargeNote, unreadNote, type PastedFiles, type SlackFile } from './pasted-files';
import { ALARMING_SECRETS, postReplies, secretHeldIn, secretWarning, seenInOf } from './post-replies';
import { unescapeSlackText } from './slack-text';
import { addedSecrets, warnEditedSecret, type MessageChanged } from './edit-warning';
import { learnInput } from '../egress/context';
import { showsErrorText } from '../../core/diagnosis';


interface MessageLike {
  type: string;
  subtype?: string;
  channel?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  bot_profile?: unknown;
  text?: string;
  ts?: string;
  thread_ts?: string;
  hidden?: boolean;
  files?: SlackFile[];
  /** `im` for a direct message to the bot. */
  channel_type?: string;
}

export function caseKeyOf(m: { channel: string; ts: string; thread_ts?: string }): CaseKey {
  return { channel: m.channel, thread: m.thread_ts ?? m.ts };
}

/** Drop the leading @awskey of a mention so it does not reach the diagnosis. */
function stripMention(text: string, botUserId: string | undefined): string {
  return botUserId ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>\\s*`, 'g'), '') : text;
}

/**
 * Said to awskey directly: an @mention (the same message may arrive as `message` first, so the
 * mention is read from the text) or a direct message. Only then does a description of a credential
 * problem without an error open a case; passive listening answers errors only.
 */
function isAddressed(m: MessageLike, botUserId: string | undefined): boolean {
  if (m.type === 'app_mention' || m.channel_type === 'im') return true;
  return botUserId !== undefined && (m.text ?? '').includes(`<@${botUserId}`);
}

/** How long before its arrival a message's ts is taken as when it was written: Slack retries a delivery for minutes. */
const WRITTEN_WITHIN_MS = 15 * 60_000;

/**
 * When the message was written (its ts is Slack's clock, in seconds), for an answer that may predate the question now
 * pending (core/conversation/late-answer.ts, QA38 F16). A ts far from now (a replayed event, a clock that is not Slack's)
 * is not used: the message is then read as written now, as before.
 */
export function writtenAtOf(ts: string, now: Date): { writtenAt?: string } {
  const ms = Number(ts) * 1000;
  const age = now.getTime() - ms;
  return Number.isFinite(ms) && age >= -60_000 && age <= WRITTEN_WITHIN_MS ? { writtenAt: new Date(ms).toISOString() } : {};
}

/** What a failed attempt had read so far, so the failure handler can tell chat from a paste. */
interface Progress {
  text?: string;
}

/** The answer to words said to awskey that hold no AWS error and describe no credential problem. */
export const NOTHING_TO_READ =
  "I did not find an AWS error in that, and it does not describe a credential problem. Paste the error output (secrets are redacted), say what fails (\"our deploy job can't authenticate to AWS since this morning\"), or look a key up with `/awskey AKIA…1234` (`/awskey help`).";

/** No case has this thread; a store that cannot say is taken as "there may be one". */
async function noCaseIn(env: ListenerEnv, key: CaseKey): Promise<boolean> {
  try {
    return (await env.cases.get(key)) === undefined;
  } catch {
    return false;
  }
}

async function handleMessage(env: ListenerEnv, client: webApi.WebClient, m: MessageLike, botUserId: string | undefined, progress: Progress): Promise<void> {
  // An edit that puts an AWS error into a message no case answered is read as that message's paste (QA38 F8), an edited
  // reply in a case's thread as a correction said now (QA39 F3); any other edit is not, but a secret it adds is warned about like one.
  if (m.subtype === 'message_changed') {
    if (await answerEdit(env, client, m as MessageChanged, botUserId, progress)) return;
    return warnEditedSecret(env, client, m as MessageChanged, botUserId);
  }
  if (!PASTE_SUBTYPES.includes(m.subtype) || m.hidden) return;
  if (!m.channel || !m.ts || !m.user) return;
  if (botUserId && m.user === botUserId) return;
  // Any app's message (ours or another install's) is never a paste: two bots answering each other loop.
  if (m.bot_id || m.app_id || m.bot_profile) return;
  // The same message can arrive as `message` and as `app_mention`: answer it once (a lease, like the
  // delivery's, so a retry after a crash is still answered).
  const claimed = await env.claims.claim(`msg:${m.channel}:${m.ts}`);
  if (!claimed.claimed) return;
  // Taken over from a replica that died mid-way: it may have stored the case this paste opened
  // without posting the answer. Start that case again, so the retry gets the whole first answer.
  if (claimed.takeover && !m.thread_ts) await env.kv.delete(caseStoreKey(caseKeyOf({ channel: m.channel, ts: m.ts })));
  try {
    await answerMessage(env, client, { ...m, channel: m.channel, ts: m.ts, user: m.user }, botUserId, progress);
  } finally {
    await claimed.claim.complete();
  }
}

/**
 * "deploy failing, one sec pasting the error", then the message edited to hold the error: read like the same text posted
 * fresh, when the edited text shows an AWS error and no case answers it yet (its own thread, or the thread it is in).
 * Once per message, whatever the edits and Slack's retries: a claim on the message, and the case it opens is then there.
 * True when the edit was taken as a paste (its secrets are warned of there).
 */
async function answerEdit(env: ListenerEnv, client: webApi.WebClient, e: MessageChanged, botUserId: string | undefined, progress: Progress): Promise<boolean> {
  const m = e.message;
  if (!e.channel || !m?.user || !m.ts) return false;
  if ((botUserId && m.user === botUserId) || m.bot_id || m.app_id || m.bot_profile) return false;
  const after = unescapeSlackText(m.text ?? '');
  // An edited text that holds a secret gets the edit's private warning only, once (edit-warning.ts), as before: not read as a paste.
  if (addedSecrets('', after).length > 0) return false;
  const key = caseKeyOf({ channel: e.channel, ts: m.ts, thread_ts: m.thread_ts });
  // A reply in a case's thread edited ("ASIA" corrected to "AKIA"): people correct an answer by editing it, so the edit
  // is read as said now, a correction (QA39 F3); once per edit, whatever Slack's retries.
  const reply = m.thread_ts !== undefined && m.thread_ts !== m.ts;
  const correction = reply && after !== unescapeSlackText(e.previous_message?.text ?? '') && e.ts !== undefined && !(await noCaseIn(env, key));
  if (!correction) {
    if (!showsErrorText(diagnose(stripMention(after, botUserId)))) return false;
    if (!(await noCaseIn(env, key))) return false;
  }
  const claimed = await env.claims.claim(correction ? `corrected:${e.channel}:${e.ts}` : `edited:${e.channel}:${m.ts}`);
  if (!claimed.claimed) return true;
  try {
    const message = { type: 'message', channel: e.channel, ts: m.ts, user: m.user, text: m.text ?? '', ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), ...(e.channel_type ? { channel_type: e.channel_type } : {}) };
    await answerMessage(env, client, message, botUserId, progress, { writtenNow: correction });
  } finally {
    await claimed.claim.complete();
  }
  return true;
}

async function answerMessage(
  env: ListenerEnv,
  client: webApi.WebClient,
  m: MessageLike & { channel: string; ts: string; user: string },
  botUserId: string | undefined,
  progress: Progress,
  read: { writtenNow?: boolean } = {},
): Promise<void> {
  const started = process.hrtime.bigint();
  const parts = [stripMention(unescapeSlackText(m.text ?? ''), botUserId)];
  // Long files read as head and tail: their poster is warned of a secret in the part not read all the
  // same, and an answer says how much of each file it rests on.
  const partlyRead: PastedFiles['partlyRead'] = [];
  const notText: PastedFiles['notText'] = [];
  // A note on a file too large or unreadable was posted: "nothing to read" would then contradict it.
  let fileNoted = false;
  if (m.files?.length) {
    const budget = Math.max(0, MAX_INPUT_CHARS - parts[0]!.length);
    const files = await downloadPastedFiles(m.files, { token: env.botToken, trustedHosts: env.fileHosts, logger: env.logger, maxDownloadBytes: env.fileMaxBytes, budget });
    parts.push(...files.texts);
    if (files.tooLarge.length > 0) {
      await client.chat.postMessage({ channel: m.channel, thread_ts: m.thread_ts ?? m.ts, text: tooLargeNote(files.tooLarge, env.fileMaxBytes), unfurl_links: false });
      fileNoted = true;
    }
    partlyRead.push(...files.partlyRead);
    notText.push(...files.notText);
    if (files.unread.length > 0) {
      await client.chat.postMessage({ channel: m.channel, thread_ts: m.thread_ts ?? m.ts, text: unreadNote(files.unread), unfurl_links: false });
      fileNoted = true;
    }
  }
  // A message with its files may pass the engine's bound: keep its head and its tail (where a log's
  // error usually is), as diagnose does, rather than its first megabyte.
  const window = headAndTail(parts.filter((p) => p.trim() !== '').join('\n'));
  const text = window.text;
  const addressed = isAddressed(m, botUserId);
  // A file given to awskey that it cannot read is said so, never passed over in silence.
  const tellNotText = () => client.chat.postMessage({ channel: m.channel, thread_ts: m.thread_ts ?? m.ts, text: notTextNote(notText), unfurl_links: false });
  if (text.trim() === '') {
    if (addressed && (notText.length > 0 || !fileNoted)) {
      await client.chat.postMessage({ channel: m.channel, thread_ts: m.thread_ts ?? m.ts, text: notText.length > 0 ? notTextNote(notText) : NOTHING_TO_READ, unfurl_links: false });
    }
    return;
  }
  progress.text = text;
  // The guard's findings are the paste's secrets: the text is read for them once.
  const found = learnInput(text);

  const key = caseKeyOf({ channel: m.channel, ts: m.ts, thread_ts: m.thread_ts });
  const secrets = redactFound(text, found).kinds.filter((k) => ALARMING_SECRETS.has(k));
  // The middle of an oversized paste is never read nor stored, but a secret in it is still pasted.
  const omitted = [...new Set([...(window.read?.omittedSecrets ?? []), ...partlyRead.flatMap((f) => f.omittedSecrets)])].filter((k) => ALARMING_SECRETS.has(k));
  const unread = omitted.filter((k) => !secrets.includes(k));
  // The message's own text opens the text read, its files follow: the warning names what holds the secret (a file is
  // deleted, not edited). With files, an unread middle is a file's.
  const filesRead = parts.length > 1;
  const heldIn = secretHeldIn(found, !filesRead ? Infinity : parts[0]!.trim() === '' ? 0 : parts[0]!.length, filesRead && omitted.length > 0);
  const { outcome, posted } = await runCaseInput(env, client, key, { kind: 'paste', text, user: m.user, at: env.clock.now().toISOString(), addressed, overheard: m.thread_ts !== undefined && !addressed, ...(read.writtenNow ? {} : writtenAtOf(m.ts, env.clock.now())) }, { newThread: !m.thread_ts, seenIn: seenInOf(m.channel_type), heldIn });
  // Said to awskey, but neither an error nor a credential problem, where no case is open: say what it
  // reads, as the terminal chat does, rather than leave "@awskey help" unanswered. A resolved case's
  // thread stays quiet ("@awskey thanks, it works"); its own note says how to open another.
  if (outcome === undefined && addressed && notText.length === 0 && !fileNoted && (await noCaseIn(env, key))) {
    await client.chat.postMessage({ channel: m.channel, thread_ts: key.thread, text: NOTHING_TO_READ, unfurl_links: false });
  }
  const warned = outcome?.replies.some((r: Reply) => r.type === 'warning' && r.private === true) ?? false;
  // A case's engine warns each poster once per secret; only a paste that opened no case is warned here.
  // The engine never saw the unread middle's secrets: their poster is warned here unless warned just now.
  const unwarned = [...(outcome === undefined ? secrets : []), ...unread];
  if (unwarned.length > 0 && !warned) {
    await postReplies(client, { channel: key.channel, thread: key.thread, user: m.user }, [secretWarning(unwarned, seenInOf(m.channel_type), heldIn)]);
  }
  if (secrets.length + unread.length > 0) env.logger.warn({ channel: m.channel, ts: m.ts, kinds: [...secrets, ...unread] }, 'secret pasted; poster warned privately');
  if (posted > 0) {
    env.metrics.eventToReply.observe(Number(process.hrtime.bigint() - started) / 1e9);
    // Only beside an answer: a long log that holds no credential problem gets nothing, like any chat.
    for (const f of partlyRead) await client.chat.postMessage({ channel: key.channel, thread_ts: key.thread, text: partlyReadNote(f), unfurl_links: false });
  }
  if (notText.length > 0 && (posted > 0 || addressed)) await tellNotText();
  env.logger.debug({ channel: m.channel, ts: m.ts, chars: text.length, files: m.files?.length ?? 0, answered: outcome !== undefined }, 'message seen');
}

export function registerPasteListener(app: App, env: ListenerEnv): void {
  const listener = async ({ event, client, context, body }: { event: unknown; client: webApi.WebClient; context: { botUserId?: string }; body: unknown }) => {
    const progress: Progress = {};
    try {
      await handleMessage(env, client, event as MessageLike, context.botUserId, progress);
    } catch (err) {
      const correlationId = newCorrelationId();
      logFailure(env.logger, 'paste', err, correlationId);
      env.metrics.failures.inc({ where: 'paste' });
      // Ordinary chat gets nothing, even during an outage: apologise only where an answer was due
      // (an error, or anything said to awskey directly).
      if (progress.text !== undefined && (isAddressed(event as MessageLike, context.botUserId) || showsErrorText(diagnose(progress.text)))) {
        await apologise(client, body as Record<string, unknown>, correlationId, env.logger, err);
      }
    }
  };
  for (const type of LISTENED_EVENT_TYPES) app.event(type, listener);
}
