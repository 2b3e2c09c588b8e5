import { diagnose } from '../../../../src/core/diagnose';
import { redact } from '../../../../src/core/redact';

/**
 * An env dump of many distinct key ids: one `key.kind.*` signal says all a thousand do (extract/draft.ts presenceOnly),
 * so the ids past the kept hints are not judged and no longer fill the signal cap that later readers need.
 */
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** A synthetic key id per `i`, each with its own last four (the documentation example's body, then `i` in base 32). */
const keyId = (i: number): string => `AKIAIOSFODNN7EXA${[3, 2, 1, 0].map((d) => B32[(i >> (5 * d)) & 31]).join('')}`;
/** A synthetic 40-character secret per `i` (the documentation example's, its tail numbered). */
const secret = (i: number): string => `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEX${String(i).padStart(8, '0')}`;

const ERROR = 'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

function envDump(ids: number): string {
  const lines: string[] = [];
  for (let i = 0; i < ids; i++) lines.push(`AWS_ACCESS_KEY_ID=${keyId(i)}`, `AWS_SECRET_ACCESS_KEY=${secret(i)}`, `HOME=/home/u${i}`);
  lines.push('AWS_PROFILE=dev', ERROR);
  return lines.join('\n');
}

const NOW = new Date('2026-11-22T00:00:00Z');

describe('many distinct key ids (an env dump)', () => {
  it('when 2,000 distinct key ids are pasted instead of 10, then the same signals are read and the top 3 causes are the same', () => {
    const read = (text: string) => {
      let ids: string[] = [];
      const d = diagnose(text, { now: NOW, onSignals: (s) => (ids = s.map((x) => x.id)) });
      return { ids, top: d.causes.slice(0, 3).map((c) => [c.id, c.score]) };
    };
    const few = read(envDump(10));
    const many = read(envDump(2000));
    // The readers after the key ids still speak: the profile set beside the keys, the keys' own source.
    expect(many.ids).toEqual(expect.arrayContaining(['env.access-key-set', 'env.profile-set', 'env.keys-and-profile']));
    expect(many.ids.sort()).toEqual(few.ids.sort());
    expect(many.top).toEqual(few.top);
  });

  it('when 2,000 distinct key ids are pasted, then only 20 hints are kept, each masked', () => {
    const d = diagnose(envDump(2000), { now: NOW });
    expect(d.facts.keyIds).toHaveLength(20);
    expect(d.facts.keyIds.map((k) => k.last4)).toEqual([...Array(20).keys()].map((i) => keyId(i).slice(-4)));
    expect(JSON.stringify(d)).not.toContain(keyId(0));
  });

  it('when 2,000 distinct secrets are pasted, then every one is redacted', () => {
    const text = envDump(2000);
    const r = redact(text);
    expect(r.count).toBeGreaterThanOrEqual(2000);
    const d = JSON.stringify(diagnose(text, { now: NOW }));
    for (let i = 0; i < 2000; i++) {
      expect(r.text).not.toContain(secret(i));
      expect(d).not.toContain(secret(i).slice(-12));
    }
  });
});
