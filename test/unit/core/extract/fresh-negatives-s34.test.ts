/**
 * s34-neg's fresh texts (scripts/corpus/fresh-negatives-s34.json; how they were taken and read in
 * fresh-negatives-s34.results.md): 19 first posts of public pull requests and feature requests that add or ask for
 * credential support and tell no failure, and 3 that tell one, with each one's outcome at b0ff9be (the stop's base),
 * 2696810 (the readings made before the texts were read: a measure) and bf50f85 (after two readings chosen on them:
 * in-sample). This keeps what was gained: each text is diagnosed and read as at bf50f85 (no negative left undetected is
 * detected again, the three reports stay detected).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../../../src/core/diagnose';

interface Fresh { url: string; class: string; negative: boolean; detected: Record<'b0ff9be' | '2696810' | 'bf50f85', boolean>; text: string }

const NOW = new Date('2026-12-07T00:00:00Z');
const texts = JSON.parse(readFileSync(join(__dirname, '../../../../scripts/corpus/fresh-negatives-s34.json'), 'utf8')) as Fresh[];

describe("s34-neg's fresh texts", () => {
  it('holds 19 negatives and 3 reports, each URL once', () => {
    expect(texts.filter((t) => t.negative)).toHaveLength(19);
    expect(texts.filter((t) => !t.negative).map((t) => t.url)).toEqual([
      'https://github.com/aws/aws-toolkit-visual-studio/issues/141',
      'https://github.com/miroapp/cloud-data-import/issues/138',
      'https://github.com/remind101/assume-role/pull/38',
    ]);
    expect(new Set(texts.map((t) => t.url)).size).toBe(texts.length);
  });

  it('reads each text as bf50f85 did: the 3 negatives it detected, the 16 it left, the 3 reports', () => {
    // Measured on the code, not on the JSON's recorded outcomes: a text the code now reads otherwise is named.
    const now = texts.map((t) => ({ ...t, detectedNow: diagnose(t.text, { now: NOW }).detected }));
    expect(now.filter((t) => t.detectedNow !== t.detected.bf50f85).map((t) => t.url)).toEqual([]);
    expect(now.filter((t) => t.negative && t.detectedNow)).toHaveLength(3);
    expect(now.filter((t) => !t.negative && !t.detectedNow).map((t) => t.url)).toEqual([]);
  });
});
