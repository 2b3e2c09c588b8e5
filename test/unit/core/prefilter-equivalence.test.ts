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

/**
 * The labeller's own fields of the real-thread cases: links, labels, dates, and the notes and resolutions written to
 * justify a label. awskey is never given them (the evals send pastes, openings, titles and the simulated user's
 * answers), and they were half of the strings and most of this test's time.
 */
const LABELLER_FIELDS = new Set(['url', 'cause', 'also_acceptable', 'alsoAcceptable', 'error_codes', 'resolution', 'resolution_by', 'resolutionBy', 'label_basis', 'note', 'labelled_at', 'labelledAt', 'fixedBy', 'src', 'query']);

/** Every pasted text: .txt files whole, and every string value of the real-thread JSON cases but the labeller's fields. */
function textsOf(file: string): string[] {
  if (file.endsWith('.txt')) return [readFileSync(file, 'utf8')];
  if (!file.endsWith('.json') || file.endsWith('.expected.json')) return [];
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && v.length >= 20) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!LABELLER_FIELDS.has(k)) walk(x);
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
    // The inputs the evals send are all here: every paste and every opening.
    expect(cases.filter((c) => c.name.startsWith('real-pastes/')).length).toBeGreaterThan(2000);
    const withIt = diagnoseAll(true);
    const without = diagnoseAll(false);
    const differ = cases.filter((c) => withIt.get(c.text) !== without.get(c.text));
    expect(differ.filter((c) => !c.heldOut).map((c) => c.name)).toEqual([]);
    expect(differ.filter((c) => c.heldOut).length).toBe(0);
  });
});
