/**
 * Tool playbooks: where the credentials of a known tool come from and how to point them right.
 * Shown with the fix when the case shows the tool. Each carries its sources.
 */
import type { CauseId } from '../../taxonomy';
import type { Playbook } from '../types';
import { step } from '../shared';

/** Causes about which credentials a tool loads (not a clock, a typo or a non-AWS error). */
const SOURCE_CAUSES: CauseId[] = [
  'env-var-override',
  'wrong-profile',
  'wrong-account-or-partition',
  'no-credentials-found',
  'role-credentials-unavailable',
  'temporary-credentials-expired',
  'missing-session-token',
  'stale-credentials-after-rotation',
  'authorization-not-authentication',
];

export const TOOL_PLAYBOOKS: Playbook[] = [
  {
    // QA35 N17: a profile whose keys the CLI reads, and a tool that stopped finding them after its upgrade; the one step
    // shown was `aws configure`, which would overwrite the working profile.
    id: 'tool-upgrade-regression',
    title: 'It worked before the upgrade: the tool changed, not the credentials',
    causes: SOURCE_CAUSES,
    when: [{ fact: 'toolUpgraded' }],
    first: true,
    steps: [
      step('Do not re-run `aws configure` over a profile that works with the CLI: check it is intact, and that the CLI still works with it:', 'aws configure list --profile <profile>\naws sts get-caller-identity --profile <profile>'),
      step("Pin the version that worked, or upgrade past the fix: the tool's changelog and issues name credential-lookup changes of that release."),
      step('Pass the profile the standard way as well as in the tool\'s own setting, so the new version\'s SDK finds it:', 'AWS_PROFILE=<profile> <the failing command>'),
    ],
    sources: ['https://github.com/hashicorp/packer/issues/5901', 'https://docs.aws.amazon.com/sdkref/latest/guide/file-location.html'],
  },
  {
    id: 'terraform-s3-backend',
    title: 'Terraform: the S3 backend has its own credentials',
    causes: SOURCE_CAUSES,
    when: [{ fact: 'tool', in: ['terraform'] }],
    steps: [
      // The backend takes `assume_role` as an argument (with `=`), unlike the provider's block: `assume_role { … }` in a
      // backend fails with "Blocks of type "assume_role" are not expected here" (cloudposse/terraform-aws-tfstate-backend#171).
      step('The `backend "s3"` block does not use the `provider "aws"` block\'s credentials: give it its own `profile`, or a role with `assume_role = { role_arn = "arn:aws:iam::<state account>:role/<role>" }` (an argument with `=`, Terraform 1.6+), or the environment it runs in decides.'),
      step('After changing the backend block or the credentials it uses, re-initialise so Terraform does not keep the cached backend settings:', 'terraform init -reconfigure'),
      step('A state bucket (and its KMS key, and the DynamoDB lock table) in another account needs the backend to use a role in that account, or a bucket/key policy that allows your identity: check which account owns them.', 'aws s3api get-bucket-location --bucket <state bucket>\naws sts get-caller-identity'),
      step('See which provider won in the log: `TF_LOG=INFO terraform plan 2>&1 | grep "AWS Auth provider used"` (`EnvProvider` = environment variables).'),
    ],
    sources: [
      'https://developer.hashicorp.com/terraform/language/backend/s3',
      'https://developer.hashicorp.com/terraform/cli/commands/init#backend-initialization',
      // The state bucket and its KMS key in another account: both the bucket policy and the key policy must allow the caller.
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
    ],
  },
  {
    // "AWS account ID not allowed: 444455556666" (qa36 F8): the provider's allowed_account_ids / forbidden_account_ids
    // refused valid credentials of another account. The causes' own steps (an endpoint, LocalStack, env keys in a
    // shell) tell another story: this is the fix.
    id: 'terraform-allowed-accounts',
    title: 'Terraform refused the account of its credentials: give it the credentials of the account the configuration is for',
    causes: ['wrong-account-or-partition', 'wrong-profile', 'env-var-override'],
    replaces: true,
    meaning: 'The credentials Terraform loaded are valid, but for another account than this configuration allows: the provider checks the caller\'s account against `allowed_account_ids` / `forbidden_account_ids` and stops before any change.',
    when: [{ fact: 'tool', in: ['terraform'] }, { fact: 'callerExpected', in: ['no'] }],
    steps: [
      step('Terraform refused before any change: the credentials it loaded are valid, for the account in the error, and the provider block\'s `allowed_account_ids` (or `forbidden_account_ids`) does not allow that account. See which identity the shell that runs Terraform has, and where it comes from:', 'aws sts get-caller-identity\naws configure list', 'aws sts get-caller-identity\naws configure list'),
      step('Give Terraform the intended account\'s credentials: `profile = "<profile>"` or an `assume_role { role_arn = "arn:aws:iam::<account>:role/<role>" }` block in the provider, or `AWS_PROFILE` in that shell. Keys in the environment win over `AWS_PROFILE`, so unset them first:', 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\nexport AWS_PROFILE=<profile>\nterraform plan', 'Remove-Item Env:AWS_ACCESS_KEY_ID, Env:AWS_SECRET_ACCESS_KEY, Env:AWS_SESSION_TOKEN -ErrorAction SilentlyContinue\n$env:AWS_PROFILE = "<profile>"\nterraform plan'),
      step('Change `allowed_account_ids` only if the account in the error really is one this configuration may manage: the check is there to stop a run against the wrong account.'),
    ],
    sources: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs#argument-reference', 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-quickstart.html#cli-configure-quickstart-precedence'],
  },
  {
    id: 'github-actions-oidc',
    title: 'GitHub Actions: OIDC role for the job',
    causes: SOURCE_CAUSES,
    // A denial whose message names what decided it (a trust policy without sts:TagSession, an SCP) is that policy's,
    // not the job's OIDC setup (qa36 F10).
    when: [{ fact: 'denyKind', absent: true }],
    whenAny: [{ fact: 'tool', in: ['github-actions'] }, { fact: 'runtime', matches: 'github' }],
    steps: [
      step('The job needs permission to request the OIDC token:', 'permissions:\n  id-token: write\n  contents: read'),
      step('Use `aws-actions/configure-aws-credentials` with `role-to-assume: arn:aws:iam::<account>:role/<role>` and `aws-region`, and no static key secrets in the same job.'),
      step('The role\'s trust policy must match the token\'s `sub` for how the job runs: branch `repo:<owner>/<repo>:ref:refs/heads/<branch>`, pull request `repo:<owner>/<repo>:pull_request`, environment `repo:<owner>/<repo>:environment:<name>` (an `environment:` job always uses this form), tag `repo:<owner>/<repo>:ref:refs/tags/<tag>`; and `aud` must be `sts.amazonaws.com`.'),
      step('Print the trust policy to compare:', 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument'),
    ],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims',
      'https://github.com/aws-actions/configure-aws-credentials#oidc',
    ],
  },
  {
    id: 'eks-cluster-access',
    title: 'EKS: "You must be logged in to the server" means the cluster does not map your IAM identity',
    causes: [...SOURCE_CAUSES],
    when: [],
    // kubectl's own refusal, not any failure inside a pod (an SDK in a pod is the IRSA steps' business).
    whenAny: [{ fact: 'tool', in: ['kubectl'] }, { fact: 'errorCode', in: ['Unauthorized'] }],
    // The message says what this case is (the cluster does not map the identity): before the generic steps.
    first: true,
    steps: [
      step('See which IAM identity `kubectl` signs with (the kubeconfig runs `aws eks get-token` with it):', 'aws sts get-caller-identity\nkubectl config view --minify -o jsonpath="{.users[0].user.exec.args}"'),
      step('Clusters with access entries: list them and add the identity (an assumed role is mapped by its *role* ARN):', 'aws eks list-access-entries --cluster-name <cluster>\naws eks create-access-entry --cluster-name <cluster> --principal-arn <role arn>\naws eks associate-access-policy --cluster-name <cluster> --principal-arn <role arn> --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy --access-scope type=cluster'),
      step('Clusters on the `aws-auth` ConfigMap: map the role or user there (by someone who already has access):', 'kubectl -n kube-system get configmap aws-auth -o yaml'),
      step('Regenerate the kubeconfig for the identity that is mapped:', 'aws eks update-kubeconfig --name <cluster> --region <region> --role-arn <mapped role arn>'),
    ],
    sources: ['https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html', 'https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html', 'https://docs.aws.amazon.com/eks/latest/userguide/troubleshooting.html#unauthorized'],
  },
  {
    id: 'cdk',
    title: 'CDK: the profile, and the bootstrap roles it assumes',
    causes: SOURCE_CAUSES,
    when: [{ fact: 'tool', in: ['cdk'] }],
    steps: [
      step('Run CDK with the profile you mean (it follows the same chain as the CLI, env keys first):', 'cdk deploy --profile <profile>'),
      step('CDK deploys by assuming the bootstrap roles (`cdk-hnb659fds-deploy-role-<account>-<region>` …): the target account/region must be bootstrapped, and your identity must be allowed to assume them (`--trust <account>` for cross-account pipelines).', 'cdk bootstrap aws://<account>/<region> --profile <profile>'),
    ],
    sources: ['https://docs.aws.amazon.com/cdk/v2/guide/configure-access.html', 'https://docs.aws.amazon.com/cdk/v2/guide/bootstrapping.html'],
  },
  {
    id: 'sam',
    title: 'SAM CLI: the profile for deploy, and credentials inside `sam local`',
    causes: SOURCE_CAUSES,
    when: [{ fact: 'tool', in: ['sam'] }],
    steps: [
      step('Deploy with the profile you mean, or set it in `samconfig.toml` (`profile = "<profile>"`):', 'sam deploy --profile <profile>'),
      step('`sam local invoke` passes the resolved credentials into the container as environment variables: an expired or wrong profile on the host shows up inside the function.'),
    ],
    sources: ['https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-getting-started-set-up-credentials.html', 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-cli-command-reference-sam-deploy.html'],
  },
  {
    id: 'serverless',
    title: 'Serverless Framework: which profile it deploys with',
    causes: SOURCE_CAUSES,
    when: [{ fact: 'tool', in: ['serverless'] }],
    steps: [
      // Serverless adds credentials in this order, later ones winning: the default profile, provider.credentials,
      // provider.profile, AWS_* env keys and AWS_PROFILE, AWS_<STAGE>_* ones, then --aws-profile
      // (serverless/serverless lib/plugins/aws/provider.js, getCredentials(), v2–v3).
      step('Pass the profile on the command line: `--aws-profile` wins over everything, env keys too. `provider.profile` in `serverless.yml` loses to `AWS_ACCESS_KEY_ID` / `AWS_PROFILE` (and `AWS_<STAGE>_ACCESS_KEY_ID`) in the environment:', 'serverless deploy --aws-profile <profile>\nenv | grep ^AWS_'),
      step('In CI, prefer a role (OIDC) over `serverless config credentials`, which writes a long-term key to `~/.aws/credentials`.'),
    ],
    sources: ['https://www.serverless.com/framework/docs/providers/aws/guide/credentials', 'https://github.com/serverless/serverless/blob/v3/lib/plugins/aws/provider.js'],
  },
  {
    id: 'localstack',
    title: 'LocalStack, MinIO or another non-AWS endpoint: its keys only work there',
    causes: ['wrong-account-or-partition', 'env-var-override', 'no-credentials-found', 'key-deleted-or-inactive', 'malformed-credentials'],
    when: [],
    whenAny: [{ fact: 'endpoint', matches: 'localhost|127\\.0\\.0\\.1|localstack|:4566' }, { fact: 'keyKind', in: ['localstack', 'mock'] }, { fact: 'target', in: ['local'] }],
    steps: [
      step('The `test`/`LKIA…` keys are only valid at LocalStack: a request that reaches real AWS with them fails as an unknown key. Point every client at the local endpoint:', 'export AWS_ENDPOINT_URL=http://localhost:4566\naws sts get-caller-identity   # must print account 000000000000', '$env:AWS_ENDPOINT_URL = "http://localhost:4566"'),
      step('SDKs older than the `AWS_ENDPOINT_URL` setting need `endpoint_url` / `endpoint` in code; with `awslocal` the CLI sets it for you. From inside Docker, use `http://localstack:4566` (the service name), not localhost.'),
      step('MinIO, Ceph and other S3-compatible stores: their keys are valid only at their own endpoint, so do not remove the endpoint setting - point the tool at the store (its `endpoint` option, or `AWS_ENDPOINT_URL`), usually with path-style addressing, and check no exported `AWS_*` variable overrides the tool\'s file:', 'export AWS_ENDPOINT_URL=http://<minio-host>:9000\naws s3 ls --endpoint-url http://<minio-host>:9000\nenv | grep ^AWS_', '$env:AWS_ENDPOINT_URL = "http://<minio-host>:9000"'),
    ],
    sources: ['https://docs.localstack.cloud/aws/integrations/aws-native-tools/aws-cli/', 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html', 'https://github.com/minio/minio/discussions/15997'],
  },
];
