/**
 * Past 64 KB the known messages are read line by line (extract/messages.ts): a message that captures nothing is read at
 * its first line and not run again, while one that captures a provider runs on, since a later line may name another.
 */
import { newDraft } from '../../../../src/core/extract/draft';
import { extractMessages } from '../../../../src/core/extract/messages';
import type { ExtractContext } from '../../../../src/core/extract/types';

const filler = (from: number): string => Array.from({ length: 900 }, (_, k) => `2026-11-21T10:00:00.000Z INFO worker processed batch ${from + k} in 52 ms`).join('\n');
const INVALID = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

/** The extractor's context for a text (diagnose's own, less the prose and repeat memos the messages do not ask). */
function contextOf(text: string): ExtractContext {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lineOf = (at: number): number => starts.filter((s) => s <= at).length;
  return { lines, text, lower: text.toLowerCase(), lineOf, loc: (line) => ({ line, excerpt: '' }), isProse: () => false, repeats: () => false };
}

describe('known messages in a log past 64 KB', () => {
  const text = [filler(0), 'Error when retrieving credentials from container-role: Error retrieving metadata', INVALID, filler(1000), 'Error when retrieving credentials from iam-role: Error retrieving metadata', INVALID, filler(2000)].join('\n');
  const draft = newDraft();
  extractMessages(contextOf(text), draft);

  it('is long enough to be read line by line', () => {
    expect(text.length).toBeGreaterThan(64 * 1024);
  });

  it('when a message that captures nothing repeats, then it is one signal at its first line', () => {
    expect(draft.signals.filter((s) => s.id === 'msg.token-invalid').map((s) => s.at?.line)).toEqual([902]);
  });

  it('when a provider failure names two providers, then each is read, the second after the first matched', () => {
    expect(draft.signals.filter((s) => s.id === 'msg.provider-failed').map((s) => [s.detail, s.at?.line])).toEqual([
      ['container-role', 901],
      ['iam-role', 1803],
    ]);
  });
});
