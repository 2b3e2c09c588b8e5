/**
 * A case opened on ordinary chat is dismissed in words (QA 39 F6): "nothing is broken", "this is not an incident,
 * please close", "false alarm", "ignore this" close it as not an incident — one short line, no cause, no summary, no
 * resolved-case metric — and are never read as an answer ("Nobody changed the key recently" was made up from one).
 */
import { createCaseStore } from '../../src/adapters/store/case-store';
import { startHarness, type Harness } from '../helpers/fake-slack/harness';
import { jsonlChat } from '../helpers/jsonl-chat';

const EXPIRED = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired';

describe('chat --jsonl: a dismissal closes the case as not an incident', () => {
  it.each([
    'nothing is broken, it was just a tip for the team',
    'this is not an incident, please close',
    'false alarm',
    'ignore this',
    'just an FYI, nothing to fix',
    'not a problem, please close',
  ])('%s', async (words) => {
    const chat = await jsonlChat(`dismiss-${words.length}`);
    const opened = await chat.send({ text: EXPIRED });
    expect(opened.opened).toBe(true);
    const r = await chat.send({ text: words });
    expect(r.phase).toBe('resolved');
    expect(r.summary).toBeUndefined();
    expect(r.text?.join(' ')).toMatch(/not an incident/i);
    const state = chat.session.state!;
    expect(state.dismissed).toBe(true);
    expect(state.resolvedAt).toBeUndefined();
    expect(state.timeline.map((e) => e.event).join('\n')).not.toMatch(/said: /);
  });

  it.each(['ignore that, wrong paste', "that's not a problem, I can run it", 'nothing is wrong with the credentials file'])('"%s" goes on with the case', async (words) => {
    const chat = await jsonlChat(`go-on-${words.length}`);
    await chat.send({ text: EXPIRED });
    const r = await chat.send({ text: words });
    expect(r.phase).not.toBe('resolved');
    expect(chat.session.state?.dismissed).toBeUndefined();
  });

  it('a real fix said in words still resolves with its summary', async () => {
    const chat = await jsonlChat('dismiss-not');
    await chat.send({ text: EXPIRED });
    const r = await chat.send({ text: 'resolved - ran aws sso login' });
    expect(r.kind).toBe('resolved');
    expect(chat.session.state?.dismissed).toBeUndefined();
  });
});

describe('Slack: a dismissal in the thread closes the case without the resolved metric', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('"@awskey this is not an incident, please close" on an open case', async () => {
    const channel = 'CDISMISS';
    const posts = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
    const cases = createCaseStore(h.kv, 86400);
    const { body } = await h.sendEvent({ text: EXPIRED, channel });
    const root = (body.event as { ts: string }).ts;
    await h.fake.waitFor(() => posts().length > 0, 'the first answer');
    const n = posts().length;
    await h.sendEvent({ text: '<@UBOT> this is not an incident, please close', channel, thread_ts: root, type: 'app_mention' });
    await h.fake.waitFor(() => posts().length > n, 'the closing line');
    const said = posts().slice(n).map((c) => JSON.stringify(c.body)).join('\n');
    expect(said).toMatch(/not an incident/i);
    expect(said).not.toMatch(/Cause|Time to resolution/);
    const state = await cases.get({ channel, thread: root });
    expect(state?.phase).toBe('resolved');
    expect(state?.dismissed).toBe(true);
    await h.settled();
    expect(await h.running.metrics.registry.metrics()).not.toMatch(/awskey_cases_resolved_total\{[^}]*\} [1-9]/);
  }, 30_000);
});
