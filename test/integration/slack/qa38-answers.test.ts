/**
 * QA38's answers in Slack (real Bolt app over HTTP on loopback, the fake Slack API): the same conversation core as the
 * terminal and `chat --jsonl` (test/unit/core/conversation/qa38-answers.test.ts), so the same answers are read.
 */
import { createCaseStore } from '../../../src/adapters/store/case-store';
import { actionId, encodeButtonValue } from '../../../src/adapters/slack/action-values';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { flowLogs } from '../../helpers/slack-replies';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

describe('QA38 answers in a Slack thread', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Opens a case in `channel` and returns its root ts and a sender of thread replies that waits for the bot's answer. */
  async function open(channel: string) {
    const root = `1700000300.0000${channel.length}1`;
    let n = 1;
    const key = `${channel}/${root}`;
    const wait = async (before: number, what: string) => h.fake.waitFor(() => flowLogs(h, key).length > before, what);
    await h.sendEvent({ text: ERROR_PASTE, user: 'U1', channel, ts: root });
    await wait(0, 'the opening reply');
    return {
      root,
      state: () => createCaseStore(h.kv, 86400).get({ channel, thread: root }),
      say: async (text: string) => {
        const before = flowLogs(h, key).length;
        await h.sendEvent({ text, user: 'U1', channel, thread_ts: root, ts: `1700000300.0001${++n}` });
        await wait(before, `the reply to ${JSON.stringify(text)}`);
      },
      click: async (q: string, c: string) => {
        const before = flowLogs(h, key).length;
        await h.sendAction({ actionId: actionId('answer', 0), value: encodeButtonValue({ k: 'answer', q, c }), messageTs: root, threadTs: root, channel, user: 'U1' });
        await wait(before, `the reply to the ${c} button`);
      },
    };
  }

  it('F18: when the person who typed AKIA clicks ASIA on the key-prefix question, then ASIA replaces AKIA and the case leads with the missing session token', async () => {
    const c = await open('CQA38A');
    await c.say('AKIA');
    await c.click('key-prefix', 'asia');
    const s = await c.state();
    expect(s?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
    expect(s?.causes[0]?.id).toBe('missing-session-token');
  }, 30_000);

  it('F9: when the command and its printed prefix are pasted in the thread, then that is the key-prefix answer', async () => {
    const c = await open('CQA38B');
    await c.say('```$ echo ${AWS_ACCESS_KEY_ID:0:4}\nASIA```');
    const s = await c.state();
    expect(s?.asked.find((a) => a.id === 'key-prefix')?.answer).toBe('asia');
  }, 30_000);
});
