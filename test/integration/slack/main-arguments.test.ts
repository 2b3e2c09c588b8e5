/**
 * `node dist/main.js --help` (QA 36 F11): the bot takes no arguments, so a flag prints its usage or the version and exits
 * without opening the store or a port, even with every Slack setting present (an on-call checking flags on a production
 * host must not start a second replica).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack/fake-slack';
import { httpModeEnv, runMain, stopProc, type Proc } from '../../helpers/fake-slack/main-process';

const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;

describe('the bot with arguments (npm start, node dist/main.js)', () => {
  let dir: string;
  let fake: FakeSlack;
  let proc: Proc | undefined;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => fake.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'awskey-args-'));
  });
  afterEach(async () => {
    await stopProc(proc);
    proc = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[]) => runMain(httpModeEnv(fake.apiUrl, { AWSKEY_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' }), dir, args);

  test.each([['--help'], ['-h']])('when started with %s and full Slack settings, then it prints its usage and exits 0 without starting', async (flag) => {
    proc = run([flag]);
    expect(await proc.exited).toBe(0);
    const out = proc.out.join('');
    expect(out).toMatch(/^Usage: /);
    expect(out).toContain('--version');
    expect(out).not.toMatch(/listening|store ready|heapLimitMb/);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  test('when started with --version, then it prints the version and exits 0 without starting', async () => {
    proc = run(['--version']);
    expect(await proc.exited).toBe(0);
    expect(proc.out.join('')).toBe(`${VERSION}\n`);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  test('when started with an unknown argument, then it exits 2 with the usage, without echoing the argument', async () => {
    const pasted = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    proc = run([pasted]);
    expect(await proc.exited).toBe(2);
    const err = proc.err.join('');
    expect(err).toContain('takes no arguments');
    expect(err + proc.out.join('')).not.toContain(pasted);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
