/** Run every extractor over the redacted lines, in a fixed order. */
import { CATALOGUE_PATTERNS, extractCatalogue } from './catalogue';
import { CLOCK_PATTERNS, extractClock } from './clock';
import { CONTEXT_HINT_PATTERNS, extractContextHints } from './context-hints';
import { CREDENTIAL_SOURCE_PATTERNS, extractCredentialSource } from './credential-source';
import { newDraft } from './draft';
import { ERROR_CODE_PATTERNS, extractErrorCodes } from './error-codes';
import { EVIDENCE_LINE_PATTERNS, extractEvidenceLines } from './evidence-lines';
import { extractIdentity, IDENTITY_PATTERNS } from './identity';
import { extractKeyIds, KEY_ID_PATTERNS } from './key-ids';
import { extractMessages, MESSAGE_REGEXES } from './messages';
import { extractNameCorrected, NAME_CORRECTED_PATTERNS } from './name-corrected';
import { extractProseReport, PROSE_REPORT_PATTERNS } from './prose-report';
import { extractProviderSupport, PROVIDER_SUPPORT_PATTERNS } from './provider-support';
import { extractInstanceSession, INSTANCE_SESSION_PATTERNS } from './instance-session';
import { extractImdsHopLimit, IMDS_HOP_LIMIT_PATTERNS } from './imds-hop-limit';
import { extractProfileEnvFix, PROFILE_ENV_FIX_PATTERNS } from './profile-env-fix';
import { extractRegionEndpoint, REGION_ENDPOINT_PATTERNS } from './region-endpoint';
import { extractRegionToSet } from './region-to-set';
import { POD_IDENTITY_PATTERNS, extractPodIdentity } from './pod-identity';
import { extractRoleSourceWanted, ROLE_SOURCE_WANTED_PATTERNS } from './role-source-wanted';
import { extractStackFrames, STACK_FRAME_PATTERNS } from './stack-frames';
import { extractStsModuleMissing, STS_MODULE_PATTERNS } from './sts-module-missing';
import { PROVIDER_MODULE_PATTERNS } from '../rules/catalogue/provider-modules';
import { extractSessionTokenIam, SESSION_TOKEN_IAM_PATTERNS } from './session-token-iam';
import { extractShownAnswers, SHOWN_ANSWER_PATTERNS } from './shown-answers';
import { extractTool, TOOL_REGEXES } from './tool';
import type { Draft, ExtractContext, Extractor } from './types';
import { extractUnsignedRequest, UNSIGNED_REQUEST_PATTERNS } from './unsigned-request';
import { extractVarRenamed, VAR_RENAMED_PATTERNS } from './var-renamed';
import { extractArgumentAsVariable } from './sdk-env-names';
import { extractSsoLoginDone, SSO_LOGIN_DONE_PATTERNS } from './sso-login-done';
import { EMPTY_CREDENTIAL_VARS_PATTERNS, extractEmptyCredentialVars } from './empty-credential-vars';

/** Order matters a little: key ids before identity (which compares them with IAM listings). */
const EXTRACTORS: Extractor[] = [
  extractErrorCodes,
  extractMessages,
  // Before extractTool: at equal rank the first tool set wins, and catalogue strings name the tool exactly.
  extractCatalogue,
  extractKeyIds,
  extractCredentialSource,
  extractRegionEndpoint,
  extractClock,
  extractTool,
  extractIdentity,
  extractContextHints,
  extractProviderSupport,
  extractInstanceSession,
  extractImdsHopLimit,
  extractPodIdentity,
  extractProfileEnvFix,
  extractUnsignedRequest,
  extractShownAnswers,
  extractSessionTokenIam,
  // After the codes: a report in words counts only when no other AWS error is shown.
  extractProseReport,
  extractVarRenamed,
  extractArgumentAsVariable,
  extractNameCorrected,
  // A role-delivered credential source asked for ("Support IAM roles for service accounts"): a report in words too.
  extractRoleSourceWanted,
  // The Java SDKs' STS module needed on the class path: the web identity provider is missing (a report in words too).
  extractStsModuleMissing,
  // It reads signals the others set (AWS endpoints, LocalStack endpoints).
  extractEvidenceLines,
  // Last: a fallback for traces whose only credential sign is a frame of an SDK's credential provider or signer.
  extractStackFrames,
  // Reads the codes and signals of the readers above.
  extractRegionToSet,
  // After every reader of an SSO failure (codes, messages, catalogue, frames): the login must come before one.
  extractSsoLoginDone,
  extractEmptyCredentialVars,
];

export function extractAll(ctx: ExtractContext): Draft {
  const draft = newDraft();
  for (const run of EXTRACTORS) run(ctx, draft);
  return draft;
}

export const EXTRACT_PATTERNS: RegExp[] = [
  ...ERROR_CODE_PATTERNS,
  ...SSO_LOGIN_DONE_PATTERNS,
  ...EMPTY_CREDENTIAL_VARS_PATTERNS,
  ...SESSION_TOKEN_IAM_PATTERNS,
  ...MESSAGE_REGEXES,
  ...CATALOGUE_PATTERNS,
  ...KEY_ID_PATTERNS,
  ...CREDENTIAL_SOURCE_PATTERNS,
  ...REGION_ENDPOINT_PATTERNS,
  ...CLOCK_PATTERNS,
  ...TOOL_REGEXES,
  ...IDENTITY_PATTERNS,
  ...CONTEXT_HINT_PATTERNS,
  ...PROVIDER_SUPPORT_PATTERNS,
  ...INSTANCE_SESSION_PATTERNS,
  ...IMDS_HOP_LIMIT_PATTERNS,
  ...POD_IDENTITY_PATTERNS,
  ...PROFILE_ENV_FIX_PATTERNS,
  ...UNSIGNED_REQUEST_PATTERNS,
  ...SHOWN_ANSWER_PATTERNS,
  ...PROSE_REPORT_PATTERNS,
  ...VAR_RENAMED_PATTERNS,
  ...NAME_CORRECTED_PATTERNS,
  ...ROLE_SOURCE_WANTED_PATTERNS,
  ...STS_MODULE_PATTERNS,
  ...EVIDENCE_LINE_PATTERNS,
  ...STACK_FRAME_PATTERNS,
  ...PROVIDER_MODULE_PATTERNS,
];

export type { Draft, ExtractContext, Signal } from './types';
export { isAuthCode, AUTH_CODES } from './error-codes';
