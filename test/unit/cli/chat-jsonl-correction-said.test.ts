/**
 * A correction takes back a prefix *stated* as free text, not only an answered question (QA 35 N1): after a pasted
 * `aws configure list` the fix is shown with no question pending, so "ASIA" typed after the fix is shown is a
 * statement, and "wait no sorry its AKIA, i rotated it yesterday" must withdraw it and count the rotation.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';

describe('chat --jsonl: a stated key prefix corrected', () => {
  it('when ASIA typed as free text is corrected to AKIA with a rotation, then the session-token cause no longer leads and rotation is in the top 3', async () => {
    const { send } = await jsonlChat('corrsaid1');
    await send({ text: PASTES.cliInvalidToken });
    await send({ text: PASTES.configureListEnv });
    const asia = await send({ text: 'ASIA' });
    expect(asia.ranking![0]!.cause).toBe('missing-session-token');
    const r = await send({ text: 'wait no sorry its AKIA, i rotated it yesterday' });
    expect(r.ranking![0]!.cause).not.toBe('missing-session-token');
    expect(r.ranking!.slice(0, 3).map((x) => x.cause)).toContain('stale-credentials-after-rotation');
  });
});
