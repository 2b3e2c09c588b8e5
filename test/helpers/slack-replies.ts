/** What the Slack side of a case posted, read back for tests that compare it with the chat. */
import type { Reply } from '../../src/core/conversation/types';
import type { RecordedCall } from './fake-slack/fake-slack';
import type { Harness } from './fake-slack/harness';

type Button = { action_id?: string; value?: string };
export type Block = { type: string; elements?: Button[]; text?: { text?: string } };

export const blocksOf = (calls: RecordedCall[]): Block[] => calls.flatMap((c) => (c.body.blocks as Block[] | undefined) ?? []);

/** The decoded values of every button posted, in order. */
export const buttonValues = (calls: RecordedCall[]) =>
  blocksOf(calls)
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .map((b) => JSON.parse(b.value ?? '{}') as { k: string; q?: string; cause?: string });

/** Debug log lines of the Slack case flow for one case thread, in order. */
export function flowLogs(h: Harness, key: string): Array<{ replies: Array<Reply['type']>; phase: string }> {
  return h.logs.lines.map((l) => JSON.parse(l) as { msg?: string; case?: string; replies: Array<Reply['type']>; phase: string }).filter((l) => l.msg === 'case replies posted' && l.case === key);
}
