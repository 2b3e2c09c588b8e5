/**
 * Bolt's global error handler (app.error), the last resort for failures no listener handled: the real
 * Bolt app over HTTP with a fake Slack on loopback. A global middleware added to the running app
 * stands in for such a failure (a Bolt internal, or middleware added later).
 */
import { poll } from '../../helpers/fake-slack/fake-slack';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const INTERNAL = 'ECONNRESET while reading internal-host-7.corp:6379';

async function harnessThatFailsEveryRequest(): Promise<Harness> {
  const h = await startHarness();
  h.running.app.use(async () => {
    throw new Error(INTERNAL);
  });
  return h;
}

const idIn = (text: string) => /`([0-9a-f]{12})`/.exec(text)?.[1];

describe('the last-resort error handler', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when handling a pasted error fails outside the listeners, then the thread gets an apology with a correlation id that is logged with the error', async () => {
    h = await harnessThatFailsEveryRequest();
    const { body } = await h.sendEvent({ text: ERROR_PASTE });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the apology');
    const apology = h.fake.callsTo('chat.postMessage')[0]!;
    expect(apology.body.thread_ts).toBe((body.event as { ts: string }).ts);
    expect(String(apology.body.text)).toContain('Sorry');
    const id = idIn(String(apology.body.text));
    expect(id).toBeDefined();
    expect(h.fake.allTraffic()).not.toContain('ECONNRESET');
    expect(h.logs.lines.some((l) => l.includes(id!) && l.includes(INTERNAL))).toBe(true);
    expect(await h.running.metrics.registry.metrics()).toMatch(/awskey_failures_total\{where="bolt"\} 1/);
  });

  test('when handling ordinary chat fails, then nothing is posted (only the log knows)', async () => {
    h = await harnessThatFailsEveryRequest();
    await h.sendEvent({ text: 'anyone up for lunch?' });
    await poll(() => h!.logs.lines.some((l) => l.includes(INTERNAL)), 'the logged failure');
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });

  test('when a slash command fails before awskey answers it, then the user gets a private apology with a correlation id and no exception text', async () => {
    h = await harnessThatFailsEveryRequest();
    const sent = await h.sendCommand('AKIA...1234', { responseId: 'broken' });
    expect(sent.text).not.toContain('ECONNRESET');
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/broken'), 'the apology');
    const apology = h.fake.calls.find((c) => c.path === '/response/broken')!;
    expect(apology.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Sorry') });
    const id = idIn(String(apology.body.text));
    expect(id).toBeDefined();
    expect(h.fake.allTraffic()).not.toContain('ECONNRESET');
    expect(h.logs.lines.some((l) => l.includes(id!) && l.includes(INTERNAL))).toBe(true);
  });

  test('when a button click fails before awskey handles it, then the clicker gets a private apology', async () => {
    h = await harnessThatFailsEveryRequest();
    await h.sendAction({ actionId: 'awskey:resolve:0', value: '{"k":"resolve"}', messageTs: '1700000000.000200', threadTs: '1700000000.000100', responseId: 'click' });
    await h.fake.waitFor((c) => c.some((x) => x.path === '/response/click'), 'the apology');
    const apology = h.fake.calls.find((c) => c.path === '/response/click')!;
    expect(apology.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('Sorry') });
    expect(h.fake.allTraffic()).not.toContain('ECONNRESET');
  });
});
