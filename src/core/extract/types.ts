/**
 * Shared shapes for the extractors: each reads the redacted, normalised lines and adds facts and
 * signals (named observations such as "code.InvalidClientTokenId" or "key.kind.temporary") to a draft.
 */
import type { Facts, Location } from '../diagnosis';

export interface Signal {
  id: string;
  at?: Location;
  /** A short, already redacted detail for the evidence text (e.g. the region name). */
  detail?: string;
}

export interface ExtractContext {
  /** Redacted, normalised lines. Full access key ids are still present here (masked on output). */
  lines: readonly string[];
  /** The same lines joined with "\n", for whole-text scans. */
  text: string;
  /** `text` lowercased, for cheap `includes` prefilters (see anchors.ts). */
  lower: string;
  /** 1-based line number of a character offset in `text`. */
  lineOf(offset: number): number;
  now?: Date;
  /** Location of a 1-based line number, excerpt masked and bounded. */
  loc(line: number): Location;
  /** `looksLikeProse` of the 0-based line, worked out once per line and shared by every reader. */
  isProse(index: number): boolean;
  /**
   * Whether the 0-based line repeats the text of an earlier line (a log record pasted again). setFact and addSignal
   * keep what came first, so a reader whose work on a line depends on its text alone and only sets facts and signals
   * can pass over a repeat.
   */
  repeats(index: number): boolean;
}

export interface Draft {
  facts: Facts;
  signals: Signal[];
  codes: string[];
  /** Rank of the source that set each fact (lower wins). */
  factRank: Record<string, number>;
  /** `id` and `id + detail` of every signal, for constant-time de-duplication. */
  seen: Set<string>;
}

export type Extractor = (ctx: ExtractContext, draft: Draft) => void;
