/**
 * A choice read from what someone wrote unasked (a description's words, read-as-answer.ts) is not the same evidence as
 * the same choice answered when asked: the catalogue's effects (probes.ts) are for the answer. Per question and choice,
 * factors on those effects when the choice is only said.
 *
 * Keys in environment variables (sign-in `env`): asked, the answer says static keys sit in the environment and win over
 * every profile and role (env-var-override ×2.5). Said unasked, the words are about variables the person set on purpose:
 * of the 22 conversations' tuning openings (batches 1-14) whose description itself read as `env`, the resolved cause was
 * a credential under a wrong name 10 times, a session token not passed 5, no credentials found 3, and keys left in the
 * environment only 2 (rust-lang/simpleinfra#27, mezmo/aura#471: missed before and after). The factor was chosen by
 * leave-one-batch-out over tuning batches 1-14 (scripts/corpus/conversation-batches.ts) among 1, 0.4 and 0.2, and a
 * malformed-credentials factor of 1 or 2: every fold picks 0.4 with ×2 (tied with 0.2 alone, the same replays; 0.4 keeps
 * the said override neutral, not against), and each held-out batch it moves gains (b6, b13, b14 one first fix each);
 * none loses. Applied to the words that open a case only (said.ts applyStated): that is what they were fitted on; a later
 * reply naming the variables ("fwiw I export AWS_ACCESS_KEY_ID … in my .bashrc") is weighed as the answer.
 */
import type { CauseId } from '../taxonomy';
import type { Effects } from './types';

interface SaidFactor {
  factors?: Partial<Record<CauseId, number>>;
  /** Statements that, said in the same words, make the choice the answer it would be when asked. */
  unlessStatements?: string[];
  /** Statements that, said in the same words, make the choice no evidence on the causes (its implied facts still hold). */
  noneWithStatements?: string[];
}

export const SAID_FACTORS: Record<string, Record<string, SaidFactor>> = {
  // Unless the words also say the environment holds other keys (statements.ts env-has-keys: "`AWS_SESSION_TOKEN` is
  // still set", rust-lang/simpleinfra#27): then the variables named are the ones that win.
  'sign-in': {
    env: { factors: { 'env-var-override': 0.4, 'malformed-credentials': 2 }, unlessStatements: ['env-has-keys'] },
    // SSO named beside "the tool does not read SSO profiles" (statements.ts sso-not-supported: "AWS Toolkit for Visual
    // Studio does not recognize available profiles that use the sso-session configuration", aws/aws-toolkit-visual-studio#313;
    // "duckdb is unable to load valid credentials for a profile configured with the AWS sso mechanism", duckdb/duckdb#16449):
    // the person signs in with SSO, but the tool never reads that session, so the answer's effects (an SSO session that
    // lapses: expiry ×3, no credentials found ×0.3) are about a chain that is not the one failing. Both threads were
    // resolved as no credentials found, and both reached it only after a wrong first fix with the effects applied.
    sso: { noneWithStatements: ['sso-not-supported'] },
  },
};

/** `effects` as evidence when the choice was said unasked, beside the statements (ids) the same words made. */
export function saidEffects(probeId: string, choiceId: string, effects: Effects, statements: readonly string[] = []): Effects {
  const f = SAID_FACTORS[probeId]?.[choiceId];
  if (!f || f.unlessStatements?.some((id) => statements.includes(id))) return effects;
  if (f.noneWithStatements?.some((id) => statements.includes(id))) return {};
  const out = { ...effects };
  for (const [cause, x] of Object.entries(f.factors ?? {}) as Array<[CauseId, number]>) out[cause] = (out[cause] ?? 1) * x;
  return out;
}
