/**
 * Signed requests whose body is not one Slack payload object, against the real Bolt app over HTTP:
 * each is answered 400 and leaves no unhandled rejection behind (Bolt alone threw on `null` outside
 * its error handling: no HTTP answer at all).
 */
import { FORM, sendSigned } from '../../helpers/fake-slack/sign';
import { SIGNING_SECRET, startHarness, type Harness } from '../../helpers/fake-slack/harness';

const JSON_TYPE = 'application/json';

describe('malformed request bodies', () => {
  let h: Harness;
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
    process.off('unhandledRejection', onRejection);
  });

  test.each([
    ['JSON null', 'null', JSON_TYPE],
    ['a JSON number', '42', JSON_TYPE],
    ['a JSON string', '"event_callback"', JSON_TYPE],
    ['a JSON array', '[{"type":"event_callback"}]', JSON_TYPE],
    ['JSON that does not parse', '{"type":', JSON_TYPE],
    ['a form payload of null', 'payload=null', FORM],
    ['a form payload that is not JSON', 'payload=%7Bnot-json', FORM],
    ['a form payload array', `payload=${encodeURIComponent('[1,2]')}`, FORM],
  ])('when a signed request carries %s, then it is answered 400', async (_what, body, type) => {
    const r = await sendSigned(h.url, SIGNING_SECRET, body, type);
    expect(r.status).toBe(400);
    await new Promise((res) => setImmediate(res));
    expect(rejections).toEqual([]);
  });

  test('when a signed body is over 4 MB, then it is answered 413 without being handed to Bolt', async () => {
    const r = await sendSigned(h.url, SIGNING_SECRET, JSON.stringify({ type: 'event_callback', event: { type: 'message', text: 'x'.repeat(5 * 1024 * 1024) } }), JSON_TYPE);
    expect(r.status).toBe(413);
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  test('when malformed bodies were refused, then a real paste is still answered', async () => {
    await h.sendEvent({ text: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', channel: 'CAFTER' });
    await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body.channel === 'CAFTER'), 'the reply');
    expect(rejections).toEqual([]);
  });
});
