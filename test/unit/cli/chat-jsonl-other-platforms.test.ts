/**
 * "Other platforms" (the Slack button, `{"command": "other-platforms"}`, or the words typed) before any
 * fix was shown: there is nothing to show other platforms of, so it says so and asks the open step again,
 * rather than a bare "Noted.".
 */
import { jsonlChat } from '../../helpers/jsonl-chat';

const BARE_ACCESS_DENIED = '$ aws s3 ls s3://acme-reports\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied';

describe('chat --jsonl: "other platforms" before a fix', () => {
  it.each([
    ['the command', { command: 'other-platforms' }],
    ['the words', { text: 'other platforms' }],
  ])('when %s comes while a step is open, then it says there is no fix yet and repeats the open step', async (_what, input) => {
    const { send } = await jsonlChat(`op-${_what.length}`);
    const first = await send({ text: BARE_ACCESS_DENIED });
    expect(first.pending?.id).toBe('caller-identity');
    const r = await send(input);
    expect((r.text ?? []).join('\n')).toMatch(/no fix yet to show other platforms for/i);
    expect(r.question?.id).toBe('caller-identity');
    expect(r.question?.commands.join('\n')).toMatch(/get-caller-identity/);
    expect(r.pending?.id).toBe('caller-identity');
  });

  it('when "other platforms" comes once the fix is shown, then it shows the other platforms\' steps', async () => {
    const { send } = await jsonlChat('op-fix');
    await send({ text: BARE_ACCESS_DENIED });
    expect((await send({ text: 'show me the fix' })).kind).toBe('fix');
    const r = await send({ command: 'other-platforms' });
    expect(JSON.stringify(r)).not.toMatch(/no fix yet/i);
    expect(r.kind).not.toBe('noted');
  });
});
