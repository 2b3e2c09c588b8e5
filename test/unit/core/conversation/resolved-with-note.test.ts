/**
 * interpreter.ts RESOLVED_WITH_NOTE reads its note as `[\s\S]*` where it read `.*` (which recheck found quadratic: a run of
 * punctuation before a line break). `interpret` reads a reply cut to 400 characters with its whitespace folded, so no line
 * break is left and the two read the same: every tuning-corpus line and sentence and generated replies show it.
 */
import { RESOLVED_WITH_NOTE } from '../../../../src/core/conversation/interpreter';
import { rng } from '../../../helpers/synthetic-case';
import { tuningStrings } from '../../../helpers/tuning-strings';

/** The regex replaced (interpreter.ts at 1efa393). */
const WAS = /^(resolved?|fixed|solved|it works now|works now|it works)\s*[-:,.;!–—]+\s*(\S.*)$/i;
/** As `interpret` reads a reply. */
const folded = (raw: string): string => raw.slice(0, 400).replace(/\s+/g, ' ').trim();

const PIECES = ['resolved', 'Fixed', 'solved', 'it works', 'works now', 'it works now', ':', '-', '!', '—', '.', ',', ' ', '\n', '\u2028', 'removed the export', 'x', ';'];

describe('RESOLVED_WITH_NOTE', () => {
  it('when every corpus line, sentence and generated reply is read as interpret reads it, then it gives what the regex it replaced gave', () => {
    const next = rng(5);
    const generated = Array.from({ length: 100_000 }, () => {
      let s = PIECES[Math.floor(next() * 6)]!;
      for (let k = Math.floor(next() * 8); k > 0; k--) s += PIECES[Math.floor(next() * PIECES.length)]!;
      return s;
    });
    const texts = [...tuningStrings().flatMap((v) => [...v.split('\n'), ...v.split(/(?<=[.!?\n])/)]), ...generated].map(folded);
    const read = (re: RegExp, t: string) => JSON.stringify(re.exec(t)?.slice(0, 3) ?? null);
    expect(texts.filter((t) => read(RESOLVED_WITH_NOTE, t) !== read(WAS, t)).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => WAS.test(t)).length).toBeGreaterThan(1_000);
  });
});
