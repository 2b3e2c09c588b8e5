/**
 * `npm start` as a process: settings validated at start (no secret echoed), the Slack bot started
 * from the environment against a fake Slack, and a graceful exit on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { poll, startFakeSlack, type FakeSlack } from '../../helpers/fake-slack/fake-slack';
import { entryArgs } from '../../helpers/built-entry';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../../helpers/fake-slack/harness';
import { httpModeEnv, listeningPort, runMain as run, stopProc, type Proc } from '../../helpers/fake-slack/main-process';
import { blockAction, formOf, messageEvent, payloadForm, slashCommand } from '../../helpers/fake-slack/payloads';
import { FORM, sendSigned } from '../../helpers/fake-slack/sign';
import { fakeAwsEnv } from '../../helpers/fake-aws/env';
import { startFakeAws } from '../../helpers/fake-aws/server';
import { accountsSetting, makeKey, makeUser, type FakeWorld } from '../../helpers/fake-aws/world';

describe('the awskey process (npm start)', () => {
  let dir: string;
  let fake: FakeSlack | undefined;
  let proc: Proc | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-main-'));
  });
  afterEach(async () => {
    await stopProc(proc);
    proc = undefined;
    await fake?.close();
    fake = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  test('when no Slack setting is present and there is no terminal, then it exits non-zero listing the missing settings', async () => {
    proc = run({}, dir);
    expect(await proc.exited).toBe(1);
    const err = proc.err.join('');
    expect(err).toContain('SLACK_BOT_TOKEN');
    expect(err).toContain('SLACK_APP_TOKEN');
    expect(err).toContain('SLACK_SIGNING_SECRET');
  });

  test('when no Slack setting is present on a terminal, then it names the missing settings and opens awskey chat', async () => {
    // `script` (util-linux/bsdutils) gives the process a pseudo-terminal.
    const command = [process.execPath, ...entryArgs('main')].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: string[] = [];
    child.stdout.on('data', (d) => out.push(String(d)));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await poll(() => out.join('').includes('paste>'), 'the chat prompt', 20_000);
    child.stdin.write('An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n\n');
    await poll(() => out.join('').includes('Likely causes'), 'the diagnosis in the chat', 20_000);
    child.stdin.write('quit\n');
    child.stdin.end();
    await exited;
    const text = out.join('');
    expect(text).toContain('SLACK_BOT_TOKEN and SLACK_APP_TOKEN');
    expect(text).toContain('awskey chat');
  });

  test('when settings are invalid, then every problem is listed at once and no value is printed', async () => {
    const badSecret = 'not-a-bot-token-0123456789';
    proc = run({ SLACK_BOT_TOKEN: badSecret, SLACK_MODE: 'http', PORT: 'eighty', REDIS_URL: 'http://nope' }, dir);
    expect(await proc.exited).toBe(1);
    const err = proc.err.join('');
    expect(err).toContain('SLACK_BOT_TOKEN');
    expect(err).toContain('PORT');
    expect(err).toContain('REDIS_URL');
    expect(err + proc.out.join('')).not.toContain(badSecret);
  });

  test('when started in Socket Mode with settings from the environment, then it connects, and SIGTERM stops it cleanly', async () => {
    fake = await startFakeSlack({ socketMode: true });
    proc = run({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl, AWSKEY_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' }, dir);
    const p = proc;
    await poll(() => fake!.socket!.connections > 0 || p.child.exitCode !== null, 'the Socket Mode connection', 20_000);
    expect(p.child.exitCode).toBeNull();
    await poll(() => p.out.join('').includes('connected to Slack'), 'the ready log line', 20_000);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    const output = p.out.join('') + p.err.join('');
    expect(output).toContain('shutting down');
    for (const secret of [BOT_TOKEN, APP_TOKEN]) expect(output).not.toContain(secret);
  });

  test('when started in HTTP mode, then /healthz answers and a bad signature is refused', async () => {
    fake = await startFakeSlack();
    proc = run(
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_MODE: 'http', PORT: '0', HOST: '127.0.0.1', SLACK_API_URL: fake.apiUrl, AWSKEY_DATA_DIR: join(dir, 'data') },
      dir,
    );
    const p = proc;
    let port: number | undefined;
    await poll(() => {
      const m = /"port":(\d+)/.exec(p.out.join(''));
      port = m ? Number(m[1]) : undefined;
      return port !== undefined || p.child.exitCode !== null;
    }, 'the listening log line', 20_000);
    expect(port).toBeDefined();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const bad = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=00' },
    });
    expect(bad.status).toBe(401);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
  });

  test('when the process is stopped (SIGTERM) and started again in the middle of a thread, then a button of the first answer and a reply in the thread continue the same case', async () => {
    fake = await startFakeSlack();
    const env = httpModeEnv(fake.apiUrl, { AWSKEY_DATA_DIR: join(dir, 'data') });
    proc = run(env, dir);
    let url = `http://127.0.0.1:${await listeningPort(proc)}/slack/events`;
    const root = messageEvent({ text: 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.', channel: 'CRESTART' });
    const rootTs = (root.event as { ts: string }).ts;
    await sendSigned(url, SIGNING_SECRET, JSON.stringify(root), 'application/json');
    const f = fake;
    type Block = { type: string; elements?: Array<{ action_id?: string; value?: string }> };
    const buttonsOf = () => f.callsTo('chat.postMessage').flatMap((c) => ((c.body.blocks as Block[] | undefined) ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])));
    await f.waitFor(() => buttonsOf().some((b) => b.action_id?.startsWith('awskey:answer:')), 'the first question with its buttons');
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);

    proc = run(env, dir);
    url = `http://127.0.0.1:${await listeningPort(proc)}/slack/events`;
    const before = f.callsTo('chat.postMessage').length;
    const answer = buttonsOf().find((b) => b.action_id?.startsWith('awskey:answer:'))!;
    const click = blockAction({ actionId: answer.action_id!, value: answer.value!, responseUrl: f.responseUrl('restart'), channel: 'CRESTART', messageTs: rootTs, threadTs: rootTs });
    expect((await sendSigned(url, SIGNING_SECRET, payloadForm(click), FORM)).status).toBe(200);
    await f.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length > before, 'the answer to the click after the restart');
    const afterClick = f.callsTo('chat.postMessage').slice(before);
    expect(afterClick.every((c) => c.body.thread_ts === rootTs)).toBe(true);
    expect(afterClick.map((c) => String(c.body.text)).join('\n')).not.toMatch(/Sorry|no longer|not find/i);
    const beforeReply = f.callsTo('chat.postMessage').length;
    await sendSigned(url, SIGNING_SECRET, JSON.stringify(messageEvent({ text: 'resolved', channel: 'CRESTART', thread_ts: rootTs })), 'application/json');
    await f.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length > beforeReply, 'the answer to the thread reply');
    expect(f.callsTo('chat.postMessage').slice(beforeReply).map((c) => String(c.body.text)).join('\n')).toMatch(/summary|resolved/i);
  }, 60_000);

  test('when Slack refuses the bot token at start with AWS accounts configured, then the process says why and exits 1 (the key refresher does not keep it alive)', async () => {
    const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [{ id: '111122223333', name: 'prod', users: [] }] };
    const aws = await startFakeAws(world);
    try {
      fake = await startFakeSlack();
      fake.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
      proc = run(httpModeEnv(fake.apiUrl, { ...fakeAwsEnv(aws.url), AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_DATA_DIR: join(dir, 'data') }), dir);
      expect(await proc.exited).toBe(1);
      // The setting Slack refused is named, with where to get it again (QA35 N13), never the token itself.
      expect(proc.err.join('')).toContain('awskey: could not start: Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token again');
      expect(proc.err.join('') + proc.out.join('')).not.toContain(BOT_TOKEN);
    } finally {
      await aws.close();
    }
  }, 30_000);

  test('when Slack cannot be reached at start, then the process names the host, the setting it came from and the network error, and exits 1 (QA35 N13)', async () => {
    // A loopback port nobody listens on: the connection is refused at once.
    const closed = await startFakeSlack();
    const apiUrl = closed.apiUrl;
    await closed.close();
    proc = run(httpModeEnv(apiUrl, { AWSKEY_SLACK_RETRIES: '0', AWSKEY_DATA_DIR: join(dir, 'data') }), dir);
    expect(await proc.exited).toBe(1);
    const err = proc.err.join('');
    // Only the setting's origin is shown (a token or credentials can ride in a URL's path or userinfo: review R35b-16).
    expect(err).toContain(`awskey: could not start: could not reach Slack at ${new URL(apiUrl).origin} (SLACK_API_URL) to check SLACK_BOT_TOKEN: the connection was refused [ECONNREFUSED].`);
    expect(err + proc.out.join('')).not.toContain(BOT_TOKEN);
  }, 30_000);

  test('when AWS accounts are configured, then /awskey runs a real lookup through the key directory loaded on first use', async () => {
    const key = makeKey('111122223333', { status: 'Inactive' });
    const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [{ id: '111122223333', name: 'prod', users: [makeUser('ci-deployer', [key])] }] };
    const aws = await startFakeAws(world);
    try {
      fake = await startFakeSlack();
      proc = run(
        httpModeEnv(fake.apiUrl, { ...fakeAwsEnv(aws.url), AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_CLOUDTRAIL: 'off', AWSKEY_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' }),
        dir,
      );
      const url = `http://127.0.0.1:${await listeningPort(proc)}/slack/events`;
      const responseUrl = fake.responseUrl('lazy');
      const ack = await sendSigned(url, SIGNING_SECRET, formOf(slashCommand({ text: `AKIA...${key.id.slice(-4)}`, responseUrl })), FORM);
      expect(JSON.parse(ack.text).text).toContain('across 1 account');
      const f = fake;
      await f.waitFor((c) => c.some((x) => x.path === '/response/lazy' && Array.isArray(x.body.blocks)), 'the verdict');
      expect(f.calls.filter((c) => c.path === '/response/lazy').at(-1)!.raw).toContain('ci-deployer');
    } finally {
      await aws.close();
    }
  });
});
