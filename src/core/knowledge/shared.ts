/** Building blocks shared by the playbooks: step builders, the verification probe, common links. */
import type { CodeSnippet, RemediationStep, RemediationVariant } from '../conversation/types';
import type { CauseKnowledge, FactTest } from './types';

export function step(text: string, bash?: string, powershell?: string): RemediationStep {
  const code: CodeSnippet[] = [];
  if (bash) code.push({ shell: 'bash', code: bash });
  if (powershell) code.push({ shell: 'powershell', code: powershell });
  return code.length > 0 ? { text, code } : { text };
}

/** A step that rests on one documentation page (the Lambda steps: each cites its page). */
export function sourced(source: string, text: string, bash?: string): RemediationStep {
  return { ...step(text, bash), source };
}

export function variant(platform: RemediationVariant['platform'], ...steps: RemediationStep[]): RemediationVariant {
  return { platform, steps };
}

export const AUTHN =
  'This is an *authentication* failure: AWS did not accept *who* is calling, so no permission policy was evaluated. Changing IAM policies cannot fix it.';

/** The one check that proves which identity the failing runtime really uses. */
export const VERIFY_COMMANDS: CodeSnippet[] = [
  { shell: 'bash', code: 'aws sts get-caller-identity' },
  { shell: 'powershell', code: 'aws sts get-caller-identity' },
];

export const VERIFY_TEXT =
  'Run `aws sts get-caller-identity` *in the runtime that failed* (the same shell, CI job, container or pod), not on your laptop. It must print the account and ARN you expect; then retry the original call.';

/** The same check when the failing runtime *is* the person's own shell: no "not on your laptop". */
export const VERIFY_TEXT_LOCAL =
  'Run `aws sts get-caller-identity` in the same shell that failed (a new terminal may load other variables). It must print the account and ARN you expect; then retry the original call.';

/** The check when where it fails is not known yet: no claim about the laptop either way. */
export const VERIFY_TEXT_UNKNOWN =
  'Run `aws sts get-caller-identity` *in the runtime that failed*: the same shell, CI job, container or pod as the failing call. It must print the account and ARN you expect; then retry the original call.';

export const AVOID_WIDEN_POLICY = 'Do not widen IAM policies: AWS never accepted the identity, so permissions are not the problem yet.';
export const AVOID_ROTATE_BLIND = 'Do not rotate the key again before you know which credential source the failing runtime loads: a new key does not help if the runtime never reads it.';
export const AVOID_LOCAL_TEST = 'Do not test the fix only from your own laptop: prove it in the runtime that failed.';
/** The same when the runtime is not known: it may be the laptop. */
export const AVOID_LOCAL_TEST_UNKNOWN = 'If the failing call does not run on your own machine, do not test the fix only from there: prove it in the runtime that failed.';

/**
 * After a denial (facts.ts derives `callerDenied`: an authorization error and no authentication
 * error), AWS authenticated the caller: the key was known and valid. The causes' default words
 * ("a key unknown to the account", "AWS never accepted the identity") are then wrong, so each
 * cause that can be shown after a denial says what it means there.
 */
export const AFTER_DENIAL: FactTest[] = [{ fact: 'callerDenied' }];

/** A source cause after a denial: a valid identity, only not the intended one. */
const AUTHZ_WRONG_IDENTITY =
  'AWS *authenticated* the caller and then denied the action (*authorization*): the key is valid, but it belongs to another identity than the one that has the permission. Fix which identity the runtime uses before changing any policy.';

/** A key problem after a denial: the denied call itself was authenticated. */
const AUTHZ_KEY_AFTER_DENIAL =
  'The denied call itself was *authenticated*: AWS knew its key and evaluated policies. A key problem explains only a call AWS rejected (authentication), not this denial.';

export const AVOID_GRANT_WRONG_IDENTITY =
  'Do not grant the permission to the identity that was denied before you know it is the one meant to make the call: fix where the wrong identity comes from.';

/** The wrong fixes to avoid after a denial: "AWS never accepted the identity" is not true there. */
function avoidAfterDenial(avoid: string[]): string[] {
  return avoid.map((a) => (a === AVOID_WIDEN_POLICY ? AVOID_GRANT_WRONG_IDENTITY : a));
}

/** A cause's words for one case: what it means, authentication or authorization, the wrong fixes to avoid. */
export interface Explanation {
  meaning: string;
  authnVsAuthz: string;
  avoid: string[];
}

/**
 * A cause's words after a denial, from its `afterDenial` tag: a source cause (wrong profile, env keys,
 * another account) in its own words for a valid but wrong identity; a key problem said under the fact
 * that the denied call's key was accepted. Undefined for a cause with no tag.
 */
export function afterDenialExplanation(k: CauseKnowledge): Explanation | undefined {
  const tag = k.explanation.afterDenial;
  if (tag === undefined) return undefined;
  const avoid = avoidAfterDenial(k.avoid);
  if (tag.kind === 'source') return { meaning: tag.meaning, authnVsAuthz: AUTHZ_WRONG_IDENTITY, avoid };
  return {
    meaning: `AWS accepted the credentials of the denied call, so this fits only if another call from the same runtime was *rejected* (\`InvalidClientTokenId\`, \`ExpiredToken\`, \`SignatureDoesNotMatch\`): paste that error if there is one. ${k.explanation.meaning}`,
    authnVsAuthz: AUTHZ_KEY_AFTER_DENIAL,
    avoid,
  };
}

export const LINKS = {
  precedence: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-configure.html#configure-precedence',
  envVars: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html',
  files: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html',
  sdkChain: 'https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html',
  accessKeys: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  lastUsed: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html',
  callerIdentity: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
  tempCreds: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html',
  sso: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html',
  optInRegions: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html',
  stsRegions: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_region-endpoints.html',
  sigv4: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
  accessDenied: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
  commonErrors: 'https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html',
  irsa: 'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html',
  irsaSdk: 'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts-minimum-sdk.html',
  podIdentitySdk: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-minimum-sdk.html',
  ecsTaskRole: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  ec2Role: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  oidc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html',
  partitions: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html',
  clock: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/set-time.html',
  // Lambda: the execution role, and the variables the runtime reserves (credentials, AWS_REGION; its clock is NTP-synchronised).
  lambdaRole: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  lambdaEnv: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime',
  /** AWS CLI reference: `--environment` sets the function's variables as a whole (those not given are removed). */
  lambdaUpdateConfig: 'https://docs.aws.amazon.com/cli/latest/reference/lambda/update-function-configuration.html',
  revokeSessions: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
} as const;

/**
 * A static key held by a Lambda function, for the key causes (deleted, rotated, mismatched, malformed): where it is, how
 * to write a new one, and the role that makes it unneeded. The shell's `aws configure set --profile` changes a laptop's
 * file and the function keeps failing (qa36 F18).
 */
export const LAMBDA_KEY_WHERE = sourced(
  LINKS.lambdaEnv,
  'Lambda reserves `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` and fills them from the execution role, so a static key the function sends is one of its own variables under other names (passed to the client in code), a secret it reads (Secrets Manager, Parameter Store) or a key in its package. List the variable names it has:',
  'aws lambda get-function-configuration --function-name <function> --query "keys(Environment.Variables)"',
);
export const LAMBDA_KEY_WRITE = sourced(
  LINKS.lambdaUpdateConfig,
  'Write both halves of the key there together. `--environment` replaces all of the function\'s variables, so give every one of them (read them first with `--query Environment.Variables`); a key kept in a secret is updated in the secret:',
  'aws lambda update-function-configuration --function-name <function> --environment "Variables={<KEY_ID_VARIABLE>=<new key id>,<SECRET_VARIABLE>=<new secret>,<OTHER_VARIABLE>=<its value>}"',
);
export const LAMBDA_USE_ROLE = sourced(LINKS.lambdaRole, 'Better: remove the static key and create the SDK client without explicit credentials, so the function uses its execution role and there is nothing to rotate; give the role the permissions the key had.');
