/**
 * The sparse logistic regression behind scripts/corpus/detect-learned.ts (the learned detection fallback tried at
 * stop 25 and rejected by its pre-registered bar): its features and that training separates what it is shown.
 */
import { failureFeatures, failureScore, trainFailureModel } from '../../scripts/corpus/learned-detector';

describe('failureFeatures', () => {
  it('splits SDK class names into words, folds plurals and keeps HTTP statuses but no other number', () => {
    const f = failureFeatures('botocore.exceptions.NoCredentialsError at line 42: 403 Forbidden', true);
    for (const w of ['no', 'credential', 'error', '403', 'forbidden', 'no credential', 'credential error', '403 forbidden']) expect(f.has(w)).toBe(true);
    expect(f.has('42')).toBe(false);
    expect(f.has('credentials')).toBe(false);
  });

  it('pairs only words that stand next to each other, and none without bigrams', () => {
    expect(failureFeatures('token expired', true).has('token expired')).toBe(true);
    expect(failureFeatures('token 12 expired', true).has('token expired')).toBe(false);
    expect(failureFeatures('token expired', false).has('token expired')).toBe(false);
  });

  it('reads a long log at its head and tail only', () => {
    const log = `head words\n${'filler line\n'.repeat(3000)}middle marker\n${'filler line\n'.repeat(3000)}ExpiredToken at the end`;
    const f = failureFeatures(log, false);
    expect(f.has('head')).toBe(true);
    expect(f.has('expired')).toBe(true);
    expect(f.has('marker')).toBe(false);
  });
});

describe('trainFailureModel', () => {
  const docs = [
    ['The security token included in the request is expired', true],
    ['Unable to locate credentials', true],
    ['InvalidClientTokenId: The security token included in the request is invalid', true],
    ['SignatureDoesNotMatch: the request signature we calculated does not match', true],
    ['NoSuchBucket: The specified bucket does not exist', false],
    ['ThrottlingException: Rate exceeded', false],
    ['are we still on for the 3pm sync?', false],
    ['ValidationException: the table does not exist', false],
  ] as const;

  it('scores the failures it was shown above the rest', () => {
    const model = trainFailureModel(
      docs.map(([t, positive]) => ({ features: failureFeatures(t, true), positive })),
      { bigrams: true, minDocs: 1 },
    );
    const score = (t: string): number => failureScore(model, failureFeatures(t, true));
    expect(score('The security token included in the request is invalid')).toBeGreaterThan(0.5);
    expect(score('NoSuchBucket: The specified bucket does not exist')).toBeLessThan(0.5);
  });

  it('drops words seen in fewer texts than minDocs', () => {
    const model = trainFailureModel(
      docs.map(([t, positive]) => ({ features: failureFeatures(t, false), positive })),
      { bigrams: false, minDocs: 2 },
    );
    expect(model.weights.sync).toBeUndefined();
    expect(model.weights.token).toBeGreaterThan(0);
  });
});
