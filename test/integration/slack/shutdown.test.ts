/**
 * Graceful shutdown of the real process (src/main.ts) in HTTP mode over loopback: pastes acked and
 * still being worked on when SIGTERM arrives are all answered before the store is closed; requests
 * arriving during the drain get 503 (Slack retries them elsewhere); a handler that outlives the
 * drain deadline is handed back and the process still exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { poll, startFakeSlack, type FakeSlack } from '../../helpers/fake-slack/fake-slack';
import { SIGNING_SECRET, startSocketHarness } from '../../helpers/fake-slack/harness';
import { httpModeEnv, listeningPort, runMain, stopProc, type Proc } from '../../helpers/fake-slack/main-process';
import { formOf, messageEvent, slashCommand } from '../../helpers/fake-slack/payloads';
import { FORM, sendSigned } from '../../helpers/fake-slack/sign';
import { fakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws } from '../../helpers/fake-aws/server';
import { accountsSetting, makeKey, makeUser, type FakeWorld } from '../../helpers/fake-aws/world';

const ERROR_PASTE = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('graceful shutdown (SIGTERM) of the awskey process', () => {
  let dir: string;
  let fake: FakeSlack;
  let proc: Proc | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-drain-'));
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    await stopProc(proc);
    proc = undefined;
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (extra: Record<string, string> = {}) =>
    runMain(httpModeEnv(fake.apiUrl, { AWSKEY_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'debug', ...extra }), dir);

  test('when SIGTERM arrives 100 ms after 20 pastes (10 with a slow file download), then all 20 are answered before the store closes', async () => {
    // Replies take 300 ms to be accepted and file downloads 600 ms: every paste is still in flight at SIGTERM.
    const answered = new Set<string>();
    fake.on('chat.postMessage', async (b) => {
      await sleep(300);
      answered.add(String(b.channel));
      return { ok: true, channel: b.channel, ts: `1700000900.${String(answered.size).padStart(6, '0')}` };
    });
    fake.setFileDelay(600);
    const fileUrl = fake.addFile('T1-F1/download/error.txt', ERROR_PASTE);
    proc = start();
    const p = proc;
    const url = `http://127.0.0.1:${await listeningPort(p)}/slack/events`;

    const channels = Array.from({ length: 20 }, (_, i) => `CDRAIN${i}`);
    const acks = await Promise.all(
      channels.map((channel, i) => {
        const withFile = i % 2 === 0;
        const body = messageEvent(
          withFile
            ? { text: 'failing job log attached', channel, subtype: 'file_share', files: [{ id: `F${i}`, name: 'error.txt', mimetype: 'text/plain', filetype: 'text', size: ERROR_PASTE.length, url_private_download: fileUrl }] }
            : { text: ERROR_PASTE, channel },
        );
        return sendSigned(url, SIGNING_SECRET, JSON.stringify(body), 'application/json');
      }),
    );
    expect(acks.map((a) => a.status)).toEqual(channels.map(() => 200));
    await sleep(100);
    p.child.kill('SIGTERM');

    // A delivery arriving during the drain is refused with 503, so Slack retries it (on another replica).
    // One that got in before the signal was handled was acked, so it must be answered like the rest.
    let late: number | undefined;
    const acceptedLate: string[] = [];
    for (let i = 0; i < 50 && late === undefined; i++) {
      await sleep(20);
      const channel = `CLATE${i}`;
      const r = await sendSigned(url, SIGNING_SECRET, JSON.stringify(messageEvent({ text: ERROR_PASTE, channel })), 'application/json').catch(() => undefined);
      if (r?.status === 200) acceptedLate.push(channel);
      else if (r) late = r.status;
    }
    expect(late).toBe(503);

    expect(await p.exited).toBe(0);
    expect([...answered].sort()).toEqual([...channels, ...acceptedLate].sort());
    const lines = p.lines();
    const lastReply = lines.map((l, i) => (l.includes('case replies posted') ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    const storeClosing = lines.findIndex((l) => l.includes('"closing":"store"'));
    expect(lines.filter((l) => l.includes('case replies posted'))).toHaveLength(20 + acceptedLate.length);
    expect(storeClosing).toBeGreaterThan(lastReply);
    expect(lines.some((l) => l.includes('in-flight work finished'))).toBe(true);
  });

  test('when a handler outlives the drain deadline, then it is handed back, the store is closed and the process exits', async () => {
    fake.on('chat.postMessage', () => new Promise(() => undefined)); // never answers
    proc = start({ AWSKEY_DRAIN_SECONDS: '1', AWSKEY_SLACK_TIMEOUT_SECONDS: '60' });
    const p = proc;
    const url = `http://127.0.0.1:${await listeningPort(p)}/slack/events`;
    expect((await sendSigned(url, SIGNING_SECRET, JSON.stringify(messageEvent({ text: ERROR_PASTE, channel: 'CSTUCK' })), 'application/json')).status).toBe(200);
    await fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the stuck reply');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    const out = p.lines().join('\n');
    expect(out).toMatch(/"handedBack":[12]\b.*drain deadline passed/);
    expect(out).toContain('"closing":"store"');
  });

  test('when a /awskey lookup still waits on an account at the drain deadline, then its asker gets the verdict with what was read (the account not read named) before the process exits', async () => {
    // A slash command is acked at once and never redelivered: handing it back would lose the answer.
    const key = makeKey('111122223333', { status: 'Inactive' });
    const world: FakeWorld = {
      baseAccountId: '999999999999',
      baseKeyId: 'AKIAIOSFODNN7EXAMPLE',
      accounts: [
        { id: '111122223333', name: 'prod', users: [makeUser('ci-deployer', [key])] },
        { id: '444455556666', name: 'slow', users: [], hang: true },
      ],
    };
    const aws = await startFakeAws(world);
    try {
      proc = start({ ...fakeAwsEnv(aws.url), AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off', AWSKEY_DRAIN_SECONDS: '1' });
      const p = proc;
      const url = `http://127.0.0.1:${await listeningPort(p)}/slack/events`;
      const ack = await sendSigned(url, SIGNING_SECRET, formOf(slashCommand({ text: `AKIA...${key.id.slice(-4)}`, responseUrl: fake.responseUrl('drain') })), FORM);
      expect(JSON.parse(ack.text).text).toContain('I will update this message');
      // The progress line: prod is read, the slow account is still being waited on.
      await fake.waitFor((c) => c.some((x) => x.path === '/response/drain' && /1 of 2 accounts/.test(x.raw)), 'the progress line');
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      const verdict = fake.calls.filter((c) => c.path === '/response/drain' && Array.isArray(c.body.blocks)).at(-1);
      expect(verdict).toBeDefined();
      expect(verdict!.raw).toContain('ci-deployer');
      expect(verdict!.raw).toMatch(/slow: not finished: awskey was stopping \(look the key up again\)/);
    } finally {
      await aws.close();
    }
  }, 60_000);
});

describe('graceful shutdown in Socket Mode', () => {
  test('when the app shuts down with a paste in flight, then the socket is closed first (Slack sends elsewhere) and the reply is still posted before shutdown returns', async () => {
    const h = await startSocketHarness();
    let replied = false;
    h.fake.on('chat.postMessage', async (b) => {
      await sleep(800);
      replied = true;
      return { ok: true, channel: b.channel, ts: '1700000950.000001' };
    });
    try {
      await h.envelope('events_api', messageEvent({ text: ERROR_PASTE, channel: 'CSOCK' }));
      await h.fake.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'), 'the reply being posted');
      expect(h.running.inFlight()).toBeGreaterThan(0);
      const result = h.running.shutdown(5000);
      await poll(() => h.fake.socket!.closed > 0, 'the socket closing');
      expect(replied).toBe(false); // closed while the reply was still in flight
      expect(await result).toEqual({ drained: true, handedBack: 0 });
      expect(replied).toBe(true);
      expect(h.running.inFlight()).toBe(0);
    } finally {
      await h.stop();
    }
  });
});
