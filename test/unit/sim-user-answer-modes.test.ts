/**
 * `npm run eval:conversations -- --answers=number|label|mixed` (issue 9): where the simulated user would press a
 * choice's button it types the choice's number, its label, or both, as people do in Slack and the terminal. On
 * tuning threads whose replay presses buttons, every typed form is read as the button: no misread, and the case
 * moves exactly as it does when the button is pressed (the same questions, the same ranking after every input) — a
 * label's words read as statements ("CI secrets" as "it runs in CI") would change the ranking without a misread.
 */
import { ANSWER_MODES, choiceInput, loadConversations, replay, type LoadedCase, type Replay } from '../helpers/sim-user';

/** Up to `n` tuning threads whose button replay presses a (question, choice) no earlier pick pressed. */
async function pressing(n: number): Promise<Array<{ l: LoadedCase; r: Replay }>> {
  const seen = new Set<string>();
  const out: Array<{ l: LoadedCase; r: Replay }> = [];
  for (const l of loadConversations().filter((x) => x.half === 'tuning')) {
    if (out.length >= n) break;
    const r = await replay(l);
    const pressed = r.turns.flatMap((t) => ('answer' in t.sent ? [`${t.sent.answer.question}=${t.sent.answer.choice}`] : []));
    if (pressed.some((p) => !seen.has(p))) {
      pressed.forEach((p) => seen.add(p));
      out.push({ l, r });
    }
  }
  return out;
}

const moves = (r: Replay) => r.turns.map((t) => ({ kind: t.kind, question: t.question, fix: t.fix, understood: t.understood, ranking: t.ranking }));

describe('the simulated user types its choices', () => {
  it('when a choice is typed, then it is its 1-based number, its label, or "<number>, <label>"', () => {
    const q = { id: 'copied', kind: 'question' as const, text: 'Copied by hand?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No, written by a tool' }], commands: [] };
    expect(choiceInput(q, 'no', 'button')).toEqual({ answer: { question: 'copied', choice: 'no' } });
    expect(choiceInput(q, 'no', 'number')).toEqual({ text: '2' });
    expect(choiceInput(q, 'no', 'label')).toEqual({ text: 'No, written by a tool' });
    expect(choiceInput(q, 'no', 'mixed')).toEqual({ text: '2, no, written by a tool' });
  });

  it('when tuning threads are replayed in every answer mode, then nothing is misread and the case moves as with buttons', async () => {
    const picked = await pressing(8);
    expect(picked.length).toBeGreaterThanOrEqual(4);
    for (const { l, r: pressed } of picked) {
      for (const mode of ANSWER_MODES.filter((m) => m !== 'button')) {
        const typed = await replay(l, undefined, mode);
        expect({ file: l.file, mode, misread: typed.misread }).toEqual({ file: l.file, mode, misread: [] });
        expect(typed.turns.some((t) => 'text' in t.sent && /^\d/.test(t.sent.text) === (mode !== 'label'))).toBe(true);
        expect({ file: l.file, mode, moves: moves(typed) }).toEqual({ file: l.file, mode, moves: moves(pressed) });
      }
    }
  }, 120_000);
});
