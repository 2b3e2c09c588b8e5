import type { CauseKnowledge } from '../types';
import { AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, sourced, step, variant } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, 'Do not hard-code keys into the code or image to make it work: use a role or a profile.'];
const MEANING =
  'The SDK or CLI looked through its whole credential chain (environment, profile files, SSO, container and instance roles) and found nothing, so no request reached AWS at all.';

export const noCredentialsFound: CauseKnowledge = {
  id: 'no-credentials-found',
  explanation: {
    meaning: MEANING,
    authnVsAuthz: 'This happens before *authentication*: there is nothing to authenticate with. Permissions play no part.',
    afterDenial: { kind: 'key' },
  },
  probes: ['runtime', 'configure-list'],
  remediation: {
    title: 'Give the runtime one credential source',
    variants: [
      variant('linux-macos', step('Configure a profile (SSO for people, a role for machines), or check that HOME and `AWS_SHARED_CREDENTIALS_FILE` point where you think:', 'aws configure sso\n# or\naws configure\necho "$HOME" "$AWS_SHARED_CREDENTIALS_FILE" "$AWS_CONFIG_FILE"')),
      variant('windows-powershell', step('Configure credentials and check the profile path:', undefined, 'aws configure\nTest-Path $env:USERPROFILE\\.aws\\credentials')),
      variant('ci', step('Add a credentials step before the AWS calls (OIDC with `aws-actions/configure-aws-credentials`, `permissions: id-token: write`), and check it runs in the same job.')),
      variant('container-ecs', step('On ECS, attach a task role (`taskRoleArn`) to the task definition; check the SDK sees `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`.', 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition.taskRoleArn')),
      variant('kubernetes-irsa', step('Annotate the service account with a role and restart the pods:', 'kubectl annotate serviceaccount <sa> eks.amazonaws.com/role-arn=arn:aws:iam::<account>:role/<role>\nkubectl rollout restart deployment/<name>')),
      variant(
        'lambda',
        sourced(LINKS.lambdaEnv, 'A function always has its execution role\'s credentials in the reserved variables; "no credentials" there means the code or configuration hid them: a client given empty keys, or an `AWS_PROFILE` / credentials file setting among its variables that sends the SDK looking for a profile. Remove those and build the client without explicit credentials:', 'aws lambda get-function-configuration --function-name <function> --query "[Role, keys(Environment.Variables)]"'),
      ),
      variant('sso', step('Sign in and name the profile (a tool run as another user or with `sudo` does not see your `~/.aws`):', 'aws sso login --profile <profile>\nexport AWS_PROFILE=<profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.sdkChain, LINKS.precedence, LINKS.ecsTaskRole],
};
