/** Platform-neutral replies built from the knowledge: explanations, next steps, remediation, actions. */
import { CAUSE_TITLES, type CauseId } from '../taxonomy';
import { KNOWLEDGE, PLAYBOOKS } from '../knowledge';
import { awsCodes } from '../extract/error-codes';
import { AFTER_DENIAL, afterDenialExplanation, AVOID_LOCAL_TEST, AVOID_LOCAL_TEST_UNKNOWN, VERIFY_TEXT, VERIFY_TEXT_LOCAL, VERIFY_TEXT_UNKNOWN, type Explanation } from '../knowledge/shared';
import { PLATFORM_LABELS, whereFromValues, type Platform, type Where } from './runtime';
import type { CauseKnowledge, Playbook, Probe } from '../knowledge/types';
import type { CaseAction, CaseState, CodeSnippet, RemediationStep, RemediationVariant, Reply, ToolPlaybookReply } from './types';
import { OPT_IN_REGION } from '../knowledge/regions';
import type { Ranking } from './belief';
import type { Diagnosis } from '../diagnosis';
import { allHold, anyHolds, type FactValues } from '../rules/fact-values';
import { lookupHint } from './facts';
import { stateValues } from './belief';

/** A cause's words for the case at hand: after a denial, what its `afterDenial` tag says, else its default. */
export function explained(k: CauseKnowledge, values: FactValues): Explanation {
  const afterDenial = allHold(values, AFTER_DENIAL) ? afterDenialExplanation(k) : undefined;
  return afterDenial ?? { meaning: k.explanation.meaning, authnVsAuthz: k.explanation.authnVsAuthz, avoid: k.avoid };
}

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

const ACCEPTED_CALLER = /\bAWS accepted who is calling\b/;

const DESCRIBED_TEXT =
  'There is no AWS error in your message, so I am working from your description: the causes below are ranked from how often each one explains such problems and from what you wrote. Paste the error output when you have it (secrets are redacted); it usually settles the cause.';

export function openingReplies(state: CaseState, ranking: Ranking): Reply[] {
  const top = ranking[0]!.id;
  const k = explained(KNOWLEDGE[top], stateValues(state));
  const codes = awsCodes(state.errorCodes).slice(0, 3).map((c) => `\`${c}\``).join(', ');
  if (state.scoring?.described) {
    return [
      { type: 'heading', text: 'AWS credential problem (from your description)' },
      { type: 'text', text: DESCRIBED_TEXT },
      causesReply(state, ranking),
    ];
  }
  const meaning = state.scoring?.meaning ?? k.meaning;
  // A message that says AWS accepted the caller (Terraform's refused account) is no authentication failure, whatever the cause's line says.
  const authn = ACCEPTED_CALLER.test(meaning) ? '' : `\n${k.authnVsAuthz}`;
  return [
    // Errors without a code (an expired SSO session, "Unable to locate credentials") get the plain heading.
    { type: 'heading', text: codes ? `AWS credential problem: ${codes}` : 'AWS credential problem' },
    { type: 'text', text: `${meaning}${authn}` },
    causesReply(state, ranking),
  ];
}

export function probeReply(probe: Probe): Reply {
  if (probe.kind === 'question') {
    return { type: 'question', id: probe.id, text: probe.text, choices: probe.choices.map((c) => ({ id: c.id, label: c.label })), freeText: true };
  }
  return { type: 'command', id: probe.id, text: probe.text, commands: probe.commands, pasteBack: true };
}

/** What the team types (or the Slack button sends) to see the steps of the platforms not shown. */
export const OTHER_PLATFORMS_WORDS = 'other platforms';

/** The runtime's own variant (and the SSO one when the credentials come from SSO) is shown; the rest is one line. */
function preferredPlatforms(where: Where, values: FactValues): Set<Platform> {
  const preferred = new Set<Platform>([where.platform, 'any']);
  if ((values.credentialSource ?? []).includes('sso') || (values.signIn ?? []).includes('sso')) preferred.add('sso');
  return preferred;
}

/** The runtime's own variants first; the rest follow in their playbook order. */
export function orderVariants(variants: RemediationVariant[], preferred: Set<Platform>): RemediationVariant[] {
  return [...variants.filter((v) => preferred.has(v.platform)), ...variants.filter((v) => !preferred.has(v.platform))];
}

/**
 * The SSO steps lead when the credentials come from SSO and no runtime was named: the source is what the case knows, and
 * the default platform's steps are a guess (qa37 F16). A runtime named, answered or known to be the person's shell keeps its steps first.
 */
function ssoFirst(variants: RemediationVariant[], where: Where, preferred: Set<Platform>): RemediationVariant[] {
  if (where.label || where.local !== undefined || !preferred.has('sso')) return variants;
  return [...variants.filter((v) => v.platform === 'sso'), ...variants.filter((v) => v.platform !== 'sso')];
}

/** The facts the playbooks test, with the runtime and tools read from the case's texts added. */
function withWhere(values: FactValues, where: Where): FactValues {
  const out: FactValues = { ...values };
  if (where.runtime && !(out.runtime ?? []).includes(where.runtime)) out.runtime = [...(out.runtime ?? []), where.runtime];
  for (const tool of where.tools) if (!(out.tool ?? []).includes(tool)) out.tool = [...(out.tool ?? []), tool];
  return out;
}

/**
 * A playbook's steps with its placeholders filled from the case's facts (`<region>` from the region S3 expects), in
 * the step's words as well as its commands: a config line told in prose names the same registry (review R37-9).
 */
function filled(p: Playbook, values: FactValues): RemediationStep[] {
  const fills = Object.entries(p.fills ?? {}).flatMap(([slot, fact]) => ((values[fact] ?? []).length === 1 ? [[slot, values[fact]![0]!] as const] : []));
  if (fills.length === 0) return p.steps;
  const fill = (text: string) => fills.reduce((t, [slot, value]) => t.split(slot).join(value), text);
  return p.steps.map((s) => ({ ...s, text: fill(s.text), ...(s.code ? { code: s.code.map((c) => ({ ...c, code: fill(c.code) })) } : {}) }));
}

export function playbooksFor(cause: CauseId, values: FactValues): ToolPlaybookReply[] {
  return PLAYBOOKS.filter((p) => (!p.causes || p.causes.includes(cause)) && allHold(values, p.when) && (!p.whenAny || anyHolds(values, p.whenAny))).map((p) => ({
    id: p.id,
    title: p.title,
    steps: filled(p, values),
    sources: p.sources,
    ...(p.first || p.replaces ? { first: true } : {}),
    ...(p.replaces ? { replaces: true as const } : {}),
    ...(p.replaces && p.meaning ? { meaning: p.meaning } : {}),
  }));
}

/** The ids of the playbooks the fix of this cause shows for these facts and this runtime. */
export function playbookIds(cause: CauseId, values: FactValues, where: Where = whereFromValues(values)): string[] {
  return playbooksFor(cause, withWhere(values, where)).map((p) => p.id);
}

/**
 * One line on whose steps are shown and why, so a wrong guess is easy to see. It names platforms with
 * the headings' own labels (PLATFORM_LABELS), so the note and the heading under it say the same.
 */
function shownFor(where: Where, sso: boolean): string {
  if (sso && !where.label && where.local === undefined) return `Steps for ${PLATFORM_LABELS.sso}, the sign-in the case shows, then for ${PLATFORM_LABELS[where.platform]}.`;
  if (where.label) return `Steps for ${where.label}${where.because ? ` (${where.because})` : ''}.`;
  if (where.local) return `Steps for ${PLATFORM_LABELS[where.platform]}, where you run it.`;
  return `Where it fails is not known: these are the steps for ${PLATFORM_LABELS[where.platform]}.`;
}

/**
 * "Do not test only from your laptop" is for a runtime elsewhere; for the person's own shell it is
 * wrong, and when the runtime is not known it is said as a condition.
 */
function avoidFor(avoid: string[], where: Where): string[] {
  if (where.local === false) return avoid;
  if (where.local === true) return avoid.filter((a) => a !== AVOID_LOCAL_TEST);
  return avoid.map((a) => (a === AVOID_LOCAL_TEST ? AVOID_LOCAL_TEST_UNKNOWN : a));
}

export function remediationReplies(cause: CauseId, values: FactValues, where: Where = whereFromValues(values)): Reply[] {
  const k = KNOWLEDGE[cause];
  const said = explained(k, values);
  const preferred = preferredPlatforms(where, values);
  const variants = ssoFirst(orderVariants(k.remediation.variants, preferred), where, preferred);
  // Steps for the runtime at hand only (a default when it is not known); the others go behind one "other platforms" line.
  const primary = Math.max(1, variants.filter((v) => preferred.has(v.platform)).length);
  const playbooks = playbooksFor(cause, withWhere(values, where));
  const own = playbooks.find((p) => p.replaces);
  const fix = own ? ownStory(own, variants.slice(primary), playbooks, where.platform) : undefined;
  return [
    { type: 'heading', text: `Most likely: ${CAUSE_TITLES[cause]}` },
    { type: 'text', text: own?.meaning ?? said.meaning },
    {
      type: 'remediation',
      causeId: cause,
      title: k.remediation.title,
      variants,
      avoid: avoidFor(said.avoid, where),
      links: k.links,
      ...(primary < variants.length ? { primary, shownFor: shownFor(where, preferred.has('sso')) } : {}),
      ...(playbooks.length > 0 && !own ? { playbooks } : {}),
      ...fix,
    },
  ];
}

/**
 * A case playbook that is the whole fix (Playbook.replaces) gives the title and the steps shown; the runtime's own
 * platform steps, which tell another story, are left out, and the cause's other platforms stay behind their line.
 * One story top to bottom, the same in every adapter (qa36 F3).
 */
function ownStory(own: ToolPlaybookReply, others: RemediationVariant[], playbooks: ToolPlaybookReply[], replaced: Platform) {
  const rest = playbooks.filter((p) => p !== own);
  return {
    title: own.title,
    variants: [{ platform: 'any' as const, steps: own.steps }, ...others],
    primary: 1,
    shownFor: `The steps for what this case shows; they replace this cause's usual steps for ${PLATFORM_LABELS[replaced]}.`,
    ...(rest.length > 0 ? { playbooks: rest } : {}),
  };
}

/** The steps of the platforms the fix did not show (asked for with "other platforms"). */
export function otherPlatforms(cause: CauseId, values: FactValues, where: Where = whereFromValues(values)): Reply {
  const k = KNOWLEDGE[cause];
  const preferred = preferredPlatforms(where, values);
  const others = k.remediation.variants.filter((v) => !preferred.has(v.platform));
  if (others.length === 0) return { type: 'remediation', causeId: cause, title: k.remediation.title, variants: k.remediation.variants, avoid: [], links: k.links };
  // The runtime's own steps, shown with the fix, ride along for a reader that lists every platform (`chat --jsonl`'s
  // `fix.steps`: QA 36 F12); the terminal and Slack show only the others.
  const own = orderVariants(k.remediation.variants, preferred).filter((v) => preferred.has(v.platform));
  return { type: 'remediation', causeId: cause, title: k.remediation.title, variants: others, avoid: [], links: k.links, ...(own.length > 0 ? { shownBefore: own } : {}) };
}

/** How to run the check *inside* the runtime that failed, when that is not the user's own shell. */
const IN_RUNTIME: Partial<Record<RemediationVariant['platform'], { text: string; code?: string }>> = {
  'container-ecs': { text: 'For an ECS task, run it inside the running task with ECS Exec (the first command).', code: 'aws ecs execute-command --cluster <cluster> --task <task id> --container <container> --interactive --command "aws sts get-caller-identity"' },
  'kubernetes-irsa': { text: 'For a pod, run it inside the pod with kubectl exec (the first command).', code: 'kubectl exec deploy/<name> -- aws sts get-caller-identity' },
  ci: { text: 'Add `aws sts get-caller-identity` as a step of the failing job, before the call that failed, and re-run the job.' },
};

/** The same for runtimes whose steps are a shell's but which are not the person's own (an instance, a function). */
const IN_RUNTIME_BY_NAME: Record<string, { text: string; code?: string }> = {
  // Session Manager opens a shell on the instance itself (https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-sessions-start.html).
  ec2: { text: 'For an EC2 instance, run it on the instance (SSH, or Session Manager: the first command).', code: 'aws ssm start-session --target <instance id>' },
  // A function's identity is its execution role (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html).
  lambda: { text: 'For a Lambda function, log `get_caller_identity()` (or `GetCallerIdentityCommand`) from the function itself, and check the execution role it runs with (the first command).', code: 'aws lambda get-function-configuration --function-name <function> --query Role' },
};

/** The generic check's words for where it runs: the same shell, somewhere else (not your laptop), or not known. */
function verifyText(text: string, where: Where): string {
  // Several causes add a sentence after the generic check ("Check that `Account` is the account you target.").
  if (!text.startsWith(VERIFY_TEXT)) return text;
  const check = where.local === true ? VERIFY_TEXT_LOCAL : where.local === false ? VERIFY_TEXT : VERIFY_TEXT_UNKNOWN;
  return check + text.slice(VERIFY_TEXT.length);
}

export function verificationReply(cause: CauseId, values: FactValues = {}, where: Where = whereFromValues(values)): Reply {
  const k = KNOWLEDGE[cause];
  const commands: CodeSnippet[] = [...k.verification.commands];
  const notes: string[] = [];
  const how = where.local === false ? (IN_RUNTIME_BY_NAME[where.runtime ?? ''] ?? IN_RUNTIME[where.platform]) : undefined;
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
  return { type: 'verification', text: [verifyText(k.verification.text, where), ...notes, 'Paste the output here.'].join(' '), commands };
}

/**
 * Whether a turn's replies already show every platform's steps (the answer to "other platforms", or a
 * fix with a single platform): the turn then does not offer "other platforms" again.
 */
function showsEveryPlatform(replies: readonly Reply[]): boolean {
  return replies.some((r) => r.type === 'remediation' && (r.primary === undefined || r.primary >= r.variants.length));
}

export function actionsReply(state: CaseState, ranking: Ranking, turnReplies: readonly Reply[] = []): Reply | undefined {
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
    // Every fix shows one runtime's steps: the others are one click (or two words) away.
    if (!showsEveryPlatform(turnReplies)) actions.push({ id: 'other-platforms', label: 'Other platforms' });
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

/** A runner-up under this share is no runner-up worth naming ("then X (1%)": QA 36 F2). */
const MIN_RUNNER_UP = 0.03;

export function leaderText(r: Ranking): Reply {
  const [a, b] = r;
  const lead = a ? `*${CAUSE_TITLES[a.id]}* (${pct(a.score)})` : 'nothing yet';
  const next = b && b.score >= MIN_RUNNER_UP ? `, then ${CAUSE_TITLES[b.id]} (${pct(b.score)})` : '';
  return { type: 'text', text: `Leading now: ${lead}${next}.` };
}

/**
 * A fix shown for a leader that is not clearly ahead (the steps ran out, or no question left could change
 * the leader): the runner-up named in one line, so the team knows what comes after "not this".
 */
export function runnerUpText(r: Ranking): Reply | undefined {
  const [a, b] = r;
  if (!a || !b || b.score < MIN_RUNNER_UP) return undefined;
  return { type: 'text', text: `Not certain: *${CAUSE_TITLES[a.id]}* leads with ${pct(a.score)}, and *${CAUSE_TITLES[b.id]}* is next (${pct(b.score)}). If these steps do not help, say "not this" and I will move to it.` };
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
  const shown = awsCodes(d.errorCodes);
  if (shown.length > 0) parts.push(shown.slice(0, 3).join(', '));
  if (d.facts.operation) parts.push(`operation ${d.facts.operation}`);
  if (d.facts.credentialSource) parts.push(`credential source ${d.facts.credentialSource}`);
  const hint = lookupHint(d.facts);
  if (hint) parts.push(`key ${hint}`);
  // Any ARN in the text (a trust policy holds one too): what it names is not the caller identity, which only verification records.
  if (d.facts.arn) parts.push(`ARN ${d.facts.arn}`);
  if (d.facts.runtime) parts.push(`runtime ${d.facts.runtime}`);
  // An error told by its message alone ("The security token included in the request is expired", no code): what it means.
  if (parts.length === 0 && d.meaning) parts.push(d.meaning.replace(/\.$/, ''));
  return parts.length > 0 ? parts.join('; ') : 'no new facts';
}
