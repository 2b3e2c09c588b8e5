import type { CauseKnowledge } from '../types';
import { AUTHN, AVOID_LOCAL_TEST, AVOID_ROTATE_BLIND, AVOID_WIDEN_POLICY, LINKS, VERIFY_COMMANDS, VERIFY_TEXT, step, variant, sourced } from '../shared';

const AVOID = [AVOID_WIDEN_POLICY, AVOID_ROTATE_BLIND, 'Do not fix only the credentials file: the environment variables still win over it.', AVOID_LOCAL_TEST];

export const envVarOverride: CauseKnowledge = {
  id: 'env-var-override',
  explanation: {
    meaning:
      'The failing process has `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (and maybe `AWS_SESSION_TOKEN`) in its environment. Environment variables come before the credentials file, SSO and roles, so an old exported key silently wins over the profile or role you meant to use (in the AWS CLI, boto3, Go and Java even when `AWS_PROFILE` is set; only the JavaScript SDK v3 skips env keys when `AWS_PROFILE` is set).',
    authnVsAuthz: AUTHN,
    afterDenial: {
      kind: 'source',
      meaning:
        'The failing process has `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (and maybe `AWS_SESSION_TOKEN`) in its environment, and they win over the profile or role you meant to use (in the AWS CLI, boto3, Go and Java even when `AWS_PROFILE` is set; only the JavaScript SDK v3 skips env keys when `AWS_PROFILE` is set). Those keys are valid, so AWS authenticated the call, but as their identity, which lacks the permission.',
    },
  },
  probes: ['configure-list', 'works-elsewhere', 'runtime'],
  remediation: {
    title: 'Remove the stale AWS_* variables so the intended source wins',
    variants: [
      variant(
        'linux-macos',
        step('See which AWS variables are set in the failing shell:', 'env | grep ^AWS_'),
        step('Unset the key variables for this shell:', 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_SECURITY_TOKEN'),
        step('Remove the `export AWS_...` lines from the file that sets them, so a new shell does not bring them back:', "grep -n 'AWS_ACCESS_KEY_ID\\|AWS_SECRET_ACCESS_KEY\\|AWS_SESSION_TOKEN' ~/.bashrc ~/.zshrc ~/.profile ~/.bash_profile .env 2>/dev/null"),
      ),
      variant(
        'windows-powershell',
        step('See which AWS variables are set:', undefined, 'Get-ChildItem Env:AWS_*'),
        step('Remove them from this session:', undefined, 'Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_SESSION_TOKEN -ErrorAction SilentlyContinue'),
        step('Remove persistent user variables too (they come back in every new window):', undefined, "[Environment]::SetEnvironmentVariable('AWS_ACCESS_KEY_ID', $null, 'User'); [Environment]::SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY', $null, 'User'); [Environment]::SetEnvironmentVariable('AWS_SESSION_TOKEN', $null, 'User')"),
      ),
      variant(
        'ci',
        step('Find where the job sets AWS_ACCESS_KEY_ID: workflow `env:` blocks, repository/organisation secrets and variables, runner host environment.'),
        step('Keep exactly one credential source per job: prefer OIDC (`aws-actions/configure-aws-credentials` with `role-to-assume`) and delete the static key secrets the job no longer needs.'),
        step('Print the identity at the start of the job so the source is visible in the log:', 'aws sts get-caller-identity'),
      ),
      variant(
        'container-ecs',
        step('Check the image and task definition for baked-in variables (`ENV AWS_ACCESS_KEY_ID` in the Dockerfile, `environment`/`secrets` in the task definition, `--env-file`, an entrypoint script that exports them).'),
        step('Remove them and let the task role provide credentials; then redeploy the task.', 'docker inspect --format "{{.Config.Env}}" <image> | tr " " "\\n" | grep ^AWS_'),
      ),
      variant(
        'kubernetes-irsa',
        step('Look for AWS_* variables in the pod spec or an env-from secret:', "kubectl get pod <pod> -o yaml | grep -n 'AWS_ACCESS_KEY_ID\\|AWS_SECRET_ACCESS_KEY\\|envFrom'"),
        step('Remove them from the Deployment so IRSA (AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE) is used, then roll the pods:', 'kubectl rollout restart deployment/<name>'),
      ),
      variant(
        'lambda',
        sourced(LINKS.lambdaEnv, 'Lambda reserves `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` and fills them from the execution role, so the function\'s configuration cannot set them. Keys that win over the role come from the function\'s own variables under other names (passed to the client in code) or from keys written into the code or package. List the variable names the function is configured with:', 'aws lambda get-function-configuration --function-name <function> --query "keys(Environment.Variables)"'),
        sourced(LINKS.lambdaRole, 'Remove those keys and build the SDK client without explicit credentials, so it uses the execution role; give the role the permissions the keys had.'),
      ),
      variant(
        'sso',
        step('Exported keys beat your SSO profile. Unset them, then use the profile:', 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\naws sso login --profile <profile>\nexport AWS_PROFILE=<profile>', 'Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_SESSION_TOKEN -ErrorAction SilentlyContinue\naws sso login --profile <profile>\n$env:AWS_PROFILE = "<profile>"'),
        step('Note: `AWS_PROFILE` alone does not disable env keys in the AWS CLI, boto3, Go or Java SDKs (a `--profile` flag does); only the JavaScript SDK v3 skips them when `AWS_PROFILE` is set. Unsetting the keys works for every tool.'),
      ),
    ],
  },
  verification: { text: VERIFY_TEXT, commands: VERIFY_COMMANDS },
  avoid: AVOID,
  links: [LINKS.precedence, LINKS.envVars, LINKS.sdkChain],
};
