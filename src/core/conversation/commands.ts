/**
 * What the team tells the case to do, in words ("resolved - removed the export", "done", "not
 * this", "just show me the fix", "skip"): the interpreter reads the intent, this carries it out.
 */
import { probeById } from '../knowledge';
import { rank, stateValues } from './belief';
import type { Intent } from './interpreter';
import { helpText, otherPlatforms } from './replies';
import { SKIPPED } from './types';
import { whereItRuns } from './runtime';
import { confirm, dismiss, reject, resolve, stepDone } from './fixing';
import { advance, shown } from './next-step';
import { answerPending, applyChoice, log, type Turn } from './turn';

export function runCommand(t: Turn, intent: Intent, note?: string): void {
  const { s, sc } = t;
  const top = rank(sc, s.rejected)[0]?.id;
  switch (intent) {
    case 'dismiss':
      dismiss(t);
      return;
    case 'resolve':
      resolve(t, note);
      return;
    case 'done':
      stepDone(t);
      return;
    case 'reject': {
      const target = sc.current ?? top;
      if (target) reject(t, target, s.phase === 'verifying' ? 'still failing after its fix' : 'the team said not this cause');
      advance(t, true);
      return;
    }
    case 'failing':
      // Still failing after a fix was shown: its cause was not the whole story. Before any fix nothing was tried,
      // so the words rule nothing out: the open step again.
      if (sc.current) {
        reject(t, sc.current, 'still failing after its fix');
        advance(t, true);
      } else notTriedYet(t);
      return;
    case 'confirm':
      if (top && s.phase === 'diagnosing') confirm(t, top);
      return;
    case 'fix':
      if (s.phase !== 'diagnosing') {
        t.replies.push({ type: 'text', text: helpText(s) });
        return;
      }
      sc.fixRequested = true;
      log(t, 'asked for the fix of the leading cause');
      advance(t, false);
      return;
    case 'platforms':
      // The fix's steps for the platforms it did not show.
      if (sc.current) t.replies.push(otherPlatforms(sc.current, stateValues(s), whereItRuns(s)));
      else noFixYet(t);
      return;
    case 'help':
      t.replies.push({ type: 'text', text: helpText(s) });
      return;
    case 'skip':
      skip(t);
      return;
    case 'why':
      why(t);
      return;
  }
}

/** "Why do you need that?": the pending step's reason (its probe's `why`, data) and the step again. */
function why(t: Turn): void {
  const { s } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  if (!pending || s.phase !== 'diagnosing') {
    t.replies.push({ type: 'text', text: helpText(s) });
    return;
  }
  t.replies.push({ type: 'text', text: `Why it is asked: ${pending.why}` });
  t.replies.push(shown(t, pending));
}

/** "I can't run that": move on to the next best step rather than asking again. */
function skip(t: Turn): void {
  const { s, sc } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  if (!pending || s.phase !== 'diagnosing') {
    t.replies.push({ type: 'text', text: helpText(s) });
    return;
  }
  if (pending.kind === 'question' && pending.choices.some((c) => c.id === 'unknown')) applyChoice(t, pending.id, 'unknown');
  else {
    answerPending(t, SKIPPED);
    sc.uninformative = (sc.uninformative ?? 0) + 1;
    log(t, `skipped ${pending.id}`);
  }
  sc.reasks = 0;
  advance(t, false);
}

/** "Still failing" before any fix was shown: nothing was tried, so nothing is ruled out; the open step again. */
function notTriedYet(t: Turn): void {
  const { s } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  log(t, 'still failing before any fix was shown: nothing ruled out');
  t.replies.push({ type: 'text', text: 'No fix has been shown yet, so that rules nothing out. Answer the step below to narrow the cause (or say "not this" to rule out the leading cause).' });
  if (pending && s.phase === 'diagnosing') t.replies.push(shown(t, pending));
  else t.replies.push({ type: 'text', text: helpText(s) });
}

/** "Other platforms" before any fix was shown: say there is none yet, and what is still open. */
function noFixYet(t: Turn): void {
  const { s } = t;
  const pending = s.pending ? probeById(s.pending.id) : undefined;
  if (!pending || s.phase !== 'diagnosing') {
    t.replies.push({ type: 'text', text: helpText(s) });
    return;
  }
  t.replies.push({ type: 'text', text: 'There is no fix yet to show other platforms for: the cause is still open. This is the step before it:' });
  t.replies.push(shown(t, pending));
}
