/**
 * The check the container property tests share (secrets-containers*.test.ts): pieces of a contained secret left in what
 * redact returns or in the diagnosis as it leaves (scrubbed by the egress guard that learned the paste).
 */
import fc from 'fast-check';
import { diagnose } from '../../src/core/diagnose';
import { createEgressGuard } from '../../src/core/egress';
import { redact } from '../../src/core/redact';
import type { Contained } from './secret-containers';
import { leakedPieces } from './secret-shapes';

/** Pieces of `secrets` left in what redact returns and in the diagnosis as it leaves (guarded). */
export function leftIn(text: string, secrets: string[]): string[] {
  const guard = createEgressGuard();
  guard.learn(text);
  const diagnosis = guard.scrub(JSON.stringify(diagnose(text))).value;
  return [...leakedPieces(redact(text).text, secrets), ...leakedPieces(diagnosis, secrets)];
}

/** Asserts over `runs` generated pastes that no piece of a secret (16 characters or more) is left; the containers seen. */
export function assertNothingLeftIn(contained: fc.Arbitrary<Contained>, runs: number): Set<string> {
  const seen = new Set<string>();
  fc.assert(
    fc.property(contained, (c) => {
      seen.add(c.container);
      const left = leftIn(c.text, c.secrets.filter((s) => s.length >= 16));
      if (left.length > 0) throw new Error(`${c.container}: ${left.length} piece(s) left of ${JSON.stringify(c.text)}`);
    }),
    { numRuns: runs },
  );
  return seen;
}
