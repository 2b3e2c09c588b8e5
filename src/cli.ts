#!/usr/bin/env node
/**
 * The `awskey` bin. Gives the process its heap limit first (heap-limit.ts: starts itself again
 * with it when none was given), then loads and runs the command line (cli-program.ts).
 */
import { heapFlags, runWithHeapFlags } from './adapters/cli/heap-limit';

const flags = heapFlags(process.execArgv, process.env);
if (flags) runWithHeapFlags(flags);
// eslint-disable-next-line @typescript-eslint/no-require-imports
else (require('./cli-program') as typeof import('./cli-program')).main();
