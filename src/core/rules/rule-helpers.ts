import { FAMILIES } from './families';
import type { Condition, EvidenceRule } from './types';

/** Evidence for a cause. */
export function pro(id: string, when: Condition, weight: number, text: string): EvidenceRule {
  return { id, when, weight, text, polarity: 'for' };
}

/** Evidence against a cause. */
export function con(id: string, when: Condition, weight: number, text: string): EvidenceRule {
  return { id, when, weight, text, polarity: 'against' };
}

/** Any authentication-side failure (see families.ts). */
export const AUTHN = 'fam.authn';

/** The code runs on AWS compute, where a role should deliver credentials (extract/context-hints.ts RUNTIMES). */
export const ON_COMPUTE = ['runtime.ec2', 'runtime.ecs', 'runtime.eks', 'runtime.lambda'];

/**
 * A service's own denial text (every member of fam.authz but a refusal told in words): without any of it, an
 * "access denied" / "403" is only what the reporter says happened, and words naming a credential cause beside it
 * (an expired or renewed token, a session token not passed on) say more about the cause than the bare refusal does.
 * Class seen in tuning misses of batches 7 and 8 (duckdb/duckdb-aws#61: a 403 after the STS token renews;
 * mastra-ai/mastra#13707 and NVIDIA/spark-rapids-tools#2045: access denied because the session token was not passed on).
 * Only the session-token reading is used: the expired-token one (hint.expired beside a told refusal) was measured by
 * leave-one-batch-out and cost batch 6 one top-3 case (a reporter listing "bad/expired credentials" among guesses).
 */
const DENIAL_TEXT: readonly string[] = FAMILIES['fam.authz']!.filter((s) => s !== 'prose.refused-report');

/** A refusal told only in words, with `also` present (see DENIAL_TEXT). */
export function toldRefusal(also: string[]): Condition {
  return { all: ['prose.refused-report'], any: also, none: [...DENIAL_TEXT] };
}
