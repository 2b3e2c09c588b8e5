/**
 * Synthetic conversations for the no-redundant-question properties: a case with no known truth (the
 * simulated user says "I don't know" to everything) and a follow-up paste replayed through
 * `awskey chat --jsonl`'s code path.
 */
import { ANSWERED_BY_FACTS } from '../../src/core/conversation/types';
import type { ConversationCase, Truth } from './sim-user';
import type { CauseId } from '../../src/core/taxonomy';
import { ChatSession } from '../../src/adapters/cli/chat-session';
import { JsonlChat, type JsonlReply } from '../../src/adapters/cli/chat-jsonl';
import { createCaseStore } from '../../src/adapters/store/case-store';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { createLogger } from '../../src/adapters/logging/logger';

/** Deterministic PRNG (mulberry32) so a failure names a reproducible paste. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NO_TRUTH: Truth = {
  keyPrefix: null, sessionTokenSet: null, credentialSource: null, runtime: null, tool: null, envKeysSet: null, profileIntended: null,
  profileUsed: null, rotatedRecently: null, keyDeletedOrInactive: null, worksElsewhere: null, target: null, regionEnabled: null,
  clockOff: null, copiedByHand: null, callerAccountIsResourceAccount: null, ssoSessionExpired: null,
};

/** A case no fix ends (its cause is no cause id), so the replay walks every question the engine wants to ask. */
export function syntheticCase(opening: string, truth: Partial<Truth> = {}, phrasing: ConversationCase['phrasing'] = {}): ConversationCase {
  return {
    url: 'synthetic', title: 'synthetic', opening, cause: 'none-of-them' as CauseId, alsoAcceptable: [], truth: { ...NO_TRUTH, ...truth },
    pastes: { 'configure-list': null, 'caller-identity': null, env: null, other: [] }, phrasing, fixedBy: '',
  };
}

/**
 * The opening, then a follow-up paste while the first question is pending; then "I don't know" to every
 * question and "not this" to every fix. Returns the questions asked from the follow-up's reply on, and
 * the choices the follow-up was read as (the engine settling a pending question because the paste shows
 * it, "answered by the facts", is no choice).
 */
export async function afterFollowUp(opening: string, followUp: string): Promise<{ asked: string[]; understood: string[] }> {
  let t = Date.parse('2026-12-01T09:00:00Z');
  const clock = { now: () => new Date(t) };
  const session = await ChatSession.open({ cases: createCaseStore(createMemoryStore({ clock }), 86400), clock, logger: createLogger({ level: 'silent' }) }, 'follow-up');
  const chat = new JsonlChat(session, 'reporter', clock.now);
  const send = async (input: object): Promise<JsonlReply> => {
    t += 60_000;
    return chat.handle(JSON.stringify(input));
  };
  await send({ text: opening });
  let reply = await send({ text: followUp });
  const understood = (reply.understood ?? []).filter((u) => u.answer !== ANSWERED_BY_FACTS).map((u) => `${u.question}=${u.answer}`);
  const asked: string[] = [];
  for (let turn = 0; turn < 8; turn++) {
    if (reply.question) asked.push(reply.question.id);
    if (reply.phase === 'remediating' || reply.phase === 'verifying') reply = await send({ command: 'not-this' });
    else if (reply.pending) reply = await send({ text: "I don't know" });
    else break;
  }
  return { asked, understood };
}
