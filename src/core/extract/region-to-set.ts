/**
 * The client's region is the thing to set: the error says no region was configured (botocore's NoRegionError "You
 * must specify a region", the JS SDK v3's "Region is missing", Ruby's MissingRegionError, Go's MissingRegion, WAL-G's
 * "AWS_REGION is not set"), or that the request was signed for another region than the one it needs (S3's "the region
 * 'us-east-1' is wrong; expecting 'eu-west-1'", STS's "Credential should be scoped to a valid region"). Either way the fix
 * starts with giving the client the right region, not with the account's opt-in regions or STS token versions, which
 * are other region problems (an eu-west-1 needs no opt-in). Read from what the readers before it found (error codes,
 * message and prose signals), after them.
 */
import { setFact } from './draft';
import type { Extractor } from './types';

/** Signals and codes that say no region was configured (extract/messages.ts, extract/prose-report.ts, the catalogue's codes). */
const UNSET_SIGNALS: ReadonlySet<string> = new Set(['msg.region-missing', 'line.region-missing', 'code.NoRegionError', 'code.MissingRegion', 'code.MissingRegionError']);
const UNSET_CODES: ReadonlySet<string> = new Set(['NoRegionError', 'MissingRegion', 'MissingRegionError']);
/** The signing scope names another region than the service expects (extract/messages.ts). */
const MISMATCH_SIGNALS: ReadonlySet<string> = new Set(['msg.credential-scope-region']);

/** S3's "the region 'us-east-1' is wrong; expecting 'eu-west-1'": the region it names last is the bucket's. */
const EXPECTING = /\bexpecting '([a-z]{2}(?:-[a-z]{1,12}){1,3}-\d{1,2})'/;

export const extractRegionToSet: Extractor = (ctx, draft) => {
  const named = draft.signals.find((s) => MISMATCH_SIGNALS.has(s.id));
  const expected = named?.at ? EXPECTING.exec(ctx.lines[named.at.line - 1] ?? '') : null;
  if (expected) setFact(draft, 'regionExpected', expected[1], named?.at);
  const unset = draft.signals.find((s) => UNSET_SIGNALS.has(s.id));
  if (unset || draft.codes.some((c) => UNSET_CODES.has(c))) {
    setFact(draft, 'regionToSet', 'missing', unset?.at);
    return;
  }
  if (named) setFact(draft, 'regionToSet', 'mismatch', named.at);
};
