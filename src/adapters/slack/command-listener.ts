/**
 * `/awskey <hint>`: acknowledged at once (Slack's 3-second deadline holds however long the scan
 * takes), progress shown by replacing the ephemeral reply, the verdict delivered privately with a
 * "Share in channel" button. `help`, secrets, malformed input and refusals are answered in the ack.
 */
import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import { parseKeyHint } from '../../core/key-id';
import { redact } from '../../core/redact';
import { apologyText, logFailure, newCorrelationId } from './apology';
import { SLASH_COMMANDS } from './contract';
import type { ListenerEnv } from './env';
import { accountsPhrase, checkAccess, displayHint, NOT_CONFIGURED_TEXT, runLookup } from './lookup-flow';
import { renderLookup } from './render-lookup';
import { DIAGNOSE, DIAGNOSE_USAGE, runDiagnoseCommand } from './diagnose-command';

export const HELP_TEXT = [
  '*/awskey* checks an AWS access key id across the AWS accounts this awskey install can read, and tells you whether the key is active, deactivated, deleted or unknown. It never needs the secret.',
  '• `/awskey AKIA…1234` — a full key id, or its prefix and last four characters',
  '• `/awskey ****************1234` — the form `aws configure list` prints',
  '• `/awskey help` — this message',
  'The answer is shown only to you, with a button to share it in the channel.',
  '• `/awskey diagnose <the error, or what fails in a sentence>` — I open a thread here and work the case with you',
  'To diagnose an error message, paste it in a channel where I am (or @mention me): I answer in a thread.',
  ':warning: Never paste a secret access key, here or anywhere in Slack.',
].join('\n');

export const SECRET_REFUSAL =
  ':warning: That looks like a *secret* access key, so I did not use it and will not repeat or store it. Treat it as leaked: create a new access key, move every consumer to it, then deactivate and delete the old one. Run `/awskey` again with the key *id* only (it starts with AKIA or ASIA), e.g. `/awskey AKIA…1234`.';
const LOOKUP_USAGE = 'Usage: `/awskey AKIA…1234` (or `/awskey help`).';

const LOOKUP_WORD = /^lookup(?:\s+([\s\S]*)|$)/i;

const MAX_PROGRESS_UPDATES = 2; // response_url allows 5 uses; keep room for the verdict
const PROGRESS_MIN_INTERVAL_MS = 1500;

/** "please check my key" squeezes into something hint-shaped; a key id is one or two tokens. */
function looksLikeSentence(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length > 2;
}

type Ephemeral = { response_type: 'ephemeral'; text: string };
const ephemeral = (text: string): Ephemeral => ({ response_type: 'ephemeral', text });

/**
 * Progress updates, serialised so the verdict can never be overwritten by a late progress line.
 * Progress inside the minimum interval is not dropped but shown when the interval ends, so a scan
 * whose last account takes long still shows how far it got.
 */
function progressReporter(env: ListenerEnv, respond: RespondFn, label: string) {
  let chain: Promise<unknown> = Promise.resolve();
  let sent = 0;
  let last = env.clock.now().getTime();
  let pending: { done: number; total: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const send = (p: { done: number; total: number }) => {
    pending = undefined; // older than p: flushing it later would show the scan going backwards
    sent++;
    last = env.clock.now().getTime();
    chain = chain.then(() => respond({ ...ephemeral(`:hourglass_flowing_sand: Looking up ${label}: ${p.done} of ${p.total} accounts scanned…`), replace_original: true })).catch(() => undefined);
  };
  const flush = () => {
    timer = undefined;
    if (pending && !finished && sent < MAX_PROGRESS_UPDATES) send(pending);
  };
  return {
    onProgress: (p: { done: number; total: number }) => {
      if (finished || sent >= MAX_PROGRESS_UPDATES || p.done >= p.total) return;
      if (env.clock.now().getTime() - last >= PROGRESS_MIN_INTERVAL_MS) return send(p);
      pending = p;
      timer ??= setTimeout(flush, PROGRESS_MIN_INTERVAL_MS).unref();
    },
    settled: () => {
      finished = true;
      if (timer) clearTimeout(timer);
      return chain;
    },
  };
}

export function registerCommandListener(app: App, env: ListenerEnv): void {
  app.command(SLASH_COMMANDS[0], async ({ command, ack, respond, client }) => {
    const started = process.hrtime.bigint();
    const acked = async (body: Ephemeral) => {
      await ack(body);
      env.metrics.commandAck.observe(Number(process.hrtime.bigint() - started) / 1e9);
    };
    const c: SlashCommand = command;
    // `/awskey lookup AKIA…1234` as the CLI and the chat write it; a bare `lookup` names no key
    // (it read as one ending in LOOKUP).
    const word = LOOKUP_WORD.exec(c.text.trim());
    if (word && !word[1]) return acked(ephemeral(LOOKUP_USAGE));
    const text = word ? word[1]!.trim() : c.text.trim();
    const log = env.logger.child({ command: '/awskey', user: c.user_id, channel: c.channel_id });

    if (text === '' || /^(help|-h|--help|\?)$/i.test(text)) return acked(ephemeral(HELP_TEXT));
    // `/awskey diagnose …`: a case in a new thread, like an @mention (secrets are the engine's to redact and warn about).
    const diagnose = DIAGNOSE.exec(text);
    if (diagnose) {
      const body = diagnose[1]!.trim();
      if (body === '') return acked(ephemeral(DIAGNOSE_USAGE));
      await acked(ephemeral(':mag: Looking at it; I answer in a thread in this channel.'));
      try {
        await runDiagnoseCommand(env, client, c, body, respond);
      } catch (err) {
        const correlationId = newCorrelationId();
        logFailure(log, 'command', err, correlationId);
        env.metrics.failures.inc({ where: 'command' });
        await respond({ ...ephemeral(apologyText(correlationId, err)), replace_original: true }).catch(() => undefined);
      }
      return;
    }
    const parsed = parseKeyHint(text);
    if ((!parsed.ok && parsed.reason === 'looks-like-secret') || redact(text).count > 0) {
      log.warn({ chars: text.length }, 'secret given to /awskey; refused');
      return acked(ephemeral(SECRET_REFUSAL));
    }
    if (!parsed.ok || looksLikeSentence(text)) {
      log.info({ reason: parsed.ok ? 'sentence' : parsed.reason, chars: text.length }, 'unreadable /awskey input');
      const why = parsed.ok ? 'I need just one access key id.' : parsed.message;
      return acked(ephemeral(`${why}\n${LOOKUP_USAGE}`));
    }
    if (!env.keyDirectory) return acked(ephemeral(NOT_CONFIGURED_TEXT));
    const decision = await checkAccess(env, client, c.user_id, c.channel_id);
    if (!decision.allowed) {
      log.info({ hint: displayHint(parsed.hint) }, 'lookup refused by access rules');
      env.audit.record({ at: env.clock.now().toISOString(), actor: c.user_id, action: 'key-lookup-refused', detail: { via: 'command', channel: c.channel_id, hint: displayHint(parsed.hint), reason: decision.reason } });
      return acked(ephemeral(`:no_entry: ${decision.reason}`));
    }

    const label = displayHint(parsed.hint);
    // ASIA ids are STS sessions: nothing is scanned, the answer explains what to check instead.
    const what = parsed.hint.kind === 'temporary' ? `Checking ${label}…` : `Looking up ${label} across ${accountsPhrase(env.accountCount)}…`;
    await acked(ephemeral(`:mag: ${what} I will update this message.`));
    const progress = progressReporter(env, respond, label);
    try {
      const { result, shareId } = await runLookup(env, parsed.hint, { user: c.user_id, channel: c.channel_id }, progress.onProgress);
      await progress.settled();
      await respond({ response_type: 'ephemeral', replace_original: true, ...renderLookup(result, { shareId }) });
    } catch (err) {
      const correlationId = newCorrelationId();
      logFailure(log, 'command', err, correlationId);
      env.metrics.failures.inc({ where: 'command' });
      await progress.settled();
      // The key index, scan checkpoints and leases live in the store: during a Redis outage the answer says so.
      await respond({ ...ephemeral(apologyText(correlationId, err, `look ${label} up`)), replace_original: true }).catch(() => undefined);
    }
  });
}
