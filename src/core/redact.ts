/**
 * Secrets out before anything leaves the core. First version: the diagnosis-engine work refines
 * the patterns; the interface (redact(text) -> {text, count, kinds}) is the contract.
 */
import type { SecretKind } from './diagnosis';

export interface RedactionResult {
  text: string;
  count: number;
  kinds: SecretKind[];
}

interface SecretPattern {
  kind: SecretKind;
  re: RegExp;
  /** Replace the whole match, or only the capture group 1 (keeping the label before it). */
  keepLabel?: boolean;
}

const PATTERNS: SecretPattern[] = [
  { kind: 'private-key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]{0,8000}?-----END [A-Z ]*PRIVATE KEY-----/g },
  { kind: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,200}/g },
  { kind: 'slack-token', re: /\bxapp-[A-Za-z0-9-]{10,200}/g },
  { kind: 'session-token', re: /\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|FQoDYXdz)[A-Za-z0-9/+=%]{20,4000}/g },
  { kind: 'other-token', re: /\bk8s-aws-v1\.[A-Za-z0-9_-]{20,8000}/g },
  { kind: 'signature', re: /((?:X-Amz-Signature=|Signature=))([0-9a-f]{64})/gi, keepLabel: true },
  { kind: 'session-token', re: /((?:X-Amz-Security-Token=))([A-Za-z0-9/+=%]{16,8000})/gi, keepLabel: true },
];

const LABELLED_SECRET =
  /((?:aws_?secret_?access_?key|secret_?access_?key|secretaccesskey|aws_?session_?token|aws_?security_?token|session_?token|sessiontoken|aws_secret_key)["']?\s*[:=]\s*["']?)([^\s"',}]{8,4000})/gi;

/** A bare 40-character base64 run with at least one lower-case letter and one digit or / or +. */
const BARE_SECRET = /(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;

function looksLikeSecret(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9/+]/.test(s);
}

export function redact(input: string): RedactionResult {
  let count = 0;
  const kinds = new Set<SecretKind>();
  let text = input;
  text = text.replace(LABELLED_SECRET, (_m, label: string, value: string) => {
    if (value.startsWith('[REDACTED')) return label + value;
    count++;
    const kind: SecretKind = /token/i.test(label) ? 'session-token' : 'secret-access-key';
    kinds.add(kind);
    return `${label}[REDACTED:${kind}]`;
  });
  for (const p of PATTERNS) {
    text = text.replace(p.re, (m: string, label?: string) => {
      count++;
      kinds.add(p.kind);
      return p.keepLabel && typeof label === 'string' ? `${label}[REDACTED:${p.kind}]` : `[REDACTED:${p.kind}]`;
    });
  }
  text = text.replace(BARE_SECRET, (m: string) => {
    if (!looksLikeSecret(m)) return m;
    count++;
    kinds.add('secret-access-key');
    return '[REDACTED:secret-access-key]';
  });
  return { text, count, kinds: [...kinds] };
}
