/**
 * `awskey chat` as a process (QA35 N14, N15, N23, N4): a bad setting is named and stops the chat, a piped chat that
 * keeps an open case says how to resume it, `--ephemeral` never offers a resume, and piped, the blank line after a
 * paste ends it even when the paste holds no error awskey knows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runChat } from '../../src/adapters/cli/chat-command';
import { createMemoryStore } from '../../src/adapters/store/memory-store';
import { PASTES } from '../helpers/pastes';
import { runCli } from '../helpers/run-cli';

/** A velero log line of the Pod Identity agent's address with no AWS error code: the case opens from the words. */
const NO_CODE_PASTE = [
  'velero backup location unavailable after switching to pod identity:',
  'time="2024-05-01T10:00:00Z" level=error msg="Error getting backup store" error="rpc error: code = Unknown desc = could not load config: invalid endpoint host, \\"169.254.170.23\\", only loopback hosts are allowed"',
].join('\n');

describe('awskey chat: settings, session ids and piped pastes (QA35)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-chat35-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when .env holds one invalid value, then chat names the setting and stops with exit 2 rather than keeping the case in ./data (N14)', async () => {
    fs.writeFileSync(path.join(dir, '.env'), `AWSKEY_DATA_DIR=${path.join(dir, 'dd')}\nLOG_LEVEL=loud\n`);
    const r = await runCli(['chat'], { cwd: dir, stdin: `${PASTES.expiredToken}\n\nquit\n` });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^awskey chat: invalid settings[^\n]*\n {2}LOG_LEVEL: /);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
  });

  // Review 35 R35-2: a .env written for another bot (a bot token and nothing else) is a Slack setting chat never reads.
  it('when .env holds half a Slack configuration, then chat ignores it and answers; a bad setting chat reads still stops it', async () => {
    fs.writeFileSync(path.join(dir, '.env'), 'SLACK_BOT_TOKEN=xoxb-123\nAWSKEY_SLACK_RETRIES=99\n');
    const r = await runCli(['chat', '--ephemeral'], { cwd: dir, stdin: `${PASTES.expiredToken}\n\nquit\n` });
    expect(r.stderr).not.toMatch(/invalid settings|SLACK_/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Likely causes:');

    fs.appendFileSync(path.join(dir, '.env'), 'AWSKEY_CASE_TTL_DAYS=0\n');
    const bad = await runCli(['chat', '--ephemeral'], { cwd: dir, stdin: `${PASTES.expiredToken}\n\nquit\n` });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^awskey chat: invalid settings[^\n]*\n {2}AWSKEY_CASE_TTL_DAYS: /);
    expect(bad.stderr).not.toMatch(/SLACK_/);
  });

  // QA39 F4: the bot's own settings (who may use it, its ports) are Slack's like SLACK_*; an accounts file chat cannot
  // read is a settings error (exit 2), not "something else" (1).
  it('when .env holds bot-only settings chat never reads, then chat ignores them; an unreadable accounts file exits 2 (QA39 F4)', async () => {
    fs.writeFileSync(path.join(dir, '.env'), 'AWSKEY_ALLOWED_CHANNELS=#ops\nAWSKEY_HEALTH_PORT=99999\nPORT=x\n');
    const r = await runCli(['chat', '--ephemeral'], { cwd: dir, stdin: `${PASTES.expiredToken}\n\nquit\n` });
    expect(r.stderr).not.toMatch(/invalid settings/);
    expect(r.code).toBe(0);
    fs.writeFileSync(path.join(dir, '.env'), `AWSKEY_ACCOUNTS_FILE=${path.join(dir, 'missing.yaml')}\n`);
    const file = await runCli(['chat', '--ephemeral'], { cwd: dir, stdin: 'quit\n' });
    expect(file.stderr).toContain('AWSKEY_ACCOUNTS_FILE');
    expect(file.code).toBe(2);
  });

  it('when a piped chat leaves a kept case open, then stderr says how to resume it; with --ephemeral nothing offers a resume (N15, N23)', async () => {
    const kept = await runCli(['chat', '--data-dir', path.join(dir, 'd'), '--session', 'piped-1'], { stdin: `${PASTES.expiredToken}\n\nquit\n`, env: { LOG_LEVEL: 'warn' } });
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain(`awskey chat: The case is kept. Resume it with: awskey chat --session piped-1 --data-dir ${path.join(dir, 'd')}`);
    expect(kept.stdout).not.toContain('Resume it with');

    const gone = await runCli(['chat', '--ephemeral'], { stdin: `${PASTES.expiredToken}\n\nnew\n${PASTES.signatureMismatch}\n\nquit\n`, env: { LOG_LEVEL: 'warn' } });
    expect(gone.code).toBe(0);
    expect(gone.stdout).toContain('The previous case is left unresolved (not kept: --ephemeral).');
    expect(gone.stdout).toContain('New case. Paste the error.');
    expect(`${gone.stdout}${gone.stderr}`).not.toMatch(/resume|--session/i);
  });

  it('when --ephemeral runs at a terminal, then the banner gives no resume hint (N23)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runChat({ input, output, interactive: true, store: createMemoryStore(), ephemeral: true, session: 'eph-1', user: 'alice' });
    input.end('quit\n');
    expect(await done).toBe(0);
    expect(printed).toContain('Session: eph-1 (--ephemeral: nothing is kept)');
    expect(printed).not.toContain('resume later');
  });

  it('when a piped paste holds no error code, then the blank line still ends it and the next line is an answer of its own (N4)', async () => {
    const r = await runCli(['chat', '--ephemeral'], { stdin: `${NO_CODE_PASTE}\n\nwait its actually lambda not k8s\nquit\n`, env: { LOG_LEVEL: 'warn' } });
    expect(r.code).toBe(0);
    // Two replies, each with its ranking: the correction was read as words, not swallowed into the paste.
    expect(r.stdout.match(/Likely causes:/g)).toHaveLength(2);
    expect(r.stdout).toContain('It runs on EC2 or Lambda');
  });
});
