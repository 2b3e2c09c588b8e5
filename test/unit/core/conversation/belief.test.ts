/**
 * The belief shares diagnose's evidence model: with no answers, the ranking after pastes
 * P1 … Pn is the ranking of diagnose(P1 + … + Pn), over the whole fixture corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../../../src/core/diagnose';
import { step } from '../../../../src/core/conversation/engine';
import type { CaseState } from '../../../../src/core/conversation/types';
import { callerIdentityOf } from '../../../../src/core/conversation/verification';
import { T0 } from '../../../helpers/case-script';
import { LONG_LOG } from '../../../helpers/pastes';

const ROOT = path.join(__dirname, '../../../fixtures/pastes');
const now = new Date(T0);

function fixtures(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of fs.readdirSync(ROOT).filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory()).sort()) {
    for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith('.txt')).sort()) out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') });
  }
  return out;
}

/** A paste split where a person would paste the next part: at blank lines, at most three parts. */
function parts(text: string): string[] {
  const chunks = text.split(/\n\s*\n/).filter((c) => c.trim() !== '');
  if (chunks.length <= 3) return chunks;
  const size = Math.ceil(chunks.length / 3);
  return [0, 1, 2].map((i) => chunks.slice(i * size, (i + 1) * size).join('\n\n')).filter((c) => c !== '');
}

function run(pastes: string[]): CaseState | undefined {
  let state: CaseState | undefined;
  for (const text of pastes) {
    const r = step(state, { kind: 'paste', text, user: 'U1', at: now.toISOString() }, { now });
    if (!r) return undefined;
    state = r.state;
  }
  return state;
}

const order = (causes: Array<{ id: string; score: number }>) => causes.map((c) => c.id);
/** Hidden characters are removed before the text is kept (they count as a fact), and a clean caller identity is an observation on top. */
const comparable = (text: string) => !/[\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\u00a0\u00ad]/.test(text) && callerIdentityOf(text) === undefined;

describe('belief: the same evidence model as diagnose', () => {
  const all = fixtures().filter((f) => comparable(f.text));
  const cases: Array<{ name: string; pastes: string[] }> = [];
  for (const f of all) {
    const p = parts(f.text);
    if (p.length > 1 && p.every(comparable)) cases.push({ name: `${f.name} in ${p.length} pastes`, pastes: p });
  }
  // Two incidents' outputs pasted into one case, one after the other.
  for (let i = 0; i + 1 < all.length; i += 3) cases.push({ name: `${all[i]!.name} then ${all[i + 1]!.name}`, pastes: [all[i]!.text, all[i + 1]!.text] });

  it('covers a good part of the corpus', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((c) => [c.name, c.pastes] as const))('when %s are pasted without answers, then the ranking is diagnose of all of them together', (_name, pastes) => {
    const state = run(pastes);
    if (!state) return; // the first part holds no error: no case opens, nothing to compare
    const together = diagnose(pastes.join('\n'), { now });
    expect(order(state.causes)).toEqual(order(together.causes));
  });
});

describe('belief: cases stored before it kept its evidence', () => {
  it('when a case without evidence texts gets a paste, then its old ranking still counts under the new one', () => {
    const opened = run(['An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'])!;
    const { texts: _texts, ...oldScoring } = opened.scoring!;
    const legacy: CaseState = { ...opened, scoring: oldScoring };
    const r = step(legacy, { kind: 'paste', text: 'export AWS_REGION=eu-west-1\nexport AWS_PROFILE=dev', user: 'U1', at: now.toISOString() }, { now })!;
    expect(r.state.causes[0]!.id).toBe('temporary-credentials-expired');
    expect(r.state.scoring?.texts).toHaveLength(1);
  });
});

describe('belief: a long paste keeps its head and its tail', () => {
  it('when a paste longer than one input keeps has its error at the end, then the ranking is still diagnose of the paste', () => {
    expect(LONG_LOG.length).toBeGreaterThan(24_000);
    const state = run([LONG_LOG])!;
    const alone = diagnose(LONG_LOG, { now });
    expect(alone.causes[0]!.id).toBe('wrong-account-or-partition');
    expect(order(state.causes)).toEqual(order(alone.causes));
    expect(state.scoring!.texts!.join('\n').length).toBeLessThanOrEqual(24_000);
  });
});
