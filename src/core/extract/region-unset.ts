/**
 * No region set at all, as the SDKs say it (botocore's NoRegionError "You must specify a region", the JS SDK v3's
 * "Region is missing", Ruby's MissingRegionError, Go's MissingRegion): a fact of its own, so the fix starts with
 * setting a region rather than with the account's opt-in regions or STS token versions, which are other region
 * problems. Read from what the readers before it found (error codes, message and prose signals), after them.
 */
import { setFact } from './draft';
import type { Extractor } from './types';

/** Signals and codes that say no region was configured (extract/messages.ts, extract/prose-report.ts, the catalogue's codes). */
const UNSET_SIGNALS: ReadonlySet<string> = new Set(['msg.region-missing', 'line.region-missing', 'code.NoRegionError', 'code.MissingRegion', 'code.MissingRegionError']);
const UNSET_CODES: ReadonlySet<string> = new Set(['NoRegionError', 'MissingRegion', 'MissingRegionError']);

export const extractRegionUnset: Extractor = (_ctx, draft) => {
  const signal = draft.signals.find((s) => UNSET_SIGNALS.has(s.id));
  if (signal || draft.codes.some((c) => UNSET_CODES.has(c))) setFact(draft, 'regionUnset', true, signal?.at);
};
