/**
 * The chat after a resolved case, as in a Slack thread (test/integration/slack/case-thread-after-resolved.test.ts):
 * thanks said to awskey gets nothing; a new problem described in words opens a new case under a new
 * key, the resolved one kept as it is.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';

const chat = () => jsonlChat('r1');

describe('the chat after a resolved case', () => {
  it('stays quiet on thanks, and a new problem described in words opens a new case', async () => {
    const { send, session } = await chat();
    await send({ text: PASTES.cliInvalidToken });
    expect((await send({ text: 'resolved - removed the old export from .bashrc' })).phase).toBe('resolved');
    const thanks = await send({ text: 'thanks, the new access key works' });
    expect(thanks).toMatchObject({ kind: 'silent', case: 'r1', phase: 'resolved' });
    // https://github.com/circlefin/circle-nodejs-sdk/pull/142
    const next = await send({ text: 'the publish pipeline is failing in `Configure AWS Credentials` before `npm publish`' });
    // A new case, being worked (the words' context hints may already put a fix first: belief.ts describedBase).
    expect(next).toMatchObject({ case: 'r1.2', opened: true });
    expect(['diagnosing', 'remediating']).toContain(next.phase);
    expect(next.kind).toMatch(/^(question|command|fix)$/);
    expect(session.state?.errorCodes).toEqual([]);
    expect(session.state?.scoring?.texts?.join('\n')).not.toMatch(/InvalidClientTokenId/);
  });
});
