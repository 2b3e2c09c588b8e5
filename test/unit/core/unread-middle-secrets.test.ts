/**
 * A secret in the unread middle of an oversized input (input-window.ts) is still found, in every
 * shape people paste, wherever it falls against the scan's slices; the diagnosis reports its kind
 * and holds no piece of it.
 */
import fc from 'fast-check';
import { diagnose } from '../../../src/core/diagnose';
import { headAndTail, secretKindsBetween } from '../../../src/core/input-window';
import { leakedPieces, SHAPE_NAMES, SHAPES } from '../../helpers/secret-shapes';

const LINE = '2024-01-01T00:00:00Z INFO request ok path=/v1/items status=200 took=12ms\n';
const HALF = LINE.repeat(Math.ceil(1_000_000 / LINE.length));

/**
 * An AWS error in the middle is read with the lines around it (one per code, three at most): these three, early in the
 * middle, take the windows, so a secret shape's own error line (one of these codes) further on is left in the part not read.
 */
const WINDOWS_TAKEN = [
  'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n',
  'An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided.\n',
  'An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired\n',
].map((e) => `${LINE.repeat(100)}${e}`).join('') + LINE.repeat(200);

describe('secrets in the unread middle of a 2 MB input', () => {
  test.each(SHAPE_NAMES)('when a %s secret sits in the middle, then its kind is reported and no piece of it is in the diagnosis', (name) => {
    const planted = fc.sample(SHAPES[name]!, { numRuns: 1, seed: 7 })[0]!;
    const text = `${HALF}${WINDOWS_TAKEN}${planted.text}\n${HALF}An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const window = headAndTail(text);
    expect(window.read!.omittedSecrets.length).toBeGreaterThan(0);
    expect(leakedPieces(window.text, planted.secrets)).toEqual([]);
    const d = diagnose(text);
    expect(d.inputRead!.omittedSecrets.length).toBeGreaterThan(0);
    expect(d.secretsFound.length).toBeGreaterThan(0);
    expect(d.notes.join('\n')).toContain('the part not read holds a secret value');
    expect(leakedPieces(JSON.stringify(d), planted.secrets)).toEqual([]);
  });

  test.each(SHAPE_NAMES)('when a %s secret sits in the middle beside its own error line, then it is read with that line or not at all: its kind is reported and no piece of it is in the diagnosis', (name) => {
    const planted = fc.sample(SHAPES[name]!, { numRuns: 1, seed: 7 })[0]!;
    const d = diagnose(`${HALF}${planted.text}\n${HALF}An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n`);
    expect(d.secretsFound.length).toBeGreaterThan(0);
    expect(leakedPieces(JSON.stringify(d), planted.secrets)).toEqual([]);
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
