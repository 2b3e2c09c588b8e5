import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_LOCAL_TEST, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LAMBDA_KEY_WHERE, LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant } from '../shared';

const AVOID = [AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, 'Do not delete the old key until every consumer shows the new one in `aws sts get-caller-identity`; deactivate it first so you can roll back.', AVOID_LOCAL_TEST];
const MEANING =
  'The key was rotated, but this consumer still holds the old one: a CI secret, a Kubernetes secret, a mounted file, a credentials file, or a long-running process that cached it. Sometimes only one half (key id or secret) was updated.';

export const staleCredentialsAfterRotation: CauseKnowledge = {
  id: 'stale-credentials-after-rotation',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['rotation', 'runtime', 'configure-list', 'works-elsewhere'],
  remediation: {
    title: 'Deliver the new key to this consumer, both halves together, and restart it',
    variants: [
      variant(
        'linux-macos',
        step('Compare the last four characters the runtime sends with the active key in IAM:', 'aws configure list\naws iam list-access-keys --user-name <user>'),
        step('Write both halves of the new key together:', 'aws configure set aws_access_key_id <new key id> --profile <profile>\naws configure set aws_secret_access_key <new secret> --profile <profile>'),
      ),
      variant('windows-powershell', step('Compare and update both halves:', undefined, 'aws configure list\naws configure set aws_access_key_id <new key id> --profile <profile>\naws configure set aws_secret_access_key <new secret> --profile <profile>')),
      variant(
        'ci',
        step('Update *both* secrets (key id and secret) in every place the job reads them: repository, environment and organisation secrets. Re-run the job; runs already queued keep the old values.'),
        step('Better: replace the static key with OIDC (`role-to-assume`) so there is nothing to rotate.'),
      ),
      variant('container-ecs', step('Update the secret in Secrets Manager / SSM, then force a new deployment: running tasks read secrets only at start.', 'aws ecs update-service --cluster <cluster> --service <service> --force-new-deployment')),
      variant('kubernetes-irsa', step('Update the Kubernetes secret and restart the pods; env vars from secrets are read only at pod start:', 'kubectl create secret generic <name> --from-literal=AWS_ACCESS_KEY_ID=<new key id> --from-literal=AWS_SECRET_ACCESS_KEY=<new secret> --dry-run=client -o yaml | kubectl apply -f -\nkubectl rollout restart deployment/<name>'), step('Better: move the workload to IRSA so it has no static key.')),
      variant('lambda', LAMBDA_KEY_WHERE, LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE),
      variant('sso', step('SSO users should not hold static keys at all. Remove the old key from `~/.aws/credentials` and sign in instead:', 'aws sso login --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.accessKeys, LINKS.lastUsed, LINKS.ecsTaskRole],
};
