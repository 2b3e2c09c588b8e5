/**
 * A secret in the unread middle of an oversized input (input-window.ts) is still found, in every
 * shape people paste, wherever it falls against the scan's slices; the diagnosis reports its kind
 * and holds no piece of it.
 *
 * Every shape is planted in ONE 2 MB input, each on its own stretch of plain log lines (which hold no secret: the last
 * test), so one diagnosis serves them all (stop 39: one per shape took 92 s of the suite). Each shape is still checked on
 * its own: its stretch alone is scanned and must show its kind (so one shape the scan misses fails its own test, however
 * many others are found), that kind must be in what the diagnosis reports, and no piece of its secret may be read or shown.
 */
import fc from 'fast-check';
import { diagnose } from '../../../src/core/diagnose';
import type { Diagnosis, SecretKind } from '../../../src/core/diagnosis';
import { headAndTail, InputWindow, secretKindsBetween } from '../../../src/core/input-window';
import { leakedPieces, Planted, SHAPE_NAMES, SHAPES } from '../../helpers/secret-shapes';
import { expectEqual } from '../../helpers/expect-equal';

const LINE = '2024-01-01T00:00:00Z INFO request ok path=/v1/items status=200 took=12ms\n';
const HALF = LINE.repeat(Math.ceil(1_000_000 / LINE.length));
const LAST_ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n';
/** Plain lines between two planted shapes: wider than the lines around an error that a window reads (6,144 characters a side). */
const APART = LINE.repeat(100);
/** Plain lines either side of a shape's own stretch when it is scanned alone. */
const MARGIN = LINE.length * 10;

/**
 * An AWS error in the middle is read with the lines around it (one per code, three at most): these three, early in the
 * middle, take the windows, so a secret shape's own error line (one of these codes) further on is left in the part not read.
 */
const WINDOWS_TAKEN = [
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n',
  'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.\n',
  'An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired\n',
].map((e) => `${LINE.repeat(100)}${e}`).join('') + LINE.repeat(200);

interface Placed {
  planted: Planted;
  /** Where the shape's text starts and ends in the input. */
  from: number;
  to: number;
}

/** `names`' shapes (seed 7, as each was planted alone) one after another in the middle of a 2 MB input, after `before`. */
function plantAll(names: readonly string[], before: string): { text: string; placed: Map<string, Placed> } {
  let text = `${HALF}${before}`;
  const placed = new Map<string, Placed>();
  for (const name of names) {
    const planted = fc.sample(SHAPES[name]!, { numRuns: 1, seed: 7 })[0]!;
    placed.set(name, { planted, from: text.length, to: text.length + planted.text.length });
    text += `${planted.text}\n${APART}`;
  }
  return { text: `${text}${HALF}${LAST_ERROR}`, placed };
}

/** The kinds found in the shape's own stretch (the plain lines around it hold none). */
const ownKinds = (text: string, p: Placed): SecretKind[] => secretKindsBetween(text, p.from - MARGIN, p.to + 1 + MARGIN);

/** Built on first use, once for all the tests that read it. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

describe('secrets in the unread middle of a 2 MB input', () => {
  const past = once(() => {
    const { text, placed } = plantAll(SHAPE_NAMES, WINDOWS_TAKEN);
    const window: InputWindow = headAndTail(text);
    const d: Diagnosis = diagnose(text);
    const all = [...placed.values()].flatMap((p) => p.planted.secrets);
    return { text, placed, window, d, readLeaks: new Set(leakedPieces(window.text, all)), shownLeaks: new Set(leakedPieces(JSON.stringify(d), all)) };
  });

  test.each(SHAPE_NAMES)('when a %s secret sits in the middle, then its kind is reported and no piece of it is in the diagnosis', (name) => {
    const { text, placed, window, d, readLeaks, shownLeaks } = past();
    expect(text.length).toBeGreaterThan(2_000_000);
    const p = placed.get(name)!;
    const pieces = (leaks: Set<string>): string[] => [...leaks].filter((piece) => p.planted.secrets.some((s) => s.includes(piece)));
    // Not read: no piece of it is in what the ends and the error windows keep.
    expectEqual(pieces(readLeaks), []);
    const kinds = ownKinds(text, p);
    expect(kinds.length).toBeGreaterThan(0);
    expectEqual(kinds.filter((k) => !window.read!.omittedSecrets.includes(k)), []);
    expectEqual(kinds.filter((k) => !d.inputRead!.omittedSecrets.includes(k)), []);
    expectEqual(kinds.filter((k) => !d.secretsFound.includes(k)), []);
    expect(d.notes.join('\n')).toContain('the part not read holds a secret value');
    expectEqual(pieces(shownLeaks), []);
  });

  /**
   * Here each shape's own error line is the first of its code in the middle, so a window is read around it: one input per
   * round of shapes with distinct codes (a window is taken for the first line of each code only). Shapes with no error
   * line go in the first round, apart from any window.
   */
  const rounds = once(() => {
    const CODE = /\b(?:InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken)\b/g;
    const groups: Array<{ names: string[]; codes: Set<string> }> = [];
    for (const name of SHAPE_NAMES) {
      const codes = new Set(fc.sample(SHAPES[name]!, { numRuns: 1, seed: 7 })[0]!.text.match(CODE) ?? []);
      const group = groups.find((g) => [...codes].every((c) => !g.codes.has(c)));
      if (group) {
        group.names.push(name);
        for (const c of codes) group.codes.add(c);
      } else groups.push({ names: [name], codes });
    }
    const byName = new Map<string, { text: string; p: Placed; d: Diagnosis }>();
    for (const g of groups) {
      const { text, placed } = plantAll(g.names, '');
      const d = diagnose(text);
      for (const [name, p] of placed) byName.set(name, { text, p, d });
    }
    return byName;
  });

  test.each(SHAPE_NAMES)('when a %s secret sits in the middle beside its own error line, then it is read with that line or not at all: its kind is reported and no piece of it is in the diagnosis', (name) => {
    const { text, p, d } = rounds().get(name)!;
    expect(d.secretsFound.length).toBeGreaterThan(0);
    const kinds = ownKinds(text, p);
    expect(kinds.length).toBeGreaterThan(0);
    expectEqual(kinds.filter((k) => !d.secretsFound.includes(k)), []);
    expectEqual(leakedPieces(JSON.stringify(d), p.planted.secrets), []);
  });

  test('when a secret straddles the cut between two slices of the scan, then it is still found', () => {
    const planted = fc.sample(SHAPES['terminal-wrap']!, { numRuns: 1, seed: 3 })[0]!;
    const SLICE = 262_144; // input-window.ts's slice length: the first slice ends here
    // In text with no line break near the cut, and in ordinary log lines.
    for (const filler of ['x'.repeat(400_000), LINE.repeat(Math.ceil(400_000 / LINE.length))]) {
      for (let at = SLICE - planted.text.length - 4; at <= SLICE + 4; at += 5) {
        const text = `${filler.slice(0, at)} ${planted.text} ${filler.slice(at)}`;
        expect(secretKindsBetween(text, 0, text.length)).toContain('secret-access-key');
      }
    }
  });

  test('when the middle holds no secret, then none is reported', () => {
    expect(headAndTail(HALF + HALF + HALF).read!.omittedSecrets).toEqual([]);
  });
});
