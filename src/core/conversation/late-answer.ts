/**
 * An answer written before the question it would now meet (QA38 F16): in a shared thread two people answer the same
 * question at once; the first answer moves the case on and the next question is posted, then the second answer,
 * written for the earlier question, arrives. Read against the question open when it was written (the input's
 * `writtenAt`, Slack's message ts, against the pending question's asked time): the same choice agrees and changes
 * nothing; another choice is a disagreement, said to both, never applied to the next question; a bare number that is
 * no answer to it is a remark. Anything else (words with a fact in them) is read as usual.
 */
import { probeById } from '../knowledge';
import type { QuestionProbe } from '../knowledge/types';
import { interpret, isBareNumber } from './interpreter';
import type { Turn } from './turn';

const TS_PRECISION_MS = 1_000;

/** The question answered last before the pending one, when `writtenAt` is surely before the pending one was asked. */
function openWhenWritten(t: Turn, writtenAt: string): { probe: QuestionProbe; answer: string; answeredBy?: string } | undefined {
  const { s } = t;
  const pending = s.pending && s.asked.find((a) => a.id === s.pending!.id && a.answer === undefined);
  // Slack's ts counts whole seconds (its fraction is a sequence): only an answer written more than a second before the
  // pending question was asked is surely late. It answered the question answered last before that one.
  if (!pending || Date.parse(pending.at) - Date.parse(writtenAt) <= TS_PRECISION_MS) return undefined;
  const then = s.asked.filter((a) => a.answer !== undefined && !a.said && a.at < pending.at).at(-1);
  const probe = then ? probeById(then.id) : undefined;
  return probe?.kind === 'question' && then?.answer !== undefined ? { probe, answer: then.answer, ...(then.answeredBy ? { answeredBy: then.answeredBy } : {}) } : undefined;
}

/** True when the text was an answer (or a bare number) written before the pending question: the reply is said here. */
export function tookLateAnswer(t: Turn, text: string, writtenAt: string | undefined): boolean {
  if (!writtenAt) return false;
  const then = openWhenWritten(t, writtenAt);
  if (!then) return false;
  const { probe, answer } = then;
  const read = interpret(text, probe, [], []).answer;
  const choice = read?.probeId === probe.id ? read.choiceId : undefined;
  const label = (id: string) => probe.choices.find((c) => c.id === id)?.label ?? id;
  if (choice === answer) {
    t.replies.push({ type: 'text', text: `Noted: that agrees with the answer already taken for "${probe.text}" (${label(answer)}). The question above is still open.` });
    return true;
  }
  if (choice !== undefined) {
    // Named in words: a text reply's mention is escaped (it would not notify), and the thread shows who it was.
    const who = then.answeredBy && then.answeredBy !== t.user ? ' The answer taken first, from another person, was' : ' The answer taken first was';
    t.replies.push({
      type: 'text',
      text:
        `Two answers to one question: that one was written for "${probe.text}" before the question above was asked, so I did not take it for the question above.${who} *${label(answer)}*; ` +
        `you said *${label(choice)}*. If *${label(choice)}* is right, say so in words (for example "no, ${label(choice)}") and I will correct it.`,
    });
    return true;
  }
  if (isBareNumber(text)) {
    t.replies.push({ type: 'text', text: 'That number was written before the question above was asked, so I did not take it as its answer. Answer the question above again if you meant it.' });
    return true;
  }
  return false;
}
