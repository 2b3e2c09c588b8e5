/**
 * Keys from the SSO portal are temporary keys (ASIA): the portal hands out short-term credentials with a session token
 * (https://docs.aws.amazon.com/singlesignon/latest/userguide/howtogetcredentials.html). Put into a tool that has no field
 * for the token, they fail without it (QA 35 N26, batch-19 tuning thread hotovo-aider-desk-131).
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

describe('chat --jsonl: keys from the SSO portal', () => {
  it('when the team put the SSO portal keys into a tool with no session-token field, then missing-session-token is in the top 3', async () => {
    const { send } = await jsonlChat('ssoportal1');
    await send({ text: 'aider desktop w/ bedrock: AccessDeniedException: User is not authorized to perform bedrock:InvokeModel' });
    const r = await send({ text: 'we use sso, i put the access key + secret from the sso portal into aider, theres no field for the session token' });
    expect(r.ranking!.slice(0, 3).map((x) => x.cause)).toContain('missing-session-token');
  });
});
