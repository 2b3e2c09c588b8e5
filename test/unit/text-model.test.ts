/**
 * The learned text model (scripts/learned-text-model.ts) and its cross-validation (scripts/eval-learned-cv.ts):
 * shapes are collapsed, the model learns from its documents, the blend keeps a decisive rule first, and the
 * training set is drawn from the tuning half of the real-pastes corpus only (never a held-out file).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf } from '../../scripts/corpus/thread-split';
import { K, foldOf, ownCorpusDocs, tuningCases } from '../../scripts/eval-learned-cv';
import { REAL_PASTES_DIR } from '../../scripts/eval-real-pastes';
import type { RankedCause } from '../../src/core/diagnosis';
import { blendModel, causePosteriors, features, logisticPosteriors, trainLogistic, trainTextModel } from '../../scripts/learned-text-model';

describe('text model', () => {
  it('collapses ids, ARNs, key ids and numbers to shape tokens', () => {
    const f = features('User arn:aws:iam::123456789012:user/bob with AKIAIOSFODNN7EXAMPLE failed 403 in eu-west-1 after 12 retries');
    expect(f.has('zarn')).toBe(true);
    expect(f.has('zkeyid')).toBe(true);
    expect(f.has('znum')).toBe(true);
    expect(f.has('zregion')).toBe(true);
    expect([...f].some((x) => /\d/.test(x))).toBe(false);
    expect(f.has('failed znum')).toBe(true);
  });

  it('ranks the cause whose documents share the words', () => {
    const m = trainTextModel([
      { text: 'the clock on the host drifted, signature not yet current', cause: 'clock-skew' },
      { text: 'ntp stopped and the time was behind', cause: 'clock-skew' },
      { text: 'localstack endpoint was not applied, the key went to real aws', cause: 'wrong-account-or-partition' },
      { text: 'tests use localstack but the client had no endpoint override', cause: 'wrong-account-or-partition' },
    ]);
    const p = causePosteriors(m, 'running against localstack the endpoint override is missing');
    expect([...p].sort((a, b) => b[1] - a[1])[0]![0]).toBe('wrong-account-or-partition');
  });

  it('reads words that name Object.prototype members as plain words (a paste with "constructor" or "toString")', () => {
    const m = trainTextModel([
      { text: 'TypeError in constructor toString valueOf', cause: 'clock-skew' },
      { text: 'the profile was not found', cause: 'wrong-profile' },
    ]);
    const p = causePosteriors(m, 'class constructor calls toString and hasOwnProperty __proto__');
    for (const v of p.values()) expect(Number.isFinite(v)).toBe(true);
    expect([...p].sort((a, b) => b[1] - a[1])[0]![0]).toBe('clock-skew');
    const lr = trainLogistic([
      { text: 'constructor toString failed', cause: 'clock-skew' },
      { text: 'the profile was not found', cause: 'wrong-profile' },
    ], { bigrams: true, epochs: 10, rate: 0.5, l2: 0.001 });
    for (const v of logisticPosteriors(lr, 'constructor __proto__ valueOf', { bigrams: true }).values()) expect(Number.isFinite(v)).toBe(true);
  });

  it('adds evidence by posterior and re-sorts, leaving a decisive rule first', () => {
    const causes: RankedCause[] = [
      { id: 'clock-skew', score: 0.9, evidence: [{ id: 'r', text: 'decisive', polarity: 'for', weight: 3.7 }] },
      { id: 'wrong-profile', score: 0.2, evidence: [{ id: 'r', text: 'weak', polarity: 'for', weight: 0.35 }] },
      { id: 'env-var-override', score: 0.1, evidence: [{ id: 'r', text: 'weaker', polarity: 'for', weight: 0.17 }] },
    ];
    const out = blendModel(causes, new Map([['env-var-override', 0.9], ['wrong-profile', 0.1]]), 1);
    expect(out.map((c) => c.id)).toEqual(['clock-skew', 'env-var-override', 'wrong-profile']);
    expect(out[1]!.evidence.some((e) => e.id === 'text-model')).toBe(true);
  });
});

describe('learned-model cross-validation', () => {
  const cases = tuningCases();

  it('trains and tests on the tuning half only: every case is a tuning file of a tuning thread', () => {
    expect(cases.length).toBeGreaterThan(200);
    for (const x of cases) {
      expect(splitOf(x.c.url)).toBe('tuning');
      expect(existsSync(join(REAL_PASTES_DIR, 'tuning', x.c.file))).toBe(true);
    }
  });

  it('reads the own corpus (test/fixtures/pastes) as extra training documents', () => {
    expect(ownCorpusDocs().length).toBeGreaterThan(100);
  });

  it('keeps each thread in one fold and fills every fold', () => {
    const byUrl = new Map<string, Set<number>>();
    for (const x of cases) byUrl.set(x.c.url, (byUrl.get(x.c.url) ?? new Set()).add(x.fold));
    for (const folds of byUrl.values()) expect(folds.size).toBe(1);
    for (let f = 0; f < K; f++) expect(cases.filter((x) => x.fold === f).length).toBeGreaterThan(cases.length / (2 * K));
    expect(foldOf('https://github.com/a/b/issues/1')).toBe(foldOf('https://github.com/a/b/issues/1'));
  });
});
