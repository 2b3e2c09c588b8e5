/**
 * The anchor prefilter (extract/anchors.ts) only skips work: over every corpus under test/fixtures,
 * each diagnosis is the same with it and without it (every pattern run on every text). Held-out
 * cases are compared too, but a difference there is reported only as a count, never by case.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { diagnose } from '../../../src/core/diagnose';
import { setAnchorPrefilter } from '../../../src/core/extract/anchors';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const NOW = new Date('2026-11-22T00:00:00Z');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every pasted text: .txt files whole, and every string value of the real-thread JSON cases. */
function textsOf(file: string): string[] {
  if (file.endsWith('.txt')) return [readFileSync(file, 'utf8')];
  if (!file.endsWith('.json') || file.endsWith('.expected.json')) return [];
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && v.length >= 20) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return out;
}

const cases = filesUnder(FIXTURES).flatMap((f) => textsOf(f).map((text, i) => ({ name: `${relative(FIXTURES, f)}#${i}`, text, heldOut: /(?:^|\/)holdout\//.test(relative(FIXTURES, f)) })));
// Long pastes take other paths (line by line past 64 KB, anchors kept up to a bound): the own corpus
// joined, whole and repeated past 1 MB (read as head and tail).
const own = cases.filter((c) => !c.heldOut && c.name.startsWith('pastes/')).map((c) => c.text).join('\n');
cases.push({ name: 'own corpus joined', text: own, heldOut: false }, { name: 'own corpus repeated', text: own.repeat(Math.ceil(1_200_000 / own.length)), heldOut: false });

/** Each distinct text's diagnosis: a text kept in several fixtures (a quarter of them: titles, URLs, openings kept as pastes and as threads) is diagnosed once. */
function diagnoseAll(prefilter: boolean): Map<string, string> {
  setAnchorPrefilter(prefilter);
  try {
    return new Map([...new Set(cases.map((c) => c.text))].map((text) => [text, JSON.stringify(diagnose(text, { now: NOW }))]));
  } finally {
    setAnchorPrefilter(true);
  }
}

describe('anchor prefilter', () => {
  it('when every corpus text is diagnosed with and without the prefilter, then every diagnosis is the same', () => {
    expect(cases.length).toBeGreaterThan(500);
    const withIt = diagnoseAll(true);
    const without = diagnoseAll(false);
    const differ = cases.filter((c) => withIt.get(c.text) !== without.get(c.text));
    expect(differ.filter((c) => !c.heldOut).map((c) => c.name)).toEqual([]);
    expect(differ.filter((c) => c.heldOut).length).toBe(0);
  });
});
