/**
 * How STS session tokens start, one row each, newest first. No AWS page lists them (docs/aws-domain.md:
 * "observed, not documented"): each is the base64 of a token's first bytes, seen in public pastes and, for
 * the older ones, in AWS's documentation examples. Redaction (secrets/detect.ts, secrets/view.ts) and the
 * corpus hygiene check are built from this table.
 */
export interface SessionTokenStart {
  prefix: string;
  /** The bytes the prefix decodes to. */
  decodes: string;
}

export const SESSION_TOKEN_STARTS: readonly SessionTokenStart[] = [
  { prefix: 'IQoJb3JpZ2luX2', decodes: '!\\n\\torigin_' }, // current: origin_ec…, the Region follows
  { prefix: 'AgoJb3JpZ2luX2', decodes: '\\x02\\n\\torigin_' }, // earlier origin_ tokens
  { prefix: 'FwoGZXIvYXdz', decodes: '\\x17\\n\\x06er/aws' },
  { prefix: 'FQoGZXIvYXdz', decodes: '\\x15\\n\\x06er/aws' },
  { prefix: 'FQoDYXdz', decodes: '\\x15\\n\\x03aws' },
  { prefix: 'AQoDYXdz', decodes: '\\x01\\n\\x03aws' }, // AWS's older documentation examples
];

/** The prefixes as a regex alternation (no group). */
export const SESSION_TOKEN_ALTERNATION = SESSION_TOKEN_STARTS.map((s) => s.prefix).join('|');
