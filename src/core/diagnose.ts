/**
 * diagnose(text, {now}) -> Diagnosis. Pure: no I/O, no clock reads (time is passed in).
 * PLACEHOLDER until the diagnosis engine lands: detects nothing.
 */
import type { Diagnosis } from './diagnosis';
import { CAUSE_IDS } from './taxonomy';
import { redact } from './redact';

export interface DiagnoseOptions {
  now?: Date;
}

export function diagnose(text: string, _opts: DiagnoseOptions = {}): Diagnosis {
  const r = redact(text);
  return {
    detected: false,
    errorCodes: [],
    causes: CAUSE_IDS.map((id) => ({ id, score: id === 'not-aws-credential-error' ? 1 : 0, evidence: [] })),
    facts: { keyIds: [], locations: {} },
    redactions: r.count,
    secretsFound: r.kinds,
    notes: [],
  };
}
