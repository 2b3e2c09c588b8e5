/**
 * `npm run eval`: per-cause precision/recall, top-1/top-3 accuracy, detection and every miss, for the tuning
 * corpus and, separately, for the held-out corpus (the honest estimate: no rule was written against it).
 */
import { CORPUS_DIR, HOLDOUT_DIR, evaluate, formatReport, loadCorpus } from './eval-lib';

process.stdout.write(formatReport(evaluate(loadCorpus(CORPUS_DIR)), { label: 'tuning corpus', dir: CORPUS_DIR }));
process.stdout.write('\n');
process.stdout.write(formatReport(evaluate(loadCorpus(HOLDOUT_DIR)), { label: 'held-out corpus', dir: HOLDOUT_DIR }));
void import('./eval-real-pastes.js').then((m) => { process.stdout.write('\n'); m.main(); });
