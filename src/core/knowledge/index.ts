/** The playbook of every cause, by id, plus the shared probes, signals and lookup effects. */
import type { CauseId } from '../taxonomy';
import type { CauseKnowledge } from './types';
import { envVarOverride } from './causes/env-var-override';
import { wrongProfile } from './causes/wrong-profile';
import { staleCredentialsAfterRotation } from './causes/stale-credentials-after-rotation';
import { keyDeletedOrInactive } from './causes/key-deleted-or-inactive';
import { wrongAccountOrPartition } from './causes/wrong-account-or-partition';
import { temporaryCredentialsExpired } from './causes/temporary-credentials-expired';
import { missingSessionToken } from './causes/missing-session-token';
import { malformedCredentials } from './causes/malformed-credentials';
import { regionEndpoint } from './causes/region-endpoint';
import { clockSkew } from './causes/clock-skew';
import { secretKeyMismatch } from './causes/secret-key-mismatch';
import { noCredentialsFound } from './causes/no-credentials-found';
import { roleCredentialsUnavailable } from './causes/role-credentials-unavailable';
import { authorizationNotAuthentication } from './causes/authorization-not-authentication';
import { notAwsCredentialError } from './causes/not-aws-credential-error';

export const KNOWLEDGE: Record<CauseId, CauseKnowledge> = {
  'env-var-override': envVarOverride,
  'wrong-profile': wrongProfile,
  'stale-credentials-after-rotation': staleCredentialsAfterRotation,
  'key-deleted-or-inactive': keyDeletedOrInactive,
  'wrong-account-or-partition': wrongAccountOrPartition,
  'temporary-credentials-expired': temporaryCredentialsExpired,
  'missing-session-token': missingSessionToken,
  'malformed-credentials': malformedCredentials,
  'region-endpoint': regionEndpoint,
  'clock-skew': clockSkew,
  'secret-key-mismatch': secretKeyMismatch,
  'no-credentials-found': noCredentialsFound,
  'role-credentials-unavailable': roleCredentialsUnavailable,
  'authorization-not-authentication': authorizationNotAuthentication,
  'not-aws-credential-error': notAwsCredentialError,
};

export { PROBES, probeById, AUTHORIZATION_ERRORS, ANSWER_TOPICS, GENERIC_ANSWER_WORDS } from './probes';
export { FACT_SIGNALS, signalById } from './fact-signals';
export { LOOKUP_EFFECTS } from './lookup-effects';
export { STATEMENTS } from './statements';
export { PLAYBOOKS, AUTH_PROVIDERS, AUTH_PROVIDER_LINE, DENY_KINDS } from './playbooks';
export { SECRET_WARNINGS, TEMPORARY_SECRET_WARNING } from './secret-warnings';
export type * from './types';
