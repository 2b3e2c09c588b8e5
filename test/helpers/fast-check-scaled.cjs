'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, module */
/**
 * fast-check with every property run FC_RUNS_SCALE times as often (npm run test:props): jest.config.js maps
 * `fast-check` here only when FC_RUNS_SCALE is set. Most tests give their own `numRuns`, which a global setting cannot
 * raise, so assert and check scale the number they are given. Required by path, past the mapping, so this is not itself.
 */
const real = require('../../node_modules/fast-check/lib/cjs/fast-check.js');

const scale = Number(process.env.FC_RUNS_SCALE);
if (!(scale > 0)) throw new Error(`FC_RUNS_SCALE must be a positive number, not ${JSON.stringify(process.env.FC_RUNS_SCALE)}`);
const runs = (params) => {
  const base = (params && params.numRuns) || real.readConfigureGlobal().numRuns || 100;
  return { ...params, numRuns: Math.max(1, Math.round(base * scale)) };
};
const scaled = {
  ...real,
  assert: (property, params) => real.assert(property, runs(params)),
  check: (property, params) => real.check(property, runs(params)),
};
module.exports = { ...scaled, default: scaled, __esModule: true };
