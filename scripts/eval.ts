/** `npm run eval`: per-cause precision/recall, top-1/top-3 accuracy and detection over the fixture corpus. */
import { evaluate, formatReport } from './eval-lib';

process.stdout.write(formatReport(evaluate()));
