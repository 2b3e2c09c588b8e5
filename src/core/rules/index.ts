/** Every cause rule, one object per cause id (not-aws-credential-error is decided by detection). */
import type { CauseRule } from './types';
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

export const CAUSE_RULES: CauseRule[] = [
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

export { FAMILIES, AUTHN_FAMILIES, PROVIDER_SIGNALS } from './families';
export type { CauseRule, EvidenceRule, Condition } from './types';
