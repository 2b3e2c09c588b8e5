/**
 * The chat and Slack run the same case flow: a handful of real threads are replayed by the simulated
 * user through `awskey chat --jsonl`'s code, and the very same inputs are then sent to the real Bolt
 * app over loopback (HTTP, against the fake Slack API): the opening and every text as thread
 * messages, every choice as a button click, "not this" as the button. Per input, both sides must give
 * the same kind of reply, the same question and the same fix cause.
 */
import { createCaseStore } from '../../src/adapters/store/case-store';
import { actionId, encodeButtonValue } from '../../src/adapters/slack/action-values';
import { kindOf } from '../../src/adapters/cli/chat-jsonl';
import { startHarness, type Harness } from '../helpers/fake-slack/harness';
import { loadConversations, replay, type UserInput } from '../helpers/sim-user';
import { buttonValues, flowLogs } from '../helpers/slack-replies';

/** Threads whose replays mix words, choices, a long answer in the reporter's words and "not this". */
const CASES = [
  'boto-boto-3066.json',
  'databendlabs-databend-8069.json',
  '99designs-aws-vault-917.json',
  'ianbelcher-eks-kubectl-action-1.json',
  'kubernetes-sigs-cluster-api-provider-aws-4860.json',
];
/**
 * Threads that open with a description and no error text: the chat is always said to awskey, so in
 * Slack the opening is an @mention (the same words in passive listening get no answer, below).
 */
const DESCRIBED = ['circlefin-circle-nodejs-sdk-142.json', 'rancher-rancher-25835.json', 'skyscrapers-terraform-website-s3-cloudfront-route53-21.json'];

interface Seen {
  kind: string;
  question?: string;
  fix?: string;
}


describe('chat --jsonl and Slack give the same replies on the same inputs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const all = loadConversations();
  it.each([...CASES, ...DESCRIBED])('%s', async (file) => {
    const l = all.find((x) => x.file === file);
    if (!l) throw new Error(`corpus case ${file} is missing`);
    const chat = await replay(l);
    const inputs: UserInput[] = [{ text: l.c.opening }, ...chat.turns.slice(1).map((t) => t.sent)];
    const expected: Seen[] = chat.turns.map((t) => ({ kind: t.kind, ...(t.question ? { question: t.question } : {}), ...(t.fix ? { fix: t.fix } : {}) }));

    const mention = DESCRIBED.includes(file);
    expect(chat.opened).toBe(true);
    const channel = `C${CASES.indexOf(file)}${DESCRIBED.indexOf(file)}EQ`;
    const cases = createCaseStore(h.kv, 86400);
    const seen: Seen[] = [];
    let root = '';
    let fixCause: string | undefined;
    for (const input of inputs) {
      const before = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).length;
      const logsBefore = root ? flowLogs(h, `${channel}/${root}`).length : 0;
      if ('text' in input) {
        const opening = mention && !root;
        const { body } = await h.sendEvent({ text: opening ? `<@UBOT> ${input.text}` : input.text, channel, ...(opening ? { type: 'app_mention' } : {}), ...(root ? { thread_ts: root } : {}) });
        root ||= (body.event as { ts: string }).ts;
      } else {
        const value = 'answer' in input ? { k: 'answer' as const, q: input.answer.question, c: input.answer.choice } : { k: 'reject' as const, cause: fixCause as never };
        await h.sendAction({ actionId: actionId(value.k, 0), value: encodeButtonValue(value), messageTs: root, threadTs: root, channel });
      }
      const key = `${channel}/${root}`;
      await h.fake.waitFor(() => flowLogs(h, key).length > logsBefore, `the Slack replies to input ${seen.length + 1} of ${file}`);
      const log = flowLogs(h, key)[logsBefore]!;
      const posted = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).slice(before);
      const buttons = buttonValues(posted);
      const kind = kindOf(log.replies.map((type) => ({ type })));
      const state = await cases.get({ channel, thread: root });
      const question = kind === 'question' ? buttons.find((b) => b.k === 'answer')?.q : log.replies.includes('command') ? state?.pending?.id : undefined;
      const fix = log.replies.includes('remediation') ? buttons.find((b) => b.k === 'reject')?.cause : undefined;
      if (fix) fixCause = fix;
      seen.push({ kind, ...(question ? { question } : {}), ...(fix ? { fix } : {}) });
    }
    expect(seen).toEqual(expected);
  }, 60_000);

  it.each(DESCRIBED)('%s: the description in passive listening (no mention) gets no answer', async (file) => {
    const l = all.find((x) => x.file === file)!;
    const channel = `CQUIET${DESCRIBED.indexOf(file)}`;
    const { body } = await h.sendEvent({ text: l.c.opening, channel });
    const ts = (body.event as { ts: string }).ts;
    await h.fake.waitFor(() => h.logs.lines.some((x) => x.includes('"message seen"') && x.includes(ts)), `the listener to read ${file}`);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel)).toEqual([]);
    expect(await createCaseStore(h.kv, 86400).get({ channel, thread: ts })).toBeUndefined();
  }, 30_000);
});
