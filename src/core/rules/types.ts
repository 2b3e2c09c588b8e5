/**
 * Rules are data: each cause id has one rule object listing conditions on signals, the weight each
 * adds (or removes) and a stable evidence id. Signals come from the extractors and families.ts.
 */
import type { CauseId } from '../taxonomy';

export interface Condition {
  /** Every listed signal must be present. */
  all?: string[];
  /** At least one listed signal must be present. */
  any?: string[];
  /** None of the listed signals may be present. */
  none?: string[];
}

export interface EvidenceRule {
  /** Stable evidence id, e.g. "clock-skew.signature-expired". */
  id: string;
  when: Condition;
  weight: number;
  polarity?: 'for' | 'against';
  /** Plain explanation; `{detail}` is replaced by the first matching signal's detail when there is one. */
  text: string;
}

export interface CauseRule {
  cause: CauseId;
  rules: EvidenceRule[];
}
