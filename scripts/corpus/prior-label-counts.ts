/**
 * The label counts behind the family priors (src/core/rules/priors.ts), measured on the tuning halves only: for each
 * prior, the pastes of test/fixtures/real-pastes/tuning and the openings of test/fixtures/real-conversations/tuning in
 * which diagnose() applied that prior (its evidence `prior.<family>` is on some cause, so no decisive observation
 * made it step aside), counted by labelled cause ("+" counts the also-acceptable labels). Never reads held-out files.
 * Per batch, with primary and also-acceptable apart and the fitting rule: scripts/corpus/priors-fit.ts --counts.
 * Usage: tsx scripts/corpus/prior-label-counts.ts
 */
import { diagnose } from '../../src/core/diagnose';
import { PRIORS } from '../../src/core/rules/priors';
import { EVAL_NOW } from '../eval-lib';
import { tuningCases } from './rank-cases';

/** The family priors: the tool/runtime shifts (TOOL_PRIORS) apply where their family's prior does (priors-fit.ts --weights counts them). */
const FAMILY_PRIORS = PRIORS.filter((p) => !p.with);
const counts = new Map<string, Map<string, number>>(FAMILY_PRIORS.map((p) => [p.family, new Map()]));
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

for (const c of tuningCases()) {
  const applied = new Set(diagnose(c.text, { now: EVAL_NOW }).causes.flatMap((x) => x.evidence.map((e) => e.id)));
  for (const p of FAMILY_PRIORS) {
    if (!applied.has(`prior.${p.family.replace(/^fam\./, '')}`)) continue;
    const m = counts.get(p.family)!;
    bump(m, c.cause);
    for (const a of c.ok) if (a !== c.cause) bump(m, `+${a}`);
  }
}

for (const [family, m] of counts) {
  const n = [...m].filter(([k]) => !k.startsWith('+')).reduce((s, [, v]) => s + v, 0);
  console.log(`${family} (${n} cases): ${[...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
