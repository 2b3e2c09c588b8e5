/**
 * `/awskey diagnose <error or description>`: said to awskey directly, like an @mention. awskey opens
 * a thread in the channel (its root names who asked, never the text, which may hold a secret) and
 * works the case there, exactly as for a paste: an error opens a case, and so does a description
 * of a credential problem in words ("our lambda can't authenticate").
 */
import type { RespondFn, SlashCommand, webApi } from '@slack/bolt';
import { redactFound } from '../../core/redact';
import { learnInput } from '../egress/context';
import { runCaseInput } from './case-flow';
import type { ListenerEnv } from './env';
import { ALARMING_SECRETS, postReplies, secretWarning } from './post-replies';

/** The body after the word; the caller trims it (no `\s*` before the group: beside `[\s\S]*` recheck reads it as quadratic). */
export const DIAGNOSE = /^diagnose\b([\s\S]*)$/i;

export const DIAGNOSE_USAGE = 'Usage: `/awskey diagnose <the AWS error, or what fails in a sentence>`, e.g. `/awskey diagnose our lambda can\'t authenticate to S3`.';

const NOTHING_FOUND =
  'No AWS credential or authentication error found in that text, and it does not describe a credential problem. Paste the full error output with `/awskey diagnose`, or in a channel where I am.';

/** Runs after the command was acknowledged; every answer goes to the new thread or privately. */
export async function runDiagnoseCommand(env: ListenerEnv, client: webApi.WebClient, c: SlashCommand, body: string, respond: RespondFn): Promise<void> {
  const found = learnInput(body);
  const root = await client.chat.postMessage({ channel: c.channel_id, text: `<@${c.user_id}> asked me to look at an AWS credential problem (\`/awskey diagnose\`). I answer in this thread.`, unfurl_links: false, unfurl_media: false });
  if (!root.ts) throw new Error('chat.postMessage returned no ts');
  const key = { channel: c.channel_id, thread: root.ts };
  // A thread just opened: no case can exist for it, so a store outage still gets the diagnosis.
  const { outcome } = await runCaseInput(env, client, key, { kind: 'paste', text: body, user: c.user_id, at: env.clock.now().toISOString(), addressed: true }, { newThread: true });
  if (!outcome) {
    await client.chat.postMessage({ channel: key.channel, thread_ts: key.thread, text: NOTHING_FOUND, unfurl_links: false, unfurl_media: false });
    // A case warns its poster of a secret itself; text that opened none (a bare secret) is warned here,
    // as `/awskey <secret>` and a paste are.
    const secrets = redactFound(body, found).kinds.filter((k) => ALARMING_SECRETS.has(k));
    if (secrets.length > 0) {
      await postReplies(client, { channel: key.channel, thread: key.thread, user: c.user_id }, [secretWarning(secrets, 'slash-command')]);
      env.logger.warn({ channel: c.channel_id, kinds: secrets }, 'secret given to /awskey diagnose; warned privately');
    }
  }
  await respond({ response_type: 'ephemeral', replace_original: true, text: ':thread: I answered in a thread in this channel.' }).catch(() => undefined);
}
