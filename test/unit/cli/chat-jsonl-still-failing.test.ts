/**
 * "Still failing" / "that didn't work" (QA 34 F3, F1): a report on a fix tried. Before any fix was shown nothing was
 * tried, so it rules nothing out and the open question comes again; once a fix is shown, it rules that fix's cause out
 * (as "not this" does) rather than a "Noted.".
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

// The README's own example.
const INVALID_TOKEN =
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('chat --jsonl: "still failing" before and after a fix', () => {
  it.each(['still failing', 'that didnt work either', "it doesn't work"])(
    'when "%s" is typed at a question before any fix was shown, then no cause is ruled out and the question comes again',
    async (words) => {
      const { send, session } = await jsonlChat(`sf-${words.length}`);
      const first = await send({ text: INVALID_TOKEN });
      expect(first.pending?.id).toBe('key-prefix');
      const leader = first.ranking![0]!.cause;
      const r = await send({ text: words });
      expect((r.text ?? []).join('\n')).not.toMatch(/ruling out/i);
      expect((r.text ?? []).join('\n')).toMatch(/rules nothing out/i);
      expect(session.state?.rejected ?? []).toEqual([]);
      expect(r.ranking![0]!.cause).toBe(leader);
      expect(r.question?.id).toBe('key-prefix');
    },
  );

  it('when "that didnt work" is typed after a fix was shown, then that fix\'s cause is ruled out, not "Noted."', async () => {
    const { send, session } = await jsonlChat('sf-fix');
    await send({ text: INVALID_TOKEN });
    const fix = await send({ text: 'its ASIA i think, got them from the console' });
    const cause = fix.fix?.cause;
    expect(cause).toBeDefined();
    const r = await send({ text: 'that didnt work' });
    expect(r.kind).not.toBe('noted');
    expect((r.text ?? []).join('\n')).toMatch(/ruling out/i);
    expect(session.state?.rejected).toContain(cause);
  });
});
