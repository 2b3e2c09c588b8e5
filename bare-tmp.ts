import { PRIORS } from './src/core/rules/priors';
import { crossValidate, fmt, priors, fitContext, thinCases } from './scripts/corpus/rank-cv';
import { loadRankCases } from './scripts/corpus/rank-cases';
import { withWeights } from './scripts/corpus/rank-variants';
const cases = loadRankCases();
const bare = cases.map((c) => ({ ...c, base: c.baseNoContext }));
const tables = {
  shipped: PRIORS,
  'no knr': PRIORS.filter((p) => p.family !== 'msg.key-not-in-records'),
  'rep role .15 env .2': withWeights({ 'fam.reported': { 'role-credentials-unavailable': 0.15, 'env-var-override': 0.2 } }),
  'rep role .3 env .2': withWeights({ 'fam.reported': { 'role-credentials-unavailable': 0.3, 'env-var-override': 0.2 } }),
  'both back': withWeights({ 'fam.reported': { 'role-credentials-unavailable': 0.15, 'env-var-override': 0.2 } }).filter((p) => p.family !== 'msg.key-not-in-records'),
};
for (const [name, t] of Object.entries(tables)) {
  console.log(name.padEnd(22), 'bare      ', fmt(crossValidate(bare, 'batch', () => (c) => priors(c, t))));
  console.log(''.padEnd(22), 'bare+ratio', fmt(crossValidate(bare, 'batch', (tr) => fitContext(tr, 0.1, 5, 2, 1, (c) => priors(c, t)))));
  console.log(''.padEnd(22), 'whole     ', fmt(crossValidate(cases, 'batch', (tr) => fitContext(tr, undefined, undefined, undefined, undefined, (c) => priors(c, t)))));
  console.log(''.padEnd(22), 'line      ', fmt(crossValidate(thinCases(cases), 'batch', (tr) => fitContext(tr, undefined, undefined, undefined, undefined, (c) => priors(c, t)))));
}
