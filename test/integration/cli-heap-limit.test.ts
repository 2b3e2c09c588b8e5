/**
 * The `awskey` bin runs with a heap limit (src/adapters/cli/heap-limit.ts): without one given, it
 * starts itself again with --max-old-space-size; a limit the person gave is kept; the restarted
 * process's exit code and signals pass through the small parent.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_OLD_SPACE_MB } from '../../src/adapters/cli/heap-limit';

const ROOT = join(__dirname, '../..');
// The source through tsx even under `npm test` (not helpers/built-entry.ts entryArgs): the preload that prints each
// process's heap limit and the test's own node flags must stand before the entry, and the restart is checked to pass
// them on, so this test builds its argument list itself.
const TSX = pathToFileURL(require.resolve('tsx')).href;
const PRELOAD = join(ROOT, 'test/helpers/print-heap-limit.cjs');
const MB = 1024 * 1024;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  heaps: { pid: number; limit: number }[];
  stdout: string;
}

function run(args: string[], opts: { env?: Record<string, string>; node?: string[]; onHeaps?: (n: number, kill: () => void) => void } = {}): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS') && !k.startsWith('SLACK') && k !== 'NODE_OPTIONS')) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, '--require', PRELOAD, ...(opts.node ?? []), join(ROOT, 'src/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...env, LOG_LEVEL: 'warn', ...opts.env },
    });
    const heaps: Run['heaps'] = [];
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      for (const m of stderr.matchAll(/HEAP pid=(\d+) limit=(\d+)\n/g)) if (!heaps.some((h) => h.pid === Number(m[1]))) heaps.push({ pid: Number(m[1]), limit: Number(m[2]) });
      opts.onHeaps?.(heaps.length, () => child.kill('SIGTERM'));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, heaps, stdout }));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('awskey CLI heap limit', () => {
  jest.setTimeout(60_000);

  it('restarts itself with its heap limit when none was given, and passes the exit code through', async () => {
    const r = await run(['lookup', '--no-such-flag']);
    expect(r.heaps).toHaveLength(2);
    const [parent, child] = r.heaps as [Run['heaps'][0], Run['heaps'][0]];
    expect(parent.limit).toBeGreaterThan(2 * CLI_OLD_SPACE_MB * MB);
    // Old space plus the young generation: well under twice the old-space limit.
    expect(child.limit).toBeLessThan(2 * CLI_OLD_SPACE_MB * MB);
    expect(child.limit).toBeGreaterThanOrEqual(CLI_OLD_SPACE_MB * MB);
    expect(r.code).toBe(2);
  });

  it('keeps a limit given on the command line or in NODE_OPTIONS (no restart)', async () => {
    const given = await run(['--version'], { node: ['--max-old-space-size=300'] });
    expect(given.heaps).toHaveLength(1);
    expect(given.heaps[0]?.limit).toBeGreaterThanOrEqual(300 * MB);
    expect(given.code).toBe(0);
    const viaEnv = await run(['--version'], { env: { NODE_OPTIONS: '--max-old-space-size=300' } });
    expect(viaEnv.heaps).toHaveLength(1);
    expect(viaEnv.stdout).toMatch(/\d+\.\d+\.\d+/);
    const off = await run(['--version'], { env: { AWSKEY_CLI_REEXEC: '0' } });
    expect(off.heaps).toHaveLength(1);
  });

  it('a SIGTERM to the parent ends the restarted process too, and the parent ends by that signal', async () => {
    // `chat` waits on stdin, which stays open: only the signal ends it.
    const r = await run(['chat'], { onHeaps: (n, kill) => n === 2 && setTimeout(kill, 1500) });
    expect(r.heaps).toHaveLength(2);
    expect(r.signal).toBe('SIGTERM');
    expect(r.heaps[1]).toBeDefined();
    expect(alive(r.heaps[1]?.pid ?? -1)).toBe(false);
  });
});
