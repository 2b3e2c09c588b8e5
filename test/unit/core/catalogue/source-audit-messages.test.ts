/**
 * Source-audit rows left out because a shared message pattern reads them (source-audit.ts BY_MESSAGES): the pattern
 * named must raise its signal on the string, so "read by msg.x" cannot claim more than the extractor reads.
 */
import { BY_MESSAGES, SOURCE_AUDIT } from '../../../../src/core/rules/catalogue/source-audit';
import { diagnose } from '../../../../src/core/diagnose';

describe('source audit: strings read by a shared message pattern', () => {
  const rows = SOURCE_AUDIT.flatMap((a) =>
    a.strings.flatMap((x) => {
      const m = x.left === undefined ? null : /read by the shared message pattern (msg\.[\w-]+)/.exec(x.left);
      return m ? [{ tool: a.tool, text: x.text, signal: m[1]! }] : [];
    }),
  );

  it('when the audit is read, then some rows name a message pattern (the check below is not empty)', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(BY_MESSAGES('msg.x')).toMatch(/read by the shared message pattern msg\.x/);
  });

  it('when each such string is pasted alone, then the message pattern it names raises its signal', () => {
    const wrong = rows.filter((r) => {
      const ids: string[] = [];
      diagnose(r.text, { signalsPastGate: true, onSignals: (ss) => ids.push(...ss.map((s) => s.id)) });
      return !ids.includes(r.signal);
    });
    expect(wrong).toEqual([]);
  });
});
