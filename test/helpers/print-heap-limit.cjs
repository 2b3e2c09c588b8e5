/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process */
// Preloaded (--require) into an awskey CLI process by test/integration/cli-heap-limit.test.ts: says
// on stderr which process this is and its V8 heap limit, so the test sees the limit the CLI runs with.
const v8 = require('node:v8');
process.stderr.write(`HEAP pid=${process.pid} limit=${v8.getHeapStatistics().heap_size_limit}\n`);
