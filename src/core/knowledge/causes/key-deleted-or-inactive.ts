import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_WIDEN_POLICY, LAMBDA_KEY_WHERE, LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, 'Do not re-activate a key that security deactivated on purpose (for example after a leak): ask first, and check CloudTrail for who did it.'];
const MEANING =
  'AWS does not know this access key id any more: the key was deleted or deactivated in IAM, or its IAM user was deleted. A deactivated key gives the same error as a deleted one; only IAM or CloudTrail tells them apart.';

export const keyDeletedOrInactive: CauseKnowledge = {
  id: 'key-deleted-or-inactive',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: AUTHN,
    afterDenial: { kind: 'key' },
  },
  probes: ['rotation', 'works-elsewhere', 'key-prefix'],
  remediation: {
    title: 'Find out what happened to the key, then issue (or re-activate) one and deliver it',
    variants: [
      // IAM and CloudTrail, asked with the AWS CLI from any machine with read access to the owning account: what happened
      // to the key decides the fix on every platform, so it is shown whatever the runtime (qa36 F3).
      variant(
        'any',
        step('Check the key status and last use (needs IAM read access in the owning account):', 'aws iam list-access-keys --user-name <user>\naws iam get-access-key-last-used --access-key-id <key id>'),
        step('See who deactivated or deleted it:', 'aws cloudtrail lookup-events --region us-east-1 --lookup-attributes AttributeKey=EventName,AttributeValue=DeleteAccessKey'),
      ),
      variant(
        'linux-macos',
        step('If it was deactivated by mistake, re-activate it; otherwise create a new key and configure it:', 'aws iam update-access-key --user-name <user> --access-key-id <key id> --status Active\n# or\naws iam create-access-key --user-name <user>\naws configure'),
      ),
      variant('windows-powershell', step('Re-activate it, or create a new key and configure it, from PowerShell:', undefined, 'aws iam update-access-key --user-name <user> --access-key-id <key id> --status Active\n# or\naws iam create-access-key --user-name <user>\naws configure')),
      variant('ci', step('Create a new key (or move to OIDC) and update both CI secrets; then re-run the job.')),
      variant('container-ecs', step('Do not give tasks static keys: attach a task role. If you must, update the secret and force a new deployment.', 'aws ecs update-service --cluster <cluster> --service <service> --force-new-deployment')),
      variant('kubernetes-irsa', step('Replace the static key with an IRSA role, or update the Kubernetes secret and restart the pods:', 'kubectl rollout restart deployment/<name>')),
      variant('lambda', LAMBDA_KEY_WHERE, step('Create a new key for its user (or reactivate the old one if it was not disabled on purpose):', 'aws iam list-access-keys --user-name <user>\naws iam create-access-key --user-name <user>'), LAMBDA_KEY_WRITE, LAMBDA_USE_ROLE),
      variant('sso', step('Human users should sign in with SSO instead of holding keys; delete the dead key from `~/.aws/credentials` and run:', 'aws sso login --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.accessKeys, LINKS.lastUsed, LINKS.commonErrors],
};
