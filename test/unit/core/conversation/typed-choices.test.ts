/**
 * A choice typed instead of pressed (issue 9): its number ("2"), its label as the list shows it ("Environment
 * variables (AWS_ACCESS_KEY_ID…, CI secrets)"), the start of its label ("A role from the platform"), or the number
 * and the label ("3, environment variables (…)"). Through the real engine: every form of every choice of every
 * question moves the case exactly as pressing that choice's button does — the same answer recorded, the same
 * evidence applied, the same facts, the same ranking and next step. A label's own words are ours, not statements the person made: "CI secrets" in
 * the env choice's label is no "it runs in CI", "DISABLED" in the region choice's is no disabled key.
 */
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { PROBES } from '../../../../src/core/knowledge';
import type { QuestionProbe } from '../../../../src/core/knowledge/types';
import { T0 } from '../../../helpers/case-script';
import { PASTES } from '../../../helpers/pastes';
import { shownAnswers } from '../../../../src/core/extract/shown-answers';

const at = new Date(T0).toISOString();
const opened = step(undefined, { kind: 'paste', text: PASTES.cliInvalidToken, user: 'U01ALICE', at }, { now: new Date(T0), key: { channel: 'C1', thread: '1.0' } })!.state;

type Typed = { kind: 'message'; text: string } | { kind: 'answer'; questionId: string; choiceId: string };

/** The case with `question` pending (as if it were the step asked now), after `input`. */
function after(question: QuestionProbe, input: Typed): CaseState {
  const state: CaseState = { ...opened, pending: { id: question.id, kind: 'question' }, asked: [...opened.asked.filter((a) => a.id !== question.id), { id: question.id, at }] };
  const now = new Date(T0 + 60_000);
  return step(state, { ...input, user: 'U01ALICE', at: now.toISOString() }, { now })!.state;
}

/**
 * The shown answers, less one the typed text shows by itself and the answer typed equals: "aws sso login", the start of
 * the SSO choice's label typed alone, is the sign-in command on a line of its own, which extract/shown-answers.ts reads
 * as run (as a paste's command line is); it moves nothing the button would not. Any other label form (the whole label,
 * "aws sso login / IAM Identity Center", names the command without running it) must leave the facts as the button does.
 */
const otherShown = (s: CaseState, typed: string | undefined) => {
  const self = typed === undefined ? [] : shownAnswers(typed);
  const rest = s.facts.shown?.filter((x) => !(self.some((y) => y.probe === x.probe && y.choice === x.choice) && s.asked.some((a) => a.id === x.probe && a.answer === x.choice)));
  return rest?.length ? rest : undefined;
};

const moved = (s: CaseState, typed?: string) => ({
  asked: s.asked.map((a) => [a.id, a.answer]),
  applied: (s.scoring?.applied ?? []).map((a) => a.id),
  causes: s.causes.map((c) => [c.id, c.score.toFixed(6)]),
  // Where a fact was read (an excerpt) is no fact: "aws sso login" typed names the tool the error named.
  facts: { ...s.facts, locations: undefined, shown: otherShown(s, typed) },
  next: s.pending?.id,
});

const QUESTIONS = PROBES.filter((p): p is QuestionProbe => p.kind === 'question');
const cases = QUESTIONS.flatMap((q) =>
  q.choices.flatMap((c, i) => {
    const head = c.label.split(/\s*[(,/…]\s*/)[0]!.trim();
    const forms: Array<[string, string]> = [
      ['number', String(i + 1)],
      ['label', c.label],
      ['mixed', `${i + 1}, ${c.label.toLowerCase()}`],
    ];
    // The start of a label is read when it is words of its own (two or more), not one that starts several labels.
    if (head.split(' ').length >= 2 && head !== c.label) forms.push(['label start', head]);
    return forms.map(([form, text]) => [q.id, c.id, form, text] as const);
  }),
);

describe('a choice typed as its number, its label, or both', () => {
  it.each(cases)('when %s is pending and the reply is %s (%s: "%s"), then the case moves as the button does', (id, choice, form, text) => {
    const q = QUESTIONS.find((x) => x.id === id)!;
    const typed = after(q, { kind: 'message', text });
    const pressed = after(q, { kind: 'answer', questionId: q.id, choiceId: choice });
    expect(typed.asked.find((a) => a.id === q.id)?.answer).toBe(choice);
    expect(moved(typed, form === 'label start' ? text : undefined)).toEqual(moved(pressed));
  });
});
