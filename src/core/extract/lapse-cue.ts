/**
 * A description that says the credentials worked and then lapsed: they "expire", are "not refreshed", the
 * failure comes "after some time", or restarting the process fixes it. Such a process did get credentials
 * from its source, so the source is not what is missing (role-credentials-unavailable: the role's
 * credentials cannot be fetched at all); what fails is keeping them fresh: temporary credentials that ran
 * out, or a process holding credentials past their refresh.
 *
 * diagnose reads it from the person's lines as `said.lapse` (diagnose.ts lapseSaid), weighed by the rules with
 * LAPSE_WEIGHT below, and the conversation's belief takes that same reading for a description (conversation/belief.ts),
 * so a paste and a description read the cue alike. In a description the context hint for expiry (extract/context-hints.ts
 * `hint.expired`) is one hint among a runtime's and a role's, which ("EKS pod with Pod Identity", "IRSA") outweigh it: on
 * the conversations' tuning half batches 1-12 every such description whose first fix missed was shown the
 * role-credentials or missing-token fix first (scripts/corpus/first-fix-misses.ts). Read from the person's
 * sentences, in these threads:
 * - "Opensearch does not refresh AWS Web Identity Token" (opensearch-project/OpenSearch#16523);
 * - "After certain time it fails … Killing pod fixes the problem" (boto/botocore#3134);
 * - "after some time when STS token renews automatically, duckdb starts to throw 403" (duckdb/duckdb-aws#61);
 * - "fails for dynamically-refreshed credentials like those from IRSA" (ArroyoSystems/arroyo#819);
 * - "the session token will expire. It needs to be refreshed" (physera/onelogin-aws-cli#22);
 * - "Once the temporary credentials expire, renewing them fails" (ottramst/gossm#28).
 * Every tuning conversation whose opening matches is labelled temporary-credentials-expired or
 * stale-credentials-after-rotation (13 of 13, batches 2-12), and 10 of the 11 real-pastes tuning texts that
 * match (the eleventh is the error line "Credential refresh failed", not a person's sentence).
 */
import type { CauseId } from '../taxonomy';

// One regex per way of saying it: joined, the checker could not prove the pattern safe (regex-safety.test.ts).
const NOT_REFRESHED = /\b(?:does not|doesn['’]t|do not|don['’]t|never|not|fails? to|unable to|won['’]t|without) (?:automatically )?(?:refresh|renew)/i;
const AFTER_A_WHILE = /\bafter (?:some|a certain|certain|a) (?:time|while|period)\b/i;
// The verbs' forms spelled out: with a `\w*` ending the checker needed over 30 s under load to prove it safe.
const RESTART_FIXES =
  /\b(?:kill(?:ing|ed|s)?|restart(?:ing|ed|s)?|recreat(?:e|es|ed|ing)|redeploy(?:ing|ed|s)?|bounc(?:e|es|ed|ing)) (?:the |a )?(?:pod|container|process|app|application|service|server|worker|task)s? (?:fix|solve|resolve|help)/i;
// Working for a stretch of time and then failing: "works for a couple hours after restarting rke2-server then access
// denied again" (rancher/rke2#8119, b21 tuning paste: an S3 client cached with role credentials never refreshed; QA36 F6).
// A failure after "then", or the error shown after a colon ("working fine for some time and then eventually:", the same
// paste): "worked for a while then I got a new laptop" tells no lapse (R36b-4).
const WORKED_THEN_FAILED =
  /\b(?:works?|worked|working|runs?|ran) (?:fine |ok |well )?for (?:about |around )?(?:an? |one |\d{1,3} |a (?:couple|few) (?:of )?|several |some )?(?:hours?|hrs?|days?|time|while)\b[^.;!?]{0,60}?\bthen\b[^.;!?:]{0,40}?(?:\b(?:fail(?:s|ed|ing)?|denied|expire[sd]?|errors?|stop(?:s|ped)?|break(?:s|ing)?|broke|40[13]|again)\b|:)/i;
/** The ways that tell the failing process itself lapsed: it is not refreshed, fails after a while, a restart fixes it. */
const LAPSED = [NOT_REFRESHED, AFTER_A_WHILE, RESTART_FIXES, WORKED_THEN_FAILED];
const LAPSE: RegExp[] = [
  ...LAPSED,
  /\btoken refresh/i,
  /\bcredentials? refresh/i,
  /\brefresh(?:ing)? (?:the |its |of )?(?:credentials|token)\b/i,
  /\b(?:token|credentials|session)s? (?:will |would )?expires?\b/i,
  // "getting error of expired toekn" (velero-io/velero#8173), "the AWS session token has expired" (velero-io/velero#9949):
  // said of a token, in every tuning thread and paste that says it (9 and 16, batches 4-13) the labels are the lapse causes.
  /\bexpired (?:\w+ ){0,2}?to(?:ke|ek)ns?\b/i,
  /\bto(?:ke|ek)ns? (?:has |have |had |is |was |got )?expired\b/i,
  /\b(?:renews|rotates|refreshes) automatically\b/i,
  /\bdynamically[- ]refreshed\b/i,
];

/** An SDK's error line ("Credential refresh failed"), not a person saying the credentials lapse: taken out first. */
const REFRESH_FAILED = /\bcredentials? refresh\s+failed/gi;

/** Whether the person's sentences say the credentials worked and then lapsed. */
export function saysCredentialsLapse(sentences: readonly string[]): boolean {
  return sentences.some((s) => {
    const said = s.replace(REFRESH_FAILED, '');
    return LAPSE.some((re) => re.test(said));
  });
}

/**
 * The likelihood ratios the cue multiplies into a description's belief (the described prior and diagnose's share
 * of it together): the two lapse causes up, the unfetchable role down by the same ratio. Counted, the cue is far
 * rarer under the role (0 of 152 tuning threads and pastes) than under the lapse causes (23 of 109); the ratio was
 * chosen by leave-one-batch-out over the conversations' tuning batches 1-12 (docs/conversation.md, "A description
 * that says the credentials lapsed").
 */
export const LAPSE_RATIO = 16;
export const LAPSE_EFFECTS: Partial<Record<CauseId, number>> = {
  'temporary-credentials-expired': LAPSE_RATIO,
  'stale-credentials-after-rotation': LAPSE_RATIO,
  'role-credentials-unavailable': 1 / LAPSE_RATIO,
};

/**
 * The weight of diagnose's `said.lapse` (diagnose.ts lapseSaid) for an expired session and against the unfetchable role
 * (rules/causes/temporary-credentials-expired.ts, role-credentials-unavailable.ts). The 23 tuning pastes of batches 1-12
 * that say it are all labelled temporary-credentials-expired (9 of them stale-credentials-after-rotation as well), so only
 * the expired session is lifted. Leave-one-batch-out over tuning batches 1-12 (scripts/corpus/rank-cv.ts --table) for
 * 0 / 0.25 / 0.5 / 1 / 1.5 / 2.5: the whole ranking is the same at every weight (these pastes' other hints already rank
 * them right); with the hand-written context rules taken out, every weight above 0 lifts top-1 327 -> 330 of 411 and
 * top-3 711 -> 712 of 844 (batches 6 and 11) and drops no batch: the cue still ranks the session first where the other
 * hint readers miss a phrasing. The conversations' tuning batches (conversation-batches.ts) keep every first fix at every
 * weight; above 0 one batch-11 thread asks one more question before the right fix. The smallest weight on the plateau.
 */
export const LAPSE_WEIGHT = 0.5;

/** For the ReDoS safety test (src/core/patterns.ts): it runs on every sentence of a description. */
export const LAPSE_CUE_PATTERNS: RegExp[] = [...LAPSE, REFRESH_FAILED];

/**
 * A typed reply's words for the lapse (knowledge/statements.ts `credentials-lapse`, weighed ×16): only the ways that tell it
 * happened to the failing process (LAPSED). The others name the mechanism ("token refresh", "the session token will
 * expire", "expired token", "renews automatically"): in a description they come with the story of the failure, but a
 * reply that mentions a token expiring ("the sso token expires in 8h, its been 10 min") tells no lapse (review 36b R36b-10);
 * an expired token that was the error is the error code's evidence already.
 */
export const LAPSE_SAY: string[] = LAPSED.map((re) => re.source);
