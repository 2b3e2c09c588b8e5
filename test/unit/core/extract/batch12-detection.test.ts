/**
 * Detection readers added after classifying batch 12's tuning misses against batches 1-11 (scripts/corpus/detect-batches.ts,
 * scripts/corpus/detect12.results.md): EKS Pod Identity as a credential object, and AWS objects inside snake_case identifiers (extract/credential-talk.ts). The
 * sentences are written for the test in the shapes such threads use, not copied from a case.
 */
import { diagnose } from '../../../../src/core/diagnose';

const NOW = new Date('2026-12-06T00:00:00Z');
const signals = (text: string): string[] => {
  let ids: string[] = [];
  diagnose(text, { now: NOW, onSignals: (all) => (ids = all.map((s) => s.id)) });
  return ids;
};

describe('EKS Pod Identity as a credential object', () => {
  it('when a fix names EKS Pod Identity failing, then the failure is detected', () => {
    expect(diagnose('Fix EKS Pod Identity unable to reach its agent by updating the AWS SDK', { now: NOW }).detected).toBe(true);
  });

  it('when "pod identity" fails in a text about another cloud, then nothing is detected', () => {
    expect(diagnose('Azure AD pod identity is unable to get a token for the managed identity', { now: NOW }).detected).toBe(false);
  });
});

describe('AWS objects inside snake_case identifiers', () => {
  it('when a function named for AWS credentials fails with a named profile, then the failure told in words is read', () => {
    const text = "I can call `load_aws_credentials()` with my default profile but it does not work when I pass another profile: `load_aws_credentials('prod')`";
    expect(diagnose(text, { now: NOW }).detected).toBe(true);
  });

  it('when the identifier names no AWS object, then nothing is read', () => {
    const text = "I can call `load_db_settings()` with my default profile but it does not work when I pass another profile: `load_db_settings('prod')`";
    expect(diagnose(text, { now: NOW }).detected).toBe(false);
  });
});
