/**
 * Every awskey command ends quietly when the reader of its output goes away before it writes
 * (`awskey lookup AKIA…1234 | head -1` after the SDK's warning filled the line, `… 2>&1 | true`):
 * the exit status is the command's own, as README's CLI section says. `awskey lookup` used to
 * crash on the write (an unhandled EPIPE: stack trace, exit 1) after it had done its work.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeAwsEnv } from '../helpers/fake-aws/env';
import { startFakeAws, type FakeAws } from '../helpers/fake-aws/server';
import { accountsSetting, makeKey, makeUser, type FakeWorld } from '../helpers/fake-aws/world';

const ROOT = join(__dirname, '../..');
const TSX = pathToFileURL(require.resolve('tsx')).href;

/** Runs the CLI with both output pipes closed by the reader before the command writes anything. */
function runWithReaderGone(args: string[], env: Record<string, string>): Promise<number | null> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS') && !k.startsWith('SLACK'))) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    child.stderr.destroy();
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
}

describe('the awskey CLI when the reader of its output goes away', () => {
  const key = makeKey('131313131313');
  const world: FakeWorld = { baseAccountId: '999999999999', baseKeyId: 'AKIAIOSFODNN7EXAMPLE', accounts: [{ id: '131313131313', name: 'payments', users: [makeUser('billing-job', [key])] }] };
  let fake: FakeAws;
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeAws(world);
    dataDir = mkdtempSync(join(tmpdir(), 'awskey-reader-gone-'));
    env = { ...fakeAwsEnv(fake.url), AWSKEY_ACCOUNTS: accountsSetting(world), AWSKEY_DATA_DIR: dataDir, AWSKEY_CLOUDTRAIL: 'off' };
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([[[]], [['--json']]])('when lookup %j answers a verdict, then it exits 0', async (flags) => {
    expect(await runWithReaderGone(['lookup', ...flags, `AKIA…${key.id.slice(-4)}`], env)).toBe(0);
  }, 60_000);

  it.each([[['lookup', 'AKIA12']], [['lookup', '--json', 'AKIA12']], [['diagnose', '/nonexistent/awskey.log']], [['no-such-command']]])('when %j is refused, then it exits 2', async (args) => {
    expect(await runWithReaderGone(args, env)).toBe(2);
  }, 60_000);
});
