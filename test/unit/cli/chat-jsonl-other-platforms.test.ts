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

/**
 * QA 36 F12: the contract (docs/conversation.md) says `fix.steps` is every platform's steps, the runtime's own first, and
 * `platforms` lists each platform, at least one `shown`. After "other platforms" the reply showed the others only: a
 * runbook reading `fix.steps` from the last fix reply lost the runtime's own steps.
 */
describe('chat --jsonl: the fix after "other platforms" (QA 36 F12)', () => {
  it('when the other platforms are asked for, then fix.steps still holds the runtime\'s own steps first and shownSteps the others', async () => {
    const { send } = await jsonlChat('op-f12');
    await send({ text: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', user: 'alice' });
    const first = await send({ answer: { question: 'key-prefix', choice: 2 } });
    expect(first.kind).toBe('fix');
    const own = first.fix!.platforms!.filter((p) => p.shown);
    expect(own.length).toBeGreaterThan(0);
    const r = await send({ command: 'other-platforms' });
    const fix = r.fix!;
    expect(fix.cause).toBe(first.fix!.cause);
    // Every platform, the runtime's own first (not shown again), the others shown.
    expect(fix.platforms!.map((p) => p.platform)).toEqual(first.fix!.platforms!.map((p) => p.platform));
    expect(fix.platforms!.filter((p) => !p.shown).map((p) => p.platform)).toEqual(own.map((p) => p.platform));
    expect(fix.platforms!.some((p) => p.shown)).toBe(true);
    expect(fix.steps).toEqual(first.fix!.steps);
    expect(fix.steps.slice(0, first.fix!.shownSteps!.length)).toEqual(first.fix!.shownSteps);
    expect(fix.shownSteps).toEqual(fix.platforms!.filter((p) => p.shown).flatMap((p) => p.steps.map((s) => s.text)));
    expect(fix.shownSteps).not.toContain(first.fix!.shownSteps![0]);
  });
});
