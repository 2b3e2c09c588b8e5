#!/usr/bin/env node
// Runs jest and ends with one plain line "N passed, N failed" read from jest's own JSON results,
// so CI can tell a run that executed no test from a green one.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'awskey-jest-')), 'results.json');
const jestBin = require.resolve('jest/bin/jest');
// `npm test` runs this right after the build: the tests' child processes run dist/ (test/helpers/built-entry.ts).
const env = { ...process.env, AWSKEY_TEST_BUILT: '1' };
const r = spawnSync(process.execPath, [jestBin, '--json', `--outputFile=${out}`, ...process.argv.slice(2)], { stdio: 'inherit', env });
let passed = 0;
let failed = 0;
let suitesFailed = 0;
try {
  const res = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = res.numPassedTests;
  failed = res.numFailedTests;
  suitesFailed = res.numFailedTestSuites;
} catch {
  failed = failed || 1;
}
// A suite that fails to load counts no test: report it as a failure so the line cannot read green.
if (failed === 0 && suitesFailed > 0) failed = suitesFailed;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(r.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
