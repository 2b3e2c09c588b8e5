/** Platform-neutral replies built from the knowledge: explanations, next steps, remediation, actions. */
import { CAUSE_TITLES, type CauseId } from '../taxonomy';
import { KNOWLEDGE, PLAYBOOKS } from '../knowledge';
import { AVOID_LOCAL_TEST, VERIFY_TEXT, VERIFY_TEXT_LOCAL } from '../knowledge/shared';
import type { Probe } from '../knowledge/types';
import type { CaseAction, CaseState, CodeSnippet, RemediationVariant, Reply, ToolPlaybookReply } from './types';
import { OPT_IN_REGION } from '../knowledge/regions';
import type { Ranking } from './belief';
import type { Diagnosis } from '../diagnosis';
import { allHold, anyHolds, lookupHint, type FactValues } from './facts';

export function causesReply(state: CaseState, ranking: Ranking, n = 3): Reply {
  return {
    type: 'causes',
    causes: ranking
      .filter((c) => c.score > 0)
      .slice(0, n)
      .map((c) => ({
        id: c.id,
        title: CAUSE_TITLES[c.id],
        score: Math.round(c.score * 100) / 100,
        evidence: state.causes.find((x) => x.id === c.id)?.evidence.slice(0, 4) ?? [],
      })),
  };
}

const DESCRIBED_TEXT =
  'There is no AWS error in your message, so I am working from your description: the causes below are ranked from how often each one explains such problems and from what you wrote. Paste the error output when you have it (secrets are redacted); it usually settles the cause.';

export function openingReplies(state: CaseState, ranking: Ranking): Reply[] {
  const top = ranking[0]!.id;
  const k = KNOWLEDGE[top];
  const codes = state.errorCodes.slice(0, 3).map((c) => `\`${c}\``).join(', ');
  if (state.scoring?.described) {
    return [
      { type: 'heading', text: 'AWS credential problem (from your description)' },
      { type: 'text', text: DESCRIBED_TEXT },
      causesReply(state, ranking),
    ];
  }
  return [
    // Errors without a code (an expired SSO session, "Unable to locate credentials") get the plain heading.
    { type: 'heading', text: codes ? `AWS credential problem: ${codes}` : 'AWS credential problem' },
    { type: 'text', text: `${state.scoring?.meaning ?? k.explanation.meaning}\n${k.explanation.authnVsAuthz}` },
    causesReply(state, ranking),
  ];
}

export function probeReply(probe: Probe): Reply {
  if (probe.kind === 'question') {
    return { type: 'question', id: probe.id, text: probe.text, choices: probe.choices.map((c) => ({ id: c.id, label: c.label })), freeText: true };
  }
  return { type: 'command', id: probe.id, text: probe.text, commands: probe.commands, pasteBack: true };
}

const PLATFORM_BY_RUNTIME: Array<{ re: RegExp; platforms: Array<RemediationVariant['platform']> }> = [
  { re: /github|gitlab|jenkins|circle|buildkite|bitbucket|codebuild|^ci$/, platforms: ['ci'] },
  { re: /ecs|fargate|docker|container/, platforms: ['container-ecs'] },
  { re: /eks|kube|k8s|pod/, platforms: ['kubernetes-irsa'] },
  { re: /windows|powershell/, platforms: ['windows-powershell'] },
  // A laptop may be a Mac, Linux or Windows: both shells' steps.
  { re: /laptop|workstation|local/, platforms: ['linux-macos', 'windows-powershell'] },
  { re: /wsl|linux|mac|ec2|lambda/, platforms: ['linux-macos'] },
];
const LOCAL_RUNTIME = /laptop|workstation|local|wsl|mac|windows|powershell/;

function platformsOf(values: FactValues, runtimeOnly = false): Set<RemediationVariant['platform']> {
  const preferred = new Set<RemediationVariant['platform']>();
  for (const r of values.runtime ?? []) for (const p of PLATFORM_BY_RUNTIME) if (p.re.test(r.toLowerCase())) p.platforms.forEach((x) => preferred.add(x));
  if (runtimeOnly) return preferred;
  if ((values.credentialSource ?? []).includes('sso') || (values.signIn ?? []).includes('sso')) preferred.add('sso');
  // A kubectl error comes from the EKS token its kubeconfig builds: the Kubernetes steps say how.
  if ((values.tool ?? []).includes('kubectl')) preferred.add('kubernetes-irsa');
  if ((values.tool ?? []).includes('github-actions')) preferred.add('ci');
  return preferred;
}

/** True when the failing runtime is the person's own machine. */
export function isLocalRuntime(values: FactValues): boolean {
  return (values.runtime ?? []).some((r) => LOCAL_RUNTIME.test(r.toLowerCase()));
}

/** The runtime's own variants first; the rest follow in their playbook order. */
export function orderVariants(variants: RemediationVariant[], values: FactValues): RemediationVariant[] {
  const preferred = platformsOf(values);
  return [...variants.filter((v) => preferred.has(v.platform)), ...variants.filter((v) => !preferred.has(v.platform))];
}

export function playbooksFor(cause: CauseId, values: FactValues): ToolPlaybookReply[] {
  return PLAYBOOKS.filter((p) => (!p.causes || p.causes.includes(cause)) && allHold(values, p.when) && (!p.whenAny || anyHolds(values, p.whenAny))).map((p) => ({ id: p.id, title: p.title, steps: p.steps, sources: p.sources, ...(p.first ? { first: true } : {}) }));
}

export function remediationReplies(cause: CauseId, values: FactValues): Reply[] {
  const k = KNOWLEDGE[cause];
  const variants = orderVariants(k.remediation.variants, values);
  const preferred = platformsOf(values);
  // Steps for the runtime at hand only; the others go behind one "other platforms" line.
  const primary = variants.filter((v) => preferred.has(v.platform) || v.platform === 'any').length;
  const avoid = isLocalRuntime(values) ? k.avoid.filter((a) => a !== AVOID_LOCAL_TEST) : k.avoid;
  const playbooks = playbooksFor(cause, values);
  return [
    { type: 'heading', text: `Most likely: ${CAUSE_TITLES[cause]}` },
    { type: 'text', text: k.explanation.meaning },
    {
      type: 'remediation',
      causeId: cause,
      title: k.remediation.title,
      variants,
      avoid,
      links: k.links,
      ...(primary > 0 && primary < variants.length ? { primary } : {}),
      ...(playbooks.length > 0 ? { playbooks } : {}),
    },
  ];
}

/** The fix's steps for every platform (asked for with "other platforms"). */
export function allPlatforms(cause: CauseId, values: FactValues): Reply {
  const k = KNOWLEDGE[cause];
  return { type: 'remediation', causeId: cause, title: k.remediation.title, variants: orderVariants(k.remediation.variants, values), avoid: [], links: k.links };
}

/** How to run the check *inside* the runtime that failed, when that is not the user's own shell. */
const IN_RUNTIME: Partial<Record<RemediationVariant['platform'], { text: string; code?: string }>> = {
  'container-ecs': { text: 'For an ECS task, run it inside the running task with ECS Exec (the first command).', code: 'aws ecs execute-command --cluster <cluster> --task <task id> --container <container> --interactive --command "aws sts get-caller-identity"' },
  'kubernetes-irsa': { text: 'For a pod, run it inside the pod with kubectl exec (the first command).', code: 'kubectl exec deploy/<name> -- aws sts get-caller-identity' },
  ci: { text: 'Add `aws sts get-caller-identity` as a step of the failing job, before the call that failed, and re-run the job.' },
};

export function verificationReply(cause: CauseId, values: FactValues = {}): Reply {
  const k = KNOWLEDGE[cause];
  const commands: CodeSnippet[] = [...k.verification.commands];
  const notes: string[] = [];
  const platforms = platformsOf(values, true);
  const how = (['container-ecs', 'kubernetes-irsa', 'ci'] as const).filter((p) => platforms.has(p)).map((p) => IN_RUNTIME[p])[0];
  if (how) {
    notes.push(how.text);
    if (how.code) commands.unshift({ shell: 'bash', code: how.code });
  }
  // An opt-in region only fails there: a check against the default region proves nothing.
  const region = (values.region ?? []).find((r) => new RegExp(OPT_IN_REGION).test(r));
  if (region) commands.push({ shell: 'any', code: `aws sts get-caller-identity --region ${region}` });
  // A refreshed session is checked with the profile that failed. Not for other causes: `--profile`
  // bypasses env keys in the CLI, so it could "verify" a runtime that still loads the wrong ones.
  const profile = (values.profile ?? [])[0];
  if (cause === 'temporary-credentials-expired' && profile && /^[\w.+@-]{1,64}$/.test(profile)) commands.push({ shell: 'any', code: `aws sts get-caller-identity --profile ${profile}` });
  const text = k.verification.text === VERIFY_TEXT && isLocalRuntime(values) ? VERIFY_TEXT_LOCAL : k.verification.text;
  return { type: 'verification', text: [text, ...notes, 'Paste the output here.'].join(' '), commands };
}

export function actionsReply(state: CaseState, ranking: Ranking): Reply | undefined {
  const actions: CaseAction[] = [];
  const current = state.scoring?.current;
  if (state.phase === 'diagnosing') {
    const hint = lookupHint(state.facts);
    if (hint && !state.lookups.some((l) => l.hint === hint)) actions.push({ id: 'run-lookup', label: `Look up ${hint}`, hint });
    const top = ranking[0];
    if (top && top.score > 0) actions.push({ id: 'confirm-cause', label: `It's this: ${shortTitle(top.id)}`, causeId: top.id });
    actions.push({ id: 'resolve', label: 'Resolved' });
  } else if (state.phase === 'remediating' && current) {
    actions.push({ id: 'step-done', label: 'Done, verify' });
    actions.push({ id: 'reject-cause', label: 'Not this cause', causeId: current });
    actions.push({ id: 'resolve', label: 'Resolved' });
  } else if (state.phase === 'verifying' && current) {
    actions.push({ id: 'resolve', label: 'It works now' });
    actions.push({ id: 'reject-cause', label: 'Still failing', causeId: current });
  }
  return actions.length > 0 ? { type: 'actions', actions } : undefined;
}

function shortTitle(id: CauseId): string {
  const t = CAUSE_TITLES[id];
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;

export function leaderText(r: Ranking): Reply {
  const [a, b] = r;
  const lead = a ? `*${CAUSE_TITLES[a.id]}* (${pct(a.score)})` : 'nothing yet';
  const next = b && b.score > 0 ? `, then ${CAUSE_TITLES[b.id]} (${pct(b.score)})` : '';
  return { type: 'text', text: `Leading now: ${lead}${next}.` };
}

export function helpText(s: CaseState): string {
  switch (s.phase) {
    case 'diagnosing':
      return 'Answer the question above, paste more output from the failing runtime, say "show me the fix", or "resolved".';
    case 'remediating':
      return 'When the steps are done, say "done" (I will then ask you to verify), "not this" if this is not the cause, or "resolved".';
    case 'verifying':
      return 'Paste the output of `aws sts get-caller-identity` from the failing runtime, or say "resolved" or "still failing".';
    case 'resolved':
      return 'This case is resolved.';
  }
}

/** One line on what a paste showed, for the timeline (diagnose's facts are already redacted and masked). */
export function describePaste(d: Diagnosis): string {
  const parts: string[] = [];
  if (d.errorCodes.length > 0) parts.push(d.errorCodes.slice(0, 3).join(', '));
  if (d.facts.operation) parts.push(`operation ${d.facts.operation}`);
  if (d.facts.credentialSource) parts.push(`credential source ${d.facts.credentialSource}`);
  const hint = lookupHint(d.facts);
  if (hint) parts.push(`key ${hint}`);
  // Any ARN in the text (a trust policy holds one too): what it names is not the caller identity, which only verification records.
  if (d.facts.arn) parts.push(`ARN ${d.facts.arn}`);
  if (d.facts.runtime) parts.push(`runtime ${d.facts.runtime}`);
  return parts.length > 0 ? parts.join('; ') : 'no new facts';
}
