/**
 * Warnings for everyone, over the real Bolt app on loopback: every poster of a secret in a thread
 * is warned privately, once per secret, for every kind, even when the thread's first message
 * already held a secret and the later one hides its secret behind a zero-width or look-alike letter.
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

/** Generated at run time, never committed. */
function randomSecret(): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 37; i++) s += a[Math.floor(Math.random() * a.length)];
  return `${s}/x9`;
}

const ephemeralsTo = (h: Harness, user: string) => h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === user);

describe('private warnings for every poster of a secret', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when a second and a third person post secrets in a thread whose first message held one, then each is warned once per secret', async () => {
    h = await startHarness();
    const first = randomSecret();
    const second = randomSecret();
    const root = '1700000100.000001';
    await h.sendEvent({ text: `${ERROR_PASTE}\naws_secret_access_key = ${first}`, user: 'UFIRST', channel: 'CW', ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UFIRST').length === 1, 'the first warning');

    // A zero-width space and a Cyrillic "а" inside the second person's key.
    const hidden = `${second.slice(0, 12)}\u200b${second.slice(12, 20)}\u0430${second.slice(21)}`;
    await h.sendEvent({ text: `mine fails too:\nAWS_SECRET_ACCESS_KEY=${hidden}`, user: 'USECOND', channel: 'CW', thread_ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'USECOND').length === 1, 'the second poster warning');
    expect(ephemeralsTo(h, 'USECOND')[0]!.body).toMatchObject({ channel: 'CW', thread_ts: root });

    // Another kind from a third person: a GitHub token.
    await h.sendEvent({ text: `and my CI uses GITHUB_TOKEN=ghp_${randomSecret().replace(/[^A-Za-z0-9]/g, '')}`, user: 'UTHIRD', channel: 'CW', thread_ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UTHIRD').length === 1, 'the third poster warning');

    // The same secret again from the second person: no second warning; a new one: a new warning.
    await h.sendEvent({ text: `again AWS_SECRET_ACCESS_KEY=${hidden}`, user: 'USECOND', channel: 'CW', thread_ts: root });
    await h.sendEvent({ text: `sorry, this one: aws_secret_access_key=${randomSecret()}`, user: 'USECOND', channel: 'CW', thread_ts: root });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'USECOND').length >= 2, 'the warning about the new secret');
    // A later event's warning proves the earlier ones were processed.
    await h.sendEvent({ text: `marker aws_secret_access_key = ${randomSecret()}`, user: 'UMARK', channel: 'CSETTLE' });
    await h.fake.waitFor(() => ephemeralsTo(h!, 'UMARK').length === 1, 'the marker warning');
    expect(ephemeralsTo(h, 'USECOND')).toHaveLength(2);
    expect(ephemeralsTo(h, 'UFIRST')).toHaveLength(1);

    const traffic = h.fake.allTraffic();
    for (const s of [first, second]) for (let i = 0; i + 16 <= s.length; i += 4) expect(traffic).not.toContain(s.slice(i, i + 16));
  });
});
