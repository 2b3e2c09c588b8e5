/**
 * What a text sent to an open case is, before the engine takes it in: a paste (evidence only) or words (the
 * interpreter's reading), with the shapes people answer in that are neither plain (QA38):
 * - a clock read with `date -u` and pasted: the clock question's answer against the message's arrival (clock-reading.ts, F10);
 * - the command a question gives, pasted with the word it printed: that word is the reply (printed-answer.ts, F9);
 * - look-alike letters in an answer ("АSIА", "ＡＳＩＡ"): read as `lookup` reads a key id, and said so (key-id.ts, F19);
 * - an account number to "whose resource?": compared with the caller's account (account-answer.ts, F14).
 */
import { diagnose } from '../diagnose';
import { showsErrorText, type Diagnosis, type Facts } from '../diagnosis';
import { foldLookalikeWords, oddCharsNote } from '../key-id';
import type { Probe } from '../knowledge/types';
import { isPaste, understood, type Interpretation } from './interpreter';
import { printedAnswer } from './printed-answer';
import { withAccountAnswer } from './account-answer';
import { clockChoice, clockNote, clockReading } from './clock-reading';

export interface ReplyRead {
  /** The text read: the pasted text, or the word a pasted command printed, or the answer with its look-alikes folded. */
  text: string;
  d: Diagnosis;
  paste: boolean;
  words: Interpretation;
  /** What awskey says of how it read the text, before its reply. */
  notes: string[];
}

export interface ReplyContext {
  pending: Probe | undefined;
  /** The questions still open to a statement. */
  open: readonly string[];
  facts: Facts;
  now: Date;
  /** The interpreter, bound to the case (engine.ts). */
  read: (words: string) => Interpretation;
}

const CLOCK = 'clock';
const KEY_PREFIX = 'key-prefix';
const NOTHING: Interpretation = { stated: [], statements: [] };

export function readText(pasted: string, pastedRead: Diagnosis, c: ReplyContext): ReplyRead {
  const error = showsErrorText(pastedRead);
  const clock = error ? undefined : clockReading(pasted, c.now);
  if (clock) {
    const choice = clockChoice(clock);
    const answer = choice === undefined ? undefined : { probeId: CLOCK, choiceId: choice };
    const words = answer && c.pending?.id === CLOCK ? { ...NOTHING, answer } : answer && c.open.includes(CLOCK) ? { ...NOTHING, stated: [answer] } : NOTHING;
    return { text: pasted, d: pastedRead, paste: false, words, notes: [clockNote(clock)] };
  }
  const printed = error ? undefined : printedAnswer(pasted);
  const byPrint = printed === undefined ? undefined : c.read(printed);
  if (printed !== undefined && byPrint && understood(byPrint)) return { text: printed, d: diagnose(printed, { now: c.now }), paste: false, words: byPrint, notes: [] };
  if (isPaste(pasted, pastedRead)) return { text: pasted, d: pastedRead, paste: true, words: NOTHING, notes: [] };
  const folded = foldLookalikeWords(pasted);
  const byFolded = folded.odd.length > 0 ? c.read(folded.text) : undefined;
  if (byFolded && understood(byFolded)) {
    const prefix = byFolded.answer?.probeId === KEY_PREFIX || byFolded.stated.some((a) => a.probeId === KEY_PREFIX);
    const note = prefix ? oddCharsNote({ oddChars: folded.odd }, { given: 'The prefix you typed', read: 'I read it' }) : undefined;
    return { text: folded.text, d: diagnose(folded.text, { now: c.now }), paste: false, words: byFolded, notes: note ? [note] : [] };
  }
  return { text: pasted, d: pastedRead, paste: false, words: withAccountAnswer(c.read(pasted), pasted, c.pending, c.facts), notes: [] };
}
