/** Every cause rule, one object per cause id (not-aws-credential-error is decided by detection). */
import { TALK_TEXT, TALK_WEIGHTS } from './cause-talk-weights';
import type { CauseId } from '../taxonomy';
import { CATALOGUE } from './catalogue/index';
import { DECISIVE, PRIORS } from './priors';
import { DETECTED } from './context-ratios';
import { pro } from './rule-helpers';
import type { CauseRule, EvidenceRule } from './types';
import { authorizationNotAuthentication } from './causes/authorization-not-authentication';
import { clockSkew } from './causes/clock-skew';
import { envVarOverride } from './causes/env-var-override';
import { keyDeletedOrInactive } from './causes/key-deleted-or-inactive';
import { malformedCredentials } from './causes/malformed-credentials';
import { missingSessionToken } from './causes/missing-session-token';
import { noCredentialsFound } from './causes/no-credentials-found';
import { regionEndpoint } from './causes/region-endpoint';
import { roleCredentialsUnavailable } from './causes/role-credentials-unavailable';
import { secretKeyMismatch } from './causes/secret-key-mismatch';
import { staleCredentialsAfterRotation } from './causes/stale-credentials-after-rotation';
import { temporaryCredentialsExpired } from './causes/temporary-credentials-expired';
import { wrongAccountOrPartition } from './causes/wrong-account-or-partition';
import { wrongProfile } from './causes/wrong-profile';

const HAND_WRITTEN: CauseRule[] = [
  envVarOverride,
  wrongProfile,
  staleCredentialsAfterRotation,
  keyDeletedOrInactive,
  wrongAccountOrPartition,
  temporaryCredentialsExpired,
  missingSessionToken,
  malformedCredentials,
  regionEndpoint,
  clockSkew,
  secretKeyMismatch,
  noCredentialsFound,
  roleCredentialsUnavailable,
  authorizationNotAuthentication,
];

/** Family priors (priors.ts) as evidence for each cause. */
function priorRules(cause: CauseId): EvidenceRule[] {
  return PRIORS.flatMap((p) => {
    const w = p.weights[cause];
    if (!w) return [];
    const id = `prior.${p.family.replace(/^fam\./, '')}${p.with ? `.${p.with.join('.')}` : ''}`;
    const when = { any: [p.family], ...(p.with ? { all: p.with } : {}), none: [...DECISIVE, ...(p.unless ?? [])] };
    return [{ id, when, weight: Math.abs(w), polarity: w > 0 ? ('for' as const) : ('against' as const), text: w > 0 ? p.text : (p.textAgainst ?? p.text) }];
  });
}

/** The reporter's own words naming this cause (extract/cause-talk.ts), around a credential or authorization error. */
function talkRules(cause: CauseId): EvidenceRule[] {
  const w = TALK_WEIGHTS[cause];
  return w ? [pro(`talk.${cause}`, { all: [`hint.talk-${cause}`], any: DETECTED }, w, TALK_TEXT)] : [];
}

/** familyWeight's answers: the catalogue asks for the same few (cause, family) pairs hundreds of times at import. */
const FAMILY_WEIGHTS = new Map<string, number>();

/**
 * What a family alone already gives a cause: the weight of the cause's rule that fires on the family signal and
 * nothing else (`no-credentials.chain-empty` for fam.no-creds).
 */
function familyWeight(cause: CauseId, family: string | undefined): number {
  if (!family) return 0;
  const key = `${cause} ${family}`;
  let weight = FAMILY_WEIGHTS.get(key);
  if (weight === undefined) {
    const rule = HAND_WRITTEN.find((r) => r.cause === cause)?.rules.find((r) => r.when.any?.length === 1 && r.when.any[0] === family && !r.when.all && !r.when.none);
    weight = rule && rule.polarity !== 'against' ? rule.weight : 0;
    FAMILY_WEIGHTS.set(key, weight);
  }
  return weight;
}

/**
 * Catalogue messages (catalogue/) as evidence for each cause they point at. A message restates its family: for the
 * cause the family rule already weighs, only what the message adds above that rule counts (one observation is not
 * counted twice, so what the paste says around it, such as the runtime, can still move the ranking). The evidence
 * stays, citing its source, even when it adds nothing.
 */
function catalogueRules(cause: CauseId): EvidenceRule[] {
  return CATALOGUE.flatMap((e) => {
    const w = e.causes[cause];
    if (!w) return [];
    const text = `${e.tool} reports "{detail}" (${e.source.repo} ${e.source.path}).`;
    const weight = w > 0 ? Math.max(0, w - familyWeight(cause, e.family)) : -w;
    return [{ id: `catalogue.${e.id}`, when: { all: [`cat.${e.id}`] }, weight, polarity: w > 0 ? ('for' as const) : ('against' as const), text }];
  });
}

export const CAUSE_RULES: CauseRule[] = HAND_WRITTEN.map((r) => ({ cause: r.cause, rules: [...r.rules, ...priorRules(r.cause), ...catalogueRules(r.cause), ...talkRules(r.cause)] }));

export { FAMILIES, AUTHN_FAMILIES, PROVIDER_SIGNALS } from './families';
export { PRIORS } from './priors';
export { addContext } from './context-ratios';
export { CATALOGUE, CATALOGUE_FAMILIES } from './catalogue/index';
export type { CauseRule, EvidenceRule, Condition } from './types';
