/**
 * QA 36 F1's thread (batch-19 tuning thread anthropics-claude-code-596: the tool caches the role credentials for an hour),
 * played through `chat --jsonl` up to the verify step, for the tests of what a reply there tells.
 */
import { jsonlChat } from './jsonl-chat';

export const CLAUDE_EXPIRED = 'claude code on bedrock dies after ~1h:\nAPI Error (403): {"message":"The security token included in the request is expired"}';

export async function claudeExpiredAtVerify(name: string): Promise<Awaited<ReturnType<typeof jsonlChat>>> {
  const chat = await jsonlChat(name);
  await chat.send({ text: CLAUDE_EXPIRED });
  await chat.send({ text: 'yeah its sso' });
  await chat.send({ text: 'aws cli works fine in the same terminal tho, sso session is 8h and its only been an hour' });
  await chat.send({ command: 'done' });
  expect(chat.session.state?.phase).toBe('verifying');
  return chat;
}
