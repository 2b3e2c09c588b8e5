/**
 * Words that answer nothing and move nothing (QA 34 F25): the reply says that nothing was taken, so a person who typed a
 * fact awskey could not read ("asai", "AWS_PROFILE isnt set in the script env i think") does not believe it recorded.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

const INVALID_TOKEN =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('chat --jsonl: words that move nothing', () => {
  it('when a reply to the key-prefix question is not read, then the reply says nothing in it answers the question', async () => {
    const { send } = await jsonlChat('nt-q');
    expect((await send({ text: INVALID_TOKEN })).pending?.id).toBe('key-prefix');
    const r = await send({ text: 'asai' });
    expect((r.text ?? []).join('\n')).toMatch(/^Noted, but nothing in that answers the question\./);
    expect(r.question?.id).toBe('key-prefix');
  });

  it('when words during a fix move nothing, then the reply says nothing in them changes the case', async () => {
    const { send } = await jsonlChat('nt-fix');
    await send({ text: INVALID_TOKEN });
    expect((await send({ text: 'ASIA' })).kind).toBe('fix');
    const r = await send({ text: 'hello?' });
    expect((r.text ?? []).join('\n')).toMatch(/nothing in that changes the case/);
  });
});
