/**
 * The summary's timeline says what happened (QA 35 N10, batch-19 tuning thread anthropics-claude-code-596 as QA replayed
 * it): an opening error told by its message alone is "opened the case: <what it means>", not "no new facts", and words
 * typed to the case are "said: …", not "pasted output: operation Login".
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// Claude Code's API error line with the Bedrock (STS) message, as the thread pasted it.
const OPENING = 'claude code on bedrock dies after ~1h:\nAPI Error (403): {"message":"The security token included in the request is expired"}';

describe('chat --jsonl: the summary timeline labels', () => {
  it('when the case opened on an expired-token message and words were typed, then the timeline says so', async () => {
    const { send } = await jsonlChat('tl1');
    await send({ text: OPENING });
    await send({ text: 'yeah its sso' });
    await send({ text: 'just show me the fix' });
    await send({ command: 'done' });
    await send({ text: 'that didnt work, claude still says expired after i did aws sso login, had to restart claude' });
    const r = await send({ text: 'resolved - restarting claude code after aws sso login picks up the new creds' });
    expect(r.kind).toBe('resolved');
    const timeline = r.summary!.slice(r.summary!.indexOf('### Timeline'));
    expect(timeline).not.toMatch(/opened the case: no new facts/);
    expect(timeline).toMatch(/opened the case: [^|]*expired/i);
    expect(timeline).not.toMatch(/pasted output: operation Login/);
    expect(timeline).toMatch(/said: "that didnt work, claude still says expired after i did aws sso login, had to restart claude"/);
  });
});
