/**
 * `chat --jsonl` as a runbook author writes it (product trial, stop 20).
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';

describe('chat --jsonl: choices as runbooks write them', () => {
  it('when a choice is given as the number in a string ("2"), then it is the second choice, as the number 2 is', async () => {
    const { send } = await jsonlChat('t1');
    const first = await send({ text: PASTES.cliInvalidToken });
    const q = first.question!;
    expect(q.kind).toBe('question');
    const answered = await send({ answer: { question: q.id, choice: '2' } });
    expect(answered.kind).not.toBe('error');
    expect(answered.understood).toEqual([{ question: q.id, answer: q.choices[1]!.id }]);
  });
});
