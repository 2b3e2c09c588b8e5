/**
 * Files awskey cannot read (a compressed log, an image, binary noise shared as `ci.log`), over the
 * real Bolt app and a fake Slack on loopback. Given to awskey (an @mention, a DM) or shared beside
 * an error it answers, the thread is told the file was not read and what to share instead; they
 * used to be passed over in silence (an @mention with only a `.gz` log got no answer at all, and
 * one with words answered "there is no AWS error in your message" as if the log had been read).
 * Shared in a channel without anything awskey answers, such a file gets nothing, like any chat.
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { poll } from '../../helpers/fake-slack/fake-slack';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';

const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n';
const NOTE = /`ci\.log` is not text \(an image, a compressed log or another binary file\), so I did not read it\. Paste the failing command and the error lines as text/;

describe('files that are not text shared in Slack', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  async function share(text: string, channel: string, file: { bytes: Buffer; mimetype: string; filetype: string }): Promise<string[]> {
    const url = h!.fake.addFile(`T1-${channel}/download/ci.log`, file.bytes);
    await h!.sendEvent({ text, subtype: 'file_share', channel, user: 'UPOST', files: [{ id: `F${channel}`, name: 'ci.log', mimetype: file.mimetype, filetype: file.filetype, size: file.bytes.length, url_private_download: url }] });
    await poll(() => h!.logs.lines.some((l) => l.includes('pasted file skipped') && l.includes(`"file":"F${channel}"`)), 'the file judged');
    const noted = () => h!.fake.callsTo('chat.postMessage').some((c) => c.body.channel === channel && /is not text/.test(String(c.body.text)));
    // A message with text is logged as seen once everything is posted; one with only the file ends with the note.
    await poll(() => noted() || h!.logs.lines.some((l) => l.includes(`"channel":"${channel}"`) && l.includes('message seen')), 'the message handled');
    return h!.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => String(c.body.text));
  }

  test.each([
    ['a gzipped log shared as text/plain', { bytes: gzipSync(ERROR.repeat(20)), mimetype: 'text/plain', filetype: 'text' }],
    ['binary noise shared as text/plain', { bytes: Buffer.concat([Buffer.from([0]), randomBytes(20_000)]), mimetype: 'text/plain', filetype: 'text' }],
    ['a file Slack types as gzip', { bytes: gzipSync(ERROR.repeat(20)), mimetype: 'application/gzip', filetype: 'gzip' }],
  ])('when %s is given to awskey with words, then the answer is followed by a note that the file was not read', async (_what, file) => {
    h = await startHarness();
    const posts = await share("<@UBOT> our deploy job can't authenticate to AWS, log attached", 'CMENTION', file);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts[posts.length - 1]).toMatch(NOTE);
  }, 60_000);

  test('when only a compressed log is given to awskey (an @mention and the file), then the thread is told it was not read', async () => {
    h = await startHarness();
    const posts = await share('<@UBOT>', 'CALONE', { bytes: gzipSync(ERROR), mimetype: 'text/plain', filetype: 'text' });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatch(NOTE);
  }, 60_000);

  test('when an error is pasted with a file that is not text, then the error is answered and the note follows', async () => {
    h = await startHarness();
    const posts = await share(ERROR, 'CPASTE', { bytes: gzipSync(ERROR), mimetype: 'application/gzip', filetype: 'gzip' });
    expect(posts[0]).toContain('InvalidClientTokenId');
    expect(posts[posts.length - 1]).toMatch(NOTE);
  }, 60_000);

  test('when a file that is not text is shared in a channel with nothing awskey answers, then nothing is posted', async () => {
    h = await startHarness();
    const posts = await share('build artefacts from last night', 'CQUIET', { bytes: gzipSync('hello'), mimetype: 'application/gzip', filetype: 'gzip' });
    expect(posts).toEqual([]);
  }, 60_000);
});
