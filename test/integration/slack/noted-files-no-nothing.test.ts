/**
 * An @mention whose file was too large or could not be downloaded gets the note on that file and nothing more: it used
 * to be followed by "I did not find an AWS error in that…", as if the file had been read and held nothing. Over the
 * real Bolt app and a fake Slack on loopback.
 */
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { NOTHING_TO_READ } from '../../../src/adapters/slack/paste-listener';

describe('an @mention with a file awskey did not read', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  async function mention(text: string, channel: string, file: { url: string; size: number }): Promise<string[]> {
    await h!.sendEvent({ text, subtype: 'file_share', channel, user: 'UPOST', files: [{ id: `F${channel}`, name: 'ci.log', mimetype: 'text/plain', filetype: 'text', size: file.size, url_private_download: file.url }] });
    // Everything the message led to has been posted once the app has handled it: what is absent then stays absent.
    await h!.settled();
    return h!.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => String(c.body.text));
  }

  test.each([
    ['only the @mention', '<@UBOT>'],
    ['words that are no error', '<@UBOT> log attached'],
  ])('when a file over the download cap comes with %s, then the thread gets the too-large note and not "nothing to read"', async (_what, text) => {
    h = await startHarness({ env: { AWSKEY_SLACK_FILE_MAX_MB: '1' } });
    const posts = await mention(text, 'CBIG', { url: h.fake.addFile('T1-FBIG/download/ci.log', 'x'), size: 50 * 1024 * 1024 });
    expect(posts[0]).toMatch(/is over the 1 MB I download/);
    expect(posts).not.toContain(NOTHING_TO_READ);
  }, 60_000);

  test.each([
    ['only the @mention', '<@UBOT>'],
    ['words that are no error', '<@UBOT> log attached'],
  ])('when a file Slack will not send comes with %s, then the thread gets the could-not-read note and not "nothing to read"', async (_what, text) => {
    h = await startHarness();
    const posts = await mention(text, 'CGONE', { url: `${h.fake.origin}/files-pri/T1-FGONE/download/ci.log`, size: 1000 });
    expect(posts[0]).toMatch(/I could not read `ci\.log`/);
    expect(posts).not.toContain(NOTHING_TO_READ);
  }, 60_000);
});
