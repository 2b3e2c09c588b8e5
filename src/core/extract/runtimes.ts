/**
 * Where code runs: the one list of the runtimes awskey tells apart (label, platform steps, the answer
 * to "where does the failing call run?" each one gives) and of every marker that shows one, with its
 * source. Markers are read in five ways, each a `use` of a row:
 *
 *  - `mention`: diagnose's runtime fact (extract/context-hints.ts): any mention in a paste or its words
 *    ("github actions", an EKS pod, 169.254.169.254), counted as context evidence.
 *  - `platform`: variables, paths and log lines that only the platform itself sets or prints; the
 *    conversation shows that platform's fix steps (conversation/runtime.ts, tier 2).
 *  - `shell`: an interactive shell's prompt or paths (runtime.ts, tier 4).
 *  - `words`: the team's own words about where it fails ("our CircleCI job", "on my MacBook").
 *  - `shown`: with the `platform` markers (or the part a row names as its `shownPart`), shapes that
 *    answer the runtime question in a paste, so it is not asked (extract/shown-answers.ts).
 *
 * The same runtime is one row of RUNTIME_KINDS whatever marker found it, so its label and platform are
 * written once. Order inside a use matters where a text can show two runtimes (the first marker wins).
 */
import { NAMED_UNSET } from './named-unset';

/** A platform with steps of its own in the remediation (conversation/types.ts RemediationVariant, minus any/sso). */
export type RuntimePlatform = 'linux-macos' | 'windows-powershell' | 'ci' | 'container-ecs' | 'kubernetes-irsa' | 'lambda';

export interface RuntimeKind {
  /** How the replies name it ("GitHub Actions", "a Kubernetes pod"). */
  label: string;
  platform: RuntimePlatform;
  /** true: the person's own shell; false: somewhere else (CI, a container, a pod, a server). */
  local: boolean;
  /** The choice of the "where does the failing call run?" question (knowledge/probes.ts, `runtime`) it answers. */
  answer: 'laptop' | 'ci' | 'container' | 'kubernetes' | 'aws-compute';
}

const CI = { platform: 'ci', local: false, answer: 'ci' } as const;
const LAPTOP = { platform: 'linux-macos', local: true, answer: 'laptop' } as const;

export const RUNTIME_KINDS = {
  'github-actions': { label: 'GitHub Actions', ...CI },
  'gitlab-ci': { label: 'GitLab CI', ...CI },
  circleci: { label: 'CircleCI', ...CI },
  jenkins: { label: 'Jenkins', ...CI },
  'bitbucket-pipelines': { label: 'Bitbucket Pipelines', ...CI },
  buildkite: { label: 'Buildkite', ...CI },
  codebuild: { label: 'AWS CodeBuild', ...CI },
  'azure-pipelines': { label: 'Azure Pipelines', ...CI },
  ci: { label: 'a CI job', ...CI },
  eks: { label: 'a Kubernetes pod', platform: 'kubernetes-irsa', local: false, answer: 'kubernetes' },
  ecs: { label: 'an ECS task', platform: 'container-ecs', local: false, answer: 'container' },
  docker: { label: 'a container', platform: 'container-ecs', local: false, answer: 'container' },
  lambda: { label: 'a Lambda function', platform: 'lambda', local: false, answer: 'aws-compute' },
  ec2: { label: 'an EC2 instance', platform: 'linux-macos', local: false, answer: 'aws-compute' },
  wsl: { label: 'WSL on a laptop', ...LAPTOP },
  windows: { label: 'a Windows shell', platform: 'windows-powershell', local: true, answer: 'laptop' },
  macos: { label: 'a Mac', ...LAPTOP },
  linux: { label: 'a Linux shell', ...LAPTOP },
  laptop: { label: 'your laptop or workstation', ...LAPTOP },
} satisfies Record<string, RuntimeKind>;

export type RuntimeId = keyof typeof RUNTIME_KINDS;

export interface RuntimeMarker {
  runtime: RuntimeId;
  use: 'mention' | 'platform' | 'shell' | 'words' | 'shown';
  re: RegExp;
  /** The page that documents the marker, or the public thread where a reporter pasted it. */
  source: string;
  /** Words vaguer than the runtime they are filed under ("in a container" for ECS): their own label. */
  label?: string;
  /** A log's line prefix, with no fixed word to look for first: read on the text's first lines only. */
  firstLines?: true;
  /** A `platform` row only: the part of `re` that also answers the runtime question in a paste (default: all of it). */
  shownPart?: RegExp;
  /** A `mention` of building an image: it names the image's builder, and gives way to a platform named as where it runs. */
  builder?: true;
}

const GH_VARS = 'https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables';
const JENKINS_VARS = 'https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables';
/**
 * A Jenkins job's home and URL. The rest of Jenkins' platform row is its pipeline's source (a Jenkinsfile, `withAWS(`,
 * `[Pipeline]`, JENKINS_HOME): read as a shown answer too, it changed the answers the eval measures, so only this part is.
 */
const JENKINS_JOB = /\/var\/lib\/jenkins\/|\/var\/jenkins_home\/|\bJENKINS_URL\b/;
/** No public thread found yet with these exact words: the tuning half of test/fixtures/real-conversations is where they were read. */
const WORDS = 'how reporters name where it fails in the real threads (test/fixtures/real-conversations, tuning half)';

export const RUNTIME_MARKERS: RuntimeMarker[] = [
  // mention: diagnose's runtime fact.
  { runtime: 'github-actions', use: 'mention', re: /\bGITHUB_ACTIONS\b|##\[error\]|github actions|aws-actions\/|\bruns-on:/i, source: GH_VARS },
  { runtime: 'gitlab-ci', use: 'mention', re: /\bGITLAB_CI\b|gitlab[- ]ci|gitlab runner/i, source: 'https://docs.gitlab.com/ci/variables/predefined_variables/' },
  // An IAM action or ARN names a service, not where the code runs ("ecs:DescribeServices", "arn:aws:eks:…"). Nor does
  // "eks" inside a path or a name (`.terraform/modules/eks/aws_auth.tf`, terraform-aws-modules/terraform-aws-eks#1287;
  // a stack's `-eks-k8s` suffix, pulumi/pulumi-eks#1207; a bucket `quickstart-amazon-eks`): a laptop that manages a
  // cluster names it so. "AWS/EKS" in a sentence is the service, and a caller `assumed-role/eks-…-NodeInstanceRole` is
  // a node's role (oracle-quickstart/oci-micronaut#62: the node's role answering for a pod), and a cluster's OIDC
  // issuer `oidc.eks.<region>.amazonaws.com` is what IRSA trusts (read by its prefix: with the region's `[a-z0-9-]+` run
  // beside the lookbehinds, recheck cannot decide the pattern, and regex-safety.test.ts fails it). A word joined to it that says what runs there
  // ("EKS-optimized AMI nodes", "an EKS-managed node group", "EKS/Fargate") is the service too, unless a name goes on
  // after it (`eks-managed-node-group`, terraform-aws-modules/terraform-aws-eks's submodule).
  { runtime: 'eks', use: 'mention', re: /(?:(?<![\w./\\-])|(?<=AWS\/))EKS(?![\w/\\:-]|\.\w)|(?<![\w./\\-])EKS(?:-(?:optimi[sz]ed|managed|hosted|based)(?![\w-])|\/Fargate\b)|(?<=:assumed-role\/)eks-|eks\.amazonaws\.com|\boidc\.eks\.[a-z]|\bIRSA\b|serviceaccount|\bkubectl\b|\bpod\b/i, source: 'https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html' },
  // A chain listing names the ECS provider too (.NET: "ECS credentials provider: The environment variables … were not
  // set"), and ecs-cli is a laptop tool (prakhar1989/docker-curriculum#118): neither is a task.
  { runtime: 'ecs', use: 'mention', re: /\bECS\b(?!:| credentials? provider|-cli)|\bFargate\b|ECS_CONTAINER_METADATA_URI|AWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI=|169\.254\.170\.2|task role/i, source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html' },
  // Zappa apps run on Lambda, but its deploy commands (`zappa update staging`) run on the workstation (Miserlou/Zappa#105).
  // A deploy tool's "failed to fetch lambda function" is a call to the Lambda API from the workstation, not code running in
  // one (cargo-lambda/cargo-lambda#617, batch 25): the function is the object the call failed on.
  { runtime: 'lambda', use: 'mention', re: /AWS_LAMBDA_|(?<!\bfailed to (?:fetch|get|create|update|delete|describe|find|invoke|deploy) (?:the )?)\bLambda function\b|(?<=\b(?:in|on) (?:AWS )?)Lambda\b|OnLambda\b|\bzappa\b(?! (?:deploy|update|undeploy|package|certify|rollback|init)\b)|\/var\/task\/|^START RequestId|\[INFO\][ \t].{0,40}Found credentials in environment variables/im, source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime' },
  // The SDKs name IMDS in every chain listing ("EC2 Instance Metadata Service", "instance profile metadata
  // service") and botocore logs its endpoint: none of that means EC2. `iam-role` is botocore's and `aws configure list`'s
  // name for the instance-role source; inside a longer name it is a flag or a role name (okta-aws-cli's `--aws-iam-role`).
  { runtime: 'ec2', use: 'mention', re: /(?<!ENDPOINT: http:\/\/)169\.254\.169\.254|instance profile(?! metadata| credentials)|\bEC2 instance\b(?! metadata)|ec2rolecreds|EC2RoleProvider|(?<![\w-])iam-role(?![\w-])/i, source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html' },
  { runtime: 'wsl', use: 'mention', re: /\bWSL2?\b/, source: 'https://learn.microsoft.com/en-us/windows/wsl/filesystems' },
  { runtime: 'docker', use: 'mention', re: /\bdocker (?:run|compose)\b/i, source: 'https://docs.docker.com/reference/cli/docker/container/run/' },
  // "docker build -t app . && docker push; deployed to EKS": the image is built here and runs on the platform (R35b-13).
  { runtime: 'docker', use: 'mention', builder: true, re: /\bdocker build\b|\bDockerfile\b/i, source: 'https://docs.docker.com/reference/cli/docker/buildx/build/' },

  // platform: set or printed only by the platform. Order matters: a CI job that runs a container is still the job's to fix.
  // GITHUB_ACTIONS is always "true" on a runner; GITHUB_WORKSPACE is /home/runner/work/<repo>/<repo> on Linux
  // runners and D:\a\<repo>\<repo> on Windows ones; the log prints `##[error]` for a failed step.
  // A step's log prints its shell with the script's placeholder (`shell: /usr/bin/bash -e {0}`) and ends a failed step
  // with "Error: Process completed with exit code 1." (QA 38 F13; the placeholder: the workflow syntax's `shell`,
  // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#custom-shell).
  { runtime: 'github-actions', use: 'platform', re: /\bGITHUB_ACTIONS\b|\/home\/runner\/work\/|\b[CD]:\\a\\[\w.-]{1,100}\\|^##\[(?:error|group|warning)\]|\baws-actions\/configure-aws-credentials\b|\bruns-on:|^[ \t]{0,8}shell: [^\n{}]{1,100}\{0\}|^Error: Process completed with exit code \d{1,3}\.$/m, source: GH_VARS },
  { runtime: 'gitlab-ci', use: 'platform', re: /\bGITLAB_CI\b|\bCI_JOB_(?:ID|TOKEN|JWT(?:_V2)?)\b|Running with gitlab-runner|\bgitlab-ci\.yml\b|Executing "step_script" stage/i, source: 'https://docs.gitlab.com/ci/variables/predefined_variables/' },
  { runtime: 'circleci', use: 'platform', re: /\bCIRCLECI\b|\/home\/circleci\/|\.circleci\/config\.yml|\bCIRCLE_(?:BUILD_NUM|JOB|OIDC_TOKEN)\b/, source: 'https://circleci.com/docs/reference/variables/#built-in-environment-variables' },
  { runtime: 'jenkins', use: 'platform', re: new RegExp(`${JENKINS_JOB.source}|\\bJENKINS_HOME\\b|^\\[Pipeline\\] |\\bJenkinsfile\\b|\\bwithAWS\\(`, 'm'), shownPart: JENKINS_JOB, source: JENKINS_VARS },
  { runtime: 'bitbucket-pipelines', use: 'platform', re: /\bBITBUCKET_(?:BUILD_NUMBER|STEP_OIDC_TOKEN|CLONE_DIR)\b|\/opt\/atlassian\/pipelines\/|bitbucket-pipelines\.yml/, source: 'https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/' },
  { runtime: 'buildkite', use: 'platform', re: /\bBUILDKITE(?:_BUILD_ID|_AGENT_NAME)?\b|\bbuildkite-agent\b/, source: 'https://buildkite.com/docs/pipelines/configure/environment-variables' },
  // CodeBuild prefixes its build log lines with "[Container] 2024/05/01 12:00:00.123456".
  { runtime: 'codebuild', use: 'platform', re: /\bCODEBUILD_(?:BUILD_ID|SRC_DIR|BUILD_ARN)\b|^\[Container\] \d{4}\/\d\d\/\d\d |\/codebuild\/output\/|\bbuildspec\.ya?ml\b/m, source: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html' },
  { runtime: 'azure-pipelines', use: 'platform', re: /\bTF_BUILD\b|\/home\/vsts\/work\/|##vso\[|\bazure-pipelines\.yml\b/, source: 'https://learn.microsoft.com/en-us/azure/devops/pipelines/build/variables' },
  // EKS: IRSA injects AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE (/var/run/secrets/eks.amazonaws.com/…); Pod
  // Identity serves credentials at 169.254.170.23; every pod has KUBERNETES_SERVICE_HOST.
  { runtime: 'eks', use: 'platform', re: new RegExp(String.raw`\bAWS_WEB_IDENTITY_TOKEN_FILE\b${NAMED_UNSET}|\/var\/run\/secrets\/eks\.amazonaws\.com\/|\bKUBERNETES_SERVICE_HOST\b|eks\.amazonaws\.com\/role-arn|169\.254\.170\.23\b|\bkubectl (?:exec|logs)\b`), source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-configuration.html' },
  // ECS: the agent sets ECS_CONTAINER_METADATA_URI(_V4) and AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (169.254.170.2).
  { runtime: 'ecs', use: 'platform', re: new RegExp(String.raw`\bECS_CONTAINER_METADATA_URI(?:_V4)?\b|\bAWS_CONTAINER_CREDENTIALS_RELATIVE_URI\b${NAMED_UNSET}|169\.254\.170\.2(?!\d)|\baws ecs execute-command\b`), source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html' },
  // Lambda's reserved variables and its log lines (START/END/REPORT RequestId, "Task timed out after").
  { runtime: 'lambda', use: 'platform', re: /\bAWS_LAMBDA_FUNCTION_NAME\b|\bLAMBDA_TASK_ROOT\b|^(?:START|END|REPORT) RequestId: |\bTask timed out after \d/m, source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime' },
  // A container's hostname is its short id, so its root prompt reads root@<12 hex>:/#; Docker creates /.dockerenv.
  { runtime: 'docker', use: 'platform', re: /\broot@[0-9a-f]{12}:[^\n#]{0,80}#|\/\.dockerenv\b|(?:^|\$ )docker (?:run|exec|compose)\b/m, source: 'https://docs.docker.com/reference/cli/docker/container/run/#hostname' },

  // shell: an interactive shell's prompt or paths. PowerShell's default prompt is "PS C:\…>"; the CLI's files live in
  // C:\Users\<name>\.aws on Windows and ~/.aws elsewhere; macOS homes are /Users/<name> and its zsh prompt ends in " %";
  // bash's default prompt on Debian/Ubuntu is user@host:~$ (on EC2 the host is ip-…).
  { runtime: 'ec2', use: 'shell', re: /\b(?:ec2-user|ubuntu|admin)@ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\b/, source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-ssh.html' },
  { runtime: 'wsl', use: 'shell', re: /(?:^|\s)\/mnt\/c\/|\bWSL2?\b/, source: 'https://learn.microsoft.com/en-us/windows/wsl/filesystems' },
  // Any `$env:` variable; then (its own pattern, to keep each one simple enough to check) any drive path
  // (C:\Program Files\…, a Python traceback's C:\Python311\…, JSON's doubled backslashes) and PowerShell's error
  // record for a native command (`+ CategoryInfo`, `+ FullyQualifiedErrorId : NativeCommandError`).
  { runtime: 'windows', use: 'shell', re: /^PS [A-Z]:\\[^\n>]{0,200}>|\b[A-Z]:\\Users\\[^\\\s]{1,64}\\|%USERPROFILE%|\$env:[A-Za-z_]|\bGet-ChildItem\b|^[A-Z]:\\[^\n>]{0,200}>\s?aws\b/m, source: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_prompts' },
  { runtime: 'windows', use: 'shell', re: /(?:^|[\s"'(=:[])[A-Z]:\\\\?[\w .()-]{1,64}\\|^\s{0,8}\+ (?:CategoryInfo|FullyQualifiedErrorId) {0,20}:/m, source: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_error_handling' },
  // PowerShell without a drive in its prompt (qa36 F19): AWS's own pages write `PS >`, pwsh on Linux or macOS shows
  // `PS /home/ian>`; an error's position line (`At line:1 char:1`); an AWS Tools cmdlet, a verb and the service's noun
  // prefix (Get-STSCallerIdentity, Get-S3Bucket, Get-AWSCredential). Its `$env:` steps work in pwsh on any system.
  { runtime: 'windows', use: 'shell', label: 'PowerShell', re: /^PS(?: \/[^\n>]{0,200}| ?)>|^At line:\d{1,6} char:\d{1,6}\b/m, source: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_prompts' },
  { runtime: 'windows', use: 'shell', label: 'PowerShell', re: /\b(?:Get|Set|New|Remove|Initialize|Clear|Invoke|Update|Write|Read|Use|Start|Stop)-[A-Z][A-Z0-9]{1,5}[A-Z][a-z]/, source: 'https://docs.aws.amazon.com/powershell/latest/userguide/pstools-discovery-aliases.html' },
  { runtime: 'macos', use: 'shell', re: /(?:^|[\s"'(=])\/Users\/[\w.-]{1,64}\/|^[\w.-]{1,64}@[\w.-]{1,64} [^\n%]{0,80} % |\bDarwin\b|\/opt\/homebrew\//m, source: 'https://support.apple.com/en-us/102360' },
  { runtime: 'linux', use: 'shell', re: /^[\w.-]{1,64}@[\w.-]{1,64}:~?[^\n$#]{0,120}\$ |(?:^|[\s"'(=])\/home\/(?!runner\/|circleci\/|vsts\/)[\w.-]{1,64}\//m, source: 'https://www.gnu.org/software/bash/manual/html_node/Controlling-the-Prompt.html' },

  // words: the runtime named in the team's own words ("a job" in Jenkins, "inside k8s pod", "inside a docker container",
  // "which I used on windows", "on Mac", each in the thread its row cites); an IAM action or ARN names a service, not
  // where the code runs ("codebuild:StartBuild").
  { runtime: 'ci', use: 'words', re: /\b(?:circle ?ci|jenkins|code ?build(?![:/])|bitbucket pipelines?|buildkite|github (?:actions?|workflows?)|gitlab(?:[- ]ci| pipelines?| runners?)|azure (?:devops|pipelines?)|travis(?: ci)?|ci (?:jobs?|pipelines?|runners?|servers?|builds?)|(?:our|the|my) (?:ci|pipeline|build server))\b/i, source: 'jenkinsci/aws-credentials-plugin#91' },
  { runtime: 'eks', use: 'words', re: /\b(?:in|inside|from) (?:a |the |my |our )?(?:k8s |kubernetes |eks )?pods?\b/i, source: 'kubeflow/kubeflow#722' },
  // Not "credentials from container": aws-sdk-java-v2's ContainerCredentialsProvider says "Cannot fetch credentials from
  // container - neither … are set" on every machine, in its whole-chain listing (QA37 F12).
  { runtime: 'ecs', use: 'words', label: 'a container', re: /(?<!\bcredentials )\b(?:in|inside|from) (?:a |the |my |our )?(?:docker )?container\b|\b(?:ecs|fargate) tasks?\b/i, source: 'aws/aws-cli#7953' },
  { runtime: 'windows', use: 'words', re: /\b(?:on|from) (?:my |a )?windows\b|\bwindows (?:10|11|laptop|pc|machine|desktop)\b|\bin powershell\b/i, source: 'awslabs/aws-sdk-rust#665' },
  { runtime: 'macos', use: 'words', re: /\b(?:on|from) (?:my |a )?mac(?:book)?\b|\bmac ?os\b|\bos ?x\b/i, source: 'aws/aws-cli#7999' },
  { runtime: 'laptop', use: 'words', re: /\b(?:on|from) my (?:laptop|machine|workstation|computer|local machine|desktop)\b/i, source: WORDS },

  // shown: shapes that answer the runtime question in a paste beside the `platform` markers (extract/shown-answers.ts
  // reads both), not platform steps of their own. GitHub Actions' `##[error]` anywhere on a line and any action's
  // "Run aws-actions/" step (aws-actions/configure-aws-credentials#131); an Azure DevOps agent's F:\_a\1\_w\_tasks\ and
  // its log lines' 7-digit timestamps "2019-06-12T18:14:39.1597700Z" (aws/aws-toolkit-azure-devops#248).
  { runtime: 'ci', use: 'shown', re: /##\[error\]|\\_w\\_tasks\\|\bRun aws-actions\//, source: 'aws-actions/configure-aws-credentials#131' },
  // A log line prefix (no fixed word to look for first): read on the log's first lines only (HEAD_ONLY in shown-answers.ts).
  { runtime: 'ci', use: 'shown', re: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /m, source: 'aws/aws-toolkit-azure-devops#248', firstLines: true },
  // A workstation: a Windows user profile that is not a CI runner's (C:\Users\Justin>, aws/aws-cli#7017;
  // file:/C:/Users/…, testcontainers/testcontainers-java#3926), a macOS home or Homebrew (leeroybrun/glacier-vault-remove#51).
  // (Each pattern simple enough for the regex-safety check to decide.)
  { runtime: 'laptop', use: 'shown', re: /\b[A-Z]:[\\/]Users[\\/](?!runneradmin\b|runner\b|ContainerAdministrator\b|Default\b|Public\b)[^\\/\s>]{1,64}(?:[\\/]|>)/, source: 'aws/aws-cli#7017' },
  { runtime: 'laptop', use: 'shown', re: /(?<![\w/])\/Users\/(?!runner\/)[\w.-]{1,64}\/|\/opt\/homebrew\//, source: 'leeroybrun/glacier-vault-remove#51' },
  // A container: the ECS execution environment (HENNGE/aiodynamo#150), docker compose's log prefix (ibpsa/project1-boptest#771).
  { runtime: 'ecs', use: 'shown', re: /\bAWS_EXECUTION_ENV\W{1,5}AWS_ECS/, source: 'HENNGE/aiodynamo#150' },
  { runtime: 'ecs', use: 'shown', re: /^[a-z][\w.-]*[-_]\d+\s+\|\s/m, source: 'ibpsa/project1-boptest#771', firstLines: true },
  // A pod: its Kubernetes service-account token or `kubectl describe pod` (pasted in aws/aws-node-termination-handler#373);
  // not `kubectl get po` (a client command, often from a CI job: aws/aws-cli#7794).
  { runtime: 'eks', use: 'shown', re: /\/var\/run\/secrets\/kubernetes\.io\/serviceaccount\b|\bkubectl describe pods? /, source: 'aws/aws-node-termination-handler#373' },
  { runtime: 'lambda', use: 'shown', re: /\/var\/task\/|\/var\/runtime\/|\bAWS_EXECUTION_ENV\W{1,5}AWS_Lambda/, source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime' },
];

/** The markers of one use, in list order. */
export const markersFor = (use: RuntimeMarker['use']): RuntimeMarker[] => RUNTIME_MARKERS.filter((m) => m.use === use);

/** The runtimes diagnose reports as its runtime fact: those with `mention` markers (credential-source.ts sets two of them too). */
export const DIAGNOSED_RUNTIMES: RuntimeId[] = [...new Set(markersFor('mention').map((m) => m.runtime))];
