import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expectEqual } from '../../../helpers/expect-equal';
import { anchorsOf, firstMatches, lineGate, liveFilter, mayMatch, scanAnchorsOf, withinOneLine } from '../../../../src/core/extract/anchors';
import { ALL_PATTERNS } from '../../../../src/core/patterns';

const PASTES = join(__dirname, '..', '..', '..', 'fixtures', 'pastes');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** fast-check cannot generate text for lookbehinds; those patterns are covered by the fixtures. Two tests ask of every pattern: each is tried once. */
const canGenerate = new Map<RegExp, boolean>();
function generatable(re: RegExp): boolean {
  let ok = canGenerate.get(re);
  if (ok === undefined) {
    try {
      fc.sample(fc.stringMatching(re), 1);
      ok = true;
    } catch {
      ok = false;
    }
    canGenerate.set(re, ok);
  }
  return ok;
}

describe('regex anchors', () => {
  it('when a pattern is alternatives of plain words, then each alternative gives its longest lowercased run', () => {
    expect(anchorsOf(/Unable to locate credentials|\bNoCredentialProviders\b/)).toEqual(['unable to locate credentials', 'nocredentialproviders']);
  });

  it('when characters are optional or repeated, then they are left out of the anchor', () => {
    expect(anchorsOf(/Signature expired:? {0,2}\S{0,40} is now earlier than/i)).toEqual([' is now earlier than']);
    expect(anchorsOf(/\bWSL2?\b/)).toEqual(['wsl']);
    expect(anchorsOf(/ab+cdef/)).toEqual(['cdef']);
    expect(anchorsOf(/\u001b\x41(a)xyz\1/)).toEqual(['xyz']);
  });

  it('when an alternative has no fixed word, then the pattern has no anchors and always runs', () => {
    expect(anchorsOf(/error occurred|^\s{0,4}[$#>]/)).toBeUndefined();
    expect(mayMatch(undefined, '')).toBe(true);
  });

  it('when an alternative has no fixed word of its own, then the descending reading takes those of a group every match passes through', () => {
    expect(anchorsOf(/\b(?:sso|identity center)\b/i)).toBeUndefined();
    expect(anchorsOf(/\b(?:sso|identity center)\b/i, true)).toEqual(['sso', 'identity center']);
    expect(anchorsOf(/(?:^|[^\w-])(?:(?:session|security)[ _-]?tokens?|clocks?)(?![\w-])/, true)).toEqual(['token', 'clock']);
    expect(anchorsOf(/(?<name>abc|def)x|(ghi)+/, true)).toEqual(['abc', 'def', 'ghi']);
    // Not a lookaround (what it reads is no part of the match), an optional or repeated-from-zero group, or one with an
    // alternative of no fixed word.
    expect(anchorsOf(/(?<!abc)x/, true)).toBeUndefined();
    expect(anchorsOf(/(?=abc)x/, true)).toBeUndefined();
    expect(anchorsOf(/(?:abc)?x/, true)).toBeUndefined();
    expect(anchorsOf(/(?:abc)*x/, true)).toBeUndefined();
    expect(anchorsOf(/(?:abc|x)y/, true)).toBeUndefined();
    expect(anchorsOf(/(?:abc)?(?:def|ghi)/, true)).toEqual(['def', 'ghi']);
  });

  it('when any engine pattern matches a fixture line, then the line gate of all of them says it may (its descending anchors are in the line)', () => {
    const gate = lineGate(ALL_PATTERNS);
    const probes = ALL_PATTERNS.map((re) => new RegExp(re.source, re.flags.replace(/[gy]/g, '')));
    const lines = [...new Set(filesUnder(PASTES).flatMap((f) => readFileSync(f, 'utf8').split('\n')))];
    let matched = 0;
    let skipped = 0;
    for (const line of lines) {
      const live = gate(line.toLowerCase());
      probes.forEach((re, k) => {
        if (live[k] === 0) skipped++;
        if (!re.test(line)) return;
        matched++;
        if (live[k] !== 1) expect({ re: re.source, line, live: live[k] }).toEqual({ re: re.source, line, live: 1 });
      });
    }
    expect(matched).toBeGreaterThan(100);
    // The gate rules patterns out (a gate that always said yes would pass the check above).
    expect(skipped).toBeGreaterThan(lines.length * 100);
  });

  it('when text is generated to match a pattern anchored only by the descending reading, then those anchors are found in it', () => {
    const patterns = ALL_PATTERNS.filter((re) => !anchorsOf(re) && anchorsOf(re, true) && generatable(re));
    expect(patterns.length).toBeGreaterThan(20);
    for (const re of patterns) {
      const anchors = anchorsOf(re, true);
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(re.source, re.flags.replace('g', ''))), (s) => mayMatch(anchors, s.toLowerCase())),
        { numRuns: 40 },
      );
    }
  });

  it('when a pattern has no fixed word of its own, then the shared scan reads the group every match passes through, and a text without its words skips it', () => {
    // Go's provider name (shown-answers.ts) and a CRT code or its message (the catalogue): each ran over the whole of a 1 MB log.
    const go = /\b(?:ProviderName|Source):[ \t]{0,2}"?(?:EnvConfigCredentials|EnvProvider)\b/;
    const crt = /\bAWS_AUTH_(?:CREDENTIALS_PROVIDER_PROCESS_SOURCE_FAILURE)\b|\b(?:Valid credentials could not be sourced by the process provider)/;
    expect(anchorsOf(go)).toBeUndefined();
    expect(scanAnchorsOf(go)).toEqual(['providername', 'source']);
    expect(scanAnchorsOf(crt)).toEqual(['aws_auth_', 'valid credentials could not be sourced by the process provider']);
    // The plain reading is kept where there is one.
    expect(scanAnchorsOf(/Unable to locate credentials|\bNoCredentialProviders\b/)).toEqual(['unable to locate credentials', 'nocredentialproviders']);
    expect(liveFilter([go, crt])('an error occurred (invalidclienttokenid) when calling the getcalleridentity operation')).toEqual([false, false]);
    expect(liveFilter([go, crt])('providername: envconfigcredentials')).toEqual([true, false]);
    const text = 'x\nCreds: {ProviderName: EnvConfigCredentials}\n';
    expect(firstMatches([go])(text, text.toLowerCase())[0]?.index).toBe(go.exec(text)!.index);
  });

  it('when no anchor word is in the text, then the pattern is skipped; when one is, it runs', () => {
    const anchors = anchorsOf(/security token included in the request is invalid/i);
    expect(mayMatch(anchors, 'all good here')).toBe(false);
    expect(mayMatch(anchors, 'the security token included in the request is invalid.')).toBe(true);
  });

  it('when any engine pattern matches a fixture line, then its anchors are found in that line', () => {
    const all = filesUnder(PASTES).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    // Each distinct line is tested once (three lines in four repeat: blank lines, shared log lines) and counts as often
    // as it occurs. A sticky probe carries lastIndex from line to line, so it still walks every line in order.
    const distinct = new Map<string, number>();
    for (const line of all) distinct.set(line, (distinct.get(line) ?? 0) + 1);
    const once: Array<[string, number]> = all.map((line) => [line, 1]);
    let matched = 0;
    for (const re of ALL_PATTERNS) {
      const anchors = anchorsOf(re);
      const probe = new RegExp(re.source, re.flags.replace('g', ''));
      for (const [line, times] of probe.sticky ? once : distinct) {
        if (!probe.test(line)) continue;
        matched += times;
        const found = mayMatch(anchors, line.toLowerCase());
        if (found !== true) expect({ re: re.source, line, found }).toEqual({ re: re.source, line, found: true });
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('when text is generated to match any engine pattern, then its anchors are found in it', () => {
    const patterns = ALL_PATTERNS.filter((re) => anchorsOf(re) && generatable(re));
    expect(patterns.length).toBeGreaterThan(30);
    for (const re of patterns) {
      const anchors = anchorsOf(re);
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(re.source, re.flags.replace('g', ''))), (s) => mayMatch(anchors, s.toLowerCase())),
        { numRuns: 40 },
      );
    }
  });

  it('when one scan checks a whole battery, then it agrees with checking each anchor on its own, overlapping and repeated words included', () => {
    const battery = ALL_PATTERNS;
    const live = liveFilter(battery);
    const words = [...new Set(battery.flatMap((re) => scanAnchorsOf(re) ?? []))];
    const anchors = battery.map((re) => scanAnchorsOf(re)); // read once, not once per text
    const expected = (lower: string): boolean[] => anchors.map((a) => mayMatch(a, lower));
    for (const f of filesUnder(PASTES)) {
      const lower = readFileSync(f, 'utf8').toLowerCase();
      expectEqual(live(lower), expected(lower));
    }
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.slice(1)), fc.string({ maxLength: 4 }));
    // Many repeats of one word make the scan drop found words and rebuild itself mid-text.
    const text = fc.tuple(fc.array(piece, { maxLength: 30 }), fc.constantFrom(...words), fc.nat({ max: 80 })).map(([ps, w, n]) => `${w.repeat(n)}${ps.join('')}`.toLowerCase());
    fc.assert(fc.property(text, (lower) => expectEqual(live(lower), expected(lower))), { numRuns: 300 });
  });

  it('when a pattern can match a line break, then it is not judged to stay within one line', () => {
    for (const re of [/a\sb/, /a[^)]b/, /a[\s\S]b/, /a.b/s, /a\x0ab/, /a[\t-\r]b/, /a\Wb/, /a\Db/, /a[^]b/, /a[^\\s]b/]) expect({ re: re.source, one: withinOneLine(re) }).toEqual({ re: re.source, one: false });
    for (const re of [/a.b/, /a[^\s"]b/, /a[^\n]{0,9}b/, /\bA\S{1,4}\d\w/, /(?<=x )y[ \t]z/]) expect({ re: re.source, one: withinOneLine(re) }).toEqual({ re: re.source, one: true });
  });

  it('when text is generated to match an engine pattern judged to stay within one line, then the match holds no line break (only anchored patterns use the judgement)', () => {
    const patterns = ALL_PATTERNS.filter((re) => scanAnchorsOf(re) && withinOneLine(re) && generatable(re));
    expect(patterns.length).toBeGreaterThan(30);
    for (const re of patterns) {
      const probe = new RegExp(re.source, re.flags.replace('g', ''));
      fc.assert(
        fc.property(fc.stringMatching(probe), (s) => !(probe.exec(s)?.[0] ?? '').includes('\n')),
        { numRuns: 40 },
      );
    }
  });

  it('when the first match is searched from the line of the first anchor, then it is the first match of a plain search', () => {
    const battery = ALL_PATTERNS;
    const first = firstMatches(battery);
    const texts = filesUnder(PASTES).map((f) => readFileSync(f, 'utf8'));
    // The whole corpus in one text, a text whose anchors occur more often than the scan keeps (the rest
    // is then searched whole), and one whose lowercase is longer than itself (no positions are used).
    texts.push(texts.join('\n'), texts.slice(0, 40).join('\n').repeat(40), `${'Found credentials in environment variables\n'.repeat(1100)}running in AWS Lambda\n`, `${'İ'.repeat(5)}\n${texts.slice(0, 20).join('\n')}`);
    for (const text of texts) {
      const got = first(text, text.toLowerCase()).map((m) => m && [m.index, ...m]);
      const want = battery.map((re) => new RegExp(re.source, re.flags.replace('g', ''))).map((re) => re.exec(text)).map((m) => m && [m.index, ...m]);
      expectEqual(got, want);
    }
  });
});
