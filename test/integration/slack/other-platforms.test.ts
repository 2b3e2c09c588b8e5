/**
 * The "Other platforms" button and the fix's commands, over the real Bolt app on loopback against the
 * fake Slack API: the reply that shows the other platforms does not offer the button again, and a
 * command that is the same in bash and PowerShell is shown once.
 */
import { createCaseStore } from '../../../src/adapters/store/case-store';
import { actionId, encodeButtonValue, type ButtonValue } from '../../../src/adapters/slack/action-values';
import type { RecordedCall } from '../../helpers/fake-slack/fake-slack';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { PASTES } from '../../helpers/pastes';
import { blocksOf, buttonValues, flowLogs } from '../../helpers/slack-replies';

const CHANNEL = 'CPLATFORMS';

/** The code blocks Slack was sent, each command's text once per block. */
const codeBlocks = (calls: RecordedCall[]) => blocksOf(calls).flatMap((b) => [...(b.text?.text ?? '').matchAll(/```([^`]*)```/g)].map((m) => m[1]!.trim()));

describe('the fix in Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('when "Other platforms" is clicked, then its reply shows their steps without the button; the check shows get-caller-identity once', async () => {
    const cases = createCaseStore(h.kv, 86400);
    const inChannel = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === CHANNEL);
    const root = '1700000300.000001';
    // A reply is complete when the case flow logs it as posted.
    const step = async (send: () => Promise<unknown>, what: string): Promise<RecordedCall[]> => {
      const before = inChannel().length;
      const logsBefore = flowLogs(h, `${CHANNEL}/${root}`).length;
      await send();
      await h.fake.waitFor(() => flowLogs(h, `${CHANNEL}/${root}`).length > logsBefore, what);
      return inChannel().slice(before);
    };
    await step(() => h.sendEvent({ text: PASTES.cliInvalidToken, channel: CHANNEL, ts: root }), 'the first answer');
    await step(() => h.sendEvent({ text: `$ aws configure list\n${PASTES.configureListEnv}`, channel: CHANNEL, thread_ts: root, ts: '1700000300.000002' }), 'the reply to configure list');
    const click = (value: ButtonValue) => h.sendAction({ actionId: actionId(value.k, 0), value: encodeButtonValue(value), messageTs: root, threadTs: root, channel: CHANNEL });
    const state = (await cases.get({ channel: CHANNEL, thread: root }))!;
    const fix = await step(() => click({ k: 'confirm', cause: state.causes[0]!.id }), 'the fix');
    // The fix shows one runtime's steps and offers the others.
    expect(buttonValues(fix).map((b) => b.k)).toContain('platforms');

    const others = await step(() => click({ k: 'platforms' }), 'the other platforms');
    expect(JSON.stringify(others.map((c) => c.body.blocks))).toContain(':wrench:');
    const offered = buttonValues(others).map((b) => b.k);
    expect(offered).toContain('step-done');
    expect(offered).not.toContain('platforms');

    const check = await step(() => click({ k: 'step-done' }), 'the check');
    const commands = codeBlocks(check).filter((c) => c === 'aws sts get-caller-identity');
    expect(commands).toHaveLength(1);
  }, 60_000);
});
