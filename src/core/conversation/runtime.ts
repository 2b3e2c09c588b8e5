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
 * the Lambda steps (every cause has them: knowledge.test.ts checks).
 *
 * Pure: reads the case's redacted evidence texts, never the raw input.
 */
import { SKIPPED, type CaseState, type RemediationVariant } from './types';
import type { FactValues } from '../rules/fact-values';
import { DIAGNOSED_RUNTIMES, RUNTIME_KINDS, markersFor, type RuntimeId, type RuntimeMarker } from '../extract/runtimes';
import { probeById } from '../knowledge';

export type Platform = RemediationVariant['platform'];

/**
 * How every adapter names a platform's steps (the terminal's `[…]` headings, Slack's bold ones, the
 * "Other platforms:" line) and how the line over them says whose steps they are ("these are the steps
 * for Linux / macOS"): one map, so the chat and Slack, the heading and the line, say the same.
 */
export const PLATFORM_LABELS: Record<Platform, string> = {
  'linux-macos': 'Linux / macOS',
  'windows-powershell': 'Windows PowerShell',
  ci: 'CI runners',
  'container-ecs': 'Containers / ECS',
  'kubernetes-irsa': 'Kubernetes (IRSA)',
  lambda: 'AWS Lambda',
  sso: 'IAM Identity Center (SSO)',
  any: 'Any platform',
};

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

/** A runtime's label, platform and place (extract/runtimes.ts), as a Where reads them. */
function kind(id: RuntimeId): Omit<Marker, 're' | 'source' | 'runtime'> {
  const { label, platform, local } = RUNTIME_KINDS[id];
  return { label, platform, local };
}
const markers = (use: RuntimeMarker['use']): Marker[] => markersFor(use).map((m) => ({ runtime: m.runtime, ...kind(m.runtime), ...(m.label ? { label: m.label } : {}), re: m.re, source: m.source }));
const kinds = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, kind(id as RuntimeId)]));

/** Tier 2: set or printed only by the platform (the runtimes' `platform` markers, in their order). */
export const PLATFORM_MARKERS: Marker[] = markers('platform');

/** Tier 3: diagnose's runtime names, as platforms. */
const DIAGNOSED: Record<string, Omit<Marker, 're' | 'source' | 'runtime'>> = kinds(DIAGNOSED_RUNTIMES);

/**
 * Tier 1: the runtimes the choices of the "where does it fail?" question imply (probes.ts, `runtime`),
 * and the Lambda function its "EC2 or Lambda" choice may mean (computeOf).
 */
// docker: a container the team starts themselves, said in words (knowledge/statements.ts runs-in-docker).
const ANSWERED: Record<string, Omit<Marker, 're' | 'source' | 'runtime'>> = kinds([...runtimeAnswers(), 'lambda', 'docker']);

function runtimeAnswers(): string[] {
  const q = probeById('runtime');
  return q?.kind === 'question' ? q.choices.flatMap((c) => (c.implies?.runtime ? [c.implies.runtime] : [])) : [];
}

/**
 * The question's "EC2 or Lambda" choice implies `ec2`; words that name a Lambda function (not an IAM
 * action or ARN, `lambda:InvokeFunction`) and no EC2 make it the function.
 */
const LAMBDA_WORDS = /\blambda\b(?![:/])/i;
const EC2_WORDS = /\bec2\b(?![:/])/i;
const computeOf = (id: string | undefined, texts: string): string | undefined => (id === 'ec2' && LAMBDA_WORDS.test(texts) && !EC2_WORDS.test(texts) ? 'lambda' : id);

/** Tier 4: an interactive shell's prompt or paths (the runtimes' `shell` markers). */
export const SHELL_MARKERS: Marker[] = markers('shell');

/**
 * Tier 3, after diagnose's runtime: the runtime named in the team's own words ("our CircleCI job", "on my
 * MacBook", "in PowerShell"). A clause that says it works there names another place, not the failing one
 * ("works fine locally but fails in the pipeline"), so it is skipped.
 */
export const SAID_MARKERS: Array<Omit<Marker, 'source'>> = markers('words');

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

/**
 * Tier 5: a web identity exchange named (the Go SDK's `WebIdentityErr`, STS's `AssumeRoleWithWebIdentity` and its
 * `InvalidIdentityToken`): a workload handed a token, an EKS pod's IRSA most often (a CI job's OIDC shows its runner's
 * markers first, tier 2). Its steps (the annotation, the token, the cluster's OIDC provider) fit; the instance-metadata
 * steps of the default do not (qa37 F10, pulumi/pulumi-eks#342, alphagov/gsp#889).
 */
const WEB_IDENTITY = /\bWebIdentityErr\b|\bAssumeRoleWithWebIdentity\b|\bInvalidIdentityToken\b/;

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
  if (r.tool === 'github-actions') return { ...kind('github-actions'), runtime: 'github-actions', because: 'the GitHub Actions output', tools };
  const web = WEB_IDENTITY.exec(r.texts);
  if (web) return { platform: 'kubernetes-irsa', label: 'a workload with a web identity token (IRSA in a pod, or OIDC)', local: false, because: `\`${web[0]}\` in what was pasted`, tools };
  // An SSO login is run by a person in their own shell.
  if (r.credentialSource === 'sso') return { platform: 'linux-macos', local: true, tools };
  return { ...DEFAULT, tools };
}

/** Where the case's failing call runs, from everything the case holds. */
export function whereItRuns(state: CaseState): Where {
  const implied = state.scoring?.implied?.runtime;
  const answered = state.asked.some((q) => q.id === 'runtime' && q.answer !== undefined && q.answer !== 'unknown' && q.answer !== SKIPPED && !q.said);
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
export const RUNTIME_PATTERNS: RegExp[] = [...PLATFORM_MARKERS, ...SAID_MARKERS, ...SHELL_MARKERS].map((m) => m.re).concat([SAM, WEB_IDENTITY, INSIDE_POD, WORKS_THERE, LAMBDA_WORDS, EC2_WORDS]);
