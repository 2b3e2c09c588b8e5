/**
 * `npm run eval:conversations -- --answers=number|label|mixed` (issue 9): where the simulated user would press a
 * choice's button it types the choice's number, its label, or both, as people do in Slack and the terminal. On
 * tuning threads whose replay presses buttons, every typed form is read as the button: no misread, and the case
 * moves exactly as it does when the button is pressed (the same questions, the same ranking after every input) — a
 * label's words read as statements ("CI secrets" as "it runs in CI") would change the ranking without a misread.
 * That replay property is checked in conversation-eval-floors.test.ts, on threads picked from the eval's own button
 * replay (picking them here replayed about 120 tuning threads a second time); this file keeps the typed forms.
 */
import { choiceInput } from '../helpers/sim-user';

describe('the simulated user types its choices', () => {
  it('when a choice is typed, then it is its 1-based number, its label, or "<number>, <label>"', () => {
    const q = { id: 'copied', kind: 'question' as const, text: 'Copied by hand?', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No, written by a tool' }], commands: [] };
    expect(choiceInput(q, 'no', 'button')).toEqual({ answer: { question: 'copied', choice: 'no' } });
    expect(choiceInput(q, 'no', 'number')).toEqual({ text: '2' });
    expect(choiceInput(q, 'no', 'label')).toEqual({ text: 'No, written by a tool' });
    expect(choiceInput(q, 'no', 'mixed')).toEqual({ text: '2, no, written by a tool' });
  });
});
