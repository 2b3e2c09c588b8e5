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

describe('chat --jsonl: a tool with no token field, the key unknown (review 36 E-2)', () => {
  it('when the key kind is unknown, then "no place for a token" asks the key prefix before the missing-token fix', async () => {
    const { send } = await jsonlChat('notokenfield1');
    await send({ text: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.' });
    const r = await send({ text: 'the tool only has two fields, access key id and secret, theres no place for a token' });
    expect(r.question?.id).toBe('key-prefix');
    expect(r.fix).toBeUndefined();
  });
});
