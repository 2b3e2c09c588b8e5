/**
 * `chat --jsonl` fix.steps holds every platform's step texts (the v1 contract), while a person is
 * shown one runtime's: fix.shownSteps (added within v1) holds exactly the step texts shown, and a
 * step that cites its own page carries it as `source`.
 */
import { jsonlChat } from '../../helpers/jsonl-chat';
import { PASTES } from '../../helpers/pastes';
import type { JsonlReply } from '../../../src/adapters/cli/chat-jsonl';

async function fixFor(session: string, text: string): Promise<NonNullable<JsonlReply['fix']>> {
  const { send } = await jsonlChat(session);
  let r = await send({ text });
  if (!r.fix) r = await send({ command: 'confirm' });
  if (!r.fix) throw new Error(`no fix: ${r.kind}`);
  return r.fix;
}

describe('chat --jsonl: the steps shown', () => {
  it('when a fix is shown for a known runtime, then shownSteps are the shown platforms\' step texts only, and steps still lists every platform\'s', async () => {
    const fix = await fixFor('shown1', `GITHUB_ACTIONS=true\n${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    const shown = (fix.platforms ?? []).filter((p) => p.shown);
    expect(shown.map((p) => p.platform)).toEqual(['ci']);
    expect(fix.shownSteps).toEqual(shown.flatMap((p) => p.steps.map((s) => s.text)));
    expect(fix.shownSteps!.length).toBeGreaterThan(0);
    expect(fix.steps.length).toBeGreaterThan(fix.shownSteps!.length);
  });

  it('when the fix is for a Lambda function, then its shown steps are the Lambda ones, each with its AWS page as source', async () => {
    const fix = await fixFor('shown2', `START RequestId: 8f5e2c1a-1111-2222-3333-444455556666 Version: $LATEST\n${PASTES.cliInvalidToken}\n${PASTES.configureListEnv}`);
    const shown = (fix.platforms ?? []).filter((p) => p.shown);
    expect(shown.map((p) => p.platform)).toEqual(['lambda']);
    for (const s of shown[0]!.steps) expect(s.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/lambda\//);
    expect(fix.shownSteps).toEqual(shown[0]!.steps.map((s) => s.text));
  });
});
