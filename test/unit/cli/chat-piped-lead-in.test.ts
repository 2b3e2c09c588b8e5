/**
 * Piped chat (QA35 N19): a sentence that ends with a colon and runs straight into tool output, with no empty line
 * between, introduces that output; the two are one input, as a terminal delivers them in one burst. Read apart, the
 * sentence was "nothing in that changes the case" and the second error was merged into the first case.
 */
import { PassThrough } from 'node:stream';
import { runChat } from '../../../src/adapters/cli/chat-command';
import { createMemoryStore } from '../../../src/adapters/store/memory-store';
import { Lines, leadsPaste } from '../../../src/adapters/cli/chat-input';

async function piped(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (b: Buffer) => (printed += b.toString()));
  input.end(`${lines.join('\n')}\n`);
  await runChat({ input, output, interactive: false, store: createMemoryStore(), session: 'lead-in', user: 'alice', ephemeral: true });
  return printed;
}

const EXPIRED = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.';
const SIGNATURE =
  'An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.';

describe('piped chat: a lead-in sentence and the paste it introduces', () => {
  it('when "now a different thing on the deploy box:" is followed by another error, then the two are one input and open a new case', async () => {
    const out = await piped([EXPIRED, '', 'ok relogged, now a different thing on the deploy box:', SIGNATURE, '', 'quit']);
    expect(out).not.toContain('Noted, but nothing in that changes the case');
    expect(out).toContain('so it opens a new case');
    expect(out).toContain('AWS credential problem: `SignatureDoesNotMatch`');
  });

  it('when both errors come wrapped in botocore\'s ClientError, then the shared class is no code in common and a new case opens (review 36 M-3)', async () => {
    const boto = (line: string) => `botocore.exceptions.ClientError: ${line}`;
    const out = await piped([boto(EXPIRED), '', 'now a different thing on the deploy box:', boto(SIGNATURE), '', 'quit']);
    expect(out).toContain('so it opens a new case');
    expect(out).toMatch(/its error \(`SignatureDoesNotMatch`\) is not this case's \(`ExpiredToken`\)/);
  });

  it.each([
    ['ok relogged, now a different thing on the deploy box:', SIGNATURE, true],
    ['i relogged with aws sso login', SIGNATURE, false], // an answer, then a paste: two inputs
    ['which one did you mean:', 'the second one', false], // words after it, not output
    ['now a different thing:', '', false], // an empty line between: the docs' "a paste block, an empty line"
  ])('when %j is followed by %j, then it leads the paste: %s', async (line, next, leads) => {
    const input = new PassThrough();
    input.end(`${next}\nquit\n`);
    expect(await leadsPaste(new Lines(input), line)).toBe(leads);
  });
});
