/**
 * Free-text replies in a thread, read with simple rules: case commands ("resolved", "done",
 * "not this"), a choice number, and the words that select a probe's choice. Facts (key ids, env
 * dumps, error lines) are read separately by diagnose().
 */
import type { Probe, QuestionProbe } from '../knowledge/types';
import { PROBES } from '../knowledge';

export type Intent = 'resolve' | 'done' | 'reject' | 'confirm' | 'help' | 'skip';

export interface Interpretation {
  intent?: Intent;
  answers: Array<{ probeId: string; choiceId: string }>;
  /** What the team wrote after "resolved:" (what fixed it), kept for the summary. */
  note?: string;
  /** A bare number that does not match any choice of the pending question. */
  badNumber?: boolean;
}

/** Only the start of a long reply is read for words; a 1 MB paste is not an answer. */
const READ_LIMIT = 400;

const INTENTS: Array<{ intent: Intent; re: RegExp }> = [
  { intent: 'resolve', re: /^(resolved?|fixed|solved|close( the case)?|it works( now)?|works now|all good)\b[\s.!]*$/i },
  { intent: 'done', re: /^(done|did (it|that)|finished|steps? done|ok,? done|completed)\b[\s.!]*$/i },
  { intent: 'reject', re: /^(not (this|it|that)( (one|cause))?|wrong cause|reject|still (failing|fails|broken|the same))\b[\s.!]*$/i },
  { intent: 'confirm', re: /^(confirm|that'?s it|this is it|yes,? that'?s the cause)\b[\s.!]*$/i },
  { intent: 'help', re: /^(help|\?|what now\??)$/i },
  { intent: 'skip', re: /^(skip|pass|next|(i )?can'?t( run (it|that))?|cannot|no access|not possible|n\/a)\b[\s.!]*$/i },
  // "I can't run that here", "no access to that box", "unable to get into the pod": cannot do the step.
  { intent: 'skip', re: /^(i |we )?(can'?t|cannot|am unable to|'m unable to|are unable to|unable to|don'?t have access|have no access|no access)\b/i },
];

/** "resolved - the cron job had an old export, removed it": the case closes with that note. */
const RESOLVED_WITH_NOTE = /^(resolved|fixed|solved|it works now|works now|it works)\s*[-:,.;!–—]+\s*(\S.*)$/i;

function matchesAny(text: string, patterns: string[] | undefined): boolean {
  return (patterns ?? []).some((p) => new RegExp(p, 'i').test(text));
}

function choiceFor(probe: QuestionProbe, text: string, asked: boolean): string | undefined {
  const specific = probe.choices.find((c) => matchesAny(text, c.say) && !matchesAny(text, c.sayUnless));
  if (specific) return specific.id;
  if (!asked) return undefined;
  return probe.choices.find((c) => matchesAny(text, c.sayWhenAsked))?.id;
}

/**
 * @param pending the question we are waiting for (its yes/no words count), if any
 * @param open ids of the probes still worth answering (their specific words count)
 */
export function interpret(raw: string, pending: Probe | undefined, open: string[]): Interpretation {
  const text = raw.slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim();
  const out: Interpretation = { answers: [] };
  // Pasted output (several lines, or long) is read for facts by diagnose(), not for answer words:
  // "us-east-1" in an `aws configure list` table is not an answer to "which endpoint?".
  if (text === '' || raw.length > 4 * READ_LIMIT || raw.trim().split('\n').length > 3) return out;
  const withNote = RESOLVED_WITH_NOTE.exec(text);
  if (withNote) {
    out.intent = 'resolve';
    out.note = withNote[2];
    return out;
  }
  for (const { intent, re } of INTENTS) {
    if (re.test(text)) {
      out.intent = intent;
      return out;
    }
  }
  const num = /^#?\s*(\d{1,3})\s*[.)]?$/.exec(text);
  if (num) {
    if (pending?.kind === 'question') {
      const choice = pending.choices[Number(num[1]) - 1];
      if (choice) out.answers.push({ probeId: pending.id, choiceId: choice.id });
      else out.badNumber = true;
    } else out.badNumber = true;
    return out;
  }
  if (pending?.kind === 'question') {
    const c = choiceFor(pending, text, true);
    if (c) out.answers.push({ probeId: pending.id, choiceId: c });
    // A word or two that answers the question asked ("disabled", "yes") answers nothing else.
    if (c && text.split(' ').length <= 2) return out;
  }
  for (const probe of PROBES) {
    if (probe.kind !== 'question' || probe.id === pending?.id || !open.includes(probe.id)) continue;
    const c = choiceFor(probe, text, false);
    if (c) out.answers.push({ probeId: probe.id, choiceId: c });
  }
  return out;
}
