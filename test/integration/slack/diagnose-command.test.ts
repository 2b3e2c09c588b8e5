/**
 * `/awskey diagnose …` over HTTP against the real Bolt app and the fake Slack: said to awskey
 * directly, so a description without an error opens a case too, worked in a new thread of the
 * channel whose root never repeats the text.
 */
import { createCaseStore } from '../../../src/adapters/store/case-store';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

describe('/awskey diagnose', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const posts = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

  it('opens a case from a description in a new thread, and the thread root does not repeat the text', async () => {
    const ack = await h.sendCommand("diagnose our lambda can't authenticate to S3 since the deploy", { responseId: 'diag1', channel: 'CDIAG1', user: 'U1' });
    expect(ack.status).toBe(200);
    expect(ack.text).not.toContain('lambda');
    await h.fake.waitFor(() => posts('CDIAG1').length >= 2, 'the thread root and the first answer');
    const [root, ...thread] = posts('CDIAG1');
    expect(root!.body.thread_ts).toBeUndefined();
    expect(JSON.stringify(root!.body)).toContain('<@U1>');
    expect(JSON.stringify(root!.body)).not.toContain('lambda');
    const rootTs = thread[0]!.body.thread_ts as string;
    expect(rootTs).toEqual(expect.any(String));
    expect(thread.every((c) => c.body.thread_ts === rootTs)).toBe(true);
    expect(thread.map((c) => JSON.stringify(c.body)).join('\n')).toMatch(/from your description/);
    const state = await createCaseStore(h.kv, 86400).get({ channel: 'CDIAG1', thread: rootTs });
    expect(state?.scoring?.described).toBe(true);
    expect(state?.openedBy).toBe('U1');
  }, 30_000);

  it('says so in the thread when the text is neither an error nor a credential problem, and gives usage when empty', async () => {
    await h.sendCommand('diagnose thanks for the help yesterday', { responseId: 'diag2', channel: 'CDIAG2' });
    await h.fake.waitFor(() => posts('CDIAG2').length >= 2, 'the note in the thread');
    expect(JSON.stringify(posts('CDIAG2')[1]!.body)).toContain('does not describe a credential problem');
    const empty = await h.sendCommand('diagnose', { responseId: 'diag3', channel: 'CDIAG3' });
    expect(JSON.parse(empty.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Usage: `/awskey diagnose') });
    expect(posts('CDIAG3')).toEqual([]);
  }, 30_000);
});
