'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, module */
/**
 * fast-check as the test files get it: jest.config.js maps `fast-check` here, so the global seed (fast-check-seed.ts:
 * pinned in CI or by FC_SEED) is set when a test file first loads fast-check, and the ~375 files that never use it do
 * not load it at all (it used to be a setupFiles entry, loaded in every file). With FC_RUNS_SCALE set (npm run
 * test:props) the files get fast-check-scaled.cjs instead. Required by path, past the mapping, so this is not itself.
 */
const real = require('../../node_modules/fast-check/lib/cjs/fast-check.js');
const { pinnedSeed } = require('./fast-check-seed');

const seed = pinnedSeed(process.env);
if (seed !== undefined) real.configureGlobal({ ...real.readConfigureGlobal(), seed });
module.exports = process.env.FC_RUNS_SCALE ? require('./fast-check-scaled.cjs') : real;
