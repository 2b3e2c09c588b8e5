/**
 * The awskey CLI (src/cli.ts through tsx, or its build under `npm test`: built-entry.ts) as a child process, run as a person would run it: its
 * arguments, its stdin, and an environment without this machine's AWS_* and SLACK_* settings (so a
 * developer's own profile or tokens never reach a test), plus the settings a test gives.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { entryArgs } from './built-entry';

const ROOT = join(__dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `closeStdoutAfter`: stop reading stdout once this many characters came, as `| head -c N` does.
 * `cwd`: run in this directory (where a `.env` is read from); the repository root otherwise.
 * `readerGone`: both output pipes are closed before the command writes anything (`… 2>&1 | true`).
 */
export function runCli(args: string[], opts: { stdin?: string; env?: Record<string, string>; closeStdoutAfter?: number; cwd?: string; readerGone?: boolean } = {}): Promise<CliRun> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS') && !k.startsWith('SLACK'))) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entryArgs('cli'), ...args], { cwd: opts.cwd ?? ROOT, env: { ...base, ...opts.env } });
    if (opts.readerGone) {
      child.stdout.destroy();
      child.stderr.destroy();
    }
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (opts.closeStdoutAfter !== undefined && stdout.length >= opts.closeStdoutAfter) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
