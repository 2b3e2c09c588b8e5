/**
 * "aws sso login worked, the CLI works but the script still says it" (QA 34 F20): the login did not fix the failing
 * call, so it is no evidence of a session that ran out (extract/context-hints.ts hint.relogin); the CLI working with
 * --profile while the script fails is the wrong-profile reading, and the fix is not `aws sso login` again.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// aws-cli's own message (aws/aws-cli awscli/clidriver.py, as the catalogue cites it).
const NO_CREDENTIALS = 'Unable to locate credentials. You can configure credentials by running "aws configure".';

describe('chat --jsonl: a login that worked while the failing call still fails', () => {
  it('when the team says sso login worked but the script still fails, then the fix is not a new sso login', async () => {
    const { send } = await jsonlChat('lw1');
    await send({ text: NO_CREDENTIALS });
    await send({ text: '2, its sso' });
    const r = await send({ text: 'aws sso login worked, `aws s3 ls --profile dev` works but the python script still says it' });
    expect(r.ranking![0]!.cause).toBe('wrong-profile');
    expect(r.fix?.cause).not.toBe('temporary-credentials-expired');
    expect(JSON.stringify(r)).not.toMatch(/logging in again or refreshing the session helps/);
  });
});
