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
