/**
 * base64-runs.ts finds the long runs of base64 characters by reading every 40th character first: it must find every run
 * a reading of every character finds, in order, and nothing else (a run it missed would be a secret left unredacted).
 */
import { longBase64Run } from '../../../src/core/secrets/base64-runs';

/** Every maximal run of at least `min` base64 characters, by a reading of every character. */
function everyRun(text: string, min: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/]+/g)) if (m[0].length >= min) out.push([m.index, m.index + m[0].length]);
  return out;
}

function found(text: string, min: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = longBase64Run(text, 0, min); r; r = longBase64Run(text, r.end, min)) out.push([r.start, r.end]);
  return out;
}

/** A deterministic pseudo-random generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('long base64 runs', () => {
  it.each([
    ['a key alone', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a key at the end', 'secret = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a key at the start', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is it'],
    ['one short of the length', 'x wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE y'],
    ['two keys a blank apart', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a key after a run of 39', `${'a'.repeat(39)}-${'b'.repeat(40)}`],
    ['no base64 at all', '-- -- -- ::: ...'],
    ['empty', ''],
  ])('when the text is %s, then the runs are those a reading of every character finds', (_name, text) => {
    expect(found(text, 40)).toEqual(everyRun(text, 40));
  });

  it('when texts of words, blanks and long runs at every offset are read, then no run is missed or added', () => {
    const next = random(39);
    for (let t = 0; t < 400; t++) {
      let text = '';
      while (text.length < 600) {
        const r = next();
        const len = r < 0.15 ? 30 + Math.floor(next() * 30) : 1 + Math.floor(next() * 12);
        for (let k = 0; k < len; k++) text += 'aZ09+/xQ'[Math.floor(next() * 8)];
        text += ' -.\n="'[Math.floor(next() * 6)];
      }
      for (const min of [40, 8, 1]) expect(found(text, min)).toEqual(everyRun(text, min));
    }
  });
});
