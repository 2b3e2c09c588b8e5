/**
 * A tool or SDK version said to lack a role's credential provider: "argoexe to support IAM Roles for Service
 * Accounts, the minimum version of minio-go needs to be v6.0.45" (argoproj/argo-workflows#2748), "Support for
 * container credentials to allow use in Fargate" (durch/rust-s3#73), "Support IAM roles for service accounts"
 * (soto-project/soto-core#300), "Fix EKS Pod Identity unable to get metadata by updating aws-sdk-go-v2"
 * (falcosecurity/falcosidekick#1291), "supports AWS EKS Pod Identity" (opensearch-project/OpenSearch#17305).
 * The role is there, but the code's own chain never asks it, so its credentials never arrive: the taxonomy's
 * role-credentials-unavailable, whatever the service answered to the identity the chain fell back to.
 * In the tuning halves of batches 1-12 the phrase stands in 7 threads (batches 5, 6, 12), all resolved as a role not
 * delivered. SSO is left out on purpose: an SDK that predates SSO was resolved both as no credentials found
 * (aws/aws-msk-iam-auth#20) and as a role not delivered (pulumi/pulumi#5072), so it says nothing between the two.
 * `provider.unsupported`, not a hint: a statement about the tool, weighed by its own rule
 * (rules/causes/role-credentials-unavailable.ts role-unavailable.provider-unsupported), not a learned context ratio.
 */
import { liveFilter } from './anchors';
import { addSignal } from './draft';
import type { ExtractContext, Extractor } from './types';

/**
 * The ways an AWS role reaches a workload without keys, one list for both readers of a role source asked for or lacked
 * (this file and role-source-wanted.ts): the IAM user guide's and EKS/ECS/EC2 guides' names (IAM roles for service
 * accounts, EKS Pod Identity, ECS task roles and the container credentials endpoint, web identity federation, instance
 * profiles and the instance metadata service) and the SDKs' provider names for them (Java v2
 * StsAssumeRoleWithWebIdentityCredentialsProvider, WebIdentityTokenFileCredentialsProvider). No `\w*` to read a class
 * name to its end: with it the checker could not prove the pattern safe (regex-safety.test.ts). Every alternative holds
 * a literal run any match of it contains (the prefilter below reads them off): `iam role (?:temporary credentials|credentials)`
 * keeps `iam role ` as its run, where `iam role (?:temporary )?credentials` had `credentials`, a word of most pastes.
 */
const ROLE_SOURCE_FORMS = String.raw`IAM roles? for (?:kubernetes |k8s |eks )?service ?accounts?|IRSA|(?:EKS )?pod[ _-]?identit(?:y|ies)|(?:Sts)?AssumeRoleWithWebIdentity|web[ _-]?identity(?: (?:token|credentials?|provider))?|container credentials?(?: provider)?|AWS_CONTAINER_CREDENTIALS_|(?:ECS |fargate )?task (?:IAM )?roles?|iam role (?:temporary credentials|credentials)|instance (?:profiles?|roles?|metadata)|IMDS(?:v2)?|EC2 (?:instance )?roles?`;
const ROLE_SOURCES = `(?:${ROLE_SOURCE_FORMS})`;
/**
 * A role source named in a text (role-source-wanted.ts reads it in a request's own sentence), open at its end so an SDK's
 * class name (StsAssumeRoleWithWebIdentityCredentialsProvider, AWS_CONTAINER_CREDENTIALS_FULL_URI) is read by its head,
 * and `WebIdentity` anywhere in a name: aws-sdk-go's stscreds.NewWebIdentityRoleProvider
 * (aws/credentials/stscreds/web_identity_provider.go) holds it mid-word, where no word boundary stands.
 */
export const ROLE_SOURCE = new RegExp(String.raw`\b${ROLE_SOURCES}|WebIdentity`, 'i');
/** Support, or its absence, or the version that brings it. */
const SUPPORT = String.raw`(?:support(?:s|ed|ing)?|unsupported|minimum (?:[a-z]{1,12} )?version|(?:upgrad|updat)(?:e|es|ed|ing) (?:the )?(?:aws[- ])?(?:sdk|client|module|library)|predates?)`;
/** How far apart, in characters, the two may stand. */
const NEAR = 60;
/**
 * What ends the window around the provider: a sentence end, a line end, or an opening parenthesis — a provider named
 * inside a list is an example of what the sentence is about ("support AWS temporary credentials (SSO, AssumeRole,
 * container credentials)": mastra-ai/mastra#13707, a session token not passed on), not what the tool lacks.
 */
const WINDOW_END = /[.\n(]/;
const PROVIDER_RE = new RegExp(String.raw`\b${ROLE_SOURCES}\b`, 'gi');
/**
 * Support said to be there already ("Support for IRSA was added in v2.3", "… since 2.10") or a feature list's line
 * ("- Supports IAM roles for service accounts"): what the tool has, not what it lacks.
 */
export const SUPPORT_THERE = /\b(?:was|were|been|is now) added\b|\badded in\b|\bsince\b|^\s*[-*•]\s*supports?\b/i;
const SUPPORT_RE = new RegExp(String.raw`\b${SUPPORT}\b`, 'i');

/**
 * Whether a text can name a provider, for a cheap look before the scan: each alternative's longest literal run (anchors.ts
 * anchorsOf), found by the shared literal scan. Read off ROLE_SOURCE_FORMS itself, so no alternative can be left out (an
 * absent one silently turned its provider off: test/unit/core/extract/s27-mend-readings.test.ts); each absent word was a
 * full pass over a long paste (2 % of a 1 MB env dump).
 */
const mayNameProvider = liveFilter([new RegExp(ROLE_SOURCE_FORMS, 'i')]);
/**
 * Whether support talk can stand anywhere in the text: a provider counts only with it beside it, and a log's every
 * `GetCallerIdentity` is a provider's word ('identit'), so without this look PROVIDER_RE read all of a long log.
 */
const maySaySupport = liveFilter([SUPPORT_RE]);

/** The first provider with support talk beside it (the two regexes apart: one joined pattern was too slow to prove safe). */
function providerUnsupported(text: string): { index: number; phrase: string } | undefined {
  PROVIDER_RE.lastIndex = 0;
  for (let m = PROVIDER_RE.exec(text); m; m = PROVIDER_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - NEAR), m.index);
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('('));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + NEAR);
    const stop = after.search(WINDOW_END);
    const said = [before.slice(cut + 1), stop < 0 ? after : after.slice(0, stop)];
    if (said.some((w) => SUPPORT_RE.test(w)) && !SUPPORT_THERE.test(said.join(m[0]))) return { index: m.index, phrase: m[0] };
  }
  return undefined;
}

export const extractProviderSupport: Extractor = (ctx: ExtractContext, draft) => {
  if (!mayNameProvider(ctx.lower)[0] || !maySaySupport(ctx.lower)[0]) return;
  const found = providerUnsupported(ctx.text);
  if (found) addSignal(draft, 'provider.unsupported', ctx.loc(ctx.lineOf(found.index)), found.phrase);
};

export const PROVIDER_SUPPORT_PATTERNS: RegExp[] = [PROVIDER_RE, ROLE_SOURCE, SUPPORT_RE, SUPPORT_THERE];
