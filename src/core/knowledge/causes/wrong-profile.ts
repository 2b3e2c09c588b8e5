import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant, sourced } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, AVOID_ROTATE_BLIND, 'Do not copy keys between profiles to make the error go away: fix which profile is selected.'];

export const wrongProfile: CauseKnowledge = {
  id: 'wrong-profile',
  explanation: {
    meaning:
      // Said also when no key was found at all ("Unable to locate credentials" and a named profile that works, QA35 N3):
      // the profile the runtime picks may hold no credentials, as well as a key the target account does not know.
      "The runtime picks another profile than you intended: `AWS_PROFILE` or `AWS_DEFAULT_PROFILE` inherited from the host, a `--profile` flag, a tool's `profile` setting, or none (then the `default` profile). That profile holds no credentials, or a key unknown to the account you target.",
    authnVsAuthz: AUTHN,
    afterDenial: {
      kind: 'source',
      meaning:
        "The runtime picks another profile than you intended: `AWS_PROFILE` or `AWS_DEFAULT_PROFILE` inherited from the host, a `--profile` flag, a tool's `profile` setting, or the `default` profile. That profile's key is valid, so AWS authenticated the call, but as another identity (often in another account) than the one that has the permission.",
    },
  },
  probes: ['configure-list', 'works-elsewhere', 'runtime'],
  remediation: {
    title: 'Make the runtime use the intended profile explicitly',
    variants: [
      variant(
        'linux-macos',
        step('See which profile is active and where it comes from:', 'aws configure list\nenv | grep -E "^AWS_(DEFAULT_)?PROFILE"\naws configure list-profiles'),
        step('Select the intended profile explicitly (a `--profile` flag beats the environment):', 'export AWS_PROFILE=<profile>\nunset AWS_DEFAULT_PROFILE\naws sts get-caller-identity --profile <profile>'),
      ),
      variant(
        'windows-powershell',
        step('See the active profile:', undefined, 'aws configure list\nGet-ChildItem Env:AWS_*PROFILE'),
        step('Select the intended one:', undefined, '$env:AWS_PROFILE = "<profile>"\nRemove-Item Env:AWS_DEFAULT_PROFILE -ErrorAction SilentlyContinue\naws sts get-caller-identity --profile <profile>'),
      ),
      variant(
        'ci',
        step('Runners can inherit `AWS_PROFILE` or a `~/.aws` directory from the host. Set the profile (or better, an OIDC role) explicitly in the job, and do not rely on a default profile.'),
        step('Fail fast when the identity is not the expected account:', 'test "$(aws sts get-caller-identity --query Account --output text)" = "<expected account id>"'),
      ),
      variant('container-ecs', step('Do not mount `~/.aws` into containers that should use the task role; if you must, pass `AWS_PROFILE` explicitly and check it at start-up.', 'docker run --rm -e AWS_PROFILE=<profile> -v ~/.aws:/root/.aws:ro amazon/aws-cli sts get-caller-identity')),
      variant(
        'kubernetes-irsa',
        step('kubectl: the kubeconfig `exec` block names the profile `aws eks get-token` uses (`--profile` or `AWS_PROFILE` in its `env`). Regenerate it with the intended profile:', 'kubectl config view --minify | grep -A8 "exec:"\naws eks update-kubeconfig --name <cluster> --region <region> --profile <profile>'),
        step('Pods: remove `AWS_PROFILE` and mounted credentials files from the pod spec so the IRSA web-identity credentials are used, then restart:', 'kubectl set env deployment/<name> AWS_PROFILE-\nkubectl rollout restart deployment/<name>'),
      ),
      variant(
        'lambda',
        sourced(LINKS.lambdaRole, 'A function has no profiles: its identity is its execution role. An `AWS_PROFILE` (or a credentials file) in the function\'s variables or package makes the SDK look for a profile instead; remove it and use the role:', 'aws lambda get-function-configuration --function-name <function> --query "[Role, keys(Environment.Variables)]"'),
      ),
      variant('sso', step('Log in to the profile you mean and use it by name:', 'aws sso login --profile <profile>\naws sts get-caller-identity --profile <profile>', 'aws sso login --profile <profile>\naws sts get-caller-identity --profile <profile>')),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.files, LINKS.precedence, LINKS.sdkChain],
};
