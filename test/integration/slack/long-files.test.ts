/**
 * Text files over 1 MB shared in Slack (#10 item 5), over the real Bolt app and a fake Slack on
 * loopback: read as their head and tail while they download, the thread told how much was read, a
 * secret in the unread middle still warned about (and held nowhere), and a file past the download cap
 * not read, with a note.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { filesUnder } from '../../helpers/stored-bytes';
import { join } from 'node:path';
import { createEmbeddedStore } from '../../../src/adapters/store/embedded-store';
import { startHarness, type Harness } from '../../helpers/fake-slack/harness';
import { leakedPieces, SHAPES } from '../../helpers/secret-shapes';

const LINE = '2026-11-22T10:00:00Z INFO worker processed job id=12345 status=ok duration=12ms\n';
const ERROR = '$ aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n';
const MB = 1024 * 1024;

/** At least `bytes` of log lines, then `end`, served 64 KB at a time (the fake never holds the file whole). */
function logOf(bytes: number, end: string, middle?: string): () => Iterable<string> {
  const block = LINE.repeat(Math.floor(65_536 / LINE.length));
  return function* () {
    let sent = 0;
    for (; sent < bytes / 2; sent += block.length) yield block;
    if (middle !== undefined) yield `${middle}\n`;
    for (; sent < bytes; sent += block.length) yield block;
    yield end;
  };
}

const fileShare = (h: Harness, name: string, url: string, size: number, channel: string) =>
  h.sendEvent({ text: '', subtype: 'file_share', channel, user: 'UPOST', files: [{ id: `F${name}`, name, mimetype: 'text/plain', filetype: 'text', size, url_private_download: url }] });

describe('text files over 1 MB shared in Slack', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  test('when a 2 MB log with the credential error at its end is shared, then the error is diagnosed and the thread says how much was read', async () => {
    h = await startHarness();
    const url = h.fake.addFile('T1-F20/download/ci.log', logOf(2 * MB, ERROR));
    const { body } = await fileShare(h, 'ci.log', url, 2 * MB, 'CLONG');
    const thread = (body.event as { ts: string }).ts;
    await h.settled();
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CLONG');
    expect(String(posts[0]!.body.text)).toContain('InvalidClientTokenId');
    expect(posts.every((p) => p.body.thread_ts === thread)).toBe(true);
    const note = posts.find((p) => String(p.body.text).includes('`ci.log`'))!;
    const read = /`ci\.log` is longer than the 1\.0 MB I read whole, so I read its start and its end: input of ([\d,]+) bytes: read the first ([\d,]+) and the last ([\d,]+); ([\d,]+) bytes in the middle were not read\.$/.exec(String(note.body.text));
    expect(read).not.toBeNull();
    const [total, head, tail, omitted] = read!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    expect(total).toBe(h.fake.fileBytesSent('T1-F20/download/ci.log'));
    expect(total).toBeGreaterThan(2 * MB);
    expect(head! + tail! + omitted!).toBe(total);
    expect(head! + tail!).toBeLessThan(1_000_000);
    // Every log line is LINE long and the head ends at a line break: whole lines are read and skipped.
    expect((head! + 1) % LINE.length).toBe(0);
    expect((omitted! - 1) % LINE.length).toBe(0);
    // It follows the answer it qualifies.
    expect(posts.indexOf(note)).toBe(posts.length - 1);
  }, 60_000);

  test('when a 2 MB log with no credential problem is shared, then awskey stays silent (no note either)', async () => {
    h = await startHarness();
    const url = h.fake.addFile('T1-F24/download/build.log', logOf(2 * MB, 'BUILD SUCCESSFUL in 3m 12s\n'));
    await fileShare(h, 'build.log', url, 2 * MB, 'CQUIET');
    await h.settled();
    expect(h.logs.lines.some((l) => l.includes('message seen') && l.includes('"channel":"CQUIET"'))).toBe(true);
    expect(h.logs.text()).toContain('pasted file read as head and tail');
    expect(h.fake.calls.filter((c) => c.body.channel === 'CQUIET')).toEqual([]);
  }, 60_000);

  test.each(['labelled', 'wrapped-token', 'worded-label-pieces'])('when a %s secret sits in the middle of a 3 MB file, then its poster is warned privately and no call, log line or stored byte holds it', async (shape) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'awskey-longfile-'));
    const kv = createEmbeddedStore({ dataDir, sweepIntervalMs: 0 });
    h = await startHarness({ kv });
    try {
      const planted = fc.sample(SHAPES[shape]!, { numRuns: 1, seed: 7 })[0]!;
      const url = h.fake.addFile('T1-F21/download/deploy.log', logOf(3 * MB, ERROR, planted.text));
      await fileShare(h, 'deploy.log', url, 3 * MB, 'CSECRET');
      await h.settled();
      expect(h.fake.callsTo('chat.postMessage').some((x) => /InvalidClientTokenId/.test(String(x.body.text)))).toBe(true);
      const warnings = h.fake.callsTo('chat.postEphemeral').filter((c) => c.body.user === 'UPOST');
      expect(warnings).toHaveLength(1);
      expect(JSON.stringify(warnings[0]!.body)).toContain('rotate');
      expect(leakedPieces(h.fake.allTraffic(), planted.secrets)).toEqual([]);
      expect(leakedPieces(h.logs.text(), planted.secrets)).toEqual([]);
      expect(leakedPieces(filesUnder(dataDir), planted.secrets)).toEqual([]);
    } finally {
      await h.stop();
      h = undefined;
      await kv.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  test('when two long logs are shared in one message and the first ends with the error, then the error is diagnosed and each file gets its note', async () => {
    h = await startHarness();
    const failing = h.fake.addFile('T1-F25/download/deploy.log', logOf(1.5 * MB, ERROR));
    const quiet = h.fake.addFile('T1-F26/download/app.log', logOf(1.5 * MB, 'worker stopped\n'));
    const file = (id: string, name: string, url: string) => ({ id, name, mimetype: 'text/plain', filetype: 'text', size: 1.5 * MB, url_private_download: url });
    await h.sendEvent({ text: 'deploy broke, both logs attached', subtype: 'file_share', channel: 'CTWO', user: 'UPOST', files: [file('F25', 'deploy.log', failing), file('F26', 'app.log', quiet)] });
    await h.settled();
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CTWO').map((c) => String(c.body.text));
    expect(posts[0]).toContain('InvalidClientTokenId');
    // Each file is read as its own head and tail, within its share of what one message may hand the engine.
    for (const name of ['deploy.log', 'app.log']) expect(posts.filter((p) => p.includes(`\`${name}\` is longer than`))).toHaveLength(1);
  }, 60_000);

  test('when a UTF-16 file (what Windows PowerShell\'s > writes) is shared, then the error in it is diagnosed', async () => {
    h = await startHarness();
    const url = h.fake.addFile('T1-F27/download/err.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ERROR.replace(/\n/g, '\r\n'), 'utf16le')]));
    await fileShare(h, 'err.txt', url, 400, 'CUTF16');
    await h.settled();
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CUTF16');
    expect(String(posts[0]?.body.text)).toContain('InvalidClientTokenId');
  }, 60_000);

  test('when a file is over the download cap, then it is not downloaded and the thread gets a note naming the cap', async () => {
    h = await startHarness();
    const url = h.fake.addFile('T1-F22/download/huge.log', logOf(3 * MB, ERROR));
    const { body } = await fileShare(h, 'huge.log', url, 60 * MB, 'CHUGE');
    await h.settled();
    const note = h.fake.callsTo('chat.postMessage').find((c) => c.body.channel === 'CHUGE')!;
    expect(note.body.thread_ts).toBe((body.event as { ts: string }).ts);
    expect(String(note.body.text)).toContain('`huge.log` (60.0 MB) is over the 50 MB I download');
    expect(h.fake.callsTo('file')).toHaveLength(0);
  });

  test('when a file passes the cap (AWSKEY_SLACK_FILE_MAX_MB) while it downloads, then the download is abandoned and the thread gets the note', async () => {
    h = await startHarness({ env: { AWSKEY_SLACK_FILE_MAX_MB: '2' } });
    const name = 'T1-F23/download/endless.log';
    // Slack's size says 1 KB; the body goes on for 40 MB.
    const url = h.fake.addFile(name, logOf(40 * MB, ERROR));
    await fileShare(h, 'endless.log', url, 1024, 'CCAP');
    await h.settled();
    const posts = h.fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CCAP');
    // No size: Slack's was wrong, and how much arrived before the download stopped is not the file's (it used to
    // print that, 2.0 or 2.1 MB as the bytes happened to be cut).
    expect(String(posts[0]!.body.text)).toMatch(/^:page_facing_up: `endless\.log` is over the 2 MB I download/);
    expect(posts.some((p) => /InvalidClientTokenId/.test(String(p.body.text)))).toBe(false);
    // Stopped near the cap (plus what the sockets buffer), not read to the end.
    expect(h.fake.fileBytesSent(name)).toBeLessThan(20 * MB);
  }, 60_000);
});
