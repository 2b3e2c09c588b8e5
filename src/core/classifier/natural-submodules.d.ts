// natural ships no typings for its submodules; we use only the Bayes classifier.
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  class BayesClassifier {
    addDocument(text: string | string[], label: string): void;
    train(): void;
    getClassifications(text: string): Array<{ label: string; value: number }>;
  }
  export = BayesClassifier;
}
