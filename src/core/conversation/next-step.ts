/**
 * Carrying out the policy's choice while diagnosing: the fix, a question (or a command to run),
 * or, when words moved nothing, a short "noted" and the open question again. The policy decides;
 * this module only records the step on the case and builds its replies.
 */
import { probeById } from '../knowledge';
import type { Probe } from '../knowledge/types';
import type { Reply } from './types';
import { rank } from './belief';
import { nextStep } from './policy';
import { helpText, leaderText, probeReply, runnerUpText } from './replies';
import { startRemediation, switchFix } from './fixing';
import { log, refresh, unaskPending, type Turn } from './turn';
import { SAID_WORKING } from './summary';

/** People talking among themselves: the open question is shown again at most this many times. */
const MAX_REASKS = 2;

/** Ask the policy for the next step while diagnosing and carry it out. */
export function advance(t: Turn, showLeader: boolean): void {
  const { s, sc } = t;
  refresh(t);
  if (s.phase !== 'diagnosing') return;
  const ranking = rank(sc, s.rejected);
  const next = nextStep(s, ranking, t.policy);
  switch (next.kind) {
    case 'exhausted':
      t.replies.push({ type: 'text', text: 'Every cause I know has been ruled out. Paste the latest error output, or mark the case resolved.' });
      return;
    case 'fix':
      // "budget" and "nothing-left" come only for a leader not clearly ahead (policy.ts nextStep): name the runner-up.
      startRemediation(t, next.cause, next.why === 'budget' || next.why === 'nothing-left' ? runnerUpText(ranking) : undefined);
      return;
    case 'wait':
      if (showLeader) t.replies.push(leaderText(ranking));
      t.replies.push(shown(t, next.probe));
      return;
    case 'ask':
      if (s.pending) unaskPending(t);
      if (showLeader) t.replies.push(leaderText(ranking));
      ask(t, next.probe);
  }
}

/**
 * After new evidence (an answer, a lookup): while diagnosing, the next step with the leader shown;
 * during the fix, a clearly stronger new leader switches it, else only the stored ranking changes.
 */
export function moveOn(t: Turn): void {
  if (t.s.phase === 'diagnosing') advance(t, true);
  else if (!switchFix(t)) refresh(t);
}

function ask(t: Turn, probe: Probe): void {
  const source = t.sc.implied.authSource;
  if (probe.firstFor && source) t.replies.push({ type: 'text', text: `Your paste shows which credential provider won: \`${source}\`. Check that it is the identity you meant before changing any policy.` });
  t.s.pending = { id: probe.id, kind: probe.kind };
  t.s.asked.push({ id: probe.id, at: t.now });
  log(t, probe.kind === 'command' ? `asked to run ${probe.commands[0]?.code ?? probe.id}` : `asked: ${probe.id}`);
  t.replies.push(shown(t, probe));
}

/** A probe as shown to the team, fitted to the case. */
export function shown(t: Turn, probe: Probe): Reply {
  return withFailingProfile(probeReply(probe), t.s.facts.profile);
}

/** A profile name safe to print in a command line. */
const PROFILE_NAME = /^[\w.+@-]{1,64}$/;

/**
 * "Who is calling" must be asked as the failing call asked: when it named a profile (`--profile dev`,
 * `AWS_PROFILE=dev`, a provider block's `profile`), a bare get-caller-identity would show another identity.
 */
function withFailingProfile(reply: Reply, profile: string | undefined): Reply {
  if (reply.type !== 'command' || reply.id !== 'caller-identity' || !profile || !PROFILE_NAME.test(profile)) return reply;
  return { ...reply, commands: reply.commands.map((c) => ({ ...c, code: `${c.code} --profile ${profile}` })) };
}

const NOTHING_TAKEN = 'Noted, but nothing in that answers the question.';

/**
 * Who the case is with: the last person who answered one of its questions, else whoever opened it. In a shared
 * thread, their words that move nothing get a reminder; other people's chatter is theirs.
 */
export function caseIsWith(s: Turn['s']): string {
  for (let i = s.asked.length - 1; i >= 0; i--) {
    const by = s.asked[i]!.answeredBy;
    if (by !== undefined) return by;
  }
  return s.openedBy;
}

/**
 * Words that answer nothing and move nothing: a short "noted" that says so, and the open question again. Overheard
 * in a shared thread (not said to awskey), people talk to each other ("ok", "lunch first"): only the person the case
 * is with gets the reminder, once per step (until something moves the case); everyone else's chatter gets no reply.
 */
export function noted(t: Turn, badNumber: boolean): void {
  const { s, sc } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  // Counts the "noted" replies given since the case last moved: chatter left unanswered is not counted.
  if (t.overheard && (sc.reasks > 0 || t.user !== caseIsWith(s))) return;
  // A change told done and said to work (said.ts noteToldFix, QA 36 F16) moves no cause, but it is no "nothing".
  const last = s.timeline.at(-1);
  if (last?.at === t.now && last.event.startsWith(`${SAID_WORKING} `)) {
    t.replies.push({ type: 'text', text: 'Noted: what you changed and that it works now are kept for the summary (in your words). Say "resolved" to close the case.' });
    return;
  }
  const again = sc.reasks < MAX_REASKS; // people talking among themselves: do not repeat the question forever
  sc.reasks++;
  if (pending && s.phase === 'diagnosing') {
    // Says that nothing was taken: a bare "Noted." read as "recorded" to people who had typed a fact (QA 34 F25).
    const say = (how: string) => (badNumber ? `There is no choice with that number. ${how}` : again ? `${NOTHING_TAKEN} ${how}` : NOTHING_TAKEN);
    if (pending.kind === 'question') {
      const n = pending.choices.length;
      const text = say(`Reply with a number from 1 to ${n}, click a choice, or answer in words.`);
      const typed = say(`Type a number from 1 to ${n}, or answer in words.`);
      t.replies.push(typed === text ? { type: 'text', text } : { type: 'text', text, typed });
    } else t.replies.push({ type: 'text', text: say('Paste the command output here (secrets are redacted), or say "skip" if you cannot run it.') });
    if (again || badNumber) t.replies.push(shown(t, pending));
    return;
  }
  t.replies.push({ type: 'text', text: `Noted, but nothing in that changes the case. ${helpText(s)}` });
}
