/**
 * Runs one case input through the use case and posts what comes back in the case thread, keeping
 * the metrics. Shared by pastes, thread replies and buttons.
 */
import type { webApi } from '@slack/bolt';
import type { CaseInput, CaseKey, CaseState } from '../../core/conversation/types';
import { handleCaseInput, type CaseOutcome } from '../../usecases/handle-case-input';
import type { ListenerEnv } from './env';
import { postReplies, withMessageAdvice, type SecretHeldIn, type SecretSeenIn } from './post-replies';

export function leadingCause(state: CaseState): string {
  return state.confirmed ?? state.causes[0]?.id ?? 'unknown';
}

/** True when this input is the one that resolved the case. */
function justResolved(state: CaseState): boolean {
  return state.phase === 'resolved' && state.resolvedAt !== undefined && state.resolvedAt === state.updatedAt;
}

export async function runCaseInput(
  env: ListenerEnv,
  client: webApi.WebClient,
  key: CaseKey,
  input: CaseInput,
  opts: { newThread?: boolean; seenIn?: SecretSeenIn; heldIn?: SecretHeldIn } = {},
): Promise<{ outcome: CaseOutcome | undefined; posted: number }> {
  const outcome = await handleCaseInput({ cases: env.cases, clock: env.clock, logger: env.logger }, key, input, opts);
  if (outcome === undefined) return { outcome, posted: 0 };
  const posted = await postReplies(client, { channel: key.channel, thread: key.thread, user: input.user }, opts.seenIn ? withMessageAdvice(outcome.replies, opts.seenIn, opts.heldIn) : outcome.replies);
  if (outcome.created) env.metrics.casesOpened.inc({ cause: leadingCause(outcome.state) });
  if (justResolved(outcome.state)) env.metrics.casesResolved.inc({ cause: leadingCause(outcome.state) });
  env.logger.debug(
    {
      case: `${key.channel}/${key.thread}`,
      input: input.kind,
      created: outcome.created,
      phase: outcome.state.phase,
      causes: outcome.state.causes.slice(0, 3).map((c) => c.id),
      replies: outcome.replies.map((r) => r.type),
      posted,
    },
    'case replies posted',
  );
  return { outcome, posted };
}
