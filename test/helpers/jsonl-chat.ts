/**
 * An in-process `awskey chat --jsonl` (ChatSession + JsonlChat over a memory store, a clock one
 * minute further on every call): the CLI's own code, without a child process.
 */
import { ChatSession } from '../../src/adapters/cli/chat-session';
import { JsonlChat, type JsonlReply } from '../../src/adapters/cli/chat-jsonl';
import { createCaseStore } from '../../src/adapters/store/case-store';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { createLogger } from '../../src/adapters/logging/logger';

export async function jsonlChat(session: string): Promise<{ send: (o: unknown) => Promise<JsonlReply>; session: ChatSession }> {
  let t = Date.parse('2026-12-01T09:00:00Z');
  const clock = { now: () => new Date((t += 60_000)) };
  const s = await ChatSession.open({ cases: createCaseStore(createMemoryStore({ clock }), 86400), clock, logger: createLogger({ level: 'silent' }) }, session);
  const c = new JsonlChat(s, 'alice', clock.now);
  return { send: async (o) => c.handle(JSON.stringify(o)), session: s };
}
