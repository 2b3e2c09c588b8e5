/**
 * Which file a test runs when it starts one of awskey's entry points (src/cli.ts, src/main.ts, src/healthcheck.ts)
 * as a process.
 *
 * `npm test` builds first, then scripts/run-tests.js sets AWSKEY_TEST_BUILT=1: the child runs the build's JavaScript
 * (dist/, what `npm start` and the `awskey` bin run), which starts in about half the CPU of compiling the source
 * through tsx's loader (measured 1.1 s against 2.3 s per `awskey diagnose` on this machine), and the suite starts
 * a few hundred of them. A plain `npx jest` keeps running the TypeScript source through tsx, so an edit is seen
 * without a build.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '../..');
export const BUILT_ENV = 'AWSKEY_TEST_BUILT';

/** Node's arguments that run `name` (an entry point under src/, without extension). */
export function entryArgs(name: 'cli' | 'main' | 'healthcheck'): string[] {
  if (process.env[BUILT_ENV] === '1') return [join(ROOT, 'dist', `${name}.js`)];
  return ['--import', pathToFileURL(require.resolve('tsx')).href, join(ROOT, 'src', `${name}.ts`)];
}

/**
 * Node and an entry point's arguments as one shell command line, each argument single-quoted: a checkout path with a
 * space or a quote in it stays one argument when a test hands the line to `script -c` (a pseudo-terminal).
 */
export function shellCommand(args: readonly string[]): string {
  return args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}
