/**
 * A case thread after its case is resolved, over HTTP against the real Bolt app and the fake Slack:
 * chatter gets nothing, and a new error (or a new problem described to awskey) opens a new case in
 * the same thread (as the terminal chat does), instead of reopening the resolved case and merging
 * two incidents.
 */
import { createCaseStore } from '../../../src/adapters/store/case-store';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const FIRST = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const SECOND = 'An error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired';

const channel = 'CAFTER';
const logsFor = (h: Harness, ts: string) => h.logs.lines.filter((l) => l.includes('"message seen"') && l.includes(ts));

describe('a Slack case thread after the case is resolved', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('stays quiet on chatter, and a new error opens a new case in the same thread', async () => {
    const posts = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
    const cases = createCaseStore(h.kv, 86400);
    const { body } = await h.sendEvent({ text: FIRST, channel });
    const root = (body.event as { ts: string }).ts;
    await h.fake.waitFor(() => posts().length > 0, 'the first answer');
    const first = await cases.get({ channel, thread: root });
    expect(first?.errorCodes).toEqual(['InvalidClientTokenId']);

    let n = posts().length;
    await h.sendEvent({ text: 'resolved - removed the old export from .bashrc', channel, thread_ts: root });
    await h.fake.waitFor(() => posts().length > n, 'the summary');
    const resolved = await cases.get({ channel, thread: root });
    expect(resolved?.phase).toBe('resolved');

    n = posts().length;
    const thanks = await h.sendEvent({ text: 'thanks all, the new access key works', channel, thread_ts: root });
    const thanksTs = (thanks.body.event as { ts: string }).ts;
    await h.fake.waitFor(() => logsFor(h, thanksTs).length > 0, 'the listener to read the chatter');
    expect(posts().length).toBe(n);

    await h.sendEvent({ text: SECOND, channel, thread_ts: root });
    await h.fake.waitFor(() => posts().length > n, 'the answer to the new error');
    const replies = posts().slice(n);
    expect(replies.every((c) => c.body.thread_ts === root)).toBe(true);
    const said = replies.map((c) => JSON.stringify(c.body)).join('\n');
    expect(said).toContain('opens a new case');
    expect(said).toContain('ExpiredToken');

    const next = await cases.get({ channel, thread: root });
    // A new case: its own opening, only the new error, the earlier case kept apart.
    expect(next?.openedAt).not.toBe(resolved!.openedAt);
    expect(next?.errorCodes).toEqual(['ExpiredToken']);
    expect(next?.timeline.some((e) => /^reopened/.test(e.event))).toBe(false);
    expect(next?.earlier).toEqual([expect.objectContaining({ openedAt: resolved!.openedAt, resolvedAt: resolved!.resolvedAt, fixedBy: expect.stringContaining('bashrc') })]);
    expect(next?.causes[0]?.id).toBe('temporary-credentials-expired');
  }, 30_000);

  it('opens a new case when a new problem is described to awskey in the thread of a resolved case; thanks said to awskey gets nothing', async () => {
    const ch = 'CAFTERWORDS';
    const posts = () => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === ch);
    const cases = createCaseStore(h.kv, 86400);
    const { body } = await h.sendEvent({ text: FIRST, channel: ch });
    const root = (body.event as { ts: string }).ts;
    await h.fake.waitFor(() => posts().length > 0, 'the first answer');
    let n = posts().length;
    await h.sendEvent({ text: 'resolved - removed the old export from .bashrc', channel: ch, thread_ts: root });
    await h.fake.waitFor(() => posts().length > n, 'the summary');
    const resolved = await cases.get({ channel: ch, thread: root });
    expect(resolved?.phase).toBe('resolved');

    n = posts().length;
    const thanks = await h.sendEvent({ text: '<@UBOT> thanks, the new access key works', channel: ch, thread_ts: root, type: 'app_mention' });
    const thanksTs = (thanks.body.event as { ts: string }).ts;
    await h.fake.waitFor(() => logsFor(h, thanksTs).length > 0, 'the listener to read the thanks');
    expect(posts().length).toBe(n);

    // https://github.com/circlefin/circle-nodejs-sdk/pull/142, said to awskey in the same thread.
    await h.sendEvent({ text: '<@UBOT> the publish pipeline is failing in `Configure AWS Credentials` before `npm publish`', channel: ch, thread_ts: root, type: 'app_mention' });
    await h.fake.waitFor(() => posts().length > n, 'the answer to the described problem');
    const said = posts().slice(n).map((c) => JSON.stringify(c.body)).join('\n');
    expect(said).toContain('so this problem opens a new case');
    const next = await cases.get({ channel: ch, thread: root });
    // A new case, being worked (the words' context hints may already put a fix first: belief.ts describedBase).
    expect(['diagnosing', 'remediating']).toContain(next?.phase);
    expect(next?.openedAt).not.toBe(resolved!.openedAt);
    expect(next?.errorCodes).toEqual([]);
    expect(next?.earlier).toEqual([expect.objectContaining({ openedAt: resolved!.openedAt, resolvedAt: resolved!.resolvedAt })]);
  }, 30_000);
});
