/**
 * `/awskey diagnose` given a secret, over HTTP against the real Bolt app and the fake Slack. Text
 * that opens a case is warned about by the case; a bare secret opens none, and used to get no
 * warning at all (while `/awskey <secret>` and the same paste in a channel are warned).
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('/awskey diagnose with a secret', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each([
    ['a bare secret access key', `diagnose ${SECRET}`, 'CDSEC1'],
    ['a secret with its label and no error', `diagnose the key is ${SECRET}`, 'CDSEC2'],
    ['an error and the secret', `diagnose An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\naws_secret_access_key = ${SECRET}`, 'CDSEC3'],
  ])('when given %s, then its sender is warned privately once and the secret is never repeated', async (_what, text, channel) => {
    await h.sendCommand(text, { responseId: channel, channel, user: 'USEC' });
    await h.fake.waitFor((c) => c.some((x) => x.path === `/response/${channel}`), 'the command finished');
    const warnings = h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.channel === channel);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.body.user).toBe('USEC');
    expect(String(warnings[0]!.body.text)).toMatch(/secret access key/);
    expect(h.fake.allTraffic()).not.toContain('rXUtnFEMI');
    expect(h.logs.text()).not.toContain('rXUtnFEMI');
  }, 30_000);
});
