/**
 * The CLI's heap limit. Without one, V8 sizes the heap from the machine's memory (about 2-4 GB) and
 * lets garbage pile up: a cold 100 accounts × 1,000 users lookup held about 50-80 MB live but peaked
 * at 440 MB RSS. `npm start` passes its limit on the command line; the `awskey` bin cannot (a
 * `#!/usr/bin/env -S node --max-old-space-size=…` shebang needs GNU env 8.30+ or a BSD env, and
 * npm's Windows shims and `node dist/cli.js` ignore it), so the CLI starts itself again with the
 * limit: one small parent process (no modules of ours loaded) that forwards signals and the exit code.
 *
 * A limit given by the person running it (--max-old-space-size on the command line or in
 * NODE_OPTIONS) is kept, and AWSKEY_CLI_REEXEC=0 turns the restart off.
 */
import { spawn } from 'node:child_process';

/** The old-space limit of the CLI (MB): a cold 100 × 1,000 scan lives in about 80 MB; see docs/aws/README.md §7. */
export const CLI_OLD_SPACE_MB = 128;
/** The young generation's semi-space (MB): V8's default 16 lets 48 MB of young garbage sit in RSS. */
export const CLI_SEMI_SPACE_MB = 4;

const LIMIT_FLAG = /--max-old-space-size\b/;

/** The node flags to start the CLI again with, or undefined: run in this process. */
export function heapFlags(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] | undefined {
  if (env.AWSKEY_CLI_REEXEC === '0') return undefined;
  if (execArgv.some((a) => LIMIT_FLAG.test(a)) || LIMIT_FLAG.test(env.NODE_OPTIONS ?? '')) return undefined;
  const flags = [`--max-old-space-size=${CLI_OLD_SPACE_MB}`];
  if (!execArgv.some((a) => a.startsWith('--max-semi-space-size')) && !/--max-semi-space-size/.test(env.NODE_OPTIONS ?? '')) flags.push(`--max-semi-space-size=${CLI_SEMI_SPACE_MB}`);
  return flags;
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Starts this script again with `flags` and the same arguments, stdio and environment; this
 * process ends as the child does (its exit code, or the signal that ended it).
 */
export function runWithHeapFlags(flags: string[]): void {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], { stdio: 'inherit' });
  // A signal for this process is the child's: a terminal's Ctrl-C reaches both, `kill` only this one.
  const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
  for (const sig of FORWARDED) process.on(sig, forward(sig));
  child.on('error', (err) => {
    process.stderr.write(`awskey: could not start (${err.message})\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    for (const sig of FORWARDED) process.removeAllListeners(sig);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
}
