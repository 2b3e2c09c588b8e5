/**
 * Where the failing call runs, for the fix: which platform's steps to show (the others go behind one
 * "other platforms" line) and whether the failing runtime is the person's own shell (then nobody is
 * told "not on your laptop"). Read from everything the case holds, strongest first:
 *
 *  1. what the team answered to "where does it fail?" (laptop, CI, ECS, EKS, EC2);
 *  2. markers only a platform leaves in what was pasted: the variables and paths a CI runner, an
 *     ECS task, a pod or a Lambda function sets (each marker below cites the page that documents it);
 *  3. a runtime their words implied ("our CodeBuild container"), then the runtime diagnose read
 *     (facts.runtime: "github actions", a pod, 169.254.169.254, …);
 *  4. the prompt or paths of an interactive shell (PowerShell, cmd, macOS zsh, a Linux prompt, WSL);
 *  5. the tool, when it implies where it runs (configure-aws-credentials runs in GitHub Actions,
 *     kubectl and `aws sso login` in the person's shell; kubectl's steps are the Kubernetes ones).
 * Unknown: the default is the Linux / macOS shell variant, marked as a default. A Lambda function gets
 * the Lambda steps where a cause has them (replies.ts falls back to the shell's, and says so).
 *
 * Pure: reads the case's redacted evidence texts, never the raw input.
 */
import type { CaseState, RemediationVariant } from './types';
import type { FactValues } from './facts';

export type Platform = RemediationVariant['platform'];

export interface Where {
  /** The variant of the runtime at hand. */
  platform: Exclude<Platform, 'any' | 'sso'>;
  /** A name for the runtime ("GitHub Actions", "a pod (EKS)"), or undefined when the platform is only the default. */
  label?: string;
  /** What told it ("you said so", "`/home/runner/work` in a paste"). */
  because?: string;
  /** true: the person's own shell; false: somewhere else (CI, a container, a pod, a server); undefined: not known. */
  local?: boolean;
  /** The runtime name as the knowledge's fact tests read it (github-actions, gitlab-ci, ecs, eks, …). */
  runtime?: string;
  /** Tools the texts show that diagnose does not name (SAM CLI). */
  tools: string[];
}

interface Marker {
  runtime: string;
  label: string;
  platform: Where['platform'];
  local: boolean;
  re: RegExp;
  /** The page that documents the marker. */
  source: string;
}

const CI = { platform: 'ci', local: false } as const;
const GH_VARS = 'https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables';

/** Tier 2: set or printed only by the platform. Order matters: a CI job that runs a container is still the job's to fix. */
export const PLATFORM_MARKERS: Marker[] = [
  // GITHUB_ACTIONS is always "true" on a runner; GITHUB_WORKSPACE is /home/runner/work/<repo>/<repo> on Linux
  // runners and D:\a\<repo>\<repo> on Windows ones; the log prints `##[error]` for a failed step.
  { runtime: 'github-actions', label: 'GitHub Actions', ...CI, re: /\bGITHUB_ACTIONS\b|\/home\/runner\/work\/|\b[CD]:\\a\\[\w.-]{1,100}\\|^##\[(?:error|group|warning)\]|\baws-actions\/configure-aws-credentials\b|\bruns-on:/m, source: GH_VARS },
  { runtime: 'gitlab-ci', label: 'GitLab CI', ...CI, re: /\bGITLAB_CI\b|\bCI_JOB_(?:ID|TOKEN|JWT(?:_V2)?)\b|Running with gitlab-runner|\bgitlab-ci\.yml\b|Executing "step_script" stage/i, source: 'https://docs.gitlab.com/ci/variables/predefined_variables/' },
  { runtime: 'circleci', label: 'CircleCI', ...CI, re: /\bCIRCLECI\b|\/home\/circleci\/|\.circleci\/config\.yml|\bCIRCLE_(?:BUILD_NUM|JOB|OIDC_TOKEN)\b/, source: 'https://circleci.com/docs/reference/variables/#built-in-environment-variables' },
  { runtime: 'jenkins', label: 'Jenkins', ...CI, re: /\bJENKINS_(?:URL|HOME)\b|^\[Pipeline\] |\/var\/(?:lib\/jenkins|jenkins_home)\/|\bJenkinsfile\b|\bwithAWS\(/m, source: 'https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#using-environment-variables' },
  { runtime: 'bitbucket-pipelines', label: 'Bitbucket Pipelines', ...CI, re: /\bBITBUCKET_(?:BUILD_NUMBER|STEP_OIDC_TOKEN|CLONE_DIR)\b|\/opt\/atlassian\/pipelines\/|bitbucket-pipelines\.yml/, source: 'https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/' },
  { runtime: 'buildkite', label: 'Buildkite', ...CI, re: /\bBUILDKITE(?:_BUILD_ID|_AGENT_NAME)?\b|\bbuildkite-agent\b/, source: 'https://buildkite.com/docs/pipelines/configure/environment-variables' },
  // CodeBuild prefixes its build log lines with "[Container] 2024/05/01 12:00:00.123456".
  { runtime: 'codebuild', label: 'AWS CodeBuild', ...CI, re: /\bCODEBUILD_(?:BUILD_ID|SRC_DIR|BUILD_ARN)\b|^\[Container\] \d{4}\/\d\d\/\d\d |\/codebuild\/output\/|\bbuildspec\.ya?ml\b/m, source: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html' },
  { runtime: 'azure-pipelines', label: 'Azure Pipelines', ...CI, re: /\bTF_BUILD\b|\/home\/vsts\/work\/|##vso\[|\bazure-pipelines\.yml\b/, source: 'https://learn.microsoft.com/en-us/azure/devops/pipelines/build/variables' },
  // EKS: IRSA injects AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE (/var/run/secrets/eks.amazonaws.com/…); Pod
  // Identity serves credentials at 169.254.170.23; every pod has KUBERNETES_SERVICE_HOST.
  { runtime: 'eks', label: 'a Kubernetes pod', platform: 'kubernetes-irsa', local: false, re: /\bAWS_WEB_IDENTITY_TOKEN_FILE\b|\/var\/run\/secrets\/eks\.amazonaws\.com\/|\bKUBERNETES_SERVICE_HOST\b|eks\.amazonaws\.com\/role-arn|169\.254\.170\.23\b|\bkubectl (?:exec|logs)\b/, source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-configuration.html' },
  // ECS: the agent sets ECS_CONTAINER_METADATA_URI(_V4) and AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (169.254.170.2).
  { runtime: 'ecs', label: 'an ECS task', platform: 'container-ecs', local: false, re: /\bECS_CONTAINER_METADATA_URI(?:_V4)?\b|\bAWS_CONTAINER_CREDENTIALS_RELATIVE_URI\b|169\.254\.170\.2(?!\d)|\baws ecs execute-command\b/, source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html' },
  // Lambda's reserved variables and its log lines (START/END/REPORT RequestId, "Task timed out after").
  { runtime: 'lambda', label: 'a Lambda function', platform: 'lambda', local: false, re: /\bAWS_LAMBDA_FUNCTION_NAME\b|\bLAMBDA_TASK_ROOT\b|^(?:START|END|REPORT) RequestId: |\bTask timed out after \d/m, source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime' },
  // A container's hostname is its short id, so its root prompt reads root@<12 hex>:/#; Docker creates /.dockerenv.
  { runtime: 'docker', label: 'a container', platform: 'container-ecs', local: false, re: /\broot@[0-9a-f]{12}:[^\n#]{0,80}#|\/\.dockerenv\b|(?:^|\$ )docker (?:run|exec|compose)\b/m, source: 'https://docs.docker.com/reference/cli/docker/container/run/#hostname' },
];

/** Tier 3: diagnose's runtime names, as platforms. */
const DIAGNOSED: Record<string, Omit<Marker, 're' | 'source' | 'runtime'>> = {
  'github-actions': { label: 'GitHub Actions', ...CI },
  'gitlab-ci': { label: 'GitLab CI', ...CI },
  eks: { label: 'a Kubernetes pod', platform: 'kubernetes-irsa', local: false },
  ecs: { label: 'an ECS task', platform: 'container-ecs', local: false },
  docker: { label: 'a container', platform: 'container-ecs', local: false },
  lambda: { label: 'a Lambda function', platform: 'lambda', local: false },
  ec2: { label: 'an EC2 instance', platform: 'linux-macos', local: false },
  wsl: { label: 'WSL on a laptop', platform: 'linux-macos', local: true },
};

/** Tier 1: the choices of the "where does it fail?" question (probes.ts, `runtime`). */
const ANSWERED: Record<string, Omit<Marker, 're' | 'source' | 'runtime'>> = {
  laptop: { label: 'your laptop or workstation', platform: 'linux-macos', local: true },
  ci: { label: 'a CI job', ...CI },
  ecs: DIAGNOSED.ecs!,
  eks: DIAGNOSED.eks!,
  ec2: DIAGNOSED.ec2!,
  lambda: DIAGNOSED.lambda!,
};

/**
 * The question's "EC2 or Lambda" choice implies `ec2`; words that name a Lambda function (not an IAM
 * action or ARN, `lambda:InvokeFunction`) and no EC2 make it the function.
 */
const LAMBDA_WORDS = /\blambda\b(?![:/])/i;
const EC2_WORDS = /\bec2\b(?![:/])/i;
const computeOf = (id: string | undefined, texts: string): string | undefined => (id === 'ec2' && LAMBDA_WORDS.test(texts) && !EC2_WORDS.test(texts) ? 'lambda' : id);

/**
 * Tier 4: an interactive shell's prompt or paths. PowerShell's default prompt is "PS C:\…>"; the CLI's files
 * live in C:\Users\<name>\.aws on Windows and ~/.aws elsewhere; macOS homes are /Users/<name> and its zsh
 * prompt ends in " %"; bash's default prompt on Debian/Ubuntu is user@host:~$ (on EC2 the host is ip-…).
 */
export const SHELL_MARKERS: Marker[] = [
  { runtime: 'ec2', label: 'an EC2 instance', platform: 'linux-macos', local: false, re: /\b(?:ec2-user|ubuntu|admin)@ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\b/, source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-ssh.html' },
  { runtime: 'wsl', label: 'WSL on a laptop', platform: 'linux-macos', local: true, re: /(?:^|\s)\/mnt\/c\/|\bWSL2?\b/, source: 'https://learn.microsoft.com/en-us/windows/wsl/filesystems' },
  // Any `$env:` variable; then (its own pattern, to keep each one simple enough to check) any drive path
  // (C:\Program Files\…, a Python traceback's C:\Python311\…, JSON's doubled backslashes) and PowerShell's error
  // record for a native command (`+ CategoryInfo`, `+ FullyQualifiedErrorId : NativeCommandError`).
  { runtime: 'windows', label: 'a Windows shell', platform: 'windows-powershell', local: true, re: /^PS [A-Z]:\\[^\n>]{0,200}>|\b[A-Z]:\\Users\\[^\\\s]{1,64}\\|%USERPROFILE%|\$env:[A-Za-z_]|\bGet-ChildItem\b|^[A-Z]:\\[^\n>]{0,200}>\s?aws\b/m, source: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_prompts' },
  { runtime: 'windows', label: 'a Windows shell', platform: 'windows-powershell', local: true, re: /(?:^|[\s"'(=:[])[A-Z]:\\\\?[\w .()-]{1,64}\\|^\s{0,8}\+ (?:CategoryInfo|FullyQualifiedErrorId) {0,20}:/m, source: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_error_handling' },
  { runtime: 'macos', label: 'a Mac', platform: 'linux-macos', local: true, re: /(?:^|[\s"'(=])\/Users\/[\w.-]{1,64}\/|^[\w.-]{1,64}@[\w.-]{1,64} [^\n%]{0,80} % |\bDarwin\b|\/opt\/homebrew\//m, source: 'https://support.apple.com/en-us/102360' },
  { runtime: 'linux', label: 'a Linux shell', platform: 'linux-macos', local: true, re: /^[\w.-]{1,64}@[\w.-]{1,64}:~?[^\n$#]{0,120}\$ |(?:^|[\s"'(=])\/home\/(?!runner\/|circleci\/|vsts\/)[\w.-]{1,64}\//m, source: 'https://www.gnu.org/software/bash/manual/html_node/Controlling-the-Prompt.html' },
];

/**
 * Tier 3, after diagnose's runtime: the runtime named in the team's own words ("our CircleCI job", "on my
 * MacBook", "in PowerShell"). A clause that says it works there names another place, not the failing one
 * ("works fine locally but fails in the pipeline"), so it is skipped; an IAM action or ARN names a
 * service, not where the code runs ("codebuild:StartBuild").
 */
export const SAID_MARKERS: Array<Omit<Marker, 'source'>> = [
  { runtime: 'ci', label: 'a CI job', ...CI, re: /\b(?:circle ?ci|jenkins|code ?build(?![:/])|bitbucket pipelines?|buildkite|github (?:actions?|workflows?)|gitlab(?:[- ]ci| pipelines?| runners?)|azure (?:devops|pipelines?)|travis(?: ci)?|ci (?:jobs?|pipelines?|runners?|servers?|builds?)|(?:our|the|my) (?:ci|pipeline|build server))\b/i },
  { runtime: 'eks', label: 'a Kubernetes pod', platform: 'kubernetes-irsa', local: false, re: /\b(?:in|inside|from) (?:a |the |my |our )?(?:k8s |kubernetes |eks )?pods?\b/i },
  { runtime: 'ecs', label: 'a container', platform: 'container-ecs', local: false, re: /\b(?:in|inside|from) (?:a |the |my |our )?(?:docker )?container\b|\b(?:ecs|fargate) tasks?\b/i },
  { runtime: 'windows', label: 'a Windows shell', platform: 'windows-powershell', local: true, re: /\b(?:on|from) (?:my |a )?windows\b|\bwindows (?:10|11|laptop|pc|machine|desktop)\b|\bin powershell\b/i },
  { runtime: 'macos', label: 'a Mac', platform: 'linux-macos', local: true, re: /\b(?:on|from) (?:my |a )?mac(?:book)?\b|\bmac ?os\b|\bos ?x\b/i },
  { runtime: 'laptop', label: 'your laptop or workstation', platform: 'linux-macos', local: true, re: /\b(?:on|from) my (?:laptop|machine|workstation|computer|local machine|desktop)\b/i },
];

/** Words that make a clause about a place that works. */
const WORKS_THERE = /\bwork(?:s|ed|ing)?\b|\bfine\b|\bsucceed|\bno (?:problem|issue)s?\b/i;

function saidIn(texts: string): { m: Omit<Marker, 'source'>; seen: string } | undefined {
  const clauses = texts.slice(0, 20_000).split(/[.;!?\n]|,? but /);
  for (const m of SAID_MARKERS) {
    for (const clause of clauses) {
      const hit = m.re.exec(clause);
      if (hit && !WORKS_THERE.test(clause)) return { m, seen: hit[0].trim() };
    }
  }
  return undefined;
}

/** Tools the texts name that diagnose's tool reader does not (the SAM CLI's commands, config and install). */
const SAM = /\bsam (?:deploy|build|local|sync|validate|init)\b|\bsamconfig\.toml\b|\bSAM CLI\b|\baws-sam-cli\b/i;

const DEFAULT: Where = { platform: 'linux-macos', tools: [] };

function first(markers: Marker[], text: string): { m: Marker; seen: string } | undefined {
  for (const m of markers) {
    const hit = m.re.exec(text);
    if (hit) return { m, seen: hit[0].trim().slice(0, 60) };
  }
  return undefined;
}

/**
 * kubectl run by a person ("kubectl get pods" on a laptop) is not a process inside a pod: diagnose's
 * "eks" then names where the cluster is. Only words about the inside of a pod make a pod the runtime.
 */
const INSIDE_POD = /\b(?:in|inside|from|within) (?:the |a |my |our |each )?pods?\b|serviceaccount|service account|\bIRSA\b|web.?identity/i;

interface Read {
  /** The choice the team gave to the "where does it fail?" question. */
  answered?: string;
  /** A runtime their words implied without that question being answered ("our CodeBuild container"). */
  said?: string;
  texts: string;
  runtime?: string;
  tool?: string;
  credentialSource?: string;
}

function read(r: Read): Where {
  const tools = SAM.test(r.texts) ? ['sam'] : [];
  const words = saidIn(r.texts);
  const shell = first(SHELL_MARKERS, r.texts);
  const found = (m: Omit<Marker, 'source'>, because: string): Where => ({ platform: m.platform, label: m.label, local: m.local, runtime: m.runtime, because, tools });
  /** A laptop said without its OS: the shell its prompt, paths or words show ("my Windows laptop", `PS C:\>`). */
  const onLaptop = (w: Where): Where => {
    if (w.runtime !== 'laptop') return w;
    const os = words?.m.local && words.m.runtime !== 'laptop' ? found(words.m, `"${words.seen}"`) : shell?.m.local ? found(shell.m, `\`${shell.seen}\` in what was pasted`) : undefined;
    return os ? { ...os, label: `${w.label}, ${os.label}`, because: w.because } : w;
  };
  const answered = computeOf(r.answered, r.texts);
  const a = answered ? ANSWERED[answered] : undefined;
  if (a) return onLaptop({ ...a, runtime: answered, because: 'you said so', tools });
  const platform = first(PLATFORM_MARKERS, r.texts);
  if (platform) return found(platform.m, `\`${platform.seen}\` in what was pasted`);
  // The Kubernetes steps cover kubectl's own token too (the kubeconfig's `aws eks get-token`), run from the person's shell.
  const eksOrNone = (x?: string) => !x || x === 'eks';
  if (r.tool === 'kubectl' && !INSIDE_POD.test(r.texts) && eksOrNone(r.said) && eksOrNone(r.runtime)) return { platform: 'kubernetes-irsa', label: 'kubectl in your shell', local: true, because: 'kubectl printed the error', tools };
  const said = computeOf(r.said, r.texts);
  const s = said ? ANSWERED[said] : undefined;
  if (s) return onLaptop({ ...s, runtime: said, because: 'from what you wrote', tools });
  const d = r.runtime ? DIAGNOSED[r.runtime] : undefined;
  if (d) return { ...d, runtime: r.runtime, because: 'read from what was pasted', tools };
  if (words) return onLaptop(found(words.m, `"${words.seen}"`));
  if (shell) return found(shell.m, `\`${shell.seen}\` in what was pasted`);
  if (r.tool === 'github-actions') return { ...CI, label: 'GitHub Actions', runtime: 'github-actions', because: 'the GitHub Actions output', tools };
  // An SSO login is run by a person in their own shell.
  if (r.credentialSource === 'sso') return { platform: 'linux-macos', local: true, tools };
  return { ...DEFAULT, tools };
}

/** Where the case's failing call runs, from everything the case holds. */
export function whereItRuns(state: CaseState): Where {
  const implied = state.scoring?.implied?.runtime;
  const answered = state.asked.some((q) => q.id === 'runtime' && q.answer !== undefined && q.answer !== 'unknown' && q.answer !== 'skipped');
  return read({
    ...(answered ? { answered: implied } : { said: implied }),
    texts: (state.scoring?.texts ?? []).join('\n'),
    runtime: state.facts.runtime,
    tool: state.facts.tool,
    credentialSource: state.facts.credentialSource,
  });
}

/** The same from fact values alone (no texts): a runtime fact, an answer's `laptop`, the tool. */
export function whereFromValues(values: FactValues): Where {
  const runtimes = values.runtime ?? [];
  return read({
    answered: runtimes.find((r) => r in ANSWERED && !(r in DIAGNOSED)),
    texts: '',
    runtime: runtimes.find((r) => r in DIAGNOSED),
    tool: values.tool?.[0],
    credentialSource: values.credentialSource?.[0],
  });
}


/** Every pattern this module runs on pasted text (checked for super-linear matching by a test). */
export const RUNTIME_PATTERNS: RegExp[] = [...PLATFORM_MARKERS, ...SAID_MARKERS, ...SHELL_MARKERS].map((m) => m.re).concat([SAM, INSIDE_POD, WORKS_THERE, LAMBDA_WORDS, EC2_WORDS]);
