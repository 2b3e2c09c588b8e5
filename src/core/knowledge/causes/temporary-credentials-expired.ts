import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, sourced, step, variant } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, 'Do not replace the session with a long-term access key to "stop it expiring": fix the refresh instead.'];
const MEANING =
  'The credentials are temporary (an `ASIA…` key with a session token from STS, SSO or an assumed role) and their session has ended. They stop working at their expiry time; very old sessions can even show up as "invalid" rather than "expired".';

export const temporaryCredentialsExpired: CauseKnowledge = {
  id: 'temporary-credentials-expired',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['sign-in', 'key-prefix', 'configure-list'],
  remediation: {
    title: 'Get a fresh session, and make the tool refresh it instead of caching it',
    variants: [
      variant(
        'linux-macos',
        step('SSO profile:', 'aws sso login --profile <profile>'),
        step('Exported temporary keys: drop them and assume the role again (or use a profile with `role_arn`, which refreshes itself):', 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\naws sts assume-role --role-arn <role arn> --role-session-name <name>'),
      ),
      variant('windows-powershell', step('Refresh the session:', undefined, 'aws sso login --profile <profile>\nRemove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_SESSION_TOKEN -ErrorAction SilentlyContinue')),
      variant('ci', step('Assume the role in the same job that uses it (OIDC `role-to-assume`), and raise `role-duration-seconds` (up to the role\'s maximum session duration) for long jobs instead of passing keys between jobs.')),
      variant('container-ecs', step('Use the task role, whose credentials the SDK refreshes; do not inject temporary keys as environment variables at deploy time.')),
      variant(
        'kubernetes-irsa',
        step('kubectl says Unauthorized: its token comes from `aws eks get-token` with the profile named in your kubeconfig. Refresh that profile\'s session and regenerate the kubeconfig entry:', 'kubectl config view --minify | grep -A8 "exec:"\naws sso login --profile <profile>\naws eks update-kubeconfig --name <cluster> --region <region> --profile <profile>'),
        step('Pods: use IRSA; the SDK re-reads the projected token and refreshes. Old SDKs may not support web identity; upgrade them.', 'kubectl describe pod <pod> | grep -A2 AWS_WEB_IDENTITY_TOKEN_FILE'),
      ),
      variant(
        'lambda',
        sourced(LINKS.lambdaRole, 'Lambda refreshes the execution role\'s own credentials. An expired token in a function is one the code got itself: an `AssumeRole` (or a client built with its keys) made once at start and kept in a global across invocations, or a token copied into the function\'s variables. Assume the role (or build the client) inside the handler, or refresh it before it expires; or use the execution role directly:', 'aws lambda get-function-configuration --function-name <function> --query "[Role, keys(Environment.Variables)]"'),
      ),
      variant('sso', step('Sign in again; if the refresh keeps failing, check the `sso_session` block and the session duration set in IAM Identity Center:', 'aws sso login --sso-session <session name>\naws sts get-caller-identity --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.tempCreds, LINKS.sso, LINKS.commonErrors],
};
