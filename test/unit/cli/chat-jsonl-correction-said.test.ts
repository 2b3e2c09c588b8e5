/**
 * A correction takes back a prefix *stated* as free text, not only an answered question (QA 35 N1): after a pasted
 * `aws configure list` the key-prefix question is answered by the paste, "ASIA" typed after the fix is shown is a
 * statement, and "wait no sorry its AKIA, i rotated it yesterday" must withdraw it and count the rotation.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

const INVALID_TOKEN =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const CONFIGURE_LIST = [
  '      Name                    Value             Type    Location',
  '      ----                    -----             ----    --------',
  '   profile                <not set>             None    None',
  'access_key     ****************MPLE              env    ',
  'secret_key     ****************EKEY              env    ',
  '    region                us-east-1      config-file    ~/.aws/config',
].join('\n');

describe('chat --jsonl: a stated key prefix corrected', () => {
  it('when ASIA typed as free text is corrected to AKIA with a rotation, then the session-token cause no longer leads and rotation is in the top 3', async () => {
    const { send } = await jsonlChat('corrsaid1');
    await send({ text: INVALID_TOKEN });
    await send({ text: CONFIGURE_LIST });
    const asia = await send({ text: 'ASIA' });
    expect(asia.ranking![0]!.cause).toBe('missing-session-token');
    const r = await send({ text: 'wait no sorry its AKIA, i rotated it yesterday' });
    expect(r.ranking![0]!.cause).not.toBe('missing-session-token');
    expect(r.ranking!.slice(0, 3).map((x) => x.cause)).toContain('stale-credentials-after-rotation');
  });
});
