/**
 * Secrets out before anything leaves the core. `redact(text) -> {text, count, kinds}` is the contract.
 * Secrets are found on the decoded view of the text (what a human would read: entities, URL and
 * JSON escapes decoded, invisible characters dropped, full-width folded, wrapped values re-joined;
 * see secrets/view.ts) and each one is removed from the original text over the whole span it came
 * from, so the same secret goes whatever its encoding. Line count is preserved (a wrapped or
 * multi-line secret keeps its newlines) so that locations found in the redacted text match the
 * pasted text. Access key ids are facts, not secrets: they stay here and are masked to prefix +
 * last 4 by `maskKeyIds` wherever text is shown.
 */
import type { SecretKind } from './diagnosis';
import { DETECT_PATTERNS, findSecretSpans } from './secrets/detect';
import { EVIDENCE_PATTERNS } from './secrets/evidence';
import { decodedView, originalSpan, VIEW_PATTERNS } from './secrets/view';
import { FULL_KEY_ID } from './key-id';

export interface RedactionResult {
  text: string;
  count: number;
  kinds: SecretKind[];
}

/** A secret found in a text: where it sits in the original, and its value as a human reads it. */
export interface FoundSecret {
  start: number;
  end: number;
  kind: SecretKind;
  /** The decoded value. Never leaves the core: it is only fingerprinted (see egress.ts). */
  value: string;
}

/** Every secret in `text`, in order, spans in original coordinates and never overlapping. */
export function findSecrets(input: string): FoundSecret[] {
  const text = typeof input === 'string' ? input : '';
  if (text.length === 0) return [];
  const view = decodedView(text);
  const out: FoundSecret[] = [];
  for (const s of findSecretSpans(view.text)) {
    const [start, end] = originalSpan(view, s.start, s.end);
    const last = out[out.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    out.push({ start, end, kind: s.kind, value: view.text.slice(s.start, s.end) });
  }
  return out;
}

/** Preserve newlines inside a replaced span so that line numbers stay valid. */
function placeholder(kind: SecretKind, original: string): string {
  const newlines = original.includes('\n') ? '\n'.repeat(original.split('\n').length - 1) : '';
  return `[REDACTED:${kind}]${newlines}`;
}

export function redact(input: string): RedactionResult {
  const text = typeof input === 'string' ? input : '';
  return redactFound(text, findSecrets(text));
}

/** Remove secrets already found in `text` by `findSecrets`. */
export function redactFound(text: string, found: readonly FoundSecret[]): RedactionResult {
  if (found.length === 0) return { text, count: 0, kinds: [] };
  const kinds = new Set<SecretKind>();
  let out = '';
  let last = 0;
  for (const s of found) {
    kinds.add(s.kind);
    out += text.slice(last, s.start) + placeholder(s.kind, text.slice(s.start, s.end));
    last = s.end;
  }
  return { text: out + text.slice(last), count: found.length, kinds: [...kinds] };
}

/** Show access key ids (and other unique ids) as prefix + "…" + last 4 only. */
export function maskKeyIds(text: string): string {
  return text.replace(FULL_KEY_ID, (_m, prefix: string, _middle: string, last4: string) => `${prefix}…${last4}`);
}

/** Every regex this module runs, for the ReDoS check. */
export const REDACT_PATTERNS: RegExp[] = [...VIEW_PATTERNS, ...DETECT_PATTERNS, ...EVIDENCE_PATTERNS, FULL_KEY_ID];
